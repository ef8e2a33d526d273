// Registers the service worker (web/static/sw.js) and, when a new build is waiting, shows the
// "update ready" banner. Accepting it saves first (beforeReload), then lets the new worker take
// over and reloads onto the new build; "Later" leaves the running build alone.
//
// The banner is plain DOM over the canvas: it must work whatever the app is drawing, and its
// buttons are real buttons (focus, screen readers, 44 px touch targets).

const TEXT = {
  title: '有新版本可用 · Update ready',
  now: '立即更新 · Update now',
  later: '稍后 · Later',
  saving: '正在保存… · Saving…',
  failed: '未能保存，请重试 · Could not save, try again',
};

function createBanner() {
  const banner = document.createElement('div');
  banner.id = 'update-banner';
  banner.className = 'update-banner hidden';
  banner.setAttribute('role', 'status');
  banner.setAttribute('aria-live', 'polite');
  const text = document.createElement('p');
  text.className = 'update-text';
  text.textContent = TEXT.title;
  const later = document.createElement('button');
  later.type = 'button';
  later.id = 'update-later';
  later.className = 'update-later';
  later.textContent = TEXT.later;
  const now = document.createElement('button');
  now.type = 'button';
  now.id = 'update-now';
  now.className = 'update-now';
  now.textContent = TEXT.now;
  banner.append(text, later, now);
  document.body.append(banner);
  return { banner, text, now, later };
}

// Resolves once `worker` is in charge: controllerchange for a controlled page, or the worker's
// own 'activated' state for a page that is not controlled (after a hard reload), which never
// sees controllerchange. 'redundant' (an even newer build replaced it) also ends the wait: the
// reload then lands on whatever is current, and a still newer build is offered again.
function whenActivated(worker) {
  const done = () => worker.state === 'activated' || worker.state === 'redundant';
  return new Promise((resolve) => {
    navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true });
    if (done()) resolve();
    worker.addEventListener('statechange', () => { if (done()) resolve(); });
  });
}

// beforeReload: async () => void, must resolve once every edit is in storage (the app's saved()).
// Returns the registration, or null where service workers are unavailable (plain http, old
// browsers, private modes): the app still runs, just not offline.
export async function registerServiceWorker({ beforeReload = async () => {} } = {}) {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return null;
  let registration;
  try {
    // Relative URL and scope: the site works under any sub-path. updateViaCache 'none' makes
    // every update check ask the server for sw.js instead of trusting the HTTP cache.
    registration = await navigator.serviceWorker.register('sw.js', { scope: './', updateViaCache: 'none' });
  } catch (e) {
    console.warn('Fieldbook: offline use is not available:', e);
    return null;
  }

  let ui = null;
  let offered = null;
  let updating = false;

  const offer = (worker) => {
    // The first install has nothing to replace (it activates at once); only offer a build that
    // waits behind a running one.
    if (!worker || updating || offered === worker || !registration.active) return;
    offered = worker;
    ui ??= createBanner();
    ui.text.textContent = TEXT.title;
    ui.now.disabled = false;
    ui.banner.classList.remove('hidden');
    ui.later.onclick = () => ui.banner.classList.add('hidden');
    ui.now.onclick = async () => {
      updating = true;
      ui.now.disabled = true;
      ui.text.textContent = TEXT.saving;
      try {
        await beforeReload();
      } catch (e) {
        // Reloading now could lose an edit: stay on this build and let the user try again.
        console.error('Fieldbook: saving before the update failed:', e);
        updating = false;
        ui.now.disabled = false;
        ui.text.textContent = TEXT.failed;
        return;
      }
      const activated = whenActivated(worker);
      worker.postMessage({ type: 'SKIP_WAITING' });
      await activated;
      location.reload();
    };
  };

  const watch = (worker) => {
    if (!worker) return;
    worker.addEventListener('statechange', () => { if (worker.state === 'installed') offer(registration.waiting); });
  };

  offer(registration.waiting);
  watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));

  // Reps leave the app open for days: look for a new build whenever it comes back to the front.
  // Offline, update() rejects; that is expected and not worth a message.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') registration.update().catch(() => {});
  });
  return registration;
}
