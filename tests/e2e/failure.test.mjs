// When the app cannot start, the page says so plainly: no WebGL 2 → a message (not a blank
// page); the compiled code fails to load → an error with a reload button (not an endless spinner).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, screenshot } from './support/browser.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

async function failurePage(setup, locale = 'en-US') {
  const context = await env.browser.newContext({ viewport: { width: 1024, height: 768 }, deviceScaleFactor: 2, locale });
  const page = await context.newPage();
  await setup(page);
  await page.goto(env.url);
  await page.waitForSelector('#status.failed', { timeout: 20000 });
  const state = await page.evaluate(() => ({
    kind: document.getElementById('status').dataset.failure,
    text: document.getElementById('status-text').textContent,
    reloadVisible: !document.getElementById('status-reload').classList.contains('hidden'),
    spinnerVisible: getComputedStyle(document.querySelector('.spinner')).display !== 'none',
  }));
  return { context, page, state };
}

test('without WebGL 2 the page explains why instead of staying blank', async () => {
  const { context, page, state } = await failurePage((p) => p.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return kind === 'webgl2' ? null : original.call(this, kind, ...rest);
    };
  }));
  assert.equal(state.kind, 'webgl');
  assert.match(state.text, /WebGL 2/);
  assert.equal(state.spinnerVisible, false);
  await screenshot(page, 'failure-no-webgl2-en');
  await context.close();
});

test('a failed load of the compiled code offers a reload, in the browser language', async () => {
  const { context, page, state } = await failurePage((p) => p.route('**/fieldbook.wasm', (r) => r.fulfill({ status: 404, body: 'gone' })), 'zh-CN');
  assert.equal(state.kind, 'load');
  assert.match(state.text, /未能加载/);
  assert.equal(state.reloadVisible, true);
  assert.equal(state.spinnerVisible, false);
  await screenshot(page, 'failure-load-zh');
  // The reload button reloads: after unrouting, the app starts.
  await page.unroute('**/fieldbook.wasm');
  await Promise.all([page.waitForNavigation(), page.click('#status-reload')]);
  await page.evaluate(() => window.fieldbook.ready);
  await context.close();
});
