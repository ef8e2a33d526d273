// The workspace as a file: every malformed file in tests/data/workspace/malformed is refused with
// its path-precise error and changes nothing; the Import dialog (file picker) shows the error for
// a bad file and merges a good one; Export saves a real download, fieldbook-YYYY-MM-DD.json,
// holding exactly what exportWorkspace() returns.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, screenshot, click, settle } from './support/browser.mjs';
import {
  baseWorkspace, exportOf, workspaceOf, importInto, savedIn, saveStateOf, drawn, until, newContext, readDb, reveal,
} from './support/workspace.mjs';

const MALFORMED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../data/workspace/malformed');
const expected = JSON.parse(fs.readFileSync(path.join(MALFORMED, 'expected.json'), 'utf8'));
const bytesOf = (name) => fs.readFileSync(path.join(MALFORMED, name));
// Files that are not UTF-8 cannot travel as a JS string: they go through the file picker instead.
const isUtf8 = (buf) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
};

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

async function open(context) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(env.url);
  await page.evaluate(() => window.fieldbook.ready);
  await settle(page);
  return { page, errors };
}

// Opens the Import dialog through the file picker and hands it a file.
async function pickFile(page, name, buffer) {
  await reveal(page, 'data.import');
  const chooser = page.waitForEvent('filechooser');
  await click(page, 'data.import');
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer });
  await until(() => drawn(page, 'import.dialog'), 15000, 'the import dialog');
  await settle(page);
}

test('every malformed file is refused with its path-precise error, in both modes, and changes nothing', async () => {
  const names = Object.keys(expected);
  assert.ok(names.length >= 20, `${names.length} malformed files`);
  for (const name of names) assert.ok(fs.existsSync(path.join(MALFORMED, name)), `${name} exists`);
  const context = await newContext(env);
  const { page, errors } = await open(context);
  assert.equal((await importInto(page, baseWorkspace('Unchanged'))).ok, true);
  assert.equal(await savedIn(page), true);
  const before = await exportOf(page);
  const headBefore = (await readDb(page)).head.seq;

  const texts = names.filter((n) => isUtf8(bytesOf(n))).map((n) => [n, bytesOf(n).toString('utf8')]);
  assert.ok(texts.length >= 20);
  const results = await page.evaluate(async (files) => {
    const out = {};
    for (const [name, text] of files) {
      out[name] = [await window.fieldbook.importWorkspace(text, 'replace'), await window.fieldbook.importWorkspace(text, 'merge')];
    }
    return out;
  }, texts);
  const wrong = [];
  for (const [name] of texts) {
    for (const r of results[name]) {
      if (r.ok !== false || r.error !== expected[name]) wrong.push(`${name}: got ${JSON.stringify(r)}, want ${JSON.stringify(expected[name])}`);
    }
  }
  assert.deepEqual(wrong, []);
  // Path-precise: every refusal that is about a field names it ("roiCases[0].years: ...").
  for (const name of names) {
    assert.match(expected[name], /^([A-Za-z]+(\[\d+\])?(\.[A-Za-z]+(\[\d+\])?)*: |line \d+, column \d+: |the file |not a Fieldbook)/, name);
  }

  assert.equal(await exportOf(page), before, 'the workspace is unchanged');
  assert.equal((await saveStateOf(page)).state, 'saved');
  assert.equal(await savedIn(page), true);
  assert.equal((await readDb(page)).head.seq, headBefore, 'nothing was written');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the Import dialog: a bad file shows its error and changes nothing; a good file merges', async () => {
  const context = await newContext(env, { dpr: 2 });
  const { page, errors } = await open(context);
  assert.equal((await importInto(page, baseWorkspace('Dialog Rep'))).ok, true);
  assert.equal(await savedIn(page), true);
  const before = await exportOf(page);

  // Bad files: not UTF-8 (only the picker can deliver those bytes), then a range error.
  const bad = [...Object.keys(expected).filter((n) => !isUtf8(bytesOf(n))), 'years-out-of-range.json'];
  for (const name of bad) {
    await pickFile(page, name, bytesOf(name));
    assert.ok(await drawn(page, 'import.error'), `${name}: the error is drawn`);
    assert.equal(await drawn(page, 'import.replace'), null, `${name}: no way to import it`);
    assert.equal(await drawn(page, 'import.merge'), null);
    await screenshot(page, `workspace-import-error-${name.replace(/\.json$/, '')}-1280x800-dpr2`);
    await click(page, 'import.close');
    assert.equal(await drawn(page, 'import.dialog'), null, 'closed');
    assert.equal(await exportOf(page), before, `${name}: the workspace is unchanged`);
  }

  // A good file from a colleague: one new rep, one rep changed later, one older copy of a case.
  const theirs = baseWorkspace('Colleague');
  theirs.exportedBy = 'Colleague';
  theirs.team[1] = { ...theirs.team[1], name: 'Li Na (team lead)', updatedAt: '2026-11-25T09:00:00Z' };
  theirs.team.push({ id: 'rep-3', name: '陈晨', stage: 'new', updatedAt: '2026-11-25T09:00:00Z' });
  await pickFile(page, 'colleague.json', Buffer.from(JSON.stringify(theirs, null, 2)));
  assert.equal(await drawn(page, 'import.error'), null);
  assert.ok(await drawn(page, 'import.replace'));
  await screenshot(page, 'workspace-import-preview-1280x800-dpr2');
  await click(page, 'import.merge');
  assert.ok(await drawn(page, 'import.close'), 'the result is shown');
  assert.equal(await drawn(page, 'import.merge'), null);
  await screenshot(page, 'workspace-import-merged-1280x800-dpr2');
  const merged = await workspaceOf(page);
  assert.deepEqual(merged.team.map((r) => [r.id, r.name]), [['rep-1', 'Wang Lei'], ['rep-2', 'Li Na (team lead)'], ['rep-3', '陈晨']]);
  assert.equal(merged.settings.userName, 'Dialog Rep', 'my own settings stay mine');
  assert.equal(merged.roiCases.length, 1);
  await click(page, 'import.close');
  assert.equal(await drawn(page, 'import.dialog'), null);
  assert.equal(await savedIn(page), true, 'the merge is saved');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Export saves fieldbook-YYYY-MM-DD.json holding exactly exportWorkspace()', async () => {
  const context = await newContext(env);
  const { page, errors } = await open(context);
  assert.equal((await importInto(page, baseWorkspace('Exporter 导出'))).ok, true);
  await reveal(page, 'data.export');
  const download = page.waitForEvent('download');
  await click(page, 'data.export');
  const file = await download;
  const days = await page.evaluate(() => {
    const d = new Date();
    const local = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    return [d.toISOString().slice(0, 10), local];
  });
  assert.ok(days.map((d) => `fieldbook-${d}.json`).includes(file.suggestedFilename()), file.suggestedFilename());
  const chunks = [];
  for await (const c of await file.createReadStream()) chunks.push(c);
  const saved = Buffer.concat(chunks).toString('utf8');
  assert.equal(saved, await exportOf(page));
  assert.equal(JSON.parse(saved).exportedBy, 'Exporter 导出', 'the file carries whose it is');
  assert.equal((await importInto(page, saved)).ok, true, 'and it imports again');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a wasm trap inside an import is a refused file; the app restarts from the last saved workspace and says so', async () => {
  const context = await newContext(env);
  const { page, errors } = await open(context);
  assert.equal((await importInto(page, baseWorkspace('Saved Before'))).ok, true);
  assert.equal(await savedIn(page), true);
  const before = await exportOf(page);

  await page.evaluate(() => window.fieldbook.trapNextImport());
  const reloaded = page.waitForEvent('load');
  const r = await importInto(page, baseWorkspace('Never Imported'));
  assert.equal(r.ok, false);
  assert.match(r.error, /^the file could not be read \(.+\)$/);
  await reloaded;
  await page.evaluate(() => window.fieldbook.ready);
  assert.equal(await exportOf(page), before, 'the last saved workspace, nothing of the trapped import');
  await until(() => drawn(page, 'banner.notice'), 5000, 'the notice that says what happened');
  await settle(page);
  await screenshot(page, 'trap-restart-en');
  // The app works on: an edit saves again.
  assert.equal((await importInto(page, baseWorkspace('After Restart'))).ok, true);
  assert.equal(await savedIn(page), true);
  assert.deepEqual(errors.filter((e) => !/RuntimeError/.test(e)), []);
  await context.close();
});
