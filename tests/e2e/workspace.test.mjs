// The workspace in the browser's storage: an import survives a reload byte for byte, a page closed
// in the middle of typing keeps all but the last second, a full disk keeps the work in memory and
// saves again once there is room, private mode works in memory, two pages never overwrite each
// other, the last saves stay as backups and a damaged copy falls back to the one before, and the
// first visit opens the sample workspace. (Files in and out: workspace-files.test.mjs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, screenshot, click, settle, rect } from './support/browser.mjs';
import {
  baseWorkspace, exportOf, workspaceOf, importInto, savedIn, saveStateOf, drawn, until, newContext, focusName, readDb,
  writeSnapshot, reveal, typeName,
} from './support/workspace.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

// Switches a page to devicePixelRatio 2 (for a screenshot) and waits for the app to redraw.
async function atDpr2(page) {
  const cdp = await page.context().newCDPSession(page);
  const { width, height } = page.viewportSize();
  await cdp.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 2, mobile: false });
  await page.evaluate(() => window.dispatchEvent(new Event('resize')));  // emulation fires no media-query change
  await page.waitForFunction(() => document.getElementById('canvas').width === window.innerWidth * 2);
  await settle(page);
}

// A page on the app in `context`; collects page errors.
async function open(context, { init = null } = {}) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  if (init) await page.addInitScript(init);
  await page.goto(env.url);
  await page.evaluate(() => window.fieldbook.ready);
  await settle(page);
  return { page, errors };
}

test('import, saved(), reload: the export is byte-identical', async () => {
  const context = await newContext(env);
  const { page, errors } = await open(context);
  const doc = baseWorkspace('Roundtrip 测试 ✓ "quoted" \\ back');
  const r = await importInto(page, doc);
  assert.equal(r.ok, true, r.error);
  assert.equal(await savedIn(page), true);
  assert.equal((await saveStateOf(page)).state, 'saved');
  const before = await exportOf(page);
  assert.equal(JSON.parse(before).settings.userName, doc.settings.userName);
  await page.reload();
  await page.evaluate(() => window.fieldbook.ready);
  const afterReload = await exportOf(page);
  assert.equal(afterReload, before);
  assert.equal(await drawn(page, 'banner.notice'), null);
  assert.equal(await drawn(page, 'banner.sample'), null, 'an imported workspace is not the sample');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the page closed in the middle of typing reopens with all but the last second', async () => {
  const context = await newContext(env);
  const { page } = await open(context);
  assert.equal(await importInto(page, baseWorkspace('')).then((r) => r.ok), true);
  assert.equal(await savedIn(page), true);
  await focusName(page);
  // ~2 s of typing; `at[i]` is when character i reached the document.
  const text = 'The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs.';
  const at = [];
  for (const ch of text) {
    at.push(...await typeName(page, ch));
    if (at[at.length - 1] - at[0] >= 2000) break;
  }
  const typed = text.slice(0, at.length);
  const closedAt = Date.now();
  await page.close({ runBeforeUnload: false });  // no waiting for anything

  const { page: again, errors } = await open(context);
  const name = (await workspaceOf(again)).settings.userName;
  assert.ok(typed.startsWith(name), `'${name}' is a prefix of what was typed`);
  // Every character typed more than a second before the close is there.
  const kept = name.length;
  const firstLost = at[kept] ?? closedAt;
  assert.ok(closedAt - firstLost <= 1000,
    `${typed.length - kept} characters lost, typed from ${closedAt - firstLost} ms before the close`);
  assert.ok(typed.length >= 4, `${typed.length} characters in the burst`);
  assert.equal(await drawn(again, 'banner.notice'), null, 'the newest snapshot loaded');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a full disk: the save state says so, nothing is lost, the next edit saves when there is room', async () => {
  const context = await newContext(env, { dpr: 2 });
  // Writes throw QuotaExceededError while window.__quotaFull is set (as a full disk does).
  const init = () => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args) {
      if (window.__quotaFull) throw new DOMException('The quota has been exceeded (simulated).', 'QuotaExceededError');
      return put.apply(this, args);
    };
  };
  const { page, errors } = await open(context, { init });
  assert.equal((await importInto(page, baseWorkspace('Kim'))).ok, true);
  assert.equal(await savedIn(page), true);

  await page.evaluate(() => { window.__quotaFull = true; });
  await focusName(page);
  await typeName(page, ' Lee');
  assert.equal(await savedIn(page), false, 'saved() reports that the edit is not in storage');
  const failed = await until(async () => {
    const s = await saveStateOf(page);
    return s.state === 'failed' && s;
  }, 15000, 'the failed save state');
  assert.match(failed.message, /storage is full/);
  await page.mouse.click(5, 795);  // leave the field, so the caret does not blink into the picture
  await settle(page);
  assert.ok(await drawn(page, 'toolbar.saveState'));
  await screenshot(page, 'workspace-quota-full-1280x800-dpr2');
  assert.equal((await workspaceOf(page)).settings.userName, 'Kim Lee', 'the edit is kept in memory');
  assert.equal((await readDb(page)).snapshots[0].json.includes('Kim Lee'), false);

  // Room again: the next edit saves, with everything typed before it.
  await page.evaluate(() => { window.__quotaFull = false; });
  await focusName(page);
  await typeName(page, '!');
  assert.equal(await savedIn(page), true);
  assert.equal((await saveStateOf(page)).state, 'saved');
  await page.reload();
  await page.evaluate(() => window.fieldbook.ready);
  assert.equal((await workspaceOf(page)).settings.userName, 'Kim Lee!');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a transaction aborted by a full disk is reported the same way', async () => {
  const context = await newContext(env);
  // This time the put succeeds and the transaction aborts at commit, as browsers do on a full disk.
  const init = () => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args) {
      const r = put.apply(this, args);
      if (window.__quotaFull && this.name === 'snapshots') {
        const tx = this.transaction;
        r.addEventListener('success', () => {
          Object.defineProperty(tx, 'error', { value: new DOMException('Quota exceeded (simulated).', 'QuotaExceededError') });
          tx.abort();
        });
      }
      return r;
    };
  };
  const { page } = await open(context, { init });
  assert.equal((await importInto(page, baseWorkspace('Ana'))).ok, true);
  assert.equal(await savedIn(page), true);
  await page.evaluate(() => { window.__quotaFull = true; });
  assert.equal((await importInto(page, baseWorkspace('Ana Full'))).ok, true);
  assert.equal(await savedIn(page), false);
  const s = await saveStateOf(page);
  assert.equal(s.state, 'failed');
  assert.match(s.message, /storage is full/);
  assert.equal((await workspaceOf(page)).settings.userName, 'Ana Full');
  await page.evaluate(() => { window.__quotaFull = false; });
  assert.equal((await importInto(page, baseWorkspace('Ana Room'))).ok, true);
  assert.equal(await savedIn(page), true);
  assert.match((await readDb(page)).snapshots[0].json, /Ana Room/);
  await context.close();
});

test('no IndexedDB (private mode): the memory-only banner, the app works, export works', async () => {
  const context = await newContext(env, { dpr: 2 });
  const { page, errors } = await open(context, { init: () => { delete window.indexedDB; } });
  assert.equal(await page.evaluate(() => typeof window.indexedDB), 'undefined');
  assert.ok(await drawn(page, 'banner.memoryOnly'), 'the memory-only banner is drawn');
  assert.equal((await saveStateOf(page)).state, 'memoryOnly');
  await screenshot(page, 'workspace-memory-only-1280x800-dpr2');
  await focusName(page);
  await typeName(page, 'Pat');
  assert.equal((await workspaceOf(page)).settings.userName, 'Pat');
  assert.equal(await savedIn(page), false, 'saved() says the edit is not in storage');
  assert.ok(await drawn(page, 'banner.memoryOnly'), 'still in memory only after an edit');
  // Export, the way out of private mode, still works.
  await page.mouse.click(5, 795);
  await reveal(page, 'data.export');
  const download = page.waitForEvent('download');
  await click(page, 'data.export');
  const file = await download;
  const chunks = [];
  for await (const c of await file.createReadStream()) chunks.push(c);
  assert.equal(Buffer.concat(chunks).toString('utf8'), await exportOf(page));
  assert.deepEqual(errors, []);
  await context.close();
});

test('two pages: an idle page follows a save; a page with unsaved edits turns stale and never overwrites', async () => {
  // At DPR 1: software-rendered frames at DPR 2 take long enough to hold up a page's save.
  const context = await newContext(env);
  // Lets the test hold back a page's writes, so that it has unsaved edits for as long as needed
  // (its autosave window is otherwise 400 ms: too short to arrange reliably from outside).
  const init = () => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args) {
      if (window.__holdWrites) throw new DOMException('Held back by the test.', 'UnknownError');
      return put.apply(this, args);
    };
  };
  const a = await open(context, { init });
  assert.equal((await importInto(a.page, baseWorkspace('Shared'))).ok, true);
  assert.equal(await savedIn(a.page), true);
  const b = await open(context, { init });
  assert.equal((await workspaceOf(b.page)).settings.userName, 'Shared');

  // 1. B is idle: it follows A's save.
  await focusName(a.page);
  await typeName(a.page, ' A');
  assert.equal(await savedIn(a.page), true);
  await until(async () => (await workspaceOf(b.page)).settings.userName === 'Shared A', 15000, 'B to follow A');
  assert.equal((await saveStateOf(b.page)).state, 'saved');
  assert.equal(await drawn(b.page, 'banner.stale'), null);
  await a.page.mouse.click(5, 795);  // A leaves the field
  await settle(a.page);

  // 2. B has an edit that is not in storage yet when A saves: B turns stale.
  await b.page.evaluate(() => { window.__holdWrites = true; });
  await focusName(b.page);
  await typeName(b.page, 'B');
  assert.equal(await savedIn(b.page), false, "B's edit is not in storage");
  const incoming = baseWorkspace('ignored');
  incoming.team.push({ id: 'rep-from-a', name: 'Added in A', stage: 'new', updatedAt: '2026-11-21T10:00:00Z' });
  assert.equal((await importInto(a.page, incoming, 'merge')).ok, true);
  assert.equal(await savedIn(a.page), true);
  const won = await exportOf(a.page);
  assert.equal(JSON.parse(won).settings.userName, 'Shared A');
  assert.ok(JSON.parse(won).team.some((r) => r.id === 'rep-from-a'));
  await until(async () => (await saveStateOf(b.page)).state === 'stale', 15000, 'B to turn stale');

  // B could write again, and edits more, waits, is hidden: none of it reaches storage.
  await b.page.evaluate(() => { window.__holdWrites = false; });
  await typeName(b.page, 'o');
  await b.page.mouse.click(5, 795);
  await settle(b.page);
  assert.equal(await savedIn(b.page), false, 'a stale page does not save');
  await b.page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  // saved() runs the pending autosave at once, so whatever the page would write is written (or
  // refused) before the database is read below.
  assert.equal(await savedIn(b.page), false, 'still nothing saved');
  assert.ok(await drawn(b.page, 'banner.stale'), 'the stale banner is drawn');
  assert.equal(await drawn(a.page, 'banner.stale'), null);
  await atDpr2(b.page);
  assert.ok(await drawn(b.page, 'banner.stale'));
  await screenshot(b.page, 'workspace-stale-1280x800-dpr2');

  // A's save survived: in storage and in A reloaded.
  const db = await readDb(a.page);
  assert.equal(db.snapshots.some((snap) => snap.json.includes('Shared ABo') || snap.json.includes('Shared AB"')), false);
  await a.page.reload();
  await a.page.evaluate(() => window.fieldbook.ready);
  assert.equal(await exportOf(a.page), won, "A's edit survived");
  // B's reload action opens what A saved.
  const reload = await rect(b.page, 'banner.stale.action');
  await Promise.all([b.page.waitForEvent('load'), b.page.mouse.click(reload.x + reload.w / 2, reload.y + reload.h / 2)]);
  await b.page.evaluate(() => window.fieldbook.ready);
  assert.equal((await workspaceOf(b.page)).settings.userName, 'Shared A');
  assert.deepEqual([...a.errors, ...b.errors], []);
  await context.close();
});

test('seven saves keep six snapshots; a damaged newest copy opens the one before, with a notice', async () => {
  const context = await newContext(env, { dpr: 2 });
  const { page, errors } = await open(context);
  const exports = [];
  for (let i = 1; i <= 7; i++) {
    assert.equal((await importInto(page, baseWorkspace(`Save ${i}`))).ok, true);
    assert.equal(await savedIn(page), true);
    exports.push(await exportOf(page));
  }
  const db = await readDb(page);
  assert.equal(db.snapshots.length, 6, 'the current snapshot and 5 backups');
  assert.deepEqual(db.snapshots.map((s) => s.seq), [7, 6, 5, 4, 3, 2]);
  assert.equal(db.head.seq, 7);
  assert.match(db.snapshots[0].json, /Save 7/);

  // Damage the newest copy: it no longer parses.
  await writeSnapshot(page, { ...db.snapshots[0], json: '{"schemaVersion": 2, "settings": {garbage' });
  await page.reload();
  await page.evaluate(() => window.fieldbook.ready);
  assert.ok(await drawn(page, 'banner.notice'), 'the notice banner says a backup was opened');
  assert.equal(await exportOf(page), exports[5], 'the previous save was opened');
  await screenshot(page, 'workspace-backup-notice-1280x800-dpr2');

  // Damage it worse (not even text), and the one before: still opens the newest that loads.
  await writeSnapshot(page, { seq: 7, savedAt: db.snapshots[0].savedAt });
  await writeSnapshot(page, { ...db.snapshots[1], json: JSON.stringify({ ...baseWorkspace(), schemaVersion: 99 }) });
  await page.reload();
  await page.evaluate(() => window.fieldbook.ready);
  assert.ok(await drawn(page, 'banner.notice'));
  assert.equal(await exportOf(page), exports[4]);
  // Dismissing the notice clears it; the next save builds on the head and keeps six.
  await click(page, 'banner.notice.action');
  assert.equal(await drawn(page, 'banner.notice'), null);
  assert.equal((await importInto(page, baseWorkspace('Save 8'))).ok, true);
  assert.equal(await savedIn(page), true);
  const after8 = await readDb(page);
  assert.deepEqual(after8.snapshots.map((s) => s.seq), [8, 7, 6, 5, 4, 3]);
  await page.reload();
  await page.evaluate(() => window.fieldbook.ready);
  assert.equal(await drawn(page, 'banner.notice'), null);
  assert.equal((await workspaceOf(page)).settings.userName, 'Save 8');
  assert.deepEqual(errors, []);
  await context.close();
});

test('when no stored copy loads, the sample opens and the copies stay until the user edits', async () => {
  const context = await newContext(env);
  const { page } = await open(context);
  assert.equal((await importInto(page, baseWorkspace('From the future'))).ok, true);
  assert.equal(await savedIn(page), true);
  const db = await readDb(page);
  // The only copy was written by a newer Fieldbook (as when an old cached build opens it).
  const future = JSON.stringify({ ...baseWorkspace('From the future'), schemaVersion: 99 });
  await writeSnapshot(page, { ...db.snapshots[0], json: future });
  for (let visit = 0; visit < 2; visit++) {
    await page.reload();
    await page.evaluate(() => window.fieldbook.ready);
    assert.ok(await drawn(page, 'banner.notice'));
    assert.ok(await drawn(page, 'banner.sample'));
  }
  const kept = await readDb(page);
  assert.deepEqual(kept.snapshots.map((s) => s.json), [future], 'opening and leaving wrote nothing over it');
  await context.close();
});

test('the first visit opens the sample workspace; one tap clears it', async () => {
  const context = await newContext(env);
  const { page, errors } = await open(context);
  assert.ok(await drawn(page, 'banner.sample'), 'the sample banner is drawn');
  const sample = await workspaceOf(page);
  assert.equal(sample.sample, true);
  assert.ok(sample.team.length > 0 && sample.roiCases.length > 0, 'the sample has data in every landed tool');
  await click(page, 'banner.sample.action');
  assert.equal(await drawn(page, 'banner.sample'), null);
  const cleared = await workspaceOf(page);
  assert.equal(cleared.sample, false);
  assert.equal(cleared.team.length + cleared.roiCases.length, 0, 'the sample records are gone');
  assert.equal(await savedIn(page), true);
  await page.reload();
  await page.evaluate(() => window.fieldbook.ready);
  assert.equal(await drawn(page, 'banner.sample'), null, 'cleared for good');
  assert.equal((await workspaceOf(page)).sample, false);
  assert.ok(await rect(page, 'toolbar.saveState'));
  assert.deepEqual(errors, []);
  await context.close();
});
