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

// The frame scheduler itself (web/static/js/scheduler.js), with a stand-in app: what it draws
// while work runs between frames, and the frames it spares. Run in the page, as the app uses it.

test('work between frames: frames keep coming while it runs', async () => {
  const { page, context } = await openApp(env, { width: 800, height: 600 });
  const r = await page.evaluate(async () => {
    const { createScheduler } = await import('./js/scheduler.js');
    const spin = (ms) => { const end = performance.now() + ms; while (performance.now() < end) { /* a step's work */ } };
    let steps = 0, frames = 0, framesDuringWork = 0;
    const work = { pending: () => steps < 24, step: () => { spin(30); steps++; return steps < 24; } };
    const s = createScheduler(() => { frames++; if (steps > 0 && steps < 24) framesDuringWork++; return -1; }, work);
    s.request();
    await new Promise((resolve) => { const check = () => (steps >= 24 ? resolve() : setTimeout(check, 20)); check(); });
    await s.settled();
    return { steps, frames, framesDuringWork };
  });
  // 24 steps of at least 30 ms each: at least 720 ms of work, and a frame at least every 250 ms
  // of it (more often when frames are cheap).
  assert.equal(r.steps, 24);
  assert.ok(r.framesDuringWork >= 2, `${r.framesDuringWork} frames while the work ran (${r.frames} in all)`);
  await context.close();
});

test('a frame drawn in an event handler that starts work is the last one there, and not drawn again', async () => {
  const { page, context } = await openApp(env, { width: 800, height: 600 });
  const r = await page.evaluate(async () => {
    const { createScheduler } = await import('./js/scheduler.js');
    let started = false, steps = 0, frames = 0;
    const work = { pending: () => started && steps < 3, step: () => { steps++; return steps < 3; } };
    // The stand-in's second frame takes the release and starts the work (as Confirm does).
    const s = createScheduler(() => { frames++; if (frames === 2) started = true; return -1; }, work);
    s.request();                     // an input asked for a frame ...
    s.runNow(3);                     // ... and the handler drew: the press, then the release
    const inHandler = frames;
    await s.settled();
    const afterWork = frames;
    // Without work: a frame drawn in the handler after a request is not drawn again at the
    // animation frame; one the app asks for (0) is.
    const idle = createScheduler(() => { frames++; return -1; });
    frames = 0;
    idle.request();
    idle.runNow(1);
    await idle.settled();
    const spared = frames;
    let again = 0;
    const eager = createScheduler(() => { frames++; return again++ === 0 ? 0 : -1; });
    frames = 0;
    eager.runNow(1);
    await eager.settled();
    return { inHandler, afterWork, steps, spared, eager: frames };
  });
  assert.equal(r.inHandler, 2, 'the handler stopped drawing once the work started');
  assert.equal(r.steps, 3, 'the work ran');
  assert.equal(r.afterWork, 3, 'one frame after the work, to show it done');
  assert.equal(r.spared, 1, 'the frame drawn in the handler was not drawn again');
  assert.equal(r.eager, 2, 'a frame asked for by the one drawn in the handler is drawn');
  await context.close();
});
