// Boots the app: checks WebGL 2, loads the compiled module, sizes the canvas for the screen's
// pixel ratio, wires input and storage, and exposes window.fieldbook (the test API).
import { createGlyphRasterizer } from './glyphs.js';
import { attachInput } from './input.js';
import { createScheduler } from './scheduler.js';
import { showFailure, hideStatus, webgl2Supported } from './failure.js';
import { wrapModule } from './wasm-app.js';
import { openStorage } from './storage.js';

const canvas = document.getElementById('canvas');
const textarea = document.getElementById('text-input');
const LOAD_TIMEOUT_MS = 60000;

function safeAreaInsets() {
  const cs = getComputedStyle(document.documentElement);
  const v = (name) => parseFloat(cs.getPropertyValue(name)) || 0;
  return { top: v('--inset-top'), right: v('--inset-right'), bottom: v('--inset-bottom'), left: v('--inset-left') };
}

function withTimeout(promise, ms, what) {
  return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`${what} timed out`)), ms))]);
}

async function boot() {
  if (!webgl2Supported()) {
    showFailure('webgl');
    throw new Error('WebGL 2 is not available');
  }
  const storage = await openStorage();
  let app = null;
  let inputBridge = null;
  const scheduler = createScheduler((t) => (app ? app.frame(t) : -1));
  const host = {
    locale: () => (navigator.languages && navigator.languages[0]) || navigator.language || 'en',
    saveWorkspace: (json) => storage.save(json),
    requestFrame: () => scheduler.request(),
    textInput: (active, x, y, h) => inputBridge?.textInput(active, x, y, h),
    setClipboard: (text) => inputBridge?.setClipboard(text),
    glyphs: createGlyphRasterizer(),
  };

  let module;
  try {
    const { default: createFieldbook } = await withTimeout(import('../fieldbook.js'), LOAD_TIMEOUT_MS, 'loading fieldbook.js');
    module = await withTimeout(createFieldbook({ host }), LOAD_TIMEOUT_MS, 'loading fieldbook.wasm');
  } catch (e) {
    showFailure('load', e?.message ?? e);
    throw e;
  }
  const wasm = wrapModule(module);

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
  if (wasm.start(s.w, s.h, s.dpr) !== 0) {
    showFailure('webgl');
    throw new Error('WebGL 2 context creation failed');
  }
  app = wasm;
  inputBridge = attachInput({ canvas, textarea, app, scheduler });

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
  return { app, storage, scheduler };
}

const booted = boot();
booted.catch((e) => console.error('Fieldbook failed to start:', e));

window.fieldbook = {
  ready: booted.then(() => undefined),
  exportWorkspace: () => booted.then(({ app }) => app.exportWorkspace()),
  importWorkspace: async () => ({ ok: false, error: 'import is not available in this version' }),
  saved: () => booted.then(({ storage }) => storage.idle()),
  itemRect: (testId) => (window.fieldbook._app ? window.fieldbook._app.itemRect(testId) : null),
  stats: () => (window.fieldbook._app ? window.fieldbook._app.stats() : { frames: 0, lastFrameMs: 0, maxFrameMs: 0, heapBytes: 0 }),
};
booted.then(({ app }) => { Object.defineProperty(window.fieldbook, '_app', { value: app }); });
