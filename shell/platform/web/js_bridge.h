#pragma once
// Functions the page's JavaScript provides (web/fieldbook_lib.js). Only platform/web calls them.
#include <cstdint>

extern "C" {
// Writes the browser's preferred language ("zh-CN") into buf (NUL-terminated); returns its length.
int fb_js_locale(char* buf, int capacity);
// The workspace changed: storage writes a snapshot (fb_snapshot_begin) within a second.
void fb_js_workspace_changed();
// Minutes to add to UTC for the local time now (-Date.getTimezoneOffset()).
int fb_js_utc_offset_minutes();
// Offers a file to the user (download, or the share sheet on tablets).
void fb_js_save_file(const char* name, const char* mime, const char* bytes, int length);
// Text decoders for encodings the core cannot read (TextDecoder, fatal). open: a handle > 0, or 0
// when the browser has none for `label`. decode: the UTF-8 length of the decoded text, which take()
// copies out, or -1 when the bytes are not valid in the encoding. close: forgets the decoder.
int fb_js_decoder_open(const char* label);
int fb_js_decoder_decode(int handle, const uint8_t* bytes, int length, int last);
void fb_js_decoder_take(int handle, char* out);
void fb_js_decoder_close(int handle);
// Opens the file picker; the file comes back through fb_receive_file.
void fb_js_open_file_picker(const char* accept, const char* purpose);
// Remembers a device preference (localStorage).
void fb_js_store_preference(const char* key, const char* value);
// Reloads the page.
void fb_js_reload();
// Enters (1) or leaves (0) full screen; called inside the tap that asked for it.
void fb_js_fullscreen(int on);
// Asks for an animation frame.
void fb_js_request_frame();
// Writes the page's address without query and fragment into buf (NUL-terminated); returns its
// length (which may exceed capacity: call again with a bigger buffer).
int fb_js_page_address(char* buf, int capacity);
// Share links (web/static/js/share.js): offers page address + fragment ("#roi=..."); the result
// comes back through fb_share_result. Saves the canvas as a PNG. Prints an HTML document.
void fb_js_share_link(const char* fragment);
void fb_js_save_canvas_png(const char* file_name);
void fb_js_print_document(const char* html, int length);
// The self-check: the page gathers how the server delivers the site and calls fb_set_host_facts.
void fb_js_host_check();
// The text-input bridge: ImGui wants text (or not) with the caret at (x, y) CSS px, line height h.
void fb_js_text_input(int active, float x, float y, float h);
// The clipboard (writes are forwarded to navigator.clipboard; reads return the last known text).
void fb_js_set_clipboard(const char* text);
// Font metrics of the browser's UI font at `px` raster pixels: out[0] ascent, out[1] descent (> 0).
void fb_js_font_metrics(float px, float* out);
// Rasterizes one code point at `px` raster pixels into `pixels` (alpha, row-major, width out[0]).
// out: [0] width, [1] height, [2] x offset of the bitmap from the pen, [3] y offset from the
// baseline (negative = above), [4] advance. Returns 0 when the glyph does not fit `capacity`.
int fb_js_rasterize_glyph(uint32_t codepoint, float px, float* out, uint8_t* pixels, int capacity);
}
