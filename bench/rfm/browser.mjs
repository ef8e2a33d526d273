#!/usr/bin/env node
// The RFM import of 1,000,000 rows in Chromium (issue 16's last goal): the real app against the
// native CLI with one thread on the same file, in the same run, as a ratio. Not a test: no timed
// assertions; it measures and prints.
//
//   node bench/rfm/browser.mjs [--files=crm,plain-random,plain-date] [--runs=3] [--cli=build/native/fieldbook] [--timeline]
//   FIELDBOOK_DIST=OTHER/dist node bench/rfm/browser.mjs      # another build of the site
//
// Per file (generated into build/bench/ when missing, as bench/rfm/run.mjs names them):
// - native: `fieldbook rfm FILE ... --threads=1` under /usr/bin/time (wall time of the whole
//   process, start-up and reading the file included), a warm-up then `runs`, the median;
// - browser: a fresh page each run; the file goes through the RFM page's Import button and file
//   picker; once the mapping step shows, the clock starts at the release of the click on Confirm
//   (the pointer moved there and pressed first, each drawn, as a hand does) and stops at the
//   first animation frame where the wizard is closed (rows read, table built, scored, added to
//   the workspace). Reading the file into the page and the preview come before the click and are
//   not counted (the person is looking at the mapping then). Also: frames drawn, the longest
//   (window.fieldbook.stats().maxFrameMs after resetStats(): the app's own work in a frame; the
//   frames the click draws inside its event handler apart, and the frames after the wizard
//   closed, which draw the new analysis, apart too),
//   frames over 50 ms, long tasks the browser saw, the distinct values the progress bar showed
//   (window.fieldbook.rfmImport().fraction, sampled every animation frame), and whether the
//   analysis the app kept has the CLI's customers, orders and revenue.
// Runs alternate (native, browser, native, ...) so load from elsewhere hits both alike.
// --timeline prints every sampled frame and long task of each browser run (where the time goes).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openApp, click, center, settle, distDir } from '../../tests/e2e/support/browser.mjs';
import { drawn, until } from '../../tests/e2e/support/workspace.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const argv = process.argv.slice(2);
const opt = (k, d) => argv.filter((a) => a.startsWith(`--${k}=`)).map((a) => a.slice(k.length + 3)).at(-1) ?? d;
const runs = Number(opt('runs', 3));
const cli = path.resolve(root, opt('cli', 'build/native/fieldbook'));
const analysisDate = '2025-01-01';
// As bench/rfm/run.mjs names and generates them.
const shapes = {
  crm: { file: 'build/bench/orders-1m.csv', gen: [], columns: { customer: '客户编号', date: '下单日期', amount: '订单金额' } },
  'plain-random': { file: 'build/bench/orders-plain-random-1m.csv', gen: ['--shape=plain', '--order=random'],
    columns: { customer: 'customer_id', date: 'order_date', amount: 'amount' } },
  'plain-date': { file: 'build/bench/orders-plain-date-1m.csv', gen: ['--shape=plain', '--order=date'],
    columns: { customer: 'customer_id', date: 'order_date', amount: 'amount' } },
};
const files = opt('files', 'crm,plain-random,plain-date').split(',').map((n) => {
  if (!shapes[n]) throw new Error(`unknown file ${n} (crm, plain-random, plain-date)`);
  return { name: n, ...shapes[n], file: path.join(root, shapes[n].file) };
});

function die(msg) {
  console.error(`bench/rfm/browser: ${msg}`);
  process.exit(2);
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

if (!fs.existsSync('/usr/bin/time')) die('/usr/bin/time is missing (Debian package "time")');
if (!fs.existsSync(cli)) die(`no CLI at ${cli}: build it (cmake --preset native && cmake --build build/native --target fieldbook) or pass --cli=`);
for (const f of files) {
  if (fs.existsSync(f.file)) continue;
  console.log(`generating ${path.relative(root, f.file)} (deterministic, seed 20240601) ...`);
  const g = spawnSync(process.execPath, [path.join(here, 'generate.mjs'), ...f.gen], { stdio: 'inherit' });
  if (g.status !== 0) die('generate.mjs failed');
}

// ---- native, one thread
function native(f) {
  const tf = path.join(os.tmpdir(), `fieldbook-bench-time-${process.pid}.txt`);
  const args = ['rfm', f.file, `--customer=${f.columns.customer}`, `--date=${f.columns.date}`, `--amount=${f.columns.amount}`,
    `--analysis-date=${analysisDate}`, '--threads=1'];
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S', '-o', tf, cli, ...args], { encoding: 'utf8', maxBuffer: 256 << 20 });
  const [wall, user, sys] = fs.readFileSync(tf, 'utf8').trim().split(/\s+/).slice(-3).map(Number);
  fs.rmSync(tf, { force: true });
  if (r.status !== 0) die(`${cli} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const out = JSON.parse(r.stdout);
  return { ms: wall * 1000, cpuMs: (user + sys) * 1000, customers: out.customers, orders: out.orders, revenue: out.revenue };
}

// ---- the app in Chromium
// Samples every animation frame from the click until the wizard closes: the progress bar's
// value and the app's last frame time; and the long tasks the browser reports.
// Builds without rfmImport() (before it was in the test API) are timed by the dialog's rect.
function startSampler() {
  const fb = window.fieldbook;
  const hasState = typeof fb.rfmImport === 'function';
  const b = { t0: 0, t1: 0, clicked: false, clickMaxMs: 0, values: [], frameMs: [], longTasks: [], last: null, steps: [], timeline: [] };
  window.__rfmBench = b;
  try {
    const po = new PerformanceObserver((list) => { for (const e of list.getEntries()) {
      b.longTasks.push(e.duration);
      b.timeline.push(`long task at ${(e.startTime - b.t0).toFixed(0)} ms: ${e.duration.toFixed(0)} ms`);
    } });
    po.observe({ type: 'longtask' });
    b.observer = po;
  } catch { /* no long-task API: left empty */ }
  // Before the canvas's own handler (capture on the window), which draws the click's frames.
  window.addEventListener('pointerup', () => { if (b.t0) b.clicked = true; }, { capture: true });
  let prev = 0;
  const tick = (t) => {
    if (!b.t0) { requestAnimationFrame(tick); return; }
    if (!b.clicked) { requestAnimationFrame(tick); return; }
    if (!prev) {
      // The frames the click itself drew (the release draws its frames at once, in the event
      // handler) apart from the import's own: the longest of them, then the count starts again.
      b.clickMaxMs = fb.stats().maxFrameMs;
      fb.resetStats();
    }
    prev = t;
    b.frameMs.push(fb.stats().lastFrameMs);
    const s = hasState ? fb.rfmImport() : { step: fb.itemRect('rfm.import.dialog') ? 'working' : 'closed', fraction: NaN };
    if (b.steps.at(-1) !== s.step) b.steps.push(s.step);
    b.timeline.push(`frame at ${(t - b.t0).toFixed(0)} ms: app ${b.frameMs.at(-1).toFixed(1)} ms, ${s.step} ${(s.fraction ?? 0).toFixed(3)}`);
    if (s.step === 'working' && Number.isFinite(s.fraction) && b.values.at(-1) !== s.fraction) b.values.push(s.fraction);
    if (s.step !== 'closed') b.last = s;
    if (s.step === 'closed') {
      b.t1 = performance.now();
      // The frames after this one draw the new analysis (apart: summaryMaxMs).
      b.importMaxMs = fb.stats().maxFrameMs;
      b.framesAtClose = fb.stats().frames;
      fb.resetStats();
      b.observer?.disconnect();
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return hasState;
}

async function browserRun(env, f) {
  const { page, context, errors } = await openApp(env, { width: 1280, height: 800 });
  try {
    await click(page, 'nav.rfm');
    const chooser = page.waitForEvent('filechooser');
    await click(page, 'rfm.import');
    await (await chooser).setFiles(f.file);
    await until(() => drawn(page, 'rfm.import.confirm'), 120000, 'the mapping step');
    await settle(page);
    const hasState = await page.evaluate(startSampler);
    await page.evaluate(() => window.fieldbook.resetStats());
    const framesBefore = (await page.evaluate(() => window.fieldbook.stats())).frames;
    const c = await center(page, 'rfm.import.confirm');
    // As a hand clicks: the pointer comes over the button and presses it, each drawn, and the
    // release starts the import (a button acts on release). The clock starts at the release.
    // Not click() from support: it waits for the frames to settle, and an import draws until it ends.
    await page.mouse.move(c.x, c.y);
    await settle(page);
    await page.mouse.down();
    await settle(page);
    await page.evaluate(() => { window.__rfmBench.t0 = performance.now(); });
    await page.mouse.up();
    await page.waitForFunction(() => window.__rfmBench.t1 > 0, null, { timeout: 600000, polling: 200 });
    const b = await page.evaluate(() => {
      const x = window.__rfmBench;
      return { ms: x.t1 - x.t0, framesAtClose: x.framesAtClose, clickMaxMs: x.clickMaxMs, importMaxMs: x.importMaxMs, values: x.values.length, frameMs: x.frameMs,
        longTasks: x.longTasks, steps: x.steps, last: x.last, timeline: x.timeline };
    });
    await settle(page);
    const stats = await page.evaluate(() => window.fieldbook.stats());
    const name = path.basename(f.file).replace(/\.csv$/, '');
    const kept = await page.evaluate((n) => {
      const a = JSON.parse(window.fieldbook.exportWorkspace()).rfmAnalyses.find((x) => x.name === n);
      if (!a) return null;
      return { customers: a.customers.id.length, orders: a.customers.frequency.reduce((s, v) => s + v, 0),
        revenue: a.customers.monetary.reduce((s, v) => s + v, 0) / 100 };  // kept in minor units
    }, name);
    if (argv.includes('--timeline')) console.log(b.timeline.join('\n'));
    if (errors.length) console.log(`  page errors: ${errors.join(' | ')}`);
    return {
      ms: b.ms,
      frames: b.framesAtClose - framesBefore,
      maxFrameMs: b.importMaxMs,
      clickMaxMs: b.clickMaxMs,
      summaryMaxMs: stats.maxFrameMs,
      over50: b.frameMs.filter((ms) => ms > 50).length,
      longTasks: b.longTasks.length,
      longestTask: Math.max(0, ...b.longTasks),
      progressValues: hasState ? b.values : NaN,
      steps: b.steps.join('>'),
      ...kept,
    };
  } finally {
    await context.close();
  }
}

// ---- the run
console.log(`site: ${path.relative(root, distDir) || distDir}; CLI: ${path.relative(root, cli)} --threads=1; ${runs} runs per file; `
  + `load average ${os.loadavg().map((v) => v.toFixed(1)).join(' ')}`);
const env = await launch();
const results = [];
try {
  for (const f of files) {
    native(f);  // warm-up: the page cache, as for the browser's first read
    const nat = [];
    const web = [];
    for (let k = 0; k < runs; k++) {
      nat.push(native(f));
      const w = await browserRun(env, f);
      web.push(w);
      console.log(`  ${f.name} run ${k + 1}: native ${nat.at(-1).ms.toFixed(0)} ms, browser ${w.ms.toFixed(0)} ms, `
        + `${w.frames} frames, longest ${w.maxFrameMs.toFixed(1)} ms `
        + `(the click's ${w.clickMaxMs.toFixed(1)} ms; the summary after ${w.summaryMaxMs.toFixed(1)} ms), `
        + `${w.over50} over 50 ms, ${w.longTasks} long tasks (longest ${w.longestTask.toFixed(0)} ms), `
        + `${w.progressValues} progress values, ${w.steps}`);
    }
    const n = nat[0];
    const agree = web.every((w) => w.customers === n.customers && w.orders === n.orders
      && Math.abs(w.revenue - n.revenue) <= 0.01);
    if (!agree) {
      console.log(`!!!!!!!!\n${f.name}: the browser's analysis differs from the CLI's: CLI ${JSON.stringify(n)}; `
        + `browser ${JSON.stringify(web.map(({ customers, orders, revenue }) => ({ customers, orders, revenue })))}\n!!!!!!!!`);
      process.exitCode = 1;
    }
    results.push({
      name: f.name,
      mib: fs.statSync(f.file).size / 1048576,
      native: median(nat.map((r) => r.ms)),
      browser: median(web.map((r) => r.ms)),
      frames: median(web.map((r) => r.frames)),
      maxFrame: Math.max(...web.map((r) => r.maxFrameMs)),
      clickMax: Math.max(...web.map((r) => r.clickMaxMs)),
      summaryMax: Math.max(...web.map((r) => r.summaryMaxMs)),
      over50: Math.max(...web.map((r) => r.over50)),
      longTasks: Math.max(...web.map((r) => r.longTasks)),
      progress: Math.min(...web.map((r) => r.progressValues)),
      customers: n.customers,
      agree,
    });
  }
} finally {
  await env.close();
}

const met = (ok) => (ok ? 'met' : '**not met**');
console.log('\n| file | native `--threads=1` ms | browser ms | browser / native | ≤ 1.3× | frames | longest frame ms (the click\'s; the summary after) | frames > 50 ms | no frame > 50 ms | progress values | customers agree |');
console.log('|---|---:|---:|---:|---|---:|---:|---:|---|---:|---|');
for (const r of results) {
  const ratio = r.browser / r.native;
  console.log(`| ${r.name} (${r.mib.toFixed(1)} MiB) | ${r.native.toFixed(0)} | ${r.browser.toFixed(0)} | ${ratio.toFixed(2)} | ${met(ratio <= 1.3)} `
    + `| ${r.frames} | ${r.maxFrame.toFixed(1)} (${r.clickMax.toFixed(1)}; ${r.summaryMax.toFixed(1)}) | ${r.over50} | ${met(Math.max(r.maxFrame, r.clickMax) <= 50)} `
    + `| ${Number.isFinite(r.progress) ? r.progress : 'n/a'} | ${r.agree ? `yes, ${r.customers.toLocaleString('en-US')}` : '**no**'} |`);
}
console.log('(times: medians of the runs; longest frame, frames over 50 ms: the worst run; progress values: the fewest any run showed; '
  + 'frames: the app\'s, from the click until the wizard closed)');
