// Tablets and Chinese: touch scrolling with the tap after it clicking once, the text-input bridge
// (on-screen keyboard focus, IME commits), idle frames, and the Chinese UI at tablet and
// projector sizes — at devicePixelRatio 2 with touch enabled.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, screenshot, tap, settle, appStats, rect, center } from './support/browser.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const tablet = { width: 768, height: 1024, dpr: 2, touch: true };

// A finger drag through the DevTools protocol (Playwright's touchscreen only taps).
async function touchDrag(page, from, to, steps = 12, msPerStep = 16) {
  const cdp = await page.context().newCDPSession(page);
  const point = (p) => [{ x: p.x, y: p.y, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from) });
  for (let i = 1; i <= steps; i++) {
    const k = i / steps;
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove', touchPoints: point({ x: from.x + (to.x - from.x) * k, y: from.y + (to.y - from.y) * k }),
    });
    await page.waitForTimeout(msPerStep);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

test('a drag scrolls the page and the tap after it clicks exactly once', async () => {
  // A short screen, so the settings page scrolls.
  const { page, context } = await openApp(env, { ...tablet, height: 560 });
  await tap(page, 'nav.settings');
  const before = await rect(page, 'data.export');
  await touchDrag(page, { x: 400, y: 420 }, { x: 400, y: 120 }, 15, 30);
  await settle(page);
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
  await settle(page);
  const json = JSON.parse(await page.evaluate(() => window.fieldbook.exportWorkspace()));
  assert.equal(json.settings.userName, '客户成功');
  // Backspace works through the bridge too.
  await page.keyboard.press('Backspace');
  await settle(page);
  assert.equal(JSON.parse(await page.evaluate(() => window.fieldbook.exportWorkspace())).settings.userName, '客户成');
  // Leaving the field closes the keyboard (the textarea loses focus).
  await tap(page, 'nav.about');
  assert.notEqual(await page.evaluate(() => document.activeElement?.id), 'text-input');
  await context.close();
});

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
  await page.setViewportSize({ width: 1024, height: 768 });
  await settle(page);
  assert.equal((await appStats(page)).view, 5, 'still on About');
  assert.ok(await rect(page, 'nav.about'));
  await page.setViewportSize({ width: 768, height: 1024 });
  await settle(page);
  assert.equal((await appStats(page)).view, 5);
  await context.close();
});
