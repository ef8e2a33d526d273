// The ROI tool in Chromium with touch at DPR 2: a case from a template by tapping, meeting mode,
// a live slider dragged by a finger (CDP touch events: Playwright's touchscreen only taps) moves
// the KPI tiles and lands in the exported workspace; screenshots of meeting mode on a tablet both
// ways up and on a projector, in Chinese and English, and of the editor and results. Validation
// problems: shown at their fields, and a tap on one in the banner scrolls to its field. Export
// PNG saves a clean picture (no buttons, no sliders), decoded here; the chart line's width is
// measured in the pixels.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, openApp, screenshot, screenshotDir, tap, settle, resize, rect, showView } from './support/browser.mjs';
import { baseWorkspace } from './support/workspace.mjs';
import { decodePng, countPixels, sameColor, lineWidth } from './support/png.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const exported = async (page) => JSON.parse(await page.evaluate(() => window.fieldbook.exportWorkspace()));
const drawn = (page, id) => page.evaluate((t) => window.fieldbook.itemRect(t) !== null, id);

async function replaceWorkspace(page, doc) {
  const r = await page.evaluate((json) => window.fieldbook.importWorkspace(json, 'replace'), JSON.stringify(doc));
  assert.ok(r.ok, r.error);
  await settle(page);
}

function emptyWorkspace(language) {
  return {
    schemaVersion: 2, sample: false, exportedBy: '',
    settings: { language, currency: 'CNY', userName: language === 'zh' ? '王磊' : 'Lei Wang', updatedAt: '' },
    team: [], roiCases: [],
  };
}

// Changes the workspace the way an import would (same path, validation included).
async function editWorkspace(page, change) {
  const doc = await exported(page);
  change(doc);
  await replaceWorkspace(page, doc);
}

// A finger drag: touchStart, a few moves, touchEnd, through the DevTools protocol. The app takes
// the press inside the pointerdown handler, so the slider is held before the first move arrives.
async function touchDrag(page, from, to, steps = 12) {
  const cdp = await page.context().newCDPSession(page);
  const point = (t) => [{ x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(0) });
  for (let i = 1; i <= steps; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(i / steps) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
  await settle(page);
}

// The pixels of a widget (to see that a tile's number changed).
async function pixels(page, id) {
  const r = await rect(page, id);
  return page.screenshot({ clip: { x: r.x, y: r.y, width: r.w, height: r.h } });
}


test('a case from a template by tapping, then meeting mode with a live slider dragged by a finger', async () => {
  const { page, context, errors } = await openApp(env, { width: 1024, height: 768, dpr: 2, touch: true, locale: 'zh-CN' });
  await replaceWorkspace(page, emptyWorkspace('zh'));
  assert.ok(await drawn(page, 'nav.roi'), 'the app opens on the ROI tool');

  await tap(page, 'roi.template.software-subscription');
  let doc = await exported(page);
  assert.equal(doc.roiCases.length, 1);
  assert.equal(doc.roiCases[0].name, '软件订阅替代手工作业', 'created in the UI language');
  assert.equal(doc.roiCases[0].oneTimeCosts[0].amount, 80000);
  assert.ok(await drawn(page, 'roi.customerName'), 'the new case is open');
  await editWorkspace(page, (d) => { d.roiCases[0].customerName = '华东某教育局'; });
  await screenshot(page, 'roi-editor-zh-1024x768-dpr2');
  await tap(page, 'roi.tab.results');
  await screenshot(page, 'roi-results-zh-1024x768-dpr2');
  await tap(page, 'roi.tab.inputs');

  await tap(page, 'roi.meeting');
  assert.ok(await drawn(page, 'meeting.exit'), 'meeting mode is on');
  assert.ok(!(await drawn(page, 'nav.roi')), 'no navigation in meeting mode');
  await screenshot(page, 'meeting-zh-1024x768-dpr2');

  const before = await exported(page);
  const hoursBefore = before.roiCases[0].benefits[0].hours;
  const slider = await rect(page, 'meeting.slider.0');
  assert.ok(slider.h >= 44, `slider ${slider.h}px tall`);
  assert.ok(await drawn(page, 'meeting.slider.benefits[manual-entry].hours'));
  const npvBefore = await pixels(page, 'meeting.kpi.npv');
  const roiBefore = await pixels(page, 'meeting.kpi.roi');
  const y = slider.y + slider.h / 2;
  await touchDrag(page, { x: slider.x + slider.w * 0.3, y }, { x: slider.x + slider.w * 0.7, y });

  doc = await exported(page);
  const hoursAfter = doc.roiCases[0].benefits[0].hours;
  assert.ok(hoursAfter > hoursBefore, `hours ${hoursBefore} -> ${hoursAfter}`);
  assert.ok(!npvBefore.equals(await pixels(page, 'meeting.kpi.npv')), 'the NPV tile changed');
  assert.ok(!roiBefore.equals(await pixels(page, 'meeting.kpi.roi')), 'the ROI tile changed');
  assert.ok(await drawn(page, 'meeting.exit'), 'still in meeting mode after the drag');
  await page.evaluate(() => window.fieldbook.saved());

  await tap(page, 'meeting.scenario.conservative');
  await screenshot(page, 'meeting-zh-1024x768-conservative-dpr2');
  await tap(page, 'meeting.scenario.expected');

  for (const [w, h] of [[768, 1024], [1920, 1080]]) {
    await resize(page, w, h);
    await screenshot(page, `meeting-zh-${w}x${h}-dpr2`);
  }
  await editWorkspace(page, (d) => { d.settings.language = 'en'; d.roiCases[0].customerName = 'East China Education Bureau'; });
  for (const [w, h] of [[1920, 1080], [1024, 768], [768, 1024]]) {
    await resize(page, w, h);
    assert.ok(await drawn(page, 'meeting.kpi.net3y'));
    await screenshot(page, `meeting-en-${w}x${h}-dpr2`);
  }

  await tap(page, 'meeting.exit');
  assert.ok(!(await drawn(page, 'meeting.exit')));
  assert.ok(await drawn(page, 'roi.meeting'), 'back on the case');
  assert.deepEqual(errors, []);
  await context.close();
});

test('editor and results side by side on a wide screen, in English', async () => {
  const { page, context, errors } = await openApp(env, { width: 1366, height: 900, dpr: 2, touch: true, locale: 'en-US' });
  await replaceWorkspace(page, emptyWorkspace('en'));
  await tap(page, 'roi.template.equipment-purchase');
  await editWorkspace(page, (d) => { d.roiCases[0].customerName = 'Suzhou Precision Parts'; });
  assert.ok(await drawn(page, 'roi.kpi.npv'), 'results beside the inputs');
  assert.ok(await drawn(page, 'roi.discountRate'));
  await screenshot(page, 'roi-editor-results-en-1366x900-dpr2');
  await tap(page, 'roi.back');
  await tap(page, 'roi.new');
  await tap(page, 'roi.template.productivity-tool');
  await tap(page, 'roi.back');
  assert.ok(await drawn(page, 'roi.case.1'));
  await screenshot(page, 'roi-list-en-1366x900-dpr2');
  assert.deepEqual(errors, []);
  await context.close();
});

// ---- Validation problems -------------------------------------------------------------------------

// Whether the widget under `id` is where a finger can reach it: inside the window and above the
// tab bar (portrait tablets have the navigation at the bottom, over the content's last lines).
const inView = (page, id) => page.evaluate((t) => {
  const r = window.fieldbook.itemRect(t);
  const nav = window.fieldbook.itemRect('nav.roi');
  const bottom = nav && nav.y > innerHeight / 2 ? nav.y : innerHeight;
  return r !== null && r.y >= 0 && r.y + r.h <= bottom && r.x >= 0 && r.x + r.w <= innerWidth;
}, id);

// Scrolls the content (the wheel over it, a few notches at a time) until `id` is in the middle
// part of the screen; the editor is a few screens long on a tablet.
async function scrollTo(page, id) {
  const { height } = page.viewportSize();
  for (let i = 0; i < 40; i++) {
    const r = await rect(page, id);
    if (r.y >= height * 0.1 && r.y + r.h <= height * 0.75) return r;
    await page.mouse.move(r.x + 1, height / 2);
    await page.mouse.wheel(0, r.y + r.h > height * 0.75 ? 400 : -400);
    await settle(page);
  }
  throw new Error(`could not scroll '${id}' into view`);
}

// Opens the first case. The row is hovered first: a tap on a row without a frame of hover does
// not always open it (issue 9, section 1, fixed separately), and these tests are about what
// follows.
async function openFirstCase(page) {
  const r = await rect(page, 'roi.case.0');
  await page.mouse.move(r.x + r.w / 2, r.y + r.h / 2);
  await settle(page);
  await tap(page, 'roi.case.0');
  await page.waitForFunction(() => window.fieldbook.itemRect('roi.meeting') !== null);
}

// Types `text` into the focused field one character at a time, each after the app has drawn the
// one before (a person's keys are never queued seconds deep on a slow software renderer).
async function typeSlowly(page, text) {
  for (const ch of text) {
    await page.keyboard.type(ch);
    await settle(page);
  }
}

for (const { locale, language, width, height } of [
  { locale: 'zh-CN', language: 'zh', width: 1024, height: 768 },
  { locale: 'en-US', language: 'en', width: 768, height: 1024 },
]) {
  test(`a problem is shown at its field, and tapping it in the banner scrolls there (${language}, ${width}x${height})`, async () => {
    const { page, context, errors } = await openApp(env, { width, height, dpr: 2, touch: true, locale });
    const doc = baseWorkspace(language === 'zh' ? '王磊' : 'Lei Wang');
    doc.settings.language = language;
    await replaceWorkspace(page, doc);
    await openFirstCase(page);
    assert.ok(await drawn(page, 'roi.discountRate'), 'the case is open on its inputs');
    assert.ok(!(await drawn(page, 'roi.problems')), 'a valid case has no problem banner');

    // Two values out of range, as typed: the optimistic cost factor at the bottom (at most 10)
    // and the discount rate at the top (at most 100 % a year).
    const factor = 'roi.scenario.optimistic.costs';
    await scrollTo(page, factor);
    await tap(page, factor);  // selects the whole number
    await typeSlowly(page, '11');
    await page.waitForFunction(() => JSON.parse(window.fieldbook.exportWorkspace()).roiCases[0].scenarios.optimistic.costs === 11);
    await page.waitForFunction(() => window.fieldbook.itemRect('roi.field.error.scenarios.optimistic.costs') !== null);
    await scrollTo(page, 'roi.discountRate');
    await tap(page, 'roi.discountRate');
    await typeSlowly(page, '150');
    await page.waitForFunction(() => JSON.parse(window.fieldbook.exportWorkspace()).roiCases[0].discountRate === 1.5);
    await page.waitForFunction(() => window.fieldbook.itemRect('roi.field.error.discountRate') !== null);
    const rate = await rect(page, 'roi.discountRate');
    const rateError = await rect(page, 'roi.field.error.discountRate');
    assert.ok(rateError.y >= rate.y + rate.h - 4 && rateError.y < rate.y + rate.h + 40, 'the message is right under its field');

    // The banner lists both, in field order; the factor's field is out of sight.
    await scrollTo(page, 'roi.problem.1');
    assert.ok(await drawn(page, 'roi.problem.0'));
    assert.ok(!(await drawn(page, 'roi.problem.2')), 'two problems');
    assert.ok(!(await inView(page, factor)), 'the factor is below the fold before the tap');
    await screenshot(page, `roi-problems-${language}-${width}x${height}-dpr2`);

    await tap(page, 'roi.problem.1');
    await page.waitForFunction(() => {
      const nav = window.fieldbook.itemRect('nav.roi');
      const bottom = nav && nav.y > innerHeight / 2 ? nav.y : innerHeight;
      const ok = (t) => {
        const r = window.fieldbook.itemRect(t);
        return r !== null && r.y >= 0 && r.y + r.h <= bottom;
      };
      return ok('roi.scenario.optimistic.costs') && ok('roi.field.error.scenarios.optimistic.costs');
    });
    await screenshot(page, `roi-problem-scrolled-${language}-${width}x${height}-dpr2`);

    // Fixing the value takes the problem away.
    await tap(page, factor);
    await typeSlowly(page, '2');
    await page.waitForFunction(() => window.fieldbook.itemRect('roi.field.error.scenarios.optimistic.costs') === null);
    assert.equal((await exported(page)).roiCases[0].scenarios.optimistic.costs, 2);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

// A value typed out of range and left so: autosave keeps it, and the next start opens that copy as
// it was (not an older backup), with the problem at its field.
test('a value left out of range survives a reload, with its problem shown', async () => {
  const { page, context, errors } = await openApp(env, { width: 1024, height: 768, dpr: 2, touch: true, locale: 'en-US' });
  await replaceWorkspace(page, baseWorkspace('Lei Wang'));
  await openFirstCase(page);
  await scrollTo(page, 'roi.discountRate');
  await tap(page, 'roi.discountRate');
  await typeSlowly(page, '150');
  await page.waitForFunction(() => JSON.parse(window.fieldbook.exportWorkspace()).roiCases[0].discountRate === 1.5);
  await page.waitForFunction(() => window.fieldbook.saved());
  const before = await page.evaluate(() => window.fieldbook.exportWorkspace());

  await page.reload();
  await page.evaluate(() => window.fieldbook.ready);
  await settle(page);
  assert.ok(!(await drawn(page, 'banner.notice')), 'no backup was opened in its place');
  assert.equal(await page.evaluate(() => window.fieldbook.exportWorkspace()), before, 'the workspace as it was saved');
  await showView(page, 'roi');  // a reload opens on Today
  await openFirstCase(page);
  await page.waitForFunction(() => window.fieldbook.itemRect('roi.field.error.discountRate') !== null);
  assert.ok(await drawn(page, 'roi.problems'), 'the banner lists it');
  assert.deepEqual(errors, []);
  await context.close();
});

// ---- Export PNG in meeting mode --------------------------------------------------------------------

const BUTTON = [237, 242, 250];  // ImGuiCol_Button in the theme: the Export and Exit buttons
const ACCENT = [37, 99, 235];    // colors::Accent: slider grabs and the selected scenario
const LINE = [0, 114, 178];      // palette::Blue: the cumulative cash flow

const pngOf = async (download) => {
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  return Buffer.concat(chunks);
};

// The line's width in the meeting chart of `image`, sampled between its points.
async function meetingLineWidth(page, image, dpr) {
  const plot = await rect(page, 'meeting.chart.cumulative.plot');
  const points = [];
  for (let i = 0; ; i++) {
    const r = await page.evaluate((t) => window.fieldbook.itemRect(t), `meeting.chart.cumulative.point.${i}`);
    if (!r) break;
    points.push(r.x + r.w / 2);
  }
  const marker = await page.evaluate(() => window.fieldbook.itemRect('meeting.chart.cumulative.marker.0'));
  const columns = [];
  for (let i = 0; i + 1 < points.length; i++) {
    for (const t of [0.3, 0.4, 0.5, 0.6, 0.7]) {
      const x = points[i] + (points[i + 1] - points[i]) * t;
      if (marker && Math.abs(x - (marker.x + marker.w / 2)) < 12) continue;  // the payback line
      columns.push(x);
    }
  }
  return lineWidth(image, plot, dpr, LINE, columns);
}

for (const { locale, language, width, height, dpr } of [
  { locale: 'zh-CN', language: 'zh', width: 1024, height: 768, dpr: 2 },
  { locale: 'en-US', language: 'en', width: 1920, height: 1080, dpr: 1 },
]) {
  test(`Export PNG in meeting mode is a clean picture; the chart line is at least 2 CSS px (${language}, ${width}x${height}, DPR ${dpr})`, async () => {
    const { page, context, errors } = await openApp(env, { width, height, dpr, touch: true, locale });
    const doc = baseWorkspace(language === 'zh' ? '王磊' : 'Lei Wang');
    doc.settings.language = language;
    await replaceWorkspace(page, doc);
    await openFirstCase(page);
    await tap(page, 'roi.meeting');
    assert.ok(await drawn(page, 'meeting.slider.0'), 'meeting mode with its sliders');

    // The live screen: buttons and sliders where their test ids say.
    const live = decodePng(await page.screenshot());
    const controls = {};
    for (const id of ['meeting.png', 'meeting.exit', 'meeting.slider.0', 'meeting.scenario.expected']) controls[id] = await rect(page, id);
    const all = { x: 0, y: 0, w: width, h: height };
    for (const id of ['meeting.png', 'meeting.exit']) {
      const r = controls[id];
      assert.ok(countPixels(live, r, dpr, sameColor(BUTTON)) > r.w * r.h * dpr * dpr * 0.3, `${id} shows as a button on screen`);
    }
    assert.ok(countPixels(live, controls['meeting.slider.0'], dpr, sameColor(ACCENT)) > 100, 'a slider grab on screen');
    const width2 = await meetingLineWidth(page, live, dpr);
    console.log(`meeting chart line at ${width}x${height}, DPR ${dpr}: ${(width2 / dpr).toFixed(2)} CSS px (${width2.toFixed(2)} device px, measured)`);
    assert.ok(width2 / dpr >= 1.9, `the line is ${width2 / dpr} CSS px`);

    const download = page.waitForEvent('download');
    await tap(page, 'meeting.png');
    const file = await download;
    assert.match(file.suggestedFilename(), /^roi-.+\.png$/);
    const bytes = await pngOf(file);
    fs.mkdirSync(screenshotDir, { recursive: true });
    fs.writeFileSync(path.join(screenshotDir, `meeting-export-${language}-${width}x${height}-dpr${dpr}.png`), bytes);
    const picture = decodePng(bytes);
    assert.equal(picture.width, width * dpr);
    assert.equal(picture.height, height * dpr);
    // Where the buttons were there is no button, and nothing in the accent colour anywhere (no
    // slider grab, no scenario switch).
    for (const id of ['meeting.png', 'meeting.exit']) {
      assert.equal(countPixels(picture, controls[id], dpr, sameColor(BUTTON)), 0, `no ${id} in the picture`);
    }
    assert.equal(countPixels(picture, all, dpr, sameColor(ACCENT)), 0, 'no sliders or switch in the picture');
    // It is the meeting screen: KPI tiles and the chart's line.
    assert.ok(countPixels(picture, all, dpr, sameColor([248, 250, 252], 0)) > 20000 * dpr * dpr, 'KPI tiles');
    assert.ok(countPixels(picture, all, dpr, sameColor(LINE, 8)) > 500 * dpr, 'the chart line');
    // And meeting mode is back as it was.
    await settle(page);
    assert.ok(await drawn(page, 'meeting.png'));
    assert.ok(await drawn(page, 'meeting.slider.0'));
    assert.deepEqual(errors, []);
    await context.close();
  });
}
