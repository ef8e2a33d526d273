// The facts behind the About page's self-check: how this web server delivers the site. The app
// judges them (shell/app/host_check.cpp) and shows a line per fact with the fix for a problem.
//
// The server is asked past both caches: `cache: 'no-store'` skips the HTTP cache, and a query
// string the service worker's precache does not hold (its cache.match is exact, search included)
// makes the worker pass the request to the network (web/static/sw.js).

const ASK_TIMEOUT_MS = 8000;

const pastCaches = (path) => `${path}?host-check=${Date.now()}`;

// {status, type, response}: status 0 when the server could not be reached (offline, down).
async function askServer(path, method) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ASK_TIMEOUT_MS);
  try {
    const response = await fetch(pastCaches(path), { method, cache: 'no-store', signal: controller.signal });
    return { status: response.status, type: response.headers.get('content-type') ?? '', response };
  } catch {
    return { status: 0, type: '', response: null };
  } finally {
    clearTimeout(timer);
  }
}

// HEAD is enough for a type and spares a download of the compiled code; a server that refuses
// HEAD gets a GET.
async function wasmFacts() {
  let r = await askServer('fieldbook.wasm', 'HEAD');
  if (r.status === 405 || r.status === 501) r = await askServer('fieldbook.wasm', 'GET');
  return { status: r.status, type: r.type };
}

async function serverBuild() {
  const r = await askServer('build.json', 'GET');
  let id = '';
  if (r.response?.ok) {
    try { id = String((await r.response.json()).build ?? ''); } catch { /* not JSON: id stays empty */ }
  }
  return { status: r.status, id };
}

// The active worker counts the files of its build that its cache holds (sw.js answers
// PRECACHE_STATUS); a worker of an older build that does not answer leaves it unknown.
function askWorker(worker) {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(null), ASK_TIMEOUT_MS);
    channel.port1.onmessage = (e) => { clearTimeout(timer); resolve(e.data); };
    worker.postMessage({ type: 'PRECACHE_STATUS' }, [channel.port2]);
  });
}

async function workerFacts() {
  const sw = navigator.serviceWorker;
  const out = { supported: !!sw, active: false, controlling: false, precache: { version: '', total: -1, present: -1 } };
  if (!sw) return out;
  let registration = null;
  try { registration = await sw.getRegistration(); } catch { /* not allowed here */ }
  const active = registration?.active ?? null;
  out.active = !!active;
  out.controlling = !!sw.controller;
  if (active) out.precache = { ...out.precache, ...(await askWorker(active)) };
  return out;
}

async function persistedFact() {
  try {
    if (navigator.storage?.persisted) return (await navigator.storage.persisted()) ? 1 : 0;
  } catch { /* unknown */ }
  return -1;
}

// Everything at once; never rejects.
export async function gatherHostFacts() {
  const [wasm, worker, persisted, build] = await Promise.all([wasmFacts(), workerFacts(), persistedFact(), serverBuild()]);
  return { secureContext: window.isSecureContext === true, wasm, serviceWorker: worker, persisted, build };
}

// Which of the site's own files the server does not have (404), for the load-failure page: a
// copy that missed fieldbook.wasm should say so, not show a bare error.
export async function missingFiles(paths) {
  const answers = await Promise.all(paths.map((p) => askServer(p, 'HEAD')));
  return paths.filter((_, i) => answers[i].status === 404);
}
