// Boots the app: checks WebGL 2, loads the compiled module, sizes the canvas for the screen's
// pixel ratio, opens the workspace from storage, wires input and files, and exposes
// window.fieldbook (the test API, documented in tests/e2e/README.md).
import { createGlyphRasterizer } from './glyphs.js';
import { attachInput } from './input.js';
import { attachFiles } from './files.js';
import { createScheduler } from './scheduler.js';
import { showFailure, hideStatus, webgl2Supported } from './failure.js';
import { wrapModule } from './wasm-app.js';
import { createStorage } from './storage.js';
import { attachDeviceStorage } from './device-storage.js';
import { shareHost, attachShare, shareTestApi } from './share.js';
import { registerServiceWorker } from './offline.js';
import { browserFacts, showInAppNotice } from './in-app-browser.js';
import { gatherHostFacts, missingFiles } from './host-check.js';

const canvas = document.getElementById('canvas');
const textarea = document.getElementById('text-input');
const LOAD_TIMEOUT_MS = 60000;

const browserLang = () => (/^zh\b/i.test((navigator.languages && navigator.languages[0]) || navigator.language || '') ? 'zh' : 'en');
const isApple = () => /Mac|iPhone|iPad|iPod/.test(navigator.platform || navigator.userAgent);

function safeAreaInsets() {
  const cs = getComputedStyle(document.documentElement);
  const v = (name) => parseFloat(cs.getPropertyValue(name)) || 0;
  return { top: v('--inset-top'), right: v('--inset-right'), bottom: v('--inset-bottom'), left: v('--inset-left') };
}

// Preferences of this device, not of the workspace (which moves between devices).
function devicePreferences() {
  try {
    return {
      uiScale: Number(localStorage.getItem('fieldbook.uiScale')) || 1,
      touchMode: localStorage.getItem('fieldbook.touchMode') || 'auto',
    };
  } catch {
    return { uiScale: 1, touchMode: 'auto' };
  }
}

// A touch screen, known before the first frame so the app starts in the touch layout (44 px
// targets) instead of switching after the first tap: the primary pointer is coarse (tablets,
// phones), or the device reports touch points and has no fine pointer at all (browsers without
// the pointer media queries). A laptop with a touch screen and a mouse starts in the mouse layout
// and switches when it is first touched (or by the setting).
function touchDevice() {
  const matches = (q) => { try { return matchMedia(q).matches; } catch { return false; } };
  return matches('(pointer: coarse)') || ((navigator.maxTouchPoints ?? 0) > 0 && !matches('(any-pointer: fine)'));
}

// Meeting mode's full screen. Browsers allow it only inside a user gesture, which holds: the app
// asks while the tap's pointerup handler runs its frame. A refusal (iPhone, an iframe) is fine:
// the app is already laid out for the whole window.
function setFullscreen(on) {
  const doc = document;
  const el = doc.documentElement;
  const current = doc.fullscreenElement ?? doc.webkitFullscreenElement ?? null;
  try {
    if (on && !current) {
      const request = el.requestFullscreen ?? el.webkitRequestFullscreen;
      Promise.resolve(request?.call(el, { navigationUI: 'hide' })).catch(() => {});
    } else if (!on && current) {
      const exit = doc.exitFullscreen ?? doc.webkitExitFullscreen;
      Promise.resolve(exit?.call(doc)).catch(() => {});
    }
  } catch { /* not allowed here */ }
}

// After a wasm trap the module cannot be trusted: restart the page, which opens the last saved
// workspace from storage (a trapped call saved nothing), and say why once it is back. A second
// trap soon after a restart shows the failure page instead of restarting in a loop.
const RESTART_NOTICE = 'fieldbook.restartNotice';
const RESTART_AT = 'fieldbook.restartAt';
let restarting = false;
function restartAfterTrap(error) {
  if (restarting) return;
  restarting = true;
  const zh = browserLang() === 'zh';
  const why = String(error?.message ?? error);
  let lastRestart = 0;
  try { lastRestart = Number(sessionStorage.getItem(RESTART_AT)) || 0; } catch { /* no session storage */ }
  if (Date.now() - lastRestart < 10000) {
    showFailure('load', why);
    return;
  }
  try {
    sessionStorage.setItem(RESTART_AT, String(Date.now()));
    sessionStorage.setItem(RESTART_NOTICE, zh
      ? `刚才的操作未能完成（程序内部错误：${why}），已从最近保存的工作区重新打开，文件未导入。`
      : `The last action could not be completed (internal error: ${why}); Fieldbook reopened your last saved workspace and imported nothing.`);
  } catch { /* the restart still helps */ }
  setTimeout(() => location.reload(), 0);
}

function takeRestartNotice() {
  try {
    const notice = sessionStorage.getItem(RESTART_NOTICE) ?? '';
    sessionStorage.removeItem(RESTART_NOTICE);
    return notice;
  } catch {
    return '';
  }
}

function withTimeout(promise, ms, what) {
  return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`${what} timed out`)), ms))]);
}

async function boot() {
  if (!webgl2Supported()) {
    showFailure('webgl');
    throw new Error('WebGL 2 is not available');
  }
  const storage = await createStorage({ lang: browserLang() });
  let app = null;
  let inputBridge = null;
  let files = null;
  const scheduler = createScheduler((t) => (app ? app.frame(t) : -1),
    { pending: () => (app ? app.workPending() : false), step: () => (app ? app.work() : false) });
  const host = {
    locale: () => (navigator.languages && navigator.languages[0]) || navigator.language || 'en',
    workspaceChanged: () => storage.changed(),
    requestFrame: () => scheduler.request(),
    textInput: (active, x, y, h) => inputBridge?.textInput(active, x, y, h),
    setClipboard: (text) => inputBridge?.setClipboard(text),
    saveFile: (name, mime, bytes) => files?.saveFile(name, mime, bytes),
    openFilePicker: (accept, purpose) => files?.openFilePicker(accept, purpose),
    reload: () => location.reload(),
    fullscreen: (on) => setFullscreen(on),
    storePreference: (key, value) => {
      try { localStorage.setItem(`fieldbook.${key}`, value); } catch { /* private mode: this session only */ }
    },
    // The About page's self-check asks; the facts arrive a moment later.
    hostCheck: () => { gatherHostFacts().then((f) => { if (app) { app.setHostFacts(f); scheduler.request(); } }); },
    glyphs: createGlyphRasterizer(),
    ...shareHost,  // share links, Export PNG, print (share.js)
  };

  let module;
  try {
    const { default: createFieldbook } = await withTimeout(import('../fieldbook.js'), LOAD_TIMEOUT_MS, 'loading fieldbook.js');
    module = await withTimeout(createFieldbook({ host }), LOAD_TIMEOUT_MS, 'loading fieldbook.wasm');
  } catch (e) {
    // A copy of the site that lacks one of these files says which, and what to do about it.
    const missing = await missingFiles(['fieldbook.js', 'fieldbook.wasm']).catch(() => []);
    if (missing.length) showFailure('missing', missing.join(', '));
    else showFailure('load', e?.message ?? e);
    throw e;
  }
  const wasm = wrapModule(module, { onTrap: restartAfterTrap });

  const size = () => {
    const dpr = window.devicePixelRatio || 1;
    const w = window.innerWidth;
    const h = window.innerHeight;
    // The backing store is CSS size × devicePixelRatio, so text is drawn at the screen's density.
    canvas.width = Math.round(w * dpr);
    canvas.height = Math.round(h * dpr);
    return { w, h, dpr };
  };
  const s = size();
  if (wasm.start(s.w, s.h, s.dpr, isApple(), devicePreferences(), touchDevice()) !== 0) {
    showFailure('webgl');
    throw new Error('WebGL 2 context creation failed');
  }
  app = wasm;
  const notice = [takeRestartNotice(), await storage.open(app, { openSample: () => app.openSample() })].filter(Boolean).join(' ');
  if (notice) app.setNotice(notice);
  const deviceStorage = attachDeviceStorage({ app, storage, scheduler });
  await deviceStorage.refresh();
  inputBridge = attachInput({ canvas, textarea, app, scheduler });
  files = attachFiles({ app });
  const onFullscreenChange = () => {
    if (!(document.fullscreenElement ?? document.webkitFullscreenElement)) app.fullscreenExited();
  };
  document.addEventListener('fullscreenchange', onFullscreenChange);
  document.addEventListener('webkitfullscreenchange', onFullscreenChange);
  attachShare({ app, scheduler });  // opens a #roi= link the page was loaded with
  // ?check on the address (what DEPLOY.md tells the IT person to open): About, at the self-check.
  if (new URLSearchParams(location.search).has('check')) app.showHostCheck();

  const onResize = () => {
    const r = size();
    app.resize(r.w, r.h, r.dpr, safeAreaInsets());
  };
  window.addEventListener('resize', onResize);
  // devicePixelRatio changes (browser zoom, moving to another screen) do not always fire resize.
  const watchDpr = () => {
    matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`).addEventListener('change', () => { onResize(); watchDpr(); }, { once: true });
  };
  watchDpr();
  onResize();

  await scheduler.afterNextFrame();
  hideStatus();
  showInAppNotice();  // a chat app's browser: how to open the page in the system browser, once
  return { app, storage, scheduler, deviceStorage };
}

const booted = boot();
booted.catch((e) => console.error('Fieldbook failed to start:', e));

let ready = null;
booted.then((b) => { ready = b; }, () => {});
// Offline use and the "update ready" banner. A page that already has a worker (every visit after
// the first) registers at once, before the compiled code has started: a build that fails to start
// still sees the next deploy and offers it. The first visit registers once the app is up, or has
// failed, so the precache does not compete with the first download. Before an update reloads,
// the edits are saved (there are none to save when the app never started).
const startOffline = () => registerServiceWorker({ beforeReload: () => booted.then(() => window.fieldbook.saved(), () => true) });
Promise.resolve(navigator.serviceWorker?.getRegistration?.())
  .catch(() => null)
  .then((existing) => (existing ? startOffline() : booted.then(startOffline, startOffline)));
const idleStats = { frames: 0, lastFrameMs: 0, maxFrameMs: 0, heapBytes: 0, navigations: 0, view: '' };

// The test API: stable; extend it, don't break it.
window.fieldbook = {
  ready: booted.then(() => undefined),
  exportWorkspace: () => (ready ? ready.app.exportWorkspace() : null),
  // "Send to my manager": {name, json} of the file the button saves (json null, error: why, when
  // it cannot be written).
  exportOwn: () => (ready ? ready.app.exportOwn() : null),
  // The team import dialog: {step: 'closed'|'reading'|'preview'|'done', read, total, ok, problem,
  // files: [{file, repId, repName, match, added, updated, older, deleted, unchanged, leftOut,
  // conflicts, error}]}.
  teamImport: () => (ready ? ready.app.teamImport() : null),
  // The RFM import wizard: {step: 'closed'|'working'|'mapping'|'dateOrder'|'errors'|'scoring'|
  // 'failed', fraction: what its progress bar shows (0..1 of the bytes read), rows, customers}.
  rfmImport: () => (ready ? ready.app.rfmImport() : null),
  importWorkspace: async (json, mode = 'replace') => {
    const { app, scheduler } = await booted;
    const r = app.importWorkspace(String(json), mode);
    scheduler.request();
    return r;
  },
  saved: () => booted.then(({ storage }) => storage.saved()),
  saveState: () => (ready ? ready.storage.state() : null),
  // What the last save took: the snapshot's slices and the writer's steps (storage.js).
  saveStats: () => (ready ? ready.storage.saveStats() : null),
  itemRect: (testId) => (ready ? ready.app.itemRect(testId) : null),
  // Every test id drawn in the last frame (sorted): a layout test checks them all.
  itemIds: () => (ready ? ready.app.itemIds() : []),
  // Shows a tool by its id in the tool table ('roi', 'today', ...), as a tap on its navigation
  // entry would, without an input: tests start on a tool and their first tap stays the first.
  // Resolves true, or false for an id that is not registered.
  navigate: async (id) => {
    const { app, scheduler } = await booted;
    const ok = app.navigate(String(id));
    scheduler.request();
    return ok;
  },
  stats: () => (ready ? ready.app.stats() : idleStats),
  // This browser: {inApp: 'wechat'|'wecom'|'qq'|'dingtalk'|'feishu'|'weibo'|'alipay'|null,
  // serviceWorker, downloads, notice: whether the in-app notice is on screen}.
  browser: () => ({ ...browserFacts(), notice: !!document.getElementById('inapp-notice') }),
  // Resolves once the app has drawn every frame its inputs asked for (tests wait on this rather
  // than on time).
  settled: () => booted.then(({ scheduler }) => scheduler.settled()),
  // Starts maxFrameMs again (a test measures one stretch, e.g. a long import).
  resetStats: () => { if (ready) ready.app.resetStats(); },
  // The next import traps inside the module (a real wasm trap), to test the recovery from one.
  trapNextImport: () => booted.then(({ app }) => app.trapNextImport()),
  // Asks the browser again about storage (persisted, estimate) and gives what the app was told.
  storageFacts: () => booted.then(({ deviceStorage }) => deviceStorage.refresh()),
  // The About page's self-check, gathered afresh: {facts, verdicts}; facts as host-check.js found
  // them, verdicts the app's lines [{id, status: 'ok'|'problem'|'unavailable', value, detail, fix}].
  hostCheck: async () => {
    const { app, scheduler } = await booted;
    const facts = await gatherHostFacts();
    app.setHostFacts(facts);
    scheduler.request();
    return { facts, verdicts: app.hostCheck() };
  },
  ...shareTestApi(booted),  // shareLink(caseId), sharedCase(), printedDocument(): see share.js
};
