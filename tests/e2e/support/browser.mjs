// Shared set-up for the end-to-end tests: serves build/web/dist on 127.0.0.1, starts Debian's
// Chromium through playwright-core (WebGL 2 on SwiftShader), records every request so a test can
// check that nothing leaves the machine, and saves screenshots under build/screenshots.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../../scripts/static-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const distDir = process.env.FIELDBOOK_DIST ?? path.join(root, 'build/web/dist');
export const screenshotDir = process.env.FIELDBOOK_SCREENSHOTS ?? path.join(root, 'build/screenshots');

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader', '--use-angle=swiftshader',
];

export async function launch() {
  if (!fs.existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(`${distDir}/index.html is missing: build the web app first (scripts/build.sh web)`);
  }
  const server = await startServer(distDir, { port: 0 });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  return {
    url: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

// A page on the app: {width, height} CSS px, deviceScaleFactor, touch, locale ('zh-CN' / 'en-US'),
// and the tool shown: `view` (default 'roi', where the tests written before Today begin; 'today'
// or null: where the app opens), shown through the test API without an input (showView), so the
// test's first tap is still the visit's first.
export async function openApp(env, { width = 1280, height = 800, dpr = 1, touch = false, locale = 'en-US', context = null, hash = '', view = 'roi' } = {}) {
  const ctx = context ?? await env.browser.newContext({
    viewport: { width, height }, deviceScaleFactor: dpr, hasTouch: touch, isMobile: false, locale,
  });
  const page = await ctx.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(env.url + hash);
  await page.evaluate(() => window.fieldbook.ready);
  await settle(page);
  if (view) await showView(page, view);
  return { page, context: ctx, requests, errors };
}

// Shows a tool by its id (window.fieldbook.navigate) and waits until the app has drawn it.
export async function showView(page, view) {
  const ok = await page.evaluate((v) => window.fieldbook.navigate(v), view);
  if (!ok) throw new Error(`'${view}' is not a registered tool`);
  await page.waitForFunction((v) => window.fieldbook.stats().view === v, view);
  await settle(page);
}

export async function screenshot(page, name) {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

export async function rect(page, testId) {
  const r = await page.evaluate((id) => window.fieldbook.itemRect(id), testId);
  if (!r) throw new Error(`test id '${testId}' was not drawn in the last frame`);
  return r;
}

export async function center(page, testId) {
  const r = await rect(page, testId);
  return { x: r.x + r.w / 2, y: r.y + r.h / 2 };
}

// Waits until the app has drawn every frame its inputs asked for (window.fieldbook.settled()):
// a state of the app, not a quiet spell, so a slow frame or a busy machine cannot end it early.
export async function settle(page, ms = 60000) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the app was still drawing after ${ms} ms`)), ms);
  });
  try {
    await Promise.race([page.evaluate(() => window.fieldbook.settled()), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// Resizes the page (a rotation, another screen) and waits until the app has drawn at the new size.
export async function resize(page, width, height) {
  await page.setViewportSize({ width, height });
  await page.waitForFunction(([w, h]) => {
    const c = document.getElementById('canvas');
    return window.innerWidth === w && window.innerHeight === h
      && c.width === Math.round(w * devicePixelRatio) && c.height === Math.round(h * devicePixelRatio);
  }, [width, height]);
  await settle(page);
}

export async function click(page, testId) {
  const c = await center(page, testId);
  await page.mouse.click(c.x, c.y);
  await settle(page);
}

export async function tap(page, testId) {
  const c = await center(page, testId);
  await page.touchscreen.tap(c.x, c.y);
  await settle(page);
}

export const appStats = (page) => page.evaluate(() => window.fieldbook.stats());
