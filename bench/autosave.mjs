// The first autosave after importing 100,000 customers, in Chromium (SwiftShader, as the e2e
// tests run): how long the save took, its slowest slice, the longest frame, the long tasks
// (> 50 ms) and the longest input delay while it ran. A measurement, not a test: it prints and
// exits 0. Usage: node bench/autosave.mjs [--runs=3] [--no-input] [DIST_DIR]
// --no-input: nothing happens on the page while it saves, so every long task is the save's own;
// by default the mouse moves and Shift is pressed throughout (frames and input that must not wait).
// (the same procedure as tests/e2e/autosave.test.mjs, which asserts the structure, not the times)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
const input = !args.includes('--no-input');
const dist = args.find((a) => !a.startsWith('--'));
if (dist) process.env.FIELDBOOK_DIST = path.resolve(dist);

const { launch } = await import('../tests/e2e/support/browser.mjs');
const { generateCustomersCsv, firstAutosaveAfterImport, describeAutosave } = await import('../tests/e2e/support/autosave.mjs');

const file = path.join(root, 'build/bench/customers-100k.csv');
if (!fs.existsSync(file)) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  generateCustomersCsv(file);
}
const env = await launch();
const rows = [];
try {
  for (let i = 0; i < runs; i++) {
    const r = await firstAutosaveAfterImport(env, file, { input });
    console.log(`run ${i + 1}: ${describeAutosave(r)}`);
    rows.push({
      saveMs: r.during.ms,
      slices: r.save?.slices ?? 1,
      maxSliceMs: r.save?.maxSliceMs ?? NaN,
      putMs: r.save?.putMs ?? NaN,
      maxFrameMs: r.during.maxFrameMs,
      longTasks: r.during.longTasks,
      longestTaskMs: r.during.longestTaskMs,
      maxInputDelayMs: r.during.maxInputDelayMs,
      controlMaxFrameMs: r.control.maxFrameMs,
      controlLongTasks: r.control.longTasks,
      controlLongestTaskMs: r.control.longestTaskMs,
      controlMaxInputDelayMs: r.control.maxInputDelayMs,
    });
    await r.context.close();
  }
} finally {
  await env.close();
}
// Without saveStats() (a build from before the sliced save) the save's window is unknown: long
// tasks and input delays are then those from the end of the import until the save was done.
// "control": the same input right after, with nothing saving (what frames cost by themselves).
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const worst = (xs) => Math.max(...xs);
console.log('\n| figure | median | worst |\n|---|---:|---:|');
for (const key of Object.keys(rows[0])) {
  const xs = rows.map((r) => r[key]);
  console.log(`| ${key} | ${median(xs).toFixed(1)} | ${worst(xs).toFixed(1)} |`);
}
