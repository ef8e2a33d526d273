// A thin, typed face over the compiled module's exported functions (shell/platform/web/main_web.cpp).
export function wrapModule(m) {
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
  return {
    start: (w, h, dpr) => m._fb_start(w, h, dpr),
    resize: (w, h, dpr, inset) => m._fb_resize(w, h, dpr, inset.top, inset.right, inset.bottom, inset.left),
    pointer: (kind, x, y, button, touch) => m._fb_pointer(kind, x, y, button, touch),
    wheel: (dx, dy) => m._fb_wheel(dx, dy),
    key: (code, down, mods) => withString(code, (p) => m._fb_key(p, down, mods)),
    text: (s) => withString(s, (p) => m._fb_text(p)),
    focus: (on) => m._fb_focus(on),
    frame: (t) => m._fb_frame(t),
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
    exportWorkspace: () => m.UTF8ToString(m._fb_export_workspace()),
    stats: () => ({ ...JSON.parse(m.UTF8ToString(m._fb_stats())), heapBytes: m.HEAP8.length }),
  };
}
