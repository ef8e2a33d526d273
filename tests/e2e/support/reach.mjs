// Reaching widgets as a person does on a tablet, shared by the tools' tests: scrolling a widget
// above the tab bar before a finger taps it, typing one key at a time, waiting for the document to
// change, and checking nothing is cut off at the right edge.
import assert from 'node:assert/strict';
import { tap, click, settle, rect } from './browser.mjs';
import { workspaceOf, until, reveal } from './workspace.mjs';

// Software rendering at DPR 2 on a busy machine: a bound on waiting for a state, never a pause.
export const WAIT = 60000;

// The day `offset` days from today in the browser's own time zone, as the app writes dates.
export const localDay = (page, offset = 0) => page.evaluate((k) => {
  const d = new Date();
  d.setDate(d.getDate() + k);
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}, offset);

// Waits until the exported workspace satisfies `pred`; returns it.
export const docUntil = (page, pred, what) => until(async () => {
  const w = await workspaceOf(page);
  return pred(w) ? w : null;
}, WAIT, what);

// Where the content ends: the top of the tab bar in portrait (the ROI tab is always there), the
// window's bottom otherwise.
const contentBottom = (page) => page.evaluate(() => {
  const nav = window.fieldbook.itemRect('nav.roi');
  return nav && nav.y > innerHeight / 2 ? nav.y : innerHeight;
});

// Scrolls `id` into view (reveal) and on until it is above the tab bar, where a finger reaches it.
export async function bring(page, id) {
  let r = await reveal(page, id);
  for (let i = 0; i < 20; i++) {
    const bottom = await contentBottom(page);
    if (r.y >= 0 && r.y + r.h <= bottom) return r;
    await page.mouse.move(r.x + 1, bottom / 2);
    await page.mouse.wheel(0, r.y + r.h > bottom ? 120 : -120);
    await settle(page);
    r = await rect(page, id);
  }
  throw new Error(`could not scroll '${id}' above the tab bar`);
}

export const tapOn = async (page, id) => { await bring(page, id); await tap(page, id); };
export const clickOn = async (page, id) => { await bring(page, id); await click(page, id); };

// Types ASCII one key at a time, each after the app has drawn the one before.
export async function typeSlowly(page, text) {
  for (const ch of text) {
    await page.keyboard.type(ch);
    await settle(page);
  }
}

// Every widget listed lies inside the window's width (nothing cut off at the right edge).
export async function assertInsideWidth(page, ids, label) {
  const { width } = page.viewportSize();
  for (const id of ids) {
    const r = await rect(page, id);
    assert.ok(r.x >= 0 && r.x + r.w <= width + 0.5, `${label}: ${id} spans ${r.x}..${r.x + r.w}, the window is ${width} wide`);
  }
}
