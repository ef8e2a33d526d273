#!/usr/bin/env node
// The team import in Chromium (issue 14): the real app, a manager's workspace, then every rep's
// file picked at once in Team import — the longest frame while the files are read (one per
// frame, with the progress bar), the time to the preview, and the frame that merges them all.
// Not a test: no timed assertions. Needs the web build and the data of bench/team/run.mjs.
//   node bench/team/browser.mjs [--reps=30] [--customers=10000]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openApp, click, settle } from '../../tests/e2e/support/browser.mjs';
import { showSettings, until } from '../../tests/e2e/support/workspace.mjs';
import { bring } from '../../tests/e2e/support/reach.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const argv = process.argv.slice(2);
const opt = (k, d) => argv.filter((a) => a.startsWith(`--${k}=`)).map((a) => a.slice(k.length + 3)).at(-1) ?? d;
const data = path.join(root, `build/bench/team/data-${opt('reps', 30)}x${opt('customers', 10000)}`);
if (!fs.existsSync(path.join(data, 'manager.json'))) {
  console.error(`bench/team: no ${data}: run node bench/team/run.mjs first`);
  process.exit(2);
}
const files = fs.readdirSync(data).filter((f) => /^rep-\d+\.json$/.test(f)).sort().map((f) => path.join(data, f));
const stats = (page) => page.evaluate(() => window.fieldbook.stats());

const env = await launch();
try {
  const { page } = await openApp(env, { width: 1280, height: 800 });
  const manager = fs.readFileSync(path.join(data, 'manager.json'), 'utf8');
  const r = await page.evaluate((json) => window.fieldbook.importWorkspace(json, 'replace'), manager);
  if (!r.ok) throw new Error(r.error);
  await settle(page);
  await showSettings(page);
  await bring(page, 'data.teamImport');
  const chooser = page.waitForEvent('filechooser');
  await click(page, 'data.teamImport');
  const picker = await chooser;
  await page.evaluate(() => window.fieldbook.resetStats());
  const t0 = Date.now();
  await picker.setFiles(files);
  await until(async () => (await page.evaluate(() => window.fieldbook.teamImport()))?.step === 'preview', 600000, 'the preview');
  const reading = { ms: Date.now() - t0, ...(await stats(page)) };
  await settle(page);
  await page.evaluate(() => window.fieldbook.resetStats());
  const t1 = Date.now();
  await click(page, 'teamImport.mergeAll');
  await until(async () => (await page.evaluate(() => window.fieldbook.teamImport()))?.step === 'done', 600000, 'the merge');
  await settle(page);
  const merging = { ms: Date.now() - t1, ...(await stats(page)) };
  console.log(`team import in Chromium: ${files.length} files, ${(files.reduce((s, f) => s + fs.statSync(f).size, 0) / 1048576).toFixed(1)} MiB`);
  console.log(`  reading to the preview: ${reading.ms} ms, ${reading.frames} frames, longest frame ${reading.maxFrameMs.toFixed(0)} ms`);
  console.log(`  merge all: ${merging.ms} ms, longest frame ${merging.maxFrameMs.toFixed(0)} ms (the save after it is sliced)`);
  console.log(`issue 14 target: every frame ≤ 100 ms — ${Math.max(reading.maxFrameMs, merging.maxFrameMs) <= 100 ? 'met' : 'not met'}`);
} finally {
  await env.close();
}
