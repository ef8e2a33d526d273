#include "platform/web/canvas_font_loader.h"

#include <cmath>
#include <vector>

#include "imgui.h"
#include "imgui_internal.h"
#include "platform/web/js_bridge.h"

namespace fieldbook::shell::web {
namespace {

std::vector<uint8_t>& scratch() {
  static std::vector<uint8_t> pixels(256 * 256);
  return pixels;
}

bool font_src_contains_glyph(ImFontAtlas*, ImFontConfig*, ImWchar codepoint) {
  // The browser falls back through its fonts; control characters have nothing to draw.
  return codepoint >= 0x20;
}

bool font_baked_init(ImFontAtlas*, ImFontConfig* src, ImFontBaked* baked, void*) {
  if (src->MergeMode) return true;
  float m[2] = {0, 0};
  fb_js_font_metrics(baked->Size, m);
  baked->Ascent = std::ceil(m[0]);
  baked->Descent = -std::ceil(m[1]);
  return true;
}

bool font_baked_load_glyph(ImFontAtlas* atlas, ImFontConfig* src, ImFontBaked* baked, void*, ImWchar codepoint,
                           ImFontGlyph* out_glyph, float* out_advance_x) {
  const float density = src->RasterizerDensity * baked->RasterizerDensity;
  const float raster_px = baked->Size * density;
  auto& pixels = scratch();
  float m[5] = {0, 0, 0, 0, 0};
  if (!fb_js_rasterize_glyph(codepoint, raster_px, m, pixels.data(), static_cast<int>(pixels.size()))) {
    pixels.resize(static_cast<size_t>(std::ceil(raster_px * 4) * std::ceil(raster_px * 4)) + 4096);
    if (!fb_js_rasterize_glyph(codepoint, raster_px, m, pixels.data(), static_cast<int>(pixels.size()))) return false;
  }
  const int w = static_cast<int>(m[0]);
  const int h = static_cast<int>(m[1]);
  const float advance = m[4] / density;
  if (out_advance_x) {
    *out_advance_x = advance;
    return true;
  }
  out_glyph->Codepoint = codepoint;
  out_glyph->AdvanceX = advance;
  if (w > 0 && h > 0) {
    const ImFontAtlasRectId pack_id = ImFontAtlasPackAddRect(atlas, w, h);
    if (pack_id == ImFontAtlasRectId_Invalid) return false;
    ImTextureRect* r = ImFontAtlasPackGetRect(atlas, pack_id);
    const float x0 = m[2] / density;
    const float y0 = m[3] / density + IM_ROUND(baked->Ascent);
    out_glyph->X0 = x0;
    out_glyph->Y0 = y0;
    out_glyph->X1 = x0 + float(r->w) / density;
    out_glyph->Y1 = y0 + float(r->h) / density;
    out_glyph->Visible = true;
    out_glyph->PackId = pack_id;
    ImFontAtlasBakedSetFontGlyphBitmap(atlas, baked, src, out_glyph, r, pixels.data(), ImTextureFormat_Alpha8, w);
  }
  return true;
}

}  // namespace

const ImFontLoader* canvas_font_loader() {
  static ImFontLoader loader = [] {
    ImFontLoader l;
    l.Name = "canvas2d";
    l.FontSrcContainsGlyph = font_src_contains_glyph;
    l.FontBakedInit = font_baked_init;
    l.FontBakedLoadGlyph = font_baked_load_glyph;
    return l;
  }();
  return &loader;
}

ImFont* add_canvas_font() {
  ImFontConfig cfg;
  cfg.FontLoader = canvas_font_loader();
  cfg.SizePixels = 16.0f;
  ImFormatString(cfg.Name, IM_ARRAYSIZE(cfg.Name), "system-ui (canvas)");
  return ImGui::GetIO().Fonts->AddFont(&cfg);
}

}  // namespace fieldbook::shell::web
