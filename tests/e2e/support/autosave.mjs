// The first autosave after a 100,000-customer import, as the e2e test checks it and the bench
// measures it: a generated order file through the RFM import, then the save that follows, with a
// long-task observer and the Event Timing API recording what the page made wait meanwhile.
import fs from 'node:fs';
import { openApp, center, click, settle } from './browser.mjs';
import { drawn, until } from './workspace.mjs';

// Order rows of `customers` customers (each at least once, some often), deterministic.
export function generateCustomersCsv(file, customers = 100_000, extraRows = 100_000) {
  let seed = 20261130;
  const random = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  const start = Date.UTC(2024, 0, 1);
  const row = (customer) => {
    const day = new Date(start + Math.floor(random() * 730) * 86400000).toISOString().slice(0, 10);
    return `C${String(customer).padStart(6, '0')},${day},${(20 + random() * 2000).toFixed(2)}`;
  };
  const lines = ['customer_id,order_date,revenue'];
  for (let i = 0; i < customers; i++) lines.push(row(i));
  for (let i = 0; i < extraRows; i++) lines.push(row(Math.floor(random() ** 2 * customers)));
  fs.writeFileSync(file, lines.join('\n') + '\n');
}

// Installed before the page loads: every long task (> 50 ms) and every input event the browser
// times (Event Timing, 16 ms and over), with performance.now() times.
function observe() {
  window.__longTasks = [];
  window.__events = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch { /* no long-task timing: nothing recorded */ }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.__events.push({ name: e.name, start: e.startTime, delay: e.processingStart - e.startTime, ms: e.duration });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch { /* no Event Timing */ }
}

// Imports `csvFile` on a new page, then — while it saves — keeps moving the mouse and pressing
// Shift (frames and input that must not wait; `input: false`: nothing, so every long task is the
// save's own), and returns what the save and the page did; then the same input again with nothing
// saving, as a control.
export async function firstAutosaveAfterImport(env, csvFile, { width = 1280, height = 800, input = true } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, locale: 'en-US' });
  await context.addInitScript(observe);
  const { page, errors } = await openApp(env, { context });
  await click(page, 'nav.rfm');
  const chooser = page.waitForEvent('filechooser');
  await click(page, 'rfm.import');
  await (await chooser).setFiles(csvFile);
  await until(() => drawn(page, 'rfm.import.confirm'), 60_000, 'the mapping step');
  await settle(page);
  const confirm = await center(page, 'rfm.import.confirm');
  await page.mouse.click(confirm.x, confirm.y);
  // The moment the import is done (its dialog gone), stats start again.
  const importedAt = await until(() => page.evaluate(() => {
    if (window.fieldbook.itemRect('rfm.import.dialog')) return null;
    window.fieldbook.resetStats();
    return performance.now();
  }), 300_000, 'the import to finish');

  // Input while the save runs: each move and key draws frames.
  let saving = true;
  let moves = 0;
  const wiggle = async (i) => {
    await page.mouse.move(100 + (i % 10) * 40, 200 + (i % 3) * 30);
    await page.keyboard.press('Shift');
  };
  const moving = (async () => {
    for (; saving && input; moves++) await wiggle(moves);
  })();
  // The autosave runs by itself (its timer); saved() would start it inside this evaluate call,
  // a task the long-task observer does not see.
  await until(() => page.evaluate(() => window.fieldbook.saveState().state !== 'pending'), 300_000, 'the autosave');
  const saved = await page.evaluate(() => window.fieldbook.saved());
  saving = false;
  await moving;
  const maxFrameMs = await page.evaluate(() => window.fieldbook.stats().maxFrameMs);
  // The same input again with nothing saving: what the frames cost by themselves here.
  const controlFrom = await page.evaluate(() => { window.fieldbook.resetStats(); return performance.now(); });
  for (let i = 0; i < moves; i++) await wiggle(i);
  const controlTo = await page.evaluate(() => performance.now());
  const controlMaxFrameMs = await page.evaluate(() => window.fieldbook.stats().maxFrameMs);

  const result = await page.evaluate(([importEnd, control]) => {
    let save = null;
    try { save = window.fieldbook.saveStats(); } catch { /* a build without it (bench: before) */ }
    // The save's own time, or (without saveStats) everything after the import until the control.
    const window_ = save ? [save.startedAt, save.endedAt] : [importEnd, control[0]];
    const within = ([from, to]) => (e) => e.start + (e.ms ?? 0) >= from && e.start <= to;
    const summary = (span) => {
      const longTasks = window.__longTasks.filter(within(span));
      const events = window.__events.filter(within(span));
      return {
        ms: span[1] - span[0],
        longTasks: longTasks.length,
        longestTaskMs: longTasks.reduce((m, t) => Math.max(m, t.ms), 0),
        events: events.length,
        maxInputDelayMs: events.reduce((m, e) => Math.max(m, e.delay), 0),
      };
    };
    return {
      save,
      importEnd,
      during: summary(window_),
      control: summary(control),
      longTaskObserver: PerformanceObserver.supportedEntryTypes.includes('longtask'),
    };
  }, [importedAt, [controlFrom, controlTo]]);
  result.during.maxFrameMs = maxFrameMs;
  result.control.maxFrameMs = controlMaxFrameMs;
  return { page, context, errors, saved, moves, ...result };
}

export function describeAutosave(r) {
  const s = r.save ?? {};
  const f = (v) => (typeof v === 'number' ? v.toFixed(1) : String(v));
  const page = (w) => `max frame ${f(w.maxFrameMs)} ms, ${w.longTasks} long tasks (longest ${f(w.longestTaskMs)} ms), `
    + `${w.events} timed input events (max input delay ${f(w.maxInputDelayMs)} ms) in ${f(w.ms)} ms`;
  const save = r.save
    ? `first autosave of ${f(s.bytes / 1e6)} MB (${s.stored}): ${s.slices} slices (${s.steps} writer steps, `
      + `${s.rows} customers written), slowest slice ${f(s.maxSliceMs)} ms (writer step ${f(s.maxStepMs)} ms, `
      + `${s.maxStepBytes} bytes), IndexedDB put ${f(s.putMs)} ms`
    : 'first autosave (no saveStats() in this build)';
  return `${save}; while it saved${r.moves ? ` (${r.moves} moves and key presses)` : ', no input'}: ${page(r.during)} `
    + `(max frame: from the import's end); the same input without a save: ${page(r.control)}`;
}
