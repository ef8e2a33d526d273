// The first touch of a visit lands on what is under the finger: each case opens the app in a new
// browser context (a first visit: the sample workspace, touch mode not yet chosen) on a touch
// screen at devicePixelRatio 2, landscape (sidebar) and portrait (tab bar), and taps once; also on
// a touch screen the page only learns about at that first touch. And a mouse click with no move
// before it (a fast click, a remote pointer) acts on the widget under it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, screenshot, rect, center, settle, appStats } from './support/browser.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const drawn = (page, id) => page.evaluate((t) => window.fieldbook.itemRect(t) !== null, id);

// What the first tap aims at, the tool shown before it (null: Today, where the app opens; a tool
// is shown through the test API, not by a tap), and what must be on the screen after it.
const targets = [
  { id: 'nav.settings', start: null, view: 'settings', shows: ['settings.name'] },
  { id: 'nav.rfm', start: null, view: 'rfm', shows: ['rfm.tab.summary', 'rfm.tab.customers', 'rfm.tab.charts'] },
  { id: 'roi.case.0', start: 'roi', view: 'roi', shows: ['roi.back'] },
];

for (const [width, height] of [[1024, 768], [768, 1024]]) {
  for (const target of targets) {
    test(`the first tap of a visit on ${target.id} acts on it (${width}×${height}, DPR 2, touch)`, async () => {
      const { page, context, errors } = await openApp(env, { width, height, dpr: 2, touch: true, view: target.start });
      assert.ok(await drawn(page, 'banner.sample'), 'a first visit: the sample workspace');
      const before = await appStats(page);
      assert.equal(before.view, target.start ?? 'today', target.start ? 'shown before the tap' : 'the app opens on Today');
      const at = await center(page, target.id);
      await page.touchscreen.tap(at.x, at.y);
      await settle(page);
      for (const id of target.shows) assert.ok(await drawn(page, id), `${id} is shown after the first tap on ${target.id}`);
      const after = await appStats(page);
      assert.equal(after.view, target.view);
      if (target.id.startsWith('nav.')) assert.equal(after.navigations - before.navigations, 1, 'one tap, one activation');
      await screenshot(page, `first-tap-${target.id.replace(/\./g, '-')}-${width}x${height}-dpr2`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

// A touch screen the page cannot tell before the first touch (a laptop with a touch screen and a
// mouse: fine pointer first): the app starts in the mouse layout and turns touch mode on after the
// first tap, never under it.
const laptopWithTouch = () => {
  const original = window.matchMedia.bind(window);
  window.matchMedia = (query) => (/pointer/.test(query)
    ? { media: query, matches: /fine/.test(query), addEventListener() {}, removeEventListener() {} }
    : original(query));
};

for (const target of targets) {
  test(`on a touch screen known only at the first touch, the first tap on ${target.id} acts on it (1024×768)`, async () => {
    const context = await env.browser.newContext({
      viewport: { width: 1024, height: 768 }, deviceScaleFactor: 2, hasTouch: true, isMobile: false, locale: 'en-US',
    });
    await context.addInitScript(laptopWithTouch);
    const { page, errors } = await openApp(env, { context, view: target.start });
    assert.ok((await rect(page, 'nav.settings')).h < 44, 'the mouse layout before the first touch');
    const at = await center(page, target.id);
    await page.touchscreen.tap(at.x, at.y);
    await settle(page);
    for (const id of target.shows) assert.ok(await drawn(page, id), `${id} is shown after the first tap on ${target.id}`);
    assert.equal((await appStats(page)).view, target.view);
    assert.ok((await rect(page, 'nav.settings')).h >= 44, 'touch mode is on after the first tap');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

// Playwright's mouse.click moves, presses and releases at once: no frame is drawn between the move
// and the press, so the app never drew the pointer over the widget before the click.
for (const target of targets) {
  test(`a mouse click on ${target.id} with no move before it acts on it`, async () => {
    const { page, context, errors } = await openApp(env, { width: 1280, height: 800, view: target.start });
    const before = await appStats(page);
    const at = await center(page, target.id);
    await page.mouse.click(at.x, at.y);
    await settle(page);
    for (const id of target.shows) assert.ok(await drawn(page, id), `${id} is shown after a click on ${target.id}`);
    assert.equal((await appStats(page)).view, target.view);
    if (target.id.startsWith('nav.')) assert.equal((await appStats(page)).navigations - before.navigations, 1);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
