// Tablets and Chinese: touch scrolling with the tap after it clicking once, the text-input bridge
// (on-screen keyboard focus, IME commits), idle frames, and the Chinese UI at tablet and
// projector sizes — at devicePixelRatio 2 with touch enabled.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, screenshot, tap, settle, resize, appStats, rect } from './support/browser.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const tablet = { width: 768, height: 1024, dpr: 2, touch: true };

// A finger drag through the DevTools protocol (Playwright's touchscreen only taps). The app takes
// the press before the finger moves (inside the pointerdown handler), so the moves need no pacing.
async function touchDrag(page, from, to, steps = 12) {
  const cdp = await page.context().newCDPSession(page);
  const point = (p) => [{ x: p.x, y: p.y, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from) });
  for (let i = 1; i <= steps; i++) {
    const k = i / steps;
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove', touchPoints: point({ x: from.x + (to.x - from.x) * k, y: from.y + (to.y - from.y) * k }),
    });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

const userName = (page) => page.evaluate(() => JSON.parse(window.fieldbook.exportWorkspace()).settings.userName);
// Waits until the document holds `name` (each key costs the app a few frames).
const untilUserName = (page, name) => page.waitForFunction(
  (want) => JSON.parse(window.fieldbook.exportWorkspace()).settings.userName === want, name, { polling: 20 });

test('a drag scrolls the page and the tap after it clicks exactly once', async () => {
  // A short screen, so the settings page scrolls.
  const { page, context } = await openApp(env, { ...tablet, height: 560 });
  await tap(page, 'nav.settings');
  const before = await rect(page, 'data.export');
  await touchDrag(page, { x: 400, y: 420 }, { x: 400, y: 120 }, 15);
  await settle(page);  // the glide, if the drag was quick enough for one, has come to rest
  const afterScroll = await rect(page, 'data.export');
  assert.ok(afterScroll.y < before.y - 100, `the content moved up (${before.y} → ${afterScroll.y})`);
  const navs = (await appStats(page)).navigations;
  await tap(page, 'nav.about');
  assert.equal((await appStats(page)).navigations - navs, 1, 'one tap after the scroll, one activation');
  await context.close();
});

test('tapping a text field focuses the hidden textarea; an IME commit lands in the field and the workspace', async () => {
  const { page, context } = await openApp(env, tablet);
  await tap(page, 'nav.settings');
  await tap(page, 'settings.name');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'text-input');
  await page.keyboard.insertText('客户成功');
  await untilUserName(page, '客户成功');
  // Backspace works through the bridge too.
  await page.keyboard.press('Backspace');
  await untilUserName(page, '客户成');
  await settle(page);
  assert.equal(await userName(page), '客户成', 'one character removed, no more');
  // Leaving the field closes the keyboard (the textarea loses focus).
  await tap(page, 'nav.about');
  assert.notEqual(await page.evaluate(() => document.activeElement?.id), 'text-input');
  await context.close();
});

// Measures idle on purpose, once the app has settled (a state, not a guess at how long it takes).
test('three seconds of idle draw at most three frames', async () => {
  const { page, context } = await openApp(env, tablet);
  await tap(page, 'nav.settings');
  await settle(page);
  const a = await appStats(page);
  await page.waitForTimeout(3000);
  const b = await appStats(page);
  assert.ok(b.frames - a.frames <= 3, `${b.frames - a.frames} frames while idle`);
  await context.close();
});

for (const [w, h] of [[768, 1024], [1024, 768], [1920, 1080]]) {
  test(`the Chinese UI renders real glyphs at ${w}×${h}`, async () => {
    const { page, context, errors } = await openApp(env, { width: w, height: h, dpr: 2, touch: true, locale: 'zh-CN' });
    await tap(page, 'nav.settings');
    await screenshot(page, `tablet-settings-zh-${w}x${h}-dpr2`);
    // Glyphs are rasterized by the browser: a CJK character is as wide as it is tall, unlike the
    // '?' or box an ImGui font without Chinese would draw.
    const m = await page.evaluate(() => {
      const c = document.createElement('canvas').getContext('2d');
      c.font = '32px system-ui, "Noto Sans CJK SC", sans-serif';
      return c.measureText('设').width;
    });
    assert.ok(m > 28, `设 measures ${m}px at 32px`);
    const r = await rect(page, 'nav.settings');
    assert.ok(r.w > 0 && r.h >= 44, 'touch-sized navigation');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('rotating keeps the state', async () => {
  const { page, context } = await openApp(env, tablet);
  await tap(page, 'nav.about');
  assert.equal((await appStats(page)).view, 'about');
  await resize(page, 1024, 768);
  assert.equal((await appStats(page)).view, 'about', 'still on About');
  // The sidebar: the entries stacked down the left edge, the last one inside the window.
  const sidebar = await rect(page, 'nav.about');
  const first = await rect(page, 'nav.roi');
  assert.ok(sidebar.x < 100 && first.x === sidebar.x && first.y < sidebar.y && sidebar.y + sidebar.h <= 768,
    'the sidebar in landscape');
  await resize(page, 768, 1024);
  assert.equal((await appStats(page)).view, 'about');
  assert.ok((await rect(page, 'nav.about')).y > 1024 * 0.75, 'the tab bar in portrait');
  await context.close();
});
