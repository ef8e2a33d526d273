// The release package as an IT person deploys it: scripts/package.sh's zip, unpacked and checked
// against its SHA256SUMS, served by Debian's nginx with the DEPLOY.md snippet at a sub-path
// (/tools/fieldbook/). The types and cache headers are as DEPLOY.md says; the app opens there; its
// self-check (About, ?check) reports every line about the server ok once the service worker is in control; the
// app opens offline with its data. A location that sends .wasm as text/plain still opens the app
// and the self-check names the problem and the fix; a copy without fieldbook.wasm gets the
// failure page naming the file; index.html opened from disk (file://) explains itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launch, openApp, settle, screenshot, showView } from './support/browser.mjs';
import { baseWorkspace, importInto } from './support/workspace.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p));
const skip = NGINX ? false : 'nginx is not installed: scripts/install-deps.sh installs it (Debian package nginx-light)';

const SUB_PATH = '/tools/fieldbook/';     // the DEPLOY.md snippet's location, as it stands
const WRONG_TYPE = '/wrong-type/fieldbook/';  // the same snippet, but .wasm as text/plain
const MISSING = '/missing/fieldbook/';    // the same snippet over a copy without fieldbook.wasm

let env;
let tmp;
let pkg;           // the unpacked zip
let zipFile;
let nginx;         // the child process
let origin;        // http://127.0.0.1:<port>

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

// The snippet of the package with its folder (and, for the other locations, its path) replaced:
// the one thing DEPLOY.md tells the IT person to change.
function location(snippet, urlPath, dir) {
  const out = snippet.replace('location /tools/fieldbook/ {', `location ${urlPath} {`)
    .replace('alias /srv/www/fieldbook/;', `alias ${dir}/;`);
  assert.notEqual(out, snippet, 'the snippet has the location and alias lines DEPLOY.md names');
  return out;
}

async function startNginx() {
  const snippet = fs.readFileSync(path.join(pkg, 'nginx.conf'), 'utf8');
  const wrong = snippet.replace(/application\/wasm\s+wasm;/, 'text/plain wasm;');
  assert.notEqual(wrong, snippet);
  const missingDir = path.join(tmp, 'missing');
  fs.cpSync(path.join(pkg, 'fieldbook'), missingDir, { recursive: true });
  fs.rmSync(path.join(missingDir, 'fieldbook.wasm'));
  const conf = path.join(tmp, 'conf');
  fs.mkdirSync(conf);
  fs.copyFileSync('/etc/nginx/mime.types', path.join(conf, 'mime.types'));  // `include mime.types` looks beside nginx.conf
  const temp = (name) => { const d = path.join(tmp, name); fs.mkdirSync(d); return d; };
  const port = await freePort();
  fs.writeFileSync(path.join(conf, 'nginx.conf'), `
${process.getuid?.() === 0 ? 'user root;  # as root, workers would switch to nobody, who cannot read the temp dir' : ''}
worker_processes 1;
events { worker_connections 64; }
http {
  include mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${temp('client_body')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};
  server {
    listen 127.0.0.1:${port};
    ${location(snippet, SUB_PATH, path.join(pkg, 'fieldbook'))}
    ${location(wrong, WRONG_TYPE, path.join(pkg, 'fieldbook'))}
    ${location(snippet, MISSING, missingDir)}
  }
}
`);
  const errorLog = path.join(tmp, 'error.log');
  nginx = spawn(NGINX, ['-p', tmp, '-c', path.join(conf, 'nginx.conf'), '-e', errorLog,
    '-g', `daemon off; pid ${path.join(tmp, 'nginx.pid')};`], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  nginx.stderr.on('data', (d) => { stderr += d; });
  origin = `http://127.0.0.1:${port}`;
  for (let i = 0; ; ++i) {
    if (nginx.exitCode !== null) throw new Error(`nginx stopped: ${stderr}${fs.existsSync(errorLog) ? fs.readFileSync(errorLog, 'utf8') : ''}`);
    try {
      if ((await fetch(origin + SUB_PATH)).ok) return;
    } catch { /* not listening yet */ }
    if (i > 100) throw new Error('nginx did not answer within 10 s');
    await new Promise((r) => setTimeout(r, 100));
  }
}

before(async () => {
  if (skip) return;
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldbook-deploy-'));
  fs.chmodSync(tmp, 0o755);
  // Packages the current build (the build step has nothing to do when it is current).
  const out = execFileSync('bash', [path.join(root, 'scripts/package.sh')], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  zipFile = out.trim().split('\n').pop();
  pkg = path.join(tmp, 'pkg');
  execFileSync('unzip', ['-q', zipFile, '-d', pkg]);
  await startNginx();
  env = await launch();
});

after(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((r) => nginx.once('exit', r));
    nginx.kill('SIGTERM');
    await exited;
  }
  await env?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const env_ = (urlPath) => ({ url: origin + urlPath, browser: env.browser });

// The first visit installs the worker; a reload is controlled by it (offline.test.mjs).
async function untilControlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
    await page.evaluate(() => window.fieldbook.ready);
  }
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
}

const verdictsOf = (check) => Object.fromEntries(check.verdicts.map((v) => [v.id, v]));

test('the package holds the site, SHA256SUMS that check out, DEPLOY.md and the server samples', { skip }, async () => {
  const version = fs.readFileSync(path.join(root, 'CMakeLists.txt'), 'utf8').match(/project\(fieldbook VERSION (\S+)/)[1];
  const build = JSON.parse(fs.readFileSync(path.join(pkg, 'fieldbook/build.json'), 'utf8'));
  assert.equal(build.version, version);
  assert.match(build.build, /^[0-9a-f]{10}(-dirty)?$|^unknown$/);
  assert.equal(path.basename(zipFile), `fieldbook-${version}-${build.build}.zip`);
  assert.deepEqual(fs.readdirSync(pkg).sort(), ['DEPLOY.md', 'SHA256SUMS', 'fieldbook', 'nginx.conf', 'web.config']);

  // sha256sum -c as DEPLOY.md says, and the list is every file of the site.
  execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: pkg });
  const listed = fs.readFileSync(path.join(pkg, 'SHA256SUMS'), 'utf8').trim().split('\n').map((l) => l.slice(66)).sort();
  const files = fs.readdirSync(path.join(pkg, 'fieldbook'), { recursive: true })
    .filter((p) => fs.statSync(path.join(pkg, 'fieldbook', p)).isFile()).map((p) => `fieldbook/${p}`).sort();
  assert.deepEqual(listed, files);
  for (const p of ['fieldbook/index.html', 'fieldbook/fieldbook.wasm', 'fieldbook/sw.js', 'fieldbook/build.json', 'fieldbook/js/file-check.js']) {
    assert.ok(listed.includes(p), p);
  }
  // A damaged file is caught.
  const copy = path.join(tmp, 'damaged');
  fs.cpSync(pkg, copy, { recursive: true });
  fs.appendFileSync(path.join(copy, 'fieldbook/index.html'), ' ');
  assert.throws(() => execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: copy, stdio: 'pipe' }));

  // DEPLOY.md: Chinese first, then English, with what matters to the IT person.
  const deploy = fs.readFileSync(path.join(pkg, 'DEPLOY.md'), 'utf8');
  assert.ok(deploy.indexOf('## 中文') < deploy.indexOf('## English'));
  for (const words of ['sha256sum -c SHA256SUMS', 'application/wasm', 'application/manifest+json', 'no-cache', 'HTTPS', 'web.config', 'file://', '?check']) {
    assert.ok(deploy.includes(words), words);
  }
  // IIS's web.config is well-formed XML with both types and no-cache.
  const page = await env.browser.newPage();
  const xml = fs.readFileSync(path.join(pkg, 'web.config'), 'utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const error = doc.querySelector('parsererror');
    return {
      error: error ? error.textContent : null,
      types: [...doc.querySelectorAll('mimeMap')].map((m) => `${m.getAttribute('fileExtension')} ${m.getAttribute('mimeType')}`),
      swNoCache: !!doc.querySelector('location[path="sw.js"] clientCache[cacheControlMode="DisableCache"]'),
    };
  }, xml);
  await page.close();
  assert.equal(parsed.error, null);
  assert.ok(parsed.types.includes('.wasm application/wasm'));
  assert.ok(parsed.types.includes('.webmanifest application/manifest+json'));
  assert.ok(parsed.swNoCache);
});

test('nginx with the DEPLOY.md snippet sends the types and cache headers it promises', { skip }, async () => {
  const expect = {
    '': /^text\/html/, 'index.html': /^text\/html/, 'sw.js': /javascript/, 'js/main.js': /javascript/,
    'fieldbook.wasm': /^application\/wasm$/, 'manifest.webmanifest': /^application\/manifest\+json/,
    'build.json': /^application\/json/, 'style.css': /^text\/css/, 'icons/icon-192.png': /^image\/png/,
  };
  for (const [file, type] of Object.entries(expect)) {
    const r = await fetch(origin + SUB_PATH + file);
    assert.equal(r.status, 200, file);
    assert.match(r.headers.get('content-type'), type, file);
    assert.equal(r.headers.get('cache-control'), 'no-cache', file);
    await r.arrayBuffer();
  }
  // Revalidation is cheap: the same file again answers 304.
  const first = await fetch(origin + SUB_PATH + 'fieldbook.wasm', { method: 'HEAD' });
  const again = await fetch(origin + SUB_PATH + 'fieldbook.wasm', { headers: { 'if-none-match': first.headers.get('etag') } });
  assert.equal(again.status, 304);
});

test('at a sub-path the app opens, ?check shows the self-check all ok, and it opens offline with its data', { skip }, async () => {
  const { page, context, errors } = await openApp(env_(SUB_PATH), { width: 1280, height: 800, view: null });
  try {
    await untilControlled(page);
    await page.goto(`${origin}${SUB_PATH}?check`);
    await page.evaluate(() => window.fieldbook.ready);
    await page.waitForFunction(() => window.fieldbook.stats().view === 'about');
    const check = await page.evaluate(() => window.fieldbook.hostCheck());
    await settle(page);
    const v = verdictsOf(check);
    const heading = await page.evaluate(() => window.fieldbook.itemRect('about.check'));
    assert.ok(heading && heading.y >= 0 && heading.y < 400, `?check scrolls the check into view: ${JSON.stringify(heading)}`);
    // Every line about the server is ok. Persistent storage is the browser's own decision (Chromium
    // grants it by engagement or installation, never to a fresh headless profile): ok, or the
    // problem with its fix, and printed.
    for (const line of check.verdicts.filter((l) => l.id !== 'storage')) {
      assert.equal(line.status, 'ok', `${line.id}: ${line.detail} ${line.fix}`);
    }
    assert.ok(v.storage.status === 'ok' || (v.storage.status === 'problem' && v.storage.fix), JSON.stringify(v.storage));
    console.log(`self-check storage line: ${v.storage.status} (${v.storage.detail})`);
    assert.equal(check.facts.wasm.type, 'application/wasm');
    const build = JSON.parse(fs.readFileSync(path.join(pkg, 'fieldbook/build.json'), 'utf8')).build;
    assert.equal(v.build.value, build);
    assert.equal(check.facts.serviceWorker.precache.present, check.facts.serviceWorker.precache.total);
    for (const id of ['https', 'wasmType', 'serviceWorker', 'offline', 'storage', 'build']) {
      assert.ok(await page.evaluate((t) => window.fieldbook.itemRect(t), `about.check.${id}`), `about.check.${id} is drawn`);
    }
    // A workspace of the user's own (the sample is made afresh on each visit), stored.
    assert.equal((await importInto(page, JSON.stringify(baseWorkspace('Deploy Rep')))).ok, true);
    assert.equal(await page.evaluate(() => window.fieldbook.saved()), true);
    const workspace = await page.evaluate(() => window.fieldbook.exportWorkspace());

    assert.deepEqual(errors, []);

    // Offline: the worker serves the whole app at the sub-path; the server's lines cannot be checked
    // (the check's own requests to the server then fail, which the console reports).
    await context.setOffline(true);
    await page.reload();
    await page.evaluate(() => window.fieldbook.ready);
    await settle(page);
    assert.equal(await page.evaluate(() => window.fieldbook.exportWorkspace()), workspace);
    const offline = verdictsOf(await page.evaluate(() => window.fieldbook.hostCheck()));
    assert.equal(offline.wasmType.status, 'unavailable');
    assert.equal(offline.build.status, 'unavailable');
    assert.equal(offline.offline.status, 'ok');
    assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|ERR_FAILED/.test(e)), []);
  } finally {
    await context.close();
  }
});

// Screenshots of About with the self-check, as the IT person sees it after deploying.
for (const locale of ['zh-CN', 'en-US']) {
  test(`screenshots of the self-check (${locale}, 768×1024 and 1920×1080, DPR 2)`, { skip }, async () => {
    const { page, context } = await openApp(env_(SUB_PATH), { width: 768, height: 1024, dpr: 2, locale, view: null });
    try {
      await untilControlled(page);
        await page.goto(`${origin}${SUB_PATH}?check`);
      await page.evaluate(() => window.fieldbook.ready);
      await page.evaluate(() => window.fieldbook.hostCheck());
      await settle(page);
      const lang = locale.slice(0, 2);
      await screenshot(page, `deploy-check-${lang}-768x1024`);
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.waitForFunction(() => window.innerWidth === 1920);
      await settle(page);
      await showView(page, 'about');
      await screenshot(page, `deploy-check-${lang}-1920x1080`);
    } finally {
      await context.close();
    }
  });
}

test('.wasm sent as text/plain: the app still opens, and the self-check names the problem and the fix', { skip }, async () => {
  const warnings = [];
  const { page, context, errors } = await openApp(env_(WRONG_TYPE), { width: 768, height: 1024, dpr: 2, view: null });
  page.on('console', (m) => warnings.push(m.text()));
  try {
    await page.goto(`${origin}${WRONG_TYPE}?check`);
    await page.evaluate(() => window.fieldbook.ready);
    const check = await page.evaluate(() => window.fieldbook.hostCheck());
    await settle(page);
    const { wasmType } = verdictsOf(check);
    assert.equal(wasmType.status, 'problem');
    assert.equal(wasmType.value, 'text/plain');
    assert.match(wasmType.fix, /sends fieldbook\.wasm as text\/plain; add the type application\/wasm .* DEPLOY\.md/);
    // Emscripten's streaming compile refuses the type and falls back to compiling the bytes.
    assert.ok(warnings.some((w) => /falling back to ArrayBuffer instantiation/.test(w)), warnings.join('\n'));
    assert.ok(await page.evaluate(() => window.fieldbook.itemRect('about.check.wasmType')));
    await screenshot(page, 'deploy-check-wrong-wasm-type-en-768x1024');
    assert.deepEqual(errors.filter((e) => !/wasm streaming compile failed|falling back/.test(e)), []);
  } finally {
    await context.close();
  }
});

test('a copy without fieldbook.wasm gets the failure page naming the file and the fix', { skip }, async () => {
  for (const [locale, words] of [['en-US', /does not have fieldbook\.wasm.*DEPLOY\.md/], ['zh-CN', /缺少文件 fieldbook\.wasm.*DEPLOY\.md/]]) {
    const context = await env.browser.newContext({ viewport: { width: 768, height: 1024 }, locale });
    const page = await context.newPage();
    await page.goto(origin + MISSING);
    await page.waitForSelector('#status.failed', { timeout: 30000 });
    assert.equal(await page.getAttribute('#status', 'data-failure'), 'missing');
    assert.match(await page.textContent('#status-text'), words);
    assert.ok(await page.isVisible('#status-reload'));
    await screenshot(page, `deploy-missing-wasm-${locale.slice(0, 2)}`);
    await context.close();
  }
});

test('index.html opened from disk says it must be served over http(s) and points to DEPLOY.md', { skip }, async () => {
  const url = pathToFileURL(path.join(pkg, 'fieldbook/index.html')).href;
  for (const [locale, words] of [['zh-CN', /不能直接从本机文件（file:\/\/）打开.*DEPLOY\.md/], ['en-US', /cannot run from a file.*http or https.*DEPLOY\.md/]]) {
    const context = await env.browser.newContext({ viewport: { width: 768, height: 1024 }, locale });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('#status.failed[data-failure="file"]', { timeout: 10000 });
    assert.match(await page.textContent('#status-text'), words);
    assert.equal(await page.isVisible('.spinner'), false);
    assert.ok(await page.isVisible('#status-text'));
    await screenshot(page, `deploy-file-url-${locale.slice(0, 2)}`);
    await context.close();
  }
});
