// The app frame in the browser: HiDPI canvas, one tap = one activation, language switching,
// nothing requested from anywhere but the page's own origin, render on demand.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, screenshot, tap, click, settle, appStats, rect, center } from './support/browser.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

for (const dpr of [1, 2]) {
  test(`canvas backing store is CSS size × devicePixelRatio at DPR ${dpr}`, async () => {
    const { page, context, errors } = await openApp(env, { width: 1024, height: 768, dpr });
    const size = await page.evaluate(() => {
      const c = document.getElementById('canvas');
      const r = c.getBoundingClientRect();
      return { w: c.width, h: c.height, cssW: r.width, cssH: r.height, dpr: window.devicePixelRatio };
    });
    assert.equal(size.dpr, dpr);
    assert.equal(size.w, Math.round(size.cssW * dpr));
    assert.equal(size.h, Math.round(size.cssH * dpr));
    await click(page, 'nav.about');
    await screenshot(page, `frame-about-en-1024x768-dpr${dpr}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a tap on a nav item activates it exactly once', async () => {
  const { page, context } = await openApp(env, { width: 768, height: 1024, dpr: 2, touch: true });
  const before = await appStats(page);
  await tap(page, 'nav.about');
  const after1 = await appStats(page);
  assert.equal(after1.navigations - before.navigations, 1, 'one tap, one activation');
  assert.equal(after1.view, 'about', 'About is shown');
  await tap(page, 'nav.settings');
  const after2 = await appStats(page);
  assert.equal(after2.navigations - after1.navigations, 1);
  assert.equal(after2.view, 'settings');
  await screenshot(page, 'frame-settings-en-768x1024-dpr2-touch');
  await context.close();
});

test('the language follows the browser and can be switched in settings', async () => {
  const { page, context } = await openApp(env, { width: 1280, height: 800, dpr: 2, locale: 'zh-CN' });
  await click(page, 'nav.settings');
  const zhWidth = (await rect(page, 'nav.settings')).w;
  await screenshot(page, 'frame-settings-zh-1280x800-dpr2');
  // Switch to English through the combo: open it, pick "English".
  await click(page, 'settings.language');
  const combo = await rect(page, 'settings.language');
  // Items: follow browser, 简体中文, English — the third row under the combo.
  await page.mouse.click(combo.x + 40, combo.y + combo.h * 3.5 + 8);
  await settle(page);
  let json = JSON.parse(await page.evaluate(() => window.fieldbook.exportWorkspace()));
  assert.equal(json.settings.language, 'en');
  await screenshot(page, 'frame-settings-en-after-switch-1280x800-dpr2');
  // And back to Chinese.
  await click(page, 'settings.language');
  await page.mouse.click(combo.x + 40, combo.y + combo.h * 2.5 + 8);
  await settle(page);
  json = JSON.parse(await page.evaluate(() => window.fieldbook.exportWorkspace()));
  assert.equal(json.settings.language, 'zh');
  assert.ok(zhWidth > 0);
  await context.close();
});

test('no request leaves 127.0.0.1', async () => {
  const { page, context, requests } = await openApp(env, { width: 1280, height: 800 });
  await click(page, 'nav.about');
  await click(page, 'nav.settings');
  assert.ok(requests.length > 0);
  for (const url of requests) {
    assert.match(url, /^(http:\/\/127\.0\.0\.1:\d+\/|blob:|data:)/, `request to ${url}`);
  }
  await context.close();
});

// Measures idle on purpose: after the app has settled (a state, so a busy machine cannot start the
// count early), three seconds of nothing may draw a stray frame or three, never a stream.
test('nothing is drawn while idle', async () => {
  const { page, context } = await openApp(env, { width: 1280, height: 800 });
  await settle(page);
  const a = await appStats(page);
  await page.waitForTimeout(3000);
  const b = await appStats(page);
  assert.ok(b.frames - a.frames <= 3, `${b.frames - a.frames} frames in 3 s of idle`);
  await context.close();
});
