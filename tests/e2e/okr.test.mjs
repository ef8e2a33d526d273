// OKR tracking in Chromium. A manager on a Chinese tablet (touch, DPR 2) starts from an empty
// workspace, types an objective by the input method, adds two key results (0 → 3 customers, 25 % →
// 40 % of revenue) and checks in on each by taps (a number, a confidence, one note typed in
// Chinese); the document holds the check-ins dated today, and the status badges and tiles show
// what the rules of src/okr/progress.h give for today in the current quarter. The file exported
// through Settings arrives intact in another browser; two devices that check in on one key result
// from the same file keep both check-ins when their files are merged. Screenshots of the sample's
// objectives, the quarter's objective, the check-in panel and a key result (zh/en, tablet and
// projector, DPR 2). A generated three-year workspace (40 objectives, 150 key results, 5,000
// check-ins, 150 weeks of funnel) opens and its OKR views draw; their frame times against the
// sample's are printed, not asserted (wall-clock bounds flake on a busy machine).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { WAIT, localDay, docUntil, bring, tapOn, clickOn, typeSlowly, assertInsideWidth } from './support/reach.mjs';
import { launch, openApp, screenshot, tap, click, settle, rect, appStats } from './support/browser.mjs';
import { exportOf, workspaceOf, importInto, drawn, until, reveal, savedIn } from './support/workspace.mjs';
import { frameTimes } from './support/frames.mjs';
import { decodePng, countPixels, sameColor } from './support/png.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const tablet = { width: 768, height: 1024, dpr: 2, touch: true };

// ---- The rules of src/okr/progress.h, for checking what the screen says ----

const DAY_MS = 86400000;
const dayNumber = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;
const isoOf = (n) => new Date(n * DAY_MS).toISOString().slice(0, 10);
const clamp01 = (x) => (Number.isNaN(x) ? 0 : Math.min(1, Math.max(0, x)));

// The quarter holding a day: [first, last] as ISO dates.
function quarterOf(iso) {
  const y = +iso.slice(0, 4), q = Math.floor((+iso.slice(5, 7) - 1) / 3);
  return [isoOf(Date.UTC(y, q * 3, 1) / DAY_MS), isoOf(Date.UTC(y, q * 3 + 3, 1) / DAY_MS - 1)];
}

function expectedProgress(first, last, day) {
  const span = dayNumber(last) - dayNumber(first);
  if (span <= 0) return dayNumber(day) >= dayNumber(last) ? 1 : 0;
  return clamp01((dayNumber(day) - dayNumber(first)) / span);
}

// The latest check-in of a key result: by date; on one day the one written later (updatedAt; none
// is oldest), then the later in the list.
function latestCheckIn(doc, krId) {
  const written = (c) => (c.updatedAt ? Date.parse(c.updatedAt) : -Infinity);
  let latest = null;
  for (const c of doc.checkIns) {
    if (c.keyResultId !== krId) continue;
    if (!latest || c.date > latest.date || (c.date === latest.date && written(c) >= written(latest))) latest = c;
  }
  return latest;
}

function progressOf(kr, current) {
  switch (kr.type) {
    case 'increase':
    case 'decrease':
      if (kr.target === kr.start) return (kr.type === 'increase' ? current >= kr.target : current <= kr.target) ? 1 : 0;
      return clamp01((current - kr.start) / (kr.target - kr.start));
    case 'stayAbove': return current >= kr.target ? 1 : 0;
    case 'stayBelow': return current <= kr.target ? 1 : 0;
    default: return clamp01(current);
  }
}

function statusOf(progress, expected, confidence) {
  if (progress >= 1) return 'done';
  const gap = expected - progress;
  if (gap > 0.25 + 1e-9) return 'offTrack';
  if (gap > 0.10 + 1e-9 || (confidence !== null && confidence <= 3)) return 'atRisk';
  return 'onTrack';
}

// The objective and each of its key results as of `day`, as the app computes them.
function objectiveState(doc, objectiveId, day) {
  const o = doc.objectives.find((x) => x.id === objectiveId);
  const expected = expectedProgress(o.periodStart, o.periodEnd, day);
  const krs = doc.keyResults.filter((k) => k.objectiveId === objectiveId).map((kr) => {
    const latest = latestCheckIn(doc, kr.id);
    const progress = progressOf(kr, latest ? latest.value : kr.start);
    const confidence = latest ? latest.confidence : null;
    return { id: kr.id, progress, confidence, status: statusOf(progress, expected, confidence) };
  });
  let sum = 0, total = 0;
  for (const k of krs) {
    const w = Math.max(doc.keyResults.find((x) => x.id === k.id).weight, 0);
    sum += w * k.progress;
    total += w;
  }
  const progress = krs.length === 0 ? 0 : total > 0 ? sum / total : krs.reduce((a, k) => a + k.progress, 0) / krs.length;
  const confidences = krs.map((k) => k.confidence).filter((c) => c !== null);
  const lowest = confidences.length ? Math.min(...confidences) : null;
  const grade = Math.round(clamp01(progress) * 10 + 1e-9) / 10;
  return { expected, progress, status: statusOf(progress, expected, lowest), grade, krs };
}

// The colour each status is drawn in (shell/widgets/theme.h: Accent, Warning, Error, Success).
const STATUS_RGB = { onTrack: [37, 99, 235], atRisk: [146, 64, 14], offTrack: [185, 28, 28], done: [21, 128, 61] };
const GRADE_RGB = { red: [185, 28, 28], yellow: [146, 64, 14], green: [21, 128, 61] };
const gradeColour = (g) => (Math.round(g * 10) <= 3 ? 'red' : Math.round(g * 10) <= 6 ? 'yellow' : 'green');

// Which of `palette`'s colours the text inside the widget `id` is drawn in: the one with the most
// pixels in a fresh screenshot (each other colour must be all but absent).
async function colourOf(page, id, palette) {
  const r = await rect(page, id);
  const image = decodePng(await page.screenshot());
  const dpr = image.width / page.viewportSize().width;
  const counts = Object.fromEntries(Object.entries(palette).map(([k, rgb]) => [k, countPixels(image, r, dpr, sameColor(rgb, 3))]));
  const [best, n] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  assert.ok(n >= 8, `${id}: no text in a status colour (${JSON.stringify(counts)})`);
  for (const [k, m] of Object.entries(counts)) if (k !== best) assert.ok(m * 10 < n, `${id}: mixed colours ${JSON.stringify(counts)}`);
  return best;
}

// The OKR lists of a workspace.
const okrOf = (w) => ({ objectives: w.objectives, keyResults: w.keyResults, checkIns: w.checkIns });

// A check-in through the panel, by taps (touch) or clicks: the value typed, a confidence, a note.
async function checkIn(page, row, { value, confidence, note = '', by = tapOn }) {
  await by(page, `okr.kr.${row}.checkIn`);
  assert.ok(await drawn(page, 'okr.checkIn.save'), 'the check-in panel is open');
  await by(page, 'okr.checkIn.value');  // selects the whole number
  await typeSlowly(page, String(value));
  await by(page, `okr.checkIn.confidence.${confidence}`);
  if (note) {
    await by(page, 'okr.checkIn.note');
    await page.keyboard.insertText(note);
    await settle(page);
  }
}

// The exported file of the first test, imported by the second and third.
let exportedFile = null;

test('on a Chinese tablet: an objective typed by IME, two key results, check-ins by taps; status as the rules give', async () => {
  const context = await env.browser.newContext({
    viewport: { width: tablet.width, height: tablet.height }, deviceScaleFactor: tablet.dpr, hasTouch: true, isMobile: false,
    locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true,
  });
  const { page, errors } = await openApp(env, { context });
  assert.ok(await drawn(page, 'banner.sample'), 'a first visit opens the sample');
  await tapOn(page, 'banner.sample.action');
  let doc = await docUntil(page, (w) => w.sample === false, 'the sample cleared');
  assert.deepEqual([doc.objectives.length, doc.keyResults.length, doc.checkIns.length], [0, 0, 0], 'no OKRs left');

  await tap(page, 'nav.okr');
  assert.equal((await appStats(page)).view, 'okr');
  assert.ok(await drawn(page, 'okr.fromExample'), 'an empty list offers the example');
  const startDay = await localDay(page);
  await tapOn(page, 'okr.addObjective');
  doc = await docUntil(page, (w) => w.objectives.length === 1, 'the new objective');
  const objectiveId = doc.objectives[0].id;
  const period = [doc.objectives[0].periodStart, doc.objectives[0].periodEnd];
  assert.ok([quarterOf(startDay), quarterOf(await localDay(page))].some((q) => q.join() === period.join()), `the current quarter (${period})`);
  assert.equal(doc.objectives[0].kind, 'committed');
  assert.ok(await drawn(page, 'okr.objective.tile.status'), "the objective's page is open");

  await tapOn(page, 'okr.objective.title');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'text-input', 'the keyboard is up');
  await page.keyboard.insertText('本季度拿下华东区教育局客户');
  await docUntil(page, (w) => w.objectives[0].title === '本季度拿下华东区教育局客户', "the objective's title");

  // Two key results, each on its own page: a count 0 → 3, a percentage 25 → 40.
  const keyResults = [
    { title: '签约3家教育局客户', start: 0, target: 3, unit: 'count' },
    { title: '教育行业收入占比提升至40%', start: 25, target: 40, unit: 'percent' },
  ];
  for (const [i, want] of keyResults.entries()) {
    await tapOn(page, 'okr.addKeyResult');
    doc = await docUntil(page, (w) => w.keyResults.length === i + 1, 'the new key result');
    const krId = doc.keyResults[i].id;
    const kr = (w) => w.keyResults.find((k) => k.id === krId);
    assert.ok(await drawn(page, 'okr.kr.back'), "the key result's page is open");
    await tapOn(page, 'okr.kr.title');
    await page.keyboard.insertText(want.title);
    await docUntil(page, (w) => kr(w).title === want.title, "the key result's title");
    if (want.start !== 0) {
      await tapOn(page, 'okr.kr.start');
      await typeSlowly(page, String(want.start));
      await docUntil(page, (w) => kr(w).start === want.start, 'the start');
    }
    await tapOn(page, 'okr.kr.target');
    await typeSlowly(page, String(want.target));
    await docUntil(page, (w) => kr(w).target === want.target, 'the target');
    if (want.unit !== 'count') {
      await tapOn(page, `okr.kr.unit.${want.unit}`);
      await docUntil(page, (w) => kr(w).unit === want.unit, 'the unit');
    }
    doc = await workspaceOf(page);
    assert.deepEqual(
      { objectiveId: kr(doc).objectiveId, type: kr(doc).type, start: kr(doc).start, target: kr(doc).target, unit: kr(doc).unit, weight: kr(doc).weight },
      { objectiveId, type: 'increase', start: want.start, target: want.target, unit: want.unit, weight: 1 });
    await tapOn(page, 'okr.kr.back');
    assert.ok(await drawn(page, 'okr.objective.tile.status'), "back on the objective's page");
  }
  assert.ok(await drawn(page, 'okr.kr.1'), 'two key result rows');
  assert.equal(await drawn(page, 'okr.kr.2'), null);
  await screenshot(page, 'okr-new-objective-zh-768x1024-dpr2');
  const [kr0, kr1] = doc.keyResults.map((k) => k.id);

  // The first by taps alone: the panel, a number, a confidence, Save.
  await checkIn(page, 0, { value: 1, confidence: 8 });
  await tapOn(page, 'okr.checkIn.save');
  doc = await docUntil(page, (w) => w.checkIns.length === 1, 'the first check-in');
  assert.equal(await drawn(page, 'okr.checkIn.save'), null, 'the panel closes on Save');

  // The second with a note typed in Chinese, and a low confidence.
  const note = '两个项目在等预算审批';
  await checkIn(page, 1, { value: 30, confidence: 3, note });
  await bring(page, 'okr.checkIn.save');
  await screenshot(page, 'okr-check-in-note-zh-768x1024-dpr2');
  await tapOn(page, 'okr.checkIn.save');
  doc = await docUntil(page, (w) => w.checkIns.length === 2, 'the second check-in');
  const endDay = await localDay(page);
  const days = [...new Set([startDay, endDay])];

  const byKr = (id) => doc.checkIns.find((c) => c.keyResultId === id);
  for (const [id, want] of [[kr0, { value: 1, confidence: 8, note: '' }], [kr1, { value: 30, confidence: 3, note }]]) {
    const c = byKr(id);
    assert.ok(c, `a check-in on ${id}`);
    assert.deepEqual({ value: c.value, confidence: c.confidence, note: c.note ?? '' }, want);
    assert.ok(days.includes(c.date), `dated today on the device (${c.date}, today ${endDay})`);
    assert.match(c.id, /\S/);
  }

  // What the rules give today (both ends of the test, should it straddle midnight), and what the
  // page shows: the status tile and each key result's badge in the status's colour, the grade's.
  const states = days.map((d) => objectiveState(doc, objectiveId, d));
  const allowed = (pick) => new Set(states.map(pick));
  assert.ok(Math.abs(states[0].progress - 1 / 3) < 1e-12, 'both key results are a third of the way');
  const tile = await colourOf(page, 'okr.objective.tile.status', STATUS_RGB);
  assert.ok(allowed((s) => s.status).has(tile), `status tile: shown ${tile}, the rules give ${[...allowed((s) => s.status)]}`);
  await bring(page, 'okr.kr.1.status');
  for (const row of [0, 1]) {
    const shown = await colourOf(page, `okr.kr.${row}.status`, STATUS_RGB);
    assert.ok(allowed((s) => s.krs[row].status).has(shown), `key result ${row}: shown ${shown}, the rules give ${[...allowed((s) => s.krs[row].status)]}`);
  }
  assert.ok(allowed((s) => s.krs[1].status).has('atRisk') || allowed((s) => s.krs[1].status).has('offTrack'), 'a confidence of 3 is at risk at least');
  await bring(page, 'okr.objective.tile.grade');
  assert.equal(states[0].grade, 0.3);
  assert.equal(await colourOf(page, 'okr.objective.tile.grade', GRADE_RGB), gradeColour(states[0].grade), 'grade tile');
  await screenshot(page, 'okr-checked-in-zh-768x1024-dpr2');

  // The first key result's page: the history against the ideal line, the confidence over time.
  await tapOn(page, 'okr.kr.0');
  assert.ok(await drawn(page, 'okr.kr.back'), "the key result's page");
  assert.ok(await drawn(page, 'okr.kr.historyChart'), 'the history chart is drawn');
  assert.ok(await drawn(page, 'okr.kr.confidenceChart'), 'the confidence chart is drawn');
  assert.ok(await drawn(page, 'okr.kr.checkIn.0'), 'the check-in is listed');
  assert.equal(await drawn(page, 'okr.kr.checkIn.1'), null, 'only its own');
  assert.ok(allowed((s) => s.krs[0].status).has(await colourOf(page, 'okr.kr.status', STATUS_RGB)), "the key result's status");
  await bring(page, 'okr.kr.confidenceChart');
  await screenshot(page, 'okr-kr-charts-zh-768x1024-dpr2');
  await tapOn(page, 'okr.kr.back');

  // Export through Settings: a real file.
  await tap(page, 'nav.settings');
  await bring(page, 'data.export');
  const download = page.waitForEvent('download');
  await tap(page, 'data.export');
  const file = await download;
  const chunks = [];
  for await (const c of await file.createReadStream()) chunks.push(c);
  exportedFile = Buffer.concat(chunks).toString('utf8');
  assert.equal(exportedFile, await exportOf(page), 'the file holds the workspace');
  assert.deepEqual(errors, []);
  await context.close();
});

// A browser context of its own in the tablet's time zone (so "this quarter" is the objective's
// quarter whatever the machine's zone): 1280×800, English, a mouse.
const desktopContext = () => env.browser.newContext({
  viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, locale: 'en-US', timezoneId: 'Asia/Shanghai', acceptDownloads: true,
});

// A page on the app in `context`, collecting page errors.
async function openIn(context) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(env.url);
  await page.evaluate(() => window.fieldbook.ready);
  await settle(page);
  return { page, errors };
}

test('exported through Settings and imported into another browser: the OKRs arrive intact', async () => {
  assert.ok(exportedFile, 'the first test exported a file');
  const sent = JSON.parse(exportedFile);
  const context = await desktopContext();
  const { page, errors } = await openIn(context);

  // Settings → Import, the file from the picker, Replace.
  await reveal(page, 'data.import');
  const chooser = page.waitForEvent('filechooser');
  await click(page, 'data.import');
  await (await chooser).setFiles({ name: 'fieldbook-tablet.json', mimeType: 'application/json', buffer: Buffer.from(exportedFile) });
  await until(() => drawn(page, 'import.replace'), WAIT, 'the import dialog');
  await settle(page);
  await click(page, 'import.replace');
  await until(() => drawn(page, 'import.close'), WAIT, 'the import result');
  await click(page, 'import.close');
  const doc = await workspaceOf(page);
  assert.deepEqual(okrOf(doc), okrOf(sent), 'objectives, key results and check-ins as they were sent');
  assert.equal(doc.objectives.length, 1);
  assert.equal(doc.keyResults.length, 2);
  assert.equal(doc.checkIns.length, 2);

  await click(page, 'nav.okr');
  assert.ok(await drawn(page, 'okr.objective.0'), 'the list shows the objective');
  assert.equal(await drawn(page, 'okr.objective.1'), null, 'and only it');
  await screenshot(page, 'okr-imported-en-1280x800');
  await clickOn(page, 'okr.objective.0');
  assert.ok(await drawn(page, 'okr.kr.1'), 'its two key results');
  assert.equal(await drawn(page, 'okr.kr.2'), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test("two devices' check-ins on one key result both survive a merge", async () => {
  assert.ok(exportedFile, 'the first test exported a file');
  const sent = JSON.parse(exportedFile);
  const krId = sent.keyResults[0].id;
  const devices = [];
  for (const [name, value, confidence, note] of [['A', 2, 6, ''], ['B', 3, 9, 'Minhang signed']]) {
    const context = await desktopContext();
    const { page, errors } = await openIn(context);
    const r = await importInto(page, exportedFile);
    assert.equal(r.ok, true, r.error);
    await click(page, 'nav.okr');
    await clickOn(page, 'okr.objective.0');
    await checkIn(page, 0, { value, confidence, note, by: clickOn });
    await clickOn(page, 'okr.checkIn.save');
    const doc = await docUntil(page, (w) => w.checkIns.length === sent.checkIns.length + 1, `${name}'s check-in`);
    const mine = doc.checkIns.find((c) => !sent.checkIns.some((s) => s.id === c.id));
    assert.deepEqual({ keyResultId: mine.keyResultId, value: mine.value, confidence: mine.confidence, note: mine.note ?? '' },
      { keyResultId: krId, value, confidence, note }, `${name}'s check-in as entered`);
    devices.push({ name, context, page, errors, mine, file: await exportOf(page) });
  }
  const [a, b] = devices;
  assert.notEqual(a.mine.id, b.mine.id, 'each device gave its check-in an id of its own');

  // Each takes the other's file with Merge.
  for (const [to, from] of [[a, b], [b, a]]) {
    const r = await importInto(to.page, from.file, 'merge');
    assert.equal(r.ok, true, r.error);
    assert.deepEqual({ added: r.added, updated: r.updated, conflicts: r.conflicts }, { added: 1, updated: 0, conflicts: 0 },
      `${to.name} takes ${from.name}'s check-in and nothing else changes`);
  }
  const byId = (list) => [...list].sort((x, y) => (x.id < y.id ? -1 : 1));
  const docs = [await workspaceOf(a.page), await workspaceOf(b.page)];
  for (const [i, doc] of docs.entries()) {
    const name = devices[i].name;
    assert.equal(doc.checkIns.length, sent.checkIns.length + 2, `${name} has both`);
    assert.deepEqual(doc.checkIns.find((c) => c.id === a.mine.id), a.mine, `${name} has A's check-in`);
    assert.deepEqual(doc.checkIns.find((c) => c.id === b.mine.id), b.mine, `${name} has B's check-in`);
    assert.deepEqual(byId(doc.checkIns), byId(docs[0].checkIns), 'the same check-ins on both devices');
    assert.deepEqual([doc.objectives, doc.keyResults], [sent.objectives, sent.keyResults], 'objectives and key results untouched');
  }

  // The key result's page lists all three on each device.
  for (const d of devices) {
    await clickOn(d.page, 'okr.kr.0');
    assert.ok(await drawn(d.page, 'okr.kr.checkIn.2'), `${d.name} lists three check-ins`);
    assert.equal(await drawn(d.page, 'okr.kr.checkIn.3'), null);
    await d.page.mouse.move(640, 20);  // off the chart: no tooltip
    await settle(d.page);
  }
  await screenshot(a.page, 'okr-merged-kr-en-1280x800');

  // Both devices read the key result alike, though a merge appends what it adds (A ends with B's
  // check-in last, B with A's): of two on one day the one written later wins on both.
  const current = docs.map((doc) => latestCheckIn(doc, krId).value);
  const shown = [];
  for (const d of devices) shown.push(await colourOf(d.page, 'okr.kr.status', STATUS_RGB));
  assert.deepEqual({ current: current[1], shown: shown[1] }, { current: current[0], shown: shown[0] },
    `A reads ${current[0]} (${shown[0]}), B reads ${current[1]} (${shown[1]})`);
  for (const d of devices) {
    assert.deepEqual(d.errors, []);
    await d.context.close();
  }
});

for (const locale of ['zh-CN', 'en-US']) {
  for (const [width, height] of [[768, 1024], [1920, 1080]]) {
    const lang = locale.slice(0, 2);
    const size = `${width}x${height}`;
    test(`the sample's objectives, the quarter's objective, the check-in panel and a key result (${locale}, ${size}, DPR 2)`, async () => {
      const { page, context, errors } = await openApp(env, { width, height, dpr: 2, touch: true, locale });
      const sample = await workspaceOf(page);
      assert.equal(sample.sample, true);
      assert.equal(sample.objectives.length, 3, 'the sample has three objectives: the year, the quarter, a rep');
      // The tree: the year's objective, the quarter's under it, the rep's under that.
      const quarterObjective = sample.objectives[1];
      assert.equal(quarterObjective.parentId, sample.objectives[0].id);
      assert.equal(sample.objectives[2].parentId, quarterObjective.id);

      await tap(page, 'nav.okr');
      for (let i = 0; i < 3; i++) assert.ok(await drawn(page, `okr.objective.${i}`), `objective ${i} listed`);
      assert.equal(await drawn(page, 'okr.objective.3'), null);
      assert.ok((await rect(page, 'okr.objective.1')).x > (await rect(page, 'okr.objective.0')).x, 'the quarter indented under the year');
      await assertInsideWidth(page, ['okr.tab.funnel', 'okr.period', 'okr.addObjective', 'okr.objective.0', 'okr.objective.2',
        'okr.objective.2.status'], 'list');
      await screenshot(page, `okr-objectives-${lang}-${size}-dpr2`);

      await tapOn(page, 'okr.objective.1');
      assert.ok(await drawn(page, 'okr.kr.1'), "the quarter's two key results");
      assert.equal(await drawn(page, 'okr.kr.2'), null);
      // What the rules give today (either side of the drawing, should it straddle midnight).
      const days = [await localDay(page)];
      const tile = await colourOf(page, 'okr.objective.tile.status', STATUS_RGB);
      days.push(await localDay(page));
      const statuses = new Set(days.map((d) => objectiveState(sample, quarterObjective.id, d).status));
      assert.ok(statuses.has(tile), `status tile: shown ${tile}, the rules give ${[...statuses]}`);
      await assertInsideWidth(page, ['okr.back', 'okr.objective.tile.grade', 'okr.kr.0', 'okr.kr.0.checkIn', 'okr.kr.1.status',
        'okr.addKeyResult', 'okr.objective.title', 'okr.objective.period.custom', 'okr.objective.parent'], 'objective');
      await screenshot(page, `okr-objective-${lang}-${size}-dpr2`);

      await tapOn(page, 'okr.kr.0.checkIn');
      assert.ok(await drawn(page, 'okr.checkIn.confidence.10'), 'the check-in panel');
      await bring(page, 'okr.checkIn.save');
      await assertInsideWidth(page, ['okr.checkIn.value', 'okr.checkIn.confidence.0', 'okr.checkIn.confidence.10', 'okr.checkIn.date',
        'okr.checkIn.note', 'okr.checkIn.save', 'okr.checkIn.cancel'], 'check-in');
      await screenshot(page, `okr-check-in-${lang}-${size}-dpr2`);
      await tapOn(page, 'okr.checkIn.cancel');
      assert.equal(await drawn(page, 'okr.checkIn.save'), null, 'Cancel closes the panel');
      assert.equal((await workspaceOf(page)).checkIns.length, sample.checkIns.length, 'and adds nothing');

      // The percentage key result, with three check-ins.
      await tapOn(page, 'okr.kr.1');
      assert.ok(await drawn(page, 'okr.kr.historyChart'), 'the history chart');
      assert.ok(await drawn(page, 'okr.kr.confidenceChart'), 'the confidence chart');
      const own = sample.checkIns.filter((c) => c.keyResultId === sample.keyResults[2].id).length;
      assert.equal(sample.keyResults[2].objectiveId, quarterObjective.id);
      assert.ok(await drawn(page, `okr.kr.checkIn.${own - 1}`), `its ${own} check-ins`);
      assert.equal(await drawn(page, `okr.kr.checkIn.${own}`), null);
      await bring(page, 'okr.kr.historyChart');
      await assertInsideWidth(page, ['okr.kr.back', 'okr.kr.checkIn', 'okr.kr.historyChart', 'okr.kr.confidenceChart',
        'okr.kr.checkIn.0.remove', 'okr.kr.title', 'okr.kr.type.milestone', 'okr.kr.unit.percent', 'okr.kr.weight', 'okr.kr.delete'], 'key result');
      await screenshot(page, `okr-kr-${lang}-${size}-dpr2`);
      if (width < 900) {  // one column: the fields are under the history
        await bring(page, 'okr.kr.weight');
        await screenshot(page, `okr-kr-fields-${lang}-${size}-dpr2`);
      }
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

// ---- A three-year workspace ----

// A seeded generator (mulberry32): the same workspace on every run.
function seeded(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Three years of OKRs up to `today` (ISO): an objective for each of 4 years and 3 for each of the
// last 12 quarters (40, each quarter's aligned under its year's), 150 key results spread over them,
// 5,000 check-ins shared by how long each period has run (weekly or so), and 150 weeks of funnel
// up to last week. Valid per docs/workspace.schema.json.
function threeYearWorkspace(today) {
  const random = seeded(20261130);
  const T = '2026-01-05T08:00:00Z';
  const pick = (list) => list[Math.floor(random() * list.length)];
  const team = [
    { id: 'rep-1', name: '王磊', stage: 'mature', startedOn: '2019-03-01', updatedAt: T },
    { id: 'rep-2', name: '李娜', stage: 'growing', startedOn: '2023-09-15', updatedAt: T },
    { id: 'rep-3', name: '陈晨', stage: 'new', startedOn: '2024-11-01', updatedAt: T },
  ];
  const todayN = dayNumber(today);
  const quarters = [];
  for (let [first] = quarterOf(today); quarters.length < 12; [first] = quarterOf(isoOf(dayNumber(first) - 1))) quarters.unshift(quarterOf(first));
  const lastYear = +today.slice(0, 4);
  const objectives = [];
  for (let year = lastYear - 3; year <= lastYear; year++) {
    const yearId = `objective-${year}`;
    objectives.push({
      id: yearId, title: `${year} 年华东区收入增长 30%`, ownerId: '', periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`,
      kind: 'aspirational', parentId: '', retrospective: year < lastYear ? '大客户续约好于预期，新客户开拓不足。' : '', carriedFrom: '', updatedAt: T,
    });
    for (const [first, last] of quarters.filter(([f]) => +f.slice(0, 4) === year)) {
      const q = Math.floor((+first.slice(5, 7) - 1) / 3) + 1;
      for (let k = 0; k < 3; k++) {
        objectives.push({
          id: `objective-${year}-q${q}-${k + 1}`, title: [`Q${q} 拿下教育局客户`, `Q${q} 提高商机转化`, `Q${q} 新人上手`][k],
          ownerId: ['', 'rep-1', 'rep-2'][k], periodStart: first, periodEnd: last, kind: k === 0 ? 'committed' : 'aspirational',
          parentId: yearId, retrospective: '', carriedFrom: '', updatedAt: T,
        });
      }
    }
  }
  assert.equal(objectives.length, 40);

  const keyResults = [];
  for (let k = 0; k < 150; k++) {
    const o = objectives[k % objectives.length];
    const type = pick(['increase', 'increase', 'increase', 'increase', 'increase', 'increase', 'decrease', 'stayAbove', 'stayBelow', 'milestone']);
    const unit = type === 'milestone' ? 'count' : pick(['count', 'money', 'percent']);
    let start = 0, target = 1;
    if (type === 'increase') [start, target] = unit === 'money' ? [2000000, 5000000] : unit === 'percent' ? [25, 40] : [0, 3 + Math.floor(random() * 20)];
    if (type === 'decrease') [start, target] = unit === 'money' ? [800000, 500000] : unit === 'percent' ? [30, 15] : [12, 4];
    if (type === 'stayAbove' || type === 'stayBelow') target = unit === 'money' ? 1000000 : unit === 'percent' ? 20 : 10;
    keyResults.push({
      id: `kr-${k + 1}`, objectiveId: o.id, title: `关键结果 ${k + 1}`, type, start, target, weight: 1 + Math.floor(random() * 3), unit,
      carriedFrom: '', updatedAt: T,
    });
  }

  // 5,000 check-ins, each key result's share by the days its period has run (largest remainder).
  const ran = keyResults.map((kr) => {
    const o = objectives.find((x) => x.id === kr.objectiveId);
    const first = dayNumber(o.periodStart);
    return { first, days: Math.min(dayNumber(o.periodEnd), todayN) - first + 1 };
  });
  const allDays = ran.reduce((a, r) => a + r.days, 0);
  const shares = ran.map((r) => (5000 * r.days) / allDays);
  const counts = shares.map(Math.floor);
  const order = shares.map((s, i) => [s - Math.floor(s), i]).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  const left = 5000 - counts.reduce((a, c) => a + c, 0);
  for (let i = 0; i < left; i++) counts[order[i][1]]++;
  const notes = ['浦东教育局签约', '闵行在等预算审批', '两个项目推迟到下季度', 'ROI 模板用在 4 个商机上', ''];
  const checkIns = [];
  keyResults.forEach((kr, k) => {
    const n = counts[k];
    for (let i = 0; i < n; i++) {
      const share = (i + 1) / n;
      let value;
      if (kr.type === 'milestone') value = i === n - 1 && random() < 0.5 ? 1 : 0;
      else if (kr.type === 'stayAbove' || kr.type === 'stayBelow') value = Math.round(kr.target * (0.8 + random() * 0.4));
      else value = Math.round(kr.start + (kr.target - kr.start) * share * (0.5 + random() * 0.7));
      checkIns.push({
        id: `checkin-${checkIns.length + 1}`, keyResultId: kr.id, date: isoOf(ran[k].first + Math.floor((i * ran[k].days) / n)), value,
        confidence: Math.min(10, Math.floor(2 + random() * 9)), note: i % 5 === 4 ? pick(notes) : '', updatedAt: T,
      });
    }
  });
  assert.equal(checkIns.length, 5000);

  // 150 weeks of the manager's funnel, Monday to Sunday, the last one last week.
  const monday = todayN - ((todayN + 3) % 7);  // day 0, 1970-01-01, was a Thursday
  const funnelPeriods = [];
  for (let i = 0; i < 150; i++) {
    const first = monday - 7 * (150 - i);
    const leads = 30 + Math.floor(random() * 20);
    const opportunities = Math.round(leads * (0.4 + random() * 0.2));
    const proposals = Math.round(opportunities * (0.25 + random() * 0.15));
    funnelPeriods.push({
      id: `funnel-${i + 1}`, ownerId: '', periodStart: isoOf(first), periodEnd: isoOf(first + 6),
      counts: [leads, opportunities, proposals, Math.round(proposals * (0.3 + random() * 0.3))], stages: [], stepTargets: [0.5, 0.5, 0.35],
      updatedAt: T,
    });
  }
  return {
    schemaVersion: 5, sample: false, exportedBy: '',
    settings: { language: 'auto', currency: 'CNY', userName: 'Three years', updatedAt: T },
    team, roiCases: [], rfmAnalyses: [], coachingSessions: [],
    objectives, keyResults, checkIns, kpis: [], kpiEntries: [], funnelPeriods,
  };
}

// The rows of the objectives list in the order drawn (src/okr/objective_tree.cpp): the tops in
// list order, each followed by what aligns under it.
function treeOrder(objectives) {
  const ids = new Set(objectives.map((o) => o.id));
  const out = [];
  const walk = (o) => {
    out.push(o.id);
    for (const c of objectives) if (c.parentId === o.id) walk(c);
  };
  for (const o of objectives) if (!o.parentId || !ids.has(o.parentId)) walk(o);
  return out;
}

// Chooses the last period of the list's combo ("all"), scrolling the combo's list to it.
async function choosePeriodAll(page) {
  await clickOn(page, 'okr.period');
  let n = 0;
  while (await drawn(page, `okr.period.${n}`)) n++;
  assert.ok(n >= 3, `the periods offered (${n})`);
  const last = `okr.period.${n - 1}`;
  const first = await rect(page, 'okr.period.0');
  // The combo shows a few at a time: wheel over it until the last stops moving.
  for (let before = null, i = 0; i < 40; i++) {
    const r = await rect(page, last);
    if (before && r.y === before.y) break;
    before = r;
    await page.mouse.move(first.x + first.w / 2, first.y + first.h / 2);
    await page.mouse.wheel(0, 240);
    await settle(page);
  }
  await click(page, last);
  assert.equal(await drawn(page, 'okr.period.0'), null, 'the combo closed');
  return n;
}

test('a three-year workspace (40 objectives, 150 key results, 5,000 check-ins, 150 weeks of funnel) opens; OKR frame times against the sample', async () => {
  // DPR 1 and a mouse: the frames measured are the app's, not the software rasteriser's.
  const sample = await openIn(await desktopContext());
  const large = await openIn(await desktopContext());
  const today = await localDay(large.page);
  const big = threeYearWorkspace(today);
  const json = JSON.stringify(big);
  const r = await importInto(large.page, json);
  assert.equal(r.ok, true, r.error);
  assert.equal(await savedIn(large.page), true, 'stored');
  await large.page.reload();
  await large.page.evaluate(() => window.fieldbook.ready);
  await settle(large.page);
  assert.equal(await drawn(large.page, 'banner.notice'), null, 'it opened as it was stored');
  const doc = await workspaceOf(large.page);
  assert.deepEqual([doc.objectives.length, doc.keyResults.length, doc.checkIns.length, doc.funnelPeriods.length], [40, 150, 5000, 150]);
  assert.deepEqual(okrOf(doc), okrOf(big), 'every OKR record as generated');
  const sampleDoc = await workspaceOf(sample.page);
  assert.equal(sampleDoc.sample, true);

  // The heaviest objective (the most check-ins under it) and its heaviest key result.
  const countOf = (krId) => big.checkIns.filter((c) => c.keyResultId === krId).length;
  const under = (oid) => big.keyResults.filter((k) => k.objectiveId === oid);
  const heavy = [...big.objectives].sort((x, y) => under(y.id).reduce((a, k) => a + countOf(k.id), 0) - under(x.id).reduce((a, k) => a + countOf(k.id), 0))[0];
  const heavyKrs = under(heavy.id);
  const heavyKr = heavyKrs.reduce((best, k, i) => (countOf(k.id) > countOf(heavyKrs[best].id) ? i : best), 0);
  const heavyChecks = countOf(heavyKrs[heavyKr].id);

  const views = [];
  const measure = async (name, open) => {
    const opening = [];
    for (const p of [sample.page, large.page]) {
      await p.evaluate(() => window.fieldbook.resetStats());
      await open(p, p === large.page);
      opening.push((await appStats(p)).maxFrameMs);
    }
    const [s, l] = await frameTimes([sample.page, large.page]);
    views.push({ name, opening, s, l });
  };

  await measure('objectives, all periods', async (page, isLarge) => {
    await click(page, 'nav.okr');
    assert.equal((await appStats(page)).view, 'okr');
    await choosePeriodAll(page);
    const rows = isLarge ? 40 : 3;
    assert.ok(await drawn(page, `okr.objective.${rows - 1}`), `${rows} objectives listed`);
    assert.equal(await drawn(page, `okr.objective.${rows}`), null);
  });
  await measure('an objective', async (page, isLarge) => {
    const row = isLarge ? treeOrder(big.objectives).indexOf(heavy.id) : 1;
    await clickOn(page, `okr.objective.${row}`);
    assert.ok(await drawn(page, 'okr.objective.tile.status'), "the objective's page");
    const krs = isLarge ? heavyKrs.length : 2;
    assert.ok(await drawn(page, `okr.kr.${krs - 1}`), `its ${krs} key results`);
    assert.equal(await drawn(page, `okr.kr.${krs}`), null);
  });
  await measure('a key result', async (page, isLarge) => {
    await clickOn(page, `okr.kr.${isLarge ? heavyKr : 1}`);
    assert.ok(await drawn(page, 'okr.kr.historyChart'), 'the history chart');
    assert.ok(await drawn(page, 'okr.kr.confidenceChart'), 'the confidence chart');
    const n = isLarge ? heavyChecks : 3;
    assert.ok(await drawn(page, `okr.kr.checkIn.${n - 1}`), `its ${n} check-ins listed`);
    assert.equal(await drawn(page, `okr.kr.checkIn.${n}`), null);
  });
  await screenshot(large.page, 'okr-large-kr-en-1280x800');

  const f = (x) => x.toFixed(2);
  for (const v of views) {
    const line = (x) => `min ${f(x.min)} median ${f(x.median)} p90 ${f(x.p90)} max ${f(x.max)}`;
    console.log(`OKR frame ms (1280x800, DPR 1; ${v.name}): sample ${line(v.s)} opening ${f(v.opening[0])}; ` +
      `large ${line(v.l)} opening ${f(v.opening[1])}; ratio min ${f(v.l.min / v.s.min)} median ${f(v.l.median / v.s.median)} ` +
      `p90 ${f(v.l.p90 / v.s.p90)} max ${f(v.l.max / v.s.max)}`);
  }
  console.log(`OKR frame ms: the large workspace's heaviest objective has ${heavyKrs.length} key results, its heaviest key result ${heavyChecks} check-ins`);
  assert.deepEqual(sample.errors, []);
  assert.deepEqual(large.errors, []);
  await sample.page.context().close();
  await large.page.context().close();
});
