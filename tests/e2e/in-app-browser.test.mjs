// Chat apps' own browsers (WeChat here, as an iPhone's WeChat announces itself, without service
// workers like iOS in-app browsers): the app works online, says once how to open the page in the
// system browser, and an export shows the file to copy instead of a download that would vanish.
// In Chromium itself there is no notice and Export downloads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, screenshot, showView, settle } from './support/browser.mjs';
import { baseWorkspace, importInto, exportOf, until } from './support/workspace.mjs';
import { bring, tapOn } from './support/reach.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const WECHAT_IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) '
  + 'Mobile/15E148 MicroMessenger/8.0.50(0x1800322c) NetType/WIFI Language/zh_CN';

// No service workers, as in WKWebView-based in-app browsers.
function withoutServiceWorkers() {
  delete Navigator.prototype.serviceWorker;
}

async function wechatContext(locale) {
  const context = await env.browser.newContext({
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true, locale, userAgent: WECHAT_IPHONE,
  });
  await context.addInitScript(withoutServiceWorkers);
  return context;
}

const noticeText = (page) => page.evaluate(() => document.getElementById('inapp-notice-text')?.textContent ?? null);

test('inside WeChat without service workers: the app works, and the notice shows once, in Chinese', async () => {
  const context = await wechatContext('zh-CN');
  const { page, errors } = await openApp(env, { context, view: 'today' });
  const facts = await page.evaluate(() => window.fieldbook.browser());
  assert.deepEqual(facts, { inApp: 'wechat', serviceWorker: false, downloads: false, notice: true });
  const text = await noticeText(page);
  assert.match(text, /微信内打开/);
  assert.match(text, /无法离线使用/);
  assert.match(text, /“…”.*“在浏览器打开”/);
  const box = await page.locator('#inapp-notice').boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 390, `the notice fits a phone (${JSON.stringify(box)})`);
  await screenshot(page, 'inapp-notice-zh-390x844-dpr3');

  // The app works underneath: a view, an import, the data saved.
  assert.equal((await importInto(page, baseWorkspace('李娜'))).ok, true);
  assert.equal(await page.evaluate(() => window.fieldbook.saved()), true);

  await page.locator('#inapp-ok').tap();
  assert.equal((await page.evaluate(() => window.fieldbook.browser())).notice, false);
  await page.reload();
  await page.evaluate(() => window.fieldbook.ready);
  await settle(page);
  assert.equal((await page.evaluate(() => window.fieldbook.browser())).notice, false, 'once: not again after OK');
  assert.equal(JSON.parse(await exportOf(page)).settings.userName, '李娜', 'the data is still there');
  assert.deepEqual(errors, []);
  await context.close();
});

test('inside WeChat, Copy link copies the app\'s address, and Export shows the file to copy, in English too', async () => {
  const context = await wechatContext('en-US');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // WeChat appends its own query to a link shared in a chat.
  const { page } = await openApp(env, { context, view: 'today', hash: '?from=groupmessage&isappinstalled=0' });
  assert.match(await noticeText(page), /inside WeChat.*“Open in browser”/);
  await screenshot(page, 'inapp-notice-en-390x844-dpr3');
  await page.locator('#inapp-copy').tap();
  await page.waitForFunction(() => document.getElementById('inapp-copy').textContent !== 'Copy link');
  assert.equal(await page.locator('#inapp-copy').textContent(), 'Copied');
  const base = new URL(env.url);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), base.origin + base.pathname,
    'the address to paste into the system browser, without WeChat\'s query');
  await page.locator('#inapp-ok').tap();
  await showView(page, 'settings');
  const downloads = [];
  page.on('download', (d) => downloads.push(d));
  await tapOn(page, 'data.export');
  await until(() => page.evaluate(() => !!document.getElementById('file-sheet-text')), 15000, 'the file sheet');
  const shown = await page.evaluate(() => document.getElementById('file-sheet-text').value);
  assert.equal(shown, await exportOf(page), 'the sheet holds exactly the exported file');
  assert.match(await page.evaluate(() => document.querySelector('.file-sheet-name').textContent), /^fieldbook-\d{4}-\d{2}-\d{2}\.json$/);
  await screenshot(page, 'inapp-export-en-390x844-dpr3');
  await page.locator('#file-sheet-close').tap();
  assert.equal(await page.evaluate(() => !!document.getElementById('file-sheet')), false);
  assert.equal(downloads.length, 0, 'no download that WeChat would drop');
  await context.close();
});

test('in Chromium itself: no notice, and Export downloads', async () => {
  const { page, context } = await openApp(env, { width: 390, height: 844, dpr: 3, locale: 'zh-CN', view: 'today' });
  const facts = await page.evaluate(() => window.fieldbook.browser());
  assert.equal(facts.inApp, null);
  assert.equal(facts.notice, false);
  assert.equal(facts.downloads, true);
  assert.equal(await page.evaluate(() => !!document.getElementById('inapp-notice')), false);
  await showView(page, 'settings');
  await bring(page, 'data.export');
  const download = page.waitForEvent('download');
  const r = await page.evaluate(() => window.fieldbook.itemRect('data.export'));
  await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
  assert.match((await download).suggestedFilename(), /^fieldbook-\d{4}-\d{2}-\d{2}\.json$/);
  assert.equal(await page.evaluate(() => !!document.getElementById('file-sheet')), false);
  await context.close();
});
