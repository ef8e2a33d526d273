// Frame times of two or more pages side by side, for the tests that compare a large workspace's
// view with a small one's (printed, never asserted on time).
import assert from 'node:assert/strict';
import { appStats, settle } from './browser.mjs';

// Asks for `n` frames of the view shown on each page in turn (a one-pixel move of the pointer at
// (x, y), a place where it changes nothing drawn, such as the toolbar), so all see the same load
// on the machine. Each page's frames: the shortest (what the view costs when the machine lets it
// run), the median, the 90th percentile and the longest (stats().lastFrameMs / maxFrameMs).
export async function frameTimes(pages, { n = 40, x = 640, y = 20 } = {}) {
  const out = [];
  for (const page of pages) {
    await page.mouse.move(x, y);
    await settle(page);
    await page.evaluate(() => window.fieldbook.resetStats());
    out.push({ page, frames: (await appStats(page)).frames, last: [] });
  }
  for (let i = 0; i < n; i++) {
    for (const o of out) {
      await o.page.mouse.move(x + ((i + 1) % 2), y);
      await settle(o.page);
      o.last.push((await appStats(o.page)).lastFrameMs);
    }
  }
  const result = [];
  for (const o of out) {
    const s = await appStats(o.page);
    assert.ok(s.frames - o.frames >= n, `${s.frames - o.frames} frames drawn for ${n} moves`);
    const sorted = [...o.last].sort((a, b) => a - b);
    result.push({ min: sorted[0], median: sorted[Math.floor(n / 2)], p90: sorted[Math.floor(n * 0.9)], max: s.maxFrameMs });
  }
  return result;
}
