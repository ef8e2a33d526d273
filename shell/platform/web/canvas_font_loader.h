#pragma once
// An ImFontLoader that rasterizes glyphs with the browser's own fonts (Canvas 2D) into ImGui's
// atlas, on demand. The site then ships no font at all and still renders any Chinese character a
// user types, with the system's best CJK font (PingFang on iPad, Noto Sans CJK on Linux, YaHei on
// Windows). ImGui 1.92 asks for glyphs at the framebuffer's density, so text stays crisp.
struct ImFont;
struct ImFontLoader;

namespace fieldbook::shell::web {

const ImFontLoader* canvas_font_loader();
// Adds the UI font (sized by style.FontSizeBase) backed by the canvas loader.
ImFont* add_canvas_font();

}  // namespace fieldbook::shell::web
