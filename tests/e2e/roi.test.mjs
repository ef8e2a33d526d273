// The ROI tool in Chromium with touch at DPR 2: a case from a template by tapping, meeting mode,
// a live slider dragged by a finger (CDP touch events: Playwright's touchscreen only taps) moves
// the KPI tiles and lands in the exported workspace; screenshots of meeting mode on a tablet both
// ways up and on a projector, in Chinese and English, and of the editor and results.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, screenshot, tap, settle, resize, rect } from './support/browser.mjs';

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
