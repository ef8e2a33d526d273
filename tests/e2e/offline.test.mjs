// Offline use: the service worker precaches the whole build, a reload with the network cut opens
// the app with its data, a new build is offered in the "update ready" banner (save, then reload),
// and the page is installable (manifest, icons, iOS tags) under a strict Content-Security-Policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openApp, distDir, screenshot, click, settle, rect } from './support/browser.mjs';
import { startServer } from '../../scripts/static-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PRECACHE_TOOL = path.join(root, 'web/tools/precache.mjs');

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

// The list precache.mjs wrote into a site's sw.js.
function precacheOf(dir) {
  const line = fs.readFileSync(path.join(dir, 'sw.js'), 'utf8').match(/^const PRECACHE = (.*);$/m);
  assert.ok(line, 'sw.js has its PRECACHE line');
  return JSON.parse(line[1]);
}

function siteFiles(dir, rel = '') {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const p = rel ? `${rel}/${e.name}` : e.name;
    return e.isDirectory() ? siteFiles(dir, p) : [p];
  }).sort();
}

// The first visit installs the worker but is not controlled by it (the worker does not claim
// pages it did not load); a reload is.
async function untilControlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
    await page.evaluate(() => window.fieldbook.ready);
  }
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
}

const fieldbookCaches = (page) => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('fieldbook:')));

// Settings → language → 简体中文 (see frame.test.mjs for the combo's rows), then wait for storage.
async function switchToChinese(page) {
  await click(page, 'nav.settings');
  await click(page, 'settings.language');
  const combo = await rect(page, 'settings.language');
  await page.mouse.click(combo.x + 40, combo.y + combo.h * 2.5 + 8);
  await settle(page);
  await page.evaluate(() => window.fieldbook.saved());
  const json = await page.evaluate(() => window.fieldbook.exportWorkspace());
  assert.equal(JSON.parse(json).settings.language, 'zh');
  return json;
}

test('the precache list is every file of the build, with its hash', async () => {
  const { version, files } = precacheOf(distDir);
  assert.match(version, /^[0-9a-f]{16}$/);
  assert.deepEqual(files.map((f) => f.path), siteFiles(distDir).filter((p) => p !== 'sw.js'));
  for (const f of files) assert.ok(!f.path.startsWith('/') && !f.path.includes('..'), `${f.path} is relative`);
  for (const p of ['index.html', 'fieldbook.js', 'fieldbook.wasm', 'js/main.js', 'js/offline.js', 'manifest.webmanifest']) {
    assert.ok(files.some((f) => f.path === p), `${p} is precached`);
  }
  // Its code, without the comments (which say why there is no importScripts).
  const code = fs.readFileSync(path.join(distDir, 'sw.js'), 'utf8').replace(/^\s*\/\/.*$/gm, '');
  assert.doesNotMatch(code, /importScripts|\beval\s*\(|new Function/, 'sw.js loads nothing else and evaluates no strings');
});

test('the service worker caches the whole build under this version and takes over after a reload', async () => {
  const { page, context, errors } = await openApp(env, { width: 1280, height: 800 });
  await untilControlled(page);
  const { version, files } = precacheOf(distDir);
  assert.deepEqual(await fieldbookCaches(page), [`fieldbook:/:${version}`]);
  const cached = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url), `fieldbook:/:${version}`);
  assert.deepEqual(cached.sort(), files.map((f) => env.url + f.path).sort());
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL), `${env.url}sw.js`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a reload with the network cut opens the app, served by the service worker, with its workspace as it was', async () => {
  // A server of its own, so the test can also stop it: offline twice over.
  const server = await startServer(distDir, { port: 0 });
  const { page, context, errors } = await openApp({ url: server.url, browser: env.browser }, { width: 1280, height: 800 });
  try {
    await untilControlled(page);
    const before = await switchToChinese(page);

    await context.setOffline(true);
    server.server.closeAllConnections();
    await server.close();
    const responses = [];
    page.on('response', (r) => responses.push({ url: r.url(), sw: r.fromServiceWorker() }));
    await page.reload();
    await page.evaluate(() => window.fieldbook.ready);
    await settle(page);
    assert.ok(await page.evaluate(() => window.fieldbook.itemRect('nav.settings')), 'the navigation is drawn');
    for (const r of responses) assert.ok(r.sw, `${r.url} came from the service worker`);
    for (const p of ['', 'js/main.js', 'fieldbook.js', 'fieldbook.wasm']) {
      assert.ok(responses.some((r) => r.url === server.url + p), `${p || 'the page'} was loaded offline`);
    }
    assert.equal(await page.evaluate(() => window.fieldbook.exportWorkspace()), before, 'the workspace is as it was');
    await screenshot(page, 'offline-reload-1280x800');
    assert.deepEqual(errors, []);
    // Something not in the build really is out of reach.
    assert.equal(await page.evaluate(() => fetch('not-in-the-build.txt').then(() => 'reached', () => 'offline')), 'offline');
  } finally {
    await context.close();
  }
});

test('a new build is offered in the banner; "Later" keeps the running one, "Update now" saves, then reloads onto it', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldbook-update-'));
  fs.cpSync(distDir, dir, { recursive: true });
  const server = await startServer(dir, { port: 0 });
  const { page, context, errors } = await openApp({ url: server.url, browser: env.browser },
    { width: 768, height: 1024, dpr: 2, touch: true });
  try {
    await untilControlled(page);
    const v1 = precacheOf(dir).version;
    assert.deepEqual(await fieldbookCaches(page), [`fieldbook:/:${v1}`]);
    assert.ok(await page.isHidden('#update-banner'), 'no banner while the build is current');

    // Deploy a new build: one changed file, the list rewritten.
    const marker = `/* update test ${Date.now()} */`;
    fs.appendFileSync(path.join(dir, 'style.css'), `\n${marker}\n`);
    execFileSync(process.execPath, [PRECACHE_TOOL, dir]);
    const v2 = precacheOf(dir).version;
    assert.notEqual(v2, v1);

    await page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration()).update(); });
    await page.waitForSelector('#update-banner', { state: 'visible' });
    assert.equal((await page.textContent('#update-banner .update-text')).trim(), '有新版本可用 · Update ready');
    for (const id of ['#update-now', '#update-later']) {
      const box = await page.locator(id).boundingBox();
      assert.ok(box.height >= 44 && box.width >= 44, `${id} is a 44 px touch target (${box.width}×${box.height})`);
    }
    await screenshot(page, 'offline-update-banner-768x1024-dpr2');

    // Later: the banner goes, the running build stays; the next start offers it again.
    await page.tap('#update-later');
    assert.ok(await page.isHidden('#update-banner'));
    assert.ok(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration()).waiting));
    await page.reload();
    await page.evaluate(() => window.fieldbook.ready);
    assert.ok(!(await page.evaluate(() => fetch('style.css').then((r) => r.text()))).includes(marker), 'still the old build');
    await page.waitForSelector('#update-banner', { state: 'visible' });

    // Update now: saved() runs while the new worker still waits, then the page comes back on it.
    await page.evaluate(() => {
      window.__oldPage = true;
      const saved = window.fieldbook.saved;
      window.fieldbook.saved = async () => {
        const waiting = !!(await navigator.serviceWorker.getRegistration()).waiting;
        sessionStorage.setItem('saved-called', waiting ? 'before the new worker took over' : 'too late');
        return saved();
      };
    });
    await Promise.all([page.waitForEvent('load'), page.tap('#update-now')]);
    await page.evaluate(() => window.fieldbook.ready);
    assert.equal(await page.evaluate(() => window.__oldPage), undefined, 'the page reloaded');
    assert.equal(await page.evaluate(() => sessionStorage.getItem('saved-called')), 'before the new worker took over');
    assert.ok((await page.evaluate(() => fetch('style.css').then((r) => r.text()))).includes(marker), 'the new build is served');
    assert.deepEqual(await fieldbookCaches(page), [`fieldbook:/:${v2}`], 'the old build\'s cache is gone');
    assert.ok(await page.isHidden('#update-banner'));
    await settle(page);
    assert.ok(await page.evaluate(() => window.fieldbook.itemRect('nav.settings')));
    await screenshot(page, 'offline-after-update-768x1024-dpr2');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a build that fails to start still gets the next deploy: the update banner over the failure page, then the app', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldbook-broken-'));
  fs.cpSync(distDir, dir, { recursive: true });
  const goodWasm = fs.readFileSync(path.join(dir, 'fieldbook.wasm'));
  // A whole, consistent deploy whose compiled code cannot start.
  fs.writeFileSync(path.join(dir, 'fieldbook.wasm'), Buffer.from('not a wasm module'));
  execFileSync(process.execPath, [PRECACHE_TOOL, dir]);
  const server = await startServer(dir, { port: 0 });
  const context = await env.browser.newContext({ viewport: { width: 1024, height: 768 }, deviceScaleFactor: 2, hasTouch: true, locale: 'zh-CN' });
  const page = await context.newPage();
  const failed = () => page.waitForSelector('#status.failed', { state: 'visible' });
  try {
    await page.goto(server.url);
    await failed();
    // The first visit registered the worker even though the app never started; the next visit
    // is served by it (offline too) and fails the same way.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await failed();
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);

    // The fix is deployed.
    fs.writeFileSync(path.join(dir, 'fieldbook.wasm'), goodWasm);
    execFileSync(process.execPath, [PRECACHE_TOOL, dir]);
    await page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration()).update(); });
    await page.waitForSelector('#update-banner', { state: 'visible' });
    await screenshot(page, 'offline-broken-build-update-1024x768-dpr2-zh');
    await Promise.all([page.waitForEvent('load'), page.tap('#update-now')]);
    await page.evaluate(() => window.fieldbook.ready);
    await settle(page);
    assert.ok(await page.evaluate(() => window.fieldbook.itemRect('nav.settings')), 'the new build runs');
    assert.ok(await page.isHidden('#status.failed'));
  } finally {
    await context.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a half-deployed build (a file that does not match the list) is not installed', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldbook-torn-'));
  fs.cpSync(distDir, dir, { recursive: true });
  const server = await startServer(dir, { port: 0 });
  const { page, context } = await openApp({ url: server.url, browser: env.browser }, { width: 1280, height: 800 });
  try {
    await untilControlled(page);
    const v1 = precacheOf(dir).version;
    // The new sw.js is out, but the .wasm on the server is not the one it lists.
    fs.appendFileSync(path.join(dir, 'style.css'), '\n/* torn deploy */\n');
    execFileSync(process.execPath, [PRECACHE_TOOL, dir]);
    fs.appendFileSync(path.join(dir, 'fieldbook.wasm'), Buffer.from([0]));
    const state = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      await reg.update();
      const w = reg.installing ?? reg.waiting;
      if (!w) return 'no new worker';
      if (w.state !== 'installing') return w.state;
      return new Promise((resolve) => w.addEventListener('statechange', () => { if (w.state !== 'installing') resolve(w.state); }));
    });
    assert.equal(state, 'redundant', 'the install failed');
    assert.deepEqual(await fieldbookCaches(page), [`fieldbook:/:${v1}`], 'only the running build\'s cache');
    assert.ok(await page.isHidden('#update-banner'), 'nothing is offered');
    await page.reload();
    await page.evaluate(() => window.fieldbook.ready);
    assert.ok(await page.evaluate(() => window.fieldbook.itemRect('nav.settings')), 'the running build still opens');
  } finally {
    await context.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the site works from a sub-path: the worker registers with a relative scope', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldbook-subpath-'));
  fs.cpSync(distDir, path.join(dir, 'tools', 'fieldbook'), { recursive: true });
  const server = await startServer(dir, { port: 0 });
  const url = `${server.url}tools/fieldbook/`;
  const { page, context, errors } = await openApp({ url, browser: env.browser }, { width: 1280, height: 800 });
  try {
    await untilControlled(page);
    assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope), url);
    assert.deepEqual(await fieldbookCaches(page), [`fieldbook:/tools/fieldbook/:${precacheOf(distDir).version}`]);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the manifest, icons and iOS tags make it installable; the CSP holds', async () => {
  const manifest = await (await fetch(`${env.url}manifest.webmanifest`)).json();
  assert.ok(manifest.name && manifest.short_name, 'name and short_name');
  assert.ok(manifest.short_name.length <= 12, 'short_name fits under a home-screen icon');
  assert.equal(manifest.display, 'standalone');
  for (const key of ['start_url', 'scope']) {
    assert.ok(!/^[a-z]+:|^\//i.test(manifest[key]), `${key} '${manifest[key]}' is relative`);
  }
  assert.ok(manifest.theme_color && manifest.background_color, 'theme colours');
  const icon = (size, purpose) => manifest.icons.find((i) => i.sizes.split(' ').includes(size) && (i.purpose ?? 'any').split(' ').includes(purpose));
  for (const [size, purpose] of [['192x192', 'any'], ['512x512', 'any'], ['512x512', 'maskable']]) {
    const entry = icon(size, purpose);
    assert.ok(entry, `a ${purpose} ${size} icon`);
    assert.ok(!/^[a-z]+:|^\//i.test(entry.src), `${entry.src} is relative`);
    const png = Buffer.from(await (await fetch(env.url + entry.src)).arrayBuffer());
    assert.equal(png.toString('latin1', 1, 4), 'PNG');
    assert.equal(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, size, `${entry.src} is ${size}`);
  }

  const html = await (await fetch(env.url)).text();
  const meta = (name) => html.match(new RegExp(`<meta name="${name}" content="([^"]*)"`))?.[1];
  assert.match(html, /<link rel="apple-touch-icon" href="icons\/apple-touch-icon\.png">/);
  assert.match(html, /<link rel="manifest" href="manifest\.webmanifest">/);
  assert.equal(meta('apple-mobile-web-app-capable'), 'yes');
  assert.ok(meta('apple-mobile-web-app-title'));
  assert.ok(meta('apple-mobile-web-app-status-bar-style'));
  assert.ok(meta('theme-color'));
  assert.match(meta('viewport'), /viewport-fit=cover/);
  const touchIcon = Buffer.from(await (await fetch(`${env.url}icons/apple-touch-icon.png`)).arrayBuffer());
  assert.equal(touchIcon.readUInt32BE(16), 180);

  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1];
  assert.ok(csp, 'a Content-Security-Policy');
  const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v.join(' ')]));
  assert.equal(directives['script-src'], "'self' 'wasm-unsafe-eval'");
  assert.equal(directives['worker-src'], "'self'");
  assert.equal(directives['default-src'], "'self'");
  assert.doesNotMatch(csp, /'unsafe-eval'|'unsafe-inline'|\*|https?:/);

  // And the app, worker included, runs under it without a single violation.
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const { page } = await openApp(env, { context });
  await untilControlled(page);
  await click(page, 'nav.settings');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  await context.close();
});
