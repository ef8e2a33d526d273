// Phones: a WeChat link usually opens on a phone held upright. In a phone's browser (390×844 CSS px,
// DPR 3, touch, mobile) every view of the tool table, in Chinese and in English, with the sample
// workspace of a first visit, draws every widget it tags inside the screen's width — rows of
// buttons wrap, the tab bar keeps a few tabs and puts the rest under More — and the ROI case's
// actions are all within reach. Screenshots: phone-<view>-<lang>.png (and the open ROI case,
// phone-roi-case-<lang>.png), to be looked at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, screenshot, showView, tap, settle, rect } from './support/browser.mjs';
import { drawn } from './support/workspace.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const PHONE = { width: 390, height: 844 };
// Every view of the tool table (shell/app/tools.cpp), in the navigation's order.
const VIEWS = ['today', 'roi', 'rfm', 'grow', 'okr', 'team', 'settings', 'about'];

// Every test id the app drew in the last frame, with its rectangle.
const drawnItems = (page) => page.evaluate(() =>
  window.fieldbook.itemIds().map((id) => ({ id, r: window.fieldbook.itemRect(id) })));

// Nothing the view tags reaches past either side of the screen (half a CSS px of rounding).
async function assertFits(page, where) {
  const items = await drawnItems(page);
  assert.ok(items.length > 0, `${where}: something is drawn`);
  const outside = items.filter(({ r }) => r && (r.x < -0.5 || r.x + r.w > PHONE.width + 0.5))
    .map(({ id, r }) => `${id} ${r.x.toFixed(1)}..${(r.x + r.w).toFixed(1)}`);
  assert.deepEqual(outside, [], `${where}: drawn past the ${PHONE.width} px screen`);
}

async function phone(locale) {
  const context = await env.browser.newContext({
    viewport: PHONE, deviceScaleFactor: 3, hasTouch: true, isMobile: true, locale,
  });
  return openApp(env, { context, view: null });
}

for (const { locale, lang } of [{ locale: 'zh-CN', lang: 'zh' }, { locale: 'en-US', lang: 'en' }]) {
  test(`every view fits a phone's width (${lang}, 390x844, DPR 3)`, async () => {
    const { page, context, errors } = await phone(locale);
    try {
      for (const view of VIEWS) {
        await showView(page, view);
        await screenshot(page, `phone-${view}-${lang}`);
        await assertFits(page, view);
      }
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test(`the ROI case's actions are on the screen (${lang}, 390x844, DPR 3)`, async () => {
    const { page, context, errors } = await phone(locale);
    try {
      await showView(page, 'roi');
      assert.ok(await drawn(page, 'roi.case.0'), 'the sample has a case');
      await tap(page, 'roi.case.0');
      await page.waitForFunction(() => window.fieldbook.itemRect('roi.meeting') !== null);
      await settle(page);
      await screenshot(page, `phone-roi-case-${lang}`);
      for (const id of ['roi.back', 'roi.meeting', 'roi.share', 'roi.print', 'roi.duplicate', 'roi.delete']) {
        const r = await rect(page, id);
        assert.ok(r.x >= 0 && r.x + r.w <= PHONE.width, `${id} spans ${r.x}..${r.x + r.w}`);
        assert.ok(r.h >= 44, `${id} is a finger's height: ${r.h} px`);
      }
      await assertFits(page, 'the open case');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test(`the tab bar keeps what fits and shows the rest under More (${lang}, 390x844, DPR 3)`, async () => {
    const { page, context, errors } = await phone(locale);
    try {
      await assertFits(page, 'the tab bar');
      assert.ok(await drawn(page, 'nav.today'), 'Today has its tab');
      assert.ok(await drawn(page, 'nav.roi'), 'ROI has its tab');
      const more = await rect(page, 'nav.more');
      assert.ok(more.w >= 44 && more.h >= 44, `More is a finger's size: ${more.w}x${more.h}`);
      assert.equal(await drawn(page, 'nav.about'), null, 'About waits under More');
      await tap(page, 'nav.more');
      await screenshot(page, `phone-more-${lang}`);
      await assertFits(page, 'the More sheet');
      const about = await rect(page, 'nav.about');
      assert.ok(about.h >= 44, `a tool under More is a finger's height: ${about.h} px`);
      await tap(page, 'nav.about');
      await page.waitForFunction(() => window.fieldbook.stats().view === 'about');
      await settle(page);
      assert.equal(await drawn(page, 'nav.about'), null, 'the sheet closed');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}
