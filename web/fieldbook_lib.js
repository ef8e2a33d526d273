// The functions the C++ side calls (shell/platform/web/js_bridge.h). Each forwards to the page's
// host object (web/static/js/*.js), passed in as Module.host, so the logic lives in plain modules.
mergeInto(LibraryManager.library, {
  fb_js_locale: function (buf, capacity) {
    var s = Module['host'].locale();
    stringToUTF8(s, buf, capacity);
    return lengthBytesUTF8(s);
  },
  fb_js_page_address: function (buf, capacity) {
    var s = Module['host'].pageAddress();
    stringToUTF8(s, buf, capacity);
    return lengthBytesUTF8(s);
  },
  fb_js_utc_offset_minutes: function () {
    return -new Date().getTimezoneOffset();
  },
  fb_js_workspace_changed: function () {
    Module['host'].workspaceChanged();
  },
  fb_js_save_file: function (name, mime, bytes, length) {
    // The bytes are copied out: the heap may move before the browser reads them.
    Module['host'].saveFile(UTF8ToString(name), UTF8ToString(mime), HEAPU8.slice(bytes, bytes + length));
  },
  // Text decoders (GBK / GB18030 for the RFM import): one streaming TextDecoder per handle.
  fb_js_decoder_open: function (label) {
    var decoders = Module['fbDecoders'] || (Module['fbDecoders'] = { next: 1, map: new Map() });
    try {
      var decoder = new TextDecoder(UTF8ToString(label), { fatal: true });
      var handle = decoders.next++;
      decoders.map.set(handle, { decoder: decoder, pending: null });
      return handle;
    } catch (e) {
      return 0;
    }
  },
  fb_js_decoder_decode: function (handle, bytes, length, last) {
    var d = Module['fbDecoders'] && Module['fbDecoders'].map.get(handle);
    if (!d) return -1;
    try {
      var text = d.decoder.decode(HEAPU8.subarray(bytes, bytes + length), { stream: last === 0 });
      d.pending = new TextEncoder().encode(text);
      return d.pending.length;
    } catch (e) {
      d.pending = null;
      return -1;
    }
  },
  fb_js_decoder_take: function (handle, out) {
    var d = Module['fbDecoders'].map.get(handle);
    if (d && d.pending) HEAPU8.set(d.pending, out);
    if (d) d.pending = null;
  },
  fb_js_decoder_close: function (handle) {
    if (Module['fbDecoders']) Module['fbDecoders'].map.delete(handle);
  },
  fb_js_open_file_picker: function (accept, purpose) {
    Module['host'].openFilePicker(UTF8ToString(accept), UTF8ToString(purpose));
  },
  fb_js_store_preference: function (key, value) {
    Module['host'].storePreference(UTF8ToString(key), UTF8ToString(value));
  },
  fb_js_reload: function () {
    Module['host'].reload();
  },
  fb_js_fullscreen: function (on) {
    Module['host'].fullscreen(on !== 0);
  },
  fb_js_request_frame: function () {
    Module['host'].requestFrame();
  },
  fb_js_share_link: function (fragment) {
    Module['host'].shareLink(UTF8ToString(fragment));
  },
  fb_js_save_canvas_png: function (name) {
    Module['host'].saveCanvasPng(UTF8ToString(name));
  },
  fb_js_print_document: function (html, length) {
    Module['host'].printDocument(UTF8ToString(html, length));
  },
  fb_js_host_check: function () {
    Module['host'].hostCheck();
  },
  fb_js_text_input: function (active, x, y, h) {
    Module['host'].textInput(active !== 0, x, y, h);
  },
  fb_js_set_clipboard: function (ptr) {
    Module['host'].setClipboard(UTF8ToString(ptr));
  },
  fb_js_font_metrics: function (px, out) {
    var m = Module['host'].glyphs.metrics(px);
    HEAPF32[out >> 2] = m.ascent;
    HEAPF32[(out >> 2) + 1] = m.descent;
  },
  fb_js_rasterize_glyph: function (codepoint, px, out, pixels, capacity) {
    var g = Module['host'].glyphs.rasterize(codepoint, px);
    if (g.width * g.height > capacity) return 0;
    var o = out >> 2;
    HEAPF32[o] = g.width;
    HEAPF32[o + 1] = g.height;
    HEAPF32[o + 2] = g.x;
    HEAPF32[o + 3] = g.y;
    HEAPF32[o + 4] = g.advance;
    if (g.alpha) HEAPU8.set(g.alpha, pixels);
    return 1;
  },
});
