// A thin, typed face over the compiled module's exported functions (shell/platform/web/main_web.cpp).
//
// A wasm trap (a RuntimeError: out-of-bounds access, unreachable) leaves the module in a state no
// one knows, so no call may go on as if nothing happened: every call that traps reports it to
// onTrap (which restarts the app from the last saved workspace, main.js) and, but for imports,
// throws on. An import that traps resolves as a refused file instead, so the caller (the Import
// dialog, the test API) shows a message rather than an exception.
export function wrapModule(m, { onTrap = () => {} } = {}) {
  let trapNextImport = false;
  const withString = (s, fn) => {
    const n = m.lengthBytesUTF8(s) + 1;
    const p = m._malloc(n);
    try {
      m.stringToUTF8(s, p, n);
      return fn(p);
    } finally {
      m._free(p);
    }
  };
  const face = {
    start: (w, h, dpr, mac, prefs, touchDevice) => withString(prefs.touchMode ?? 'auto',
      (p) => m._fb_start(w, h, dpr, mac ? 1 : 0, prefs.uiScale ?? 1, p, touchDevice ? 1 : 0)),
    resize: (w, h, dpr, inset) => m._fb_resize(w, h, dpr, inset.top, inset.right, inset.bottom, inset.left),
    mouse: (kind, x, y, button) => m._fb_mouse(kind, x, y, button),
    pointerSeenAt: (x, y) => m._fb_pointer_seen_at(x, y) === 1,
    inputPending: () => m._fb_input_pending() > 0,
    touch: (kind, pointer, x, y, t) => m._fb_touch(kind, pointer, x, y, t),
    wheel: (dx, dy) => m._fb_wheel(dx, dy),
    key: (code, down, mods) => withString(code, (p) => m._fb_key(p, down, mods)),
    text: (s) => withString(s, (p) => m._fb_text(p)),
    focus: (on) => m._fb_focus(on),
    fullscreenExited: () => m._fb_fullscreen_exited(),
    frame: (t) => m._fb_frame(t),
    // Work between frames (a long import, scheduler.js): whether there is some; one step of it,
    // true while more remains.
    workPending: () => m._fb_work_pending() === 1,
    work: () => m._fb_work() === 1,
    itemRect: (id) => withString(id, (p) => {
      const out = m._malloc(16);
      try {
        if (!m._fb_item_rect(p, out)) return null;
        const f = new Float32Array(m.HEAPF32.buffer, out, 4);
        return { x: f[0], y: f[1], w: f[2], h: f[3] };
      } finally {
        m._free(out);
      }
    }),
    itemIds: () => m.UTF8ToString(m._fb_item_ids()).split('\n').filter((id) => id !== ''),
    navigate: (id) => withString(id, (p) => m._fb_navigate(p) === 1),
    exportWorkspace: () => m.UTF8ToString(m._fb_export_workspace()),
    exportOwn: () => JSON.parse(m.UTF8ToString(m._fb_export_own())),
    teamImport: () => JSON.parse(m.UTF8ToString(m._fb_team_import_state())),
    rfmImport: () => JSON.parse(m.UTF8ToString(m._fb_rfm_import_state())),
    importWorkspace: (json, mode) => withString(json, (p) => {
      if (trapNextImport) { trapNextImport = false; m._fb_trap(); }
      return JSON.parse(m.UTF8ToString(m._fb_import_workspace(p, m.lengthBytesUTF8(json), mode === 'merge' ? 1 : 0)));
    }),
    openStored: (json) => withString(json, (p) => m.UTF8ToString(m._fb_open_stored(p, m.lengthBytesUTF8(json)))),
    openSample: () => m._fb_open_sample(),
    setNotice: (text) => withString(text, (p) => m._fb_set_notice(p)),
    // The storage snapshot in slices (storage.js): begin, steps (1 done, 0 more, -1 cannot be
    // written), then the text in chunks: strings ('' at the end) or Blobs of its bytes (null at
    // the end; copied straight from the module's memory, never decoded).
    snapshotBegin: () => m._fb_snapshot_begin(),
    snapshotStep: (ms, bytes) => m._fb_snapshot_step(ms, bytes),
    snapshotChunk: (maxBytes) => {
      const p = m._fb_snapshot_chunk(maxBytes);
      const n = m._fb_snapshot_chunk_length();
      return n > 0 ? m.UTF8ToString(p, n) : '';
    },
    snapshotChunkBlob: (maxBytes) => {
      const p = m._fb_snapshot_chunk(maxBytes);
      const n = m._fb_snapshot_chunk_length();
      return n > 0 ? new Blob([m.HEAPU8.subarray(p, p + n)]) : null;
    },
    snapshotStats: () => JSON.parse(m.UTF8ToString(m._fb_snapshot_stats())),
    revision: () => m._fb_revision(),
    setStorageFacts: (f) => m._fb_set_storage_facts(f.persisted, f.iosBrowserTab ? 1 : 0, f.firstVisit, f.lastSave,
      f.lastExport, f.dismissed, f.used, f.quota),
    // The self-check (host-check.js gathers, the app judges): facts in, verdicts out.
    setHostFacts: (f) => withString(f.wasm.type, (pt) => withString(f.build.id, (pb) => m._fb_set_host_facts(
      f.secureContext ? 1 : 0, f.wasm.status, pt, f.serviceWorker.supported ? 1 : 0, f.serviceWorker.active ? 1 : 0,
      f.serviceWorker.controlling ? 1 : 0, f.serviceWorker.precache.total, f.serviceWorker.precache.present,
      f.persisted, f.build.status, pb))),
    hostCheck: () => JSON.parse(m.UTF8ToString(m._fb_host_check())),
    showHostCheck: () => m._fb_show_host_check(),
    setSaveState: (state, message) => withString(message, (p) => m._fb_set_save_state(state, p)),
    receiveFile: (purpose, name, bytes) => withString(purpose, (pp) => withString(name, (pn) => {
      const p = m._malloc(Math.max(1, bytes.length));
      try {
        m.HEAPU8.set(bytes, p);
        m._fb_receive_file(pp, pn, p, bytes.length);
      } finally {
        m._free(p);
      }
    })),
    openShareLink: (payload) => withString(payload, (p) => m._fb_open_share_link(p)) === 1,
    shareResult: (result) => m._fb_share_result(result),
    shareFragment: (caseId) => withString(caseId, (p) => JSON.parse(m.UTF8ToString(m._fb_share_fragment(p)))),
    sharedCase: () => JSON.parse(m.UTF8ToString(m._fb_shared_case())),
    resetStats: () => m._fb_reset_stats(),
    stats: () => ({ ...JSON.parse(m.UTF8ToString(m._fb_stats())), heapBytes: m.HEAP8.length }),
    // For the tests of the recovery: the next import traps inside the module (a real trap).
    trapNextImport: () => { trapNextImport = true; },
  };
  const isTrap = (e) => e instanceof WebAssembly.RuntimeError;
  for (const [name, fn] of Object.entries(face)) {
    face[name] = (...args) => {
      try {
        return fn(...args);
      } catch (e) {
        if (!isTrap(e)) throw e;
        onTrap(e);
        if (name === 'importWorkspace') return { ok: false, error: `the file could not be read (${e.message})`, trapped: true };
        throw e;
      }
    };
  }
  return face;
}
