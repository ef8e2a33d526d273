// QR codes, read back by an independent decoder (jsQR) from screenshots of what the app drew:
// the About page's code is the app's own address (without the query: "?check", or what WeChat
// adds to a shared link), and an ROI case's code is its whole share link, which opens the case on
// another device. Screenshots at a tablet (768×1024) and a phone (390×844 DPR 3), zh and en.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, screenshot, showView, tap, settle } from './support/browser.mjs';
import { baseWorkspace, importInto, drawn } from './support/workspace.mjs';
import { readQrCode } from './support/qr.mjs';
import { bring } from './support/reach.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const tablet = { width: 768, height: 1024, dpr: 2, touch: true };
const phone = { width: 390, height: 844, dpr: 3, touch: true };

test("the About page's code is the app's address, without the page's query", async () => {
  for (const [size, device] of [['768x1024', tablet], ['390x844', phone]]) {
    for (const locale of ['zh-CN', 'en-US']) {
      const { page, context, errors } = await openApp(env, { ...device, locale, view: 'about', hash: '?from=groupmessage&isappinstalled=0' });
      assert.ok(await drawn(page, 'about.qr'), 'the About page draws the code');
      await bring(page, 'about.qr');  // a phone: below the tools' list and the version
      assert.equal(await readQrCode(page, 'about.qr'), env.url, `${locale} ${size}: the code reads as the address`);
      const r = await drawn(page, 'about.qr');
      assert.ok(r.x >= 0 && r.x + r.w <= device.width, `${locale} ${size}: the code fits the width (${JSON.stringify(r)})`);
      await screenshot(page, `qr-about-${locale.slice(0, 2)}-${size}-dpr${device.dpr}`);
      assert.deepEqual(errors, []);
      await context.close();
    }
  }
});

test("a case's code is its share link, and the link opens the case on another device", async () => {
  for (const [size, device] of [['768x1024', tablet], ['390x844', phone]]) {
    for (const locale of ['zh-CN', 'en-US']) {
      const { page, context, errors } = await openApp(env, { ...device, locale });
      const doc = baseWorkspace('Lei Wang');
      doc.settings.language = locale.slice(0, 2);
      const r = await importInto(page, doc);
      assert.equal(r.ok, true, r.error);
      await settle(page);
      await tap(page, 'roi.case.0');
      await tap(page, 'roi.qr');
      assert.ok(await drawn(page, 'qr.code'), 'the dialog shows the code');
      const link = await page.evaluate(() => window.fieldbook.shareLink('roi-1'));
      assert.equal(link.ok, true, link.error);
      const read = await readQrCode(page, 'qr.code');
      assert.equal(read, link.url, `${locale} ${size}: the code reads as the share link`);
      const dialog = await drawn(page, 'qr.dialog');
      assert.ok(dialog.x >= 0 && dialog.x + dialog.w <= device.width, `${locale} ${size}: the dialog fits (${JSON.stringify(dialog)})`);
      await screenshot(page, `qr-case-${locale.slice(0, 2)}-${size}-dpr${device.dpr}`);
      await tap(page, 'qr.close');
      assert.equal(await drawn(page, 'qr.code'), null, 'Close closes it');
      assert.deepEqual(errors, []);
      await context.close();

      if (size !== '768x1024' || locale !== 'zh-CN') continue;
      // What the customer's phone opens: a new context (its own storage) on the decoded link.
      const other = await openApp(env, { ...phone, locale, hash: read.slice(env.url.length), view: null });
      assert.ok(await drawn(other.page, 'share.banner'), 'the scanned link opens the shared case');
      assert.equal((await other.page.evaluate(() => window.fieldbook.sharedCase())).outputs.customerName, '华东教育科技有限公司');
      await other.context.close();
    }
  }
});

test('the code follows the page to a new address: showView keeps it current', async () => {
  // The page address is read when the About page is drawn, not fixed at build time: the same
  // build hosted elsewhere shows that host's address.
  const { page, context } = await openApp(env, { ...tablet, locale: 'zh-CN', view: 'about' });
  await bring(page, 'about.qr');
  assert.equal(await readQrCode(page, 'about.qr'), env.url);
  await page.goto(`${env.url}index.html`);
  await page.evaluate(() => window.fieldbook.ready);
  await settle(page);
  await showView(page, 'about');
  await bring(page, 'about.qr');
  assert.equal(await readQrCode(page, 'about.qr'), `${env.url}index.html`);
  await context.close();
});
