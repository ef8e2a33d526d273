// Fieldbook's service worker: the whole site offline, one build at a time.
//
// - Install fetches every file of the build (the list below, written by web/tools/precache.mjs)
//   into a cache named after the build's version, and checks each file against its SHA-256: a
//   deploy that lands halfway through the install cannot mix fieldbook.js of one build with
//   fieldbook.wasm of another, the install fails instead and the browser retries later.
// - Requests are answered from that one cache (cache-first); navigations get index.html. Only
//   same-origin GETs are touched; nothing is ever cached at run time, and nothing cross-origin.
// - A new version waits: the page asks the user (web/static/js/offline.js), saves, then sends
//   SKIP_WAITING. Taking over on our own would swap the files under a page that is still running.
//
// No importScripts: the page's Content-Security-Policy does not cover this file, so it keeps to
// the same rule by construction (one file, same origin, no eval).

// Rewritten in place by web/tools/precache.mjs at build time; keep it one line.
const PRECACHE = {"version":"dev","files":[]};

// Several copies of the site may live on one origin under different paths; caches are shared per
// origin, so the cache name carries the scope and activate only deletes this scope's old caches.
const SCOPE = new URL(self.registration.scope).pathname;
const CACHE_PREFIX = `fieldbook:${SCOPE}:`;
const CACHE_NAME = CACHE_PREFIX + PRECACHE.version;

const urlOf = (path) => new URL(path, self.registration.scope).href;
const INDEX_URL = urlOf('index.html');

async function sha256Hex(buffer) {
  const digest = await crypto.subtle.digest('SHA-256', buffer);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function precacheOne(cache, { path, sha256 }) {
  const url = urlOf(path);
  // 'no-cache' revalidates with the server: the HTTP cache may still hold the previous build.
  const response = await fetch(new Request(url, { cache: 'no-cache', credentials: 'same-origin' }));
  if (!response.ok) throw new Error(`precache: ${path} answered ${response.status}`);
  const body = await response.arrayBuffer();
  const actual = await sha256Hex(body);
  if (actual !== sha256) throw new Error(`precache: ${path} is not from build ${PRECACHE.version}`);
  // A fresh Response from the checked bytes. Only the type is kept (.wasm must stay
  // application/wasm for streaming compilation); length and encoding described the wire form.
  const headers = { 'content-type': response.headers.get('content-type') ?? 'application/octet-stream' };
  await cache.put(url, new Response(body, { status: 200, statusText: 'OK', headers }));
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE_NAME);
    try {
      await Promise.all(PRECACHE.files.map((f) => precacheOne(cache, f)));
    } catch (e) {
      // Leave nothing half-filled behind; the failed install is retried on the next update check.
      await caches.delete(CACHE_NAME);
      throw e;
    }
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names
      .filter((n) => n.startsWith(CACHE_PREFIX) && n !== CACHE_NAME)
      .map((n) => caches.delete(n)));
  })());
});

// PRECACHE_STATUS (the About page's self-check, web/static/js/host-check.js): how many files of
// this build the cache holds, answered on the port that came with the message.
async function precacheStatus() {
  const total = PRECACHE.files.length;
  if (!(await caches.has(CACHE_NAME))) return { version: PRECACHE.version, total, present: 0 };
  const cache = await caches.open(CACHE_NAME);
  const hits = await Promise.all(PRECACHE.files.map((f) => cache.match(urlOf(f.path))));
  return { version: PRECACHE.version, total, present: hits.filter(Boolean).length };
}

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
  if (event.data && event.data.type === 'PRECACHE_STATUS' && event.ports[0]) {
    const port = event.ports[0];
    event.waitUntil(precacheStatus().then((status) => port.postMessage(status), () => port.postMessage(null)));
  }
});

async function respond(request, isNavigation) {
  const cache = await caches.open(CACHE_NAME);
  // A navigation to a file of the build (say manifest.webmanifest) gets that file; any other
  // navigation inside the scope ('./', './?x', a deep link) gets the app.
  const hit = await cache.match(request, { ignoreVary: true })
    ?? (isNavigation ? await cache.match(INDEX_URL) : undefined);
  if (hit) return hit;
  // Not part of the build (or the cache is gone): the network, untouched and not stored.
  return fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  // Cross-origin requests (the CSP forbids them anyway) and same-origin paths outside the scope
  // are left to the browser.
  if (url.origin !== self.location.origin || !url.pathname.startsWith(SCOPE)) return;
  event.respondWith(respond(request, request.mode === 'navigate'));
});
