// The first autosave after importing 100,000 customers does not hold the page: the snapshot is
// written in many slices, each within its budget (work, not wall-clock time: CI shares two cores
// under SwiftShader), and what it stores is the whole workspace. The wall-clock figures (slowest
// slice, max frame, long tasks, input delay) are printed, not asserted; bench/autosave.mjs
// measures them (bench/README.md).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch } from './support/browser.mjs';
import { generateCustomersCsv, firstAutosaveAfterImport, describeAutosave } from './support/autosave.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

test('the first autosave after a 100,000-customer import is written in bounded slices', { timeout: 600_000 }, async () => {
  const file = path.join(os.tmpdir(), 'fieldbook-100k-customers.csv');
  if (!fs.existsSync(file)) generateCustomersCsv(file);
  const r = await firstAutosaveAfterImport(env, file);
  console.log(describeAutosave(r));
  assert.equal(r.saved, true, 'the workspace was saved');
  const s = r.save;
  assert.ok(s, 'saveStats() tells what the save took');
  assert.equal(s.urgent, false);
  // The new table was written by the writer, a batch of rows at a time, in many steps ...
  assert.ok(s.rows >= 100_000, `${s.rows} customers written`);
  assert.ok(s.bytes > 5e6, `${s.bytes} bytes`);
  assert.ok(s.steps > 10, `${s.steps} writer steps`);
  // ... each within its byte budget (a step ends at the first batch that reaches it; a batch of
  // 1,024 customers is about 100 KB here) ...
  assert.ok(s.maxStepBytes <= s.budgetBytes + 200_000, `a step wrote ${s.maxStepBytes} bytes`);
  // ... and the text handed over in chunks of at most that budget: one slice per task. It is
  // stored as a Blob of those chunks (put() would copy one string of 7 MB in one go).
  assert.ok(s.slices >= s.steps + Math.ceil(s.bytes / s.budgetBytes), `${s.slices} slices`);
  assert.equal(s.stored, 'blob');

  // What is stored is the whole workspace: it opens again after a reload, every customer in it.
  const { page, context, errors } = r;
  const before = JSON.parse(await page.evaluate(() => window.fieldbook.exportWorkspace()));
  await page.reload();
  await page.evaluate(() => window.fieldbook.ready);
  const after = JSON.parse(await page.evaluate(() => window.fieldbook.exportWorkspace()));
  assert.deepEqual(after, before);
  const a = after.rfmAnalyses.find((x) => x.name === 'fieldbook-100k-customers');
  assert.equal(a?.customers.id.length, 100_000);
  assert.deepEqual(errors, []);
  await context.close();
});
