// Data that a browser may delete: Settings says whether storage is persistent, how much is used
// and when the last export was; a calm reminder to export a backup appears when storage is not
// persistent, the last export is a week old and there are edits since — never with a recent
// export or persistent storage, at most once a day ("Later"); on an iPad in Safari it asks for
// the Home Screen instead. The browser's answers are set per context (persisted(), the last
// export time a previous visit left in localStorage); everything else is the real app.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, screenshot, settle, click, rect } from './support/browser.mjs';
import { baseWorkspace, importInto, savedIn, drawn, until, reveal } from './support/workspace.mjs';

const DAY = 24 * 60 * 60 * 1000;
const IPAD_UA = 'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

// A visit where the browser answers persisted() with `persisted`, and an earlier visit (60 days
// ago) exported `lastExportDaysAgo` days ago (null: never).
async function visit({ persisted, lastExportDaysAgo, ios = false, locale = 'en-US', width = 1280, height = 800, dpr = 1 }) {
  const context = await env.browser.newContext({
    viewport: { width, height }, deviceScaleFactor: dpr, locale, acceptDownloads: true, hasTouch: ios,
    ...(ios ? { userAgent: IPAD_UA } : {}),
  });
  await context.addInitScript(({ persisted, lastExport, firstVisit }) => {
    navigator.storage.persisted = async () => persisted;
    navigator.storage.persist = async () => persisted;
    if (!localStorage.getItem('fieldbook.firstVisit')) {
      localStorage.setItem('fieldbook.firstVisit', String(firstVisit));
      if (lastExport !== null) localStorage.setItem('fieldbook.lastExport', String(lastExport));
    }
  }, { persisted, lastExport: lastExportDaysAgo === null ? null : Date.now() - lastExportDaysAgo * DAY, firstVisit: Date.now() - 60 * DAY });
  const page = await context.newPage();
  await page.goto(env.url);
  await page.evaluate(() => window.fieldbook.ready);
  return { context, page };
}

// An edit that reaches storage, then what the app was told afterwards, drawn.
async function editAndSave(page, language = 'en') {
  const workspace = baseWorkspace('Wang Lei');
  workspace.settings.language = language;
  assert.equal((await importInto(page, workspace)).ok, true);
  assert.equal(await savedIn(page), true);
  const facts = await page.evaluate(() => window.fieldbook.storageFacts());
  await settle(page);
  return facts;
}

test('a week-old export with edits since and storage that is not persistent: the reminder, Export clears it', async () => {
  const { context, page } = await visit({ persisted: false, lastExportDaysAgo: 8 });
  assert.equal(await drawn(page, 'banner.backup'), null, 'nothing unsaved yet: no reminder');
  const facts = await editAndSave(page);
  assert.equal(facts.persisted, 0);
  assert.ok(facts.lastSave > facts.lastExport);
  await until(() => drawn(page, 'banner.backup'), 5000, 'the backup reminder');
  await screenshot(page, 'backup-reminder-en');

  const download = page.waitForEvent('download');
  await click(page, 'banner.backup.action');
  assert.match((await download).suggestedFilename(), /^fieldbook-\d{4}-\d{2}-\d{2}\.json$/);
  await settle(page);
  assert.equal(await drawn(page, 'banner.backup'), null, 'exported: the reminder is gone');
  const lastExport = await page.evaluate(() => Number(localStorage.getItem('fieldbook.lastExport')));
  assert.ok(Date.now() - lastExport < 60_000, 'the export time is kept for the next visit');

  // Settings tells the same story.
  await reveal(page, 'settings.storage.lastExport');
  await screenshot(page, 'settings-storage-en');
  await context.close();
});

test('never with a recent export, nor with persistent storage', async () => {
  for (const [persisted, days] of [[false, 1], [false, 6], [true, 30]]) {
    const { context, page } = await visit({ persisted, lastExportDaysAgo: days });
    await editAndSave(page);
    // A second report after the save has been drawn: the state the reminder depends on is final.
    await page.evaluate(() => window.fieldbook.storageFacts());
    await settle(page);
    assert.equal(await drawn(page, 'banner.backup'), null, `persisted ${persisted}, exported ${days} days ago`);
    await context.close();
  }
});

test('"Later" puts the reminder off for a day, also across a reload', async () => {
  const { context, page } = await visit({ persisted: false, lastExportDaysAgo: 10, locale: 'zh-CN', width: 1024, height: 768, dpr: 2 });
  await editAndSave(page, 'zh');
  await until(() => drawn(page, 'banner.backup'), 5000, 'the backup reminder');
  await screenshot(page, 'backup-reminder-zh-1024x768');
  await click(page, 'banner.backup.dismiss');
  assert.equal(await drawn(page, 'banner.backup'), null);
  await page.reload();
  await page.evaluate(() => window.fieldbook.ready);
  await page.evaluate(() => window.fieldbook.storageFacts());
  await settle(page);
  assert.equal(await drawn(page, 'banner.backup'), null, 'not again within a day');
  await context.close();
});

test('on an iPad in Safari the reminder asks for the Home Screen, in Chinese', async () => {
  const { context, page } = await visit({ persisted: false, lastExportDaysAgo: null, ios: true, locale: 'zh-CN', width: 768, height: 1024, dpr: 2 });
  const facts = await editAndSave(page, 'zh');
  assert.equal(facts.iosBrowserTab, true);
  await until(() => drawn(page, 'banner.backup'), 5000, 'the Home Screen reminder');
  assert.equal(await drawn(page, 'banner.backup.action'), null, 'the Home Screen is the fix, not a file');
  await screenshot(page, 'backup-home-screen-zh-768x1024');
  const r = await rect(page, 'banner.backup.dismiss');
  assert.ok(r.h >= 44 - 0.5, `"Later" is a touch target (${r.h} px)`);
  await context.close();
});

test('Settings shows whether storage is persistent, how much is used and the last export', async () => {
  const { context, page } = await visit({ persisted: true, lastExportDaysAgo: 3, locale: 'zh-CN', width: 1920, height: 1080, dpr: 2 });
  const facts = await editAndSave(page, 'zh');
  assert.equal(facts.persisted, 1);
  assert.ok(facts.used >= 0 && facts.quota > 0, 'the browser estimated usage and quota');
  for (const id of ['settings.storage.persistent', 'settings.storage.used', 'settings.storage.lastExport']) {
    await reveal(page, id);
  }
  await screenshot(page, 'settings-storage-zh-1920x1080');
  await context.close();
});
