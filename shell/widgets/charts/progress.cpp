#include "widgets/charts/progress.h"

#include <algorithm>

#include "widgets/charts/funnel.h"

namespace fieldbook::shell::charts {

bool progress(const char* id, const ProgressBar& spec, ImVec2 size) {
  Canvas c(id, size, 1.6f);
  if (!c.visible()) return false;
  const bool clicked = c.interact(c.hovered() ? 0 : -1) == 0;

  ImDrawList* dl = c.draw_list();
  const ImRect track = snap_rect(c.rect());
  const float rounding = std::min(track.GetHeight() * 0.5f, c.font_size() * 0.4f);
  const ImU32 color = spec.color != 0 ? spec.color : palette::Blue;
  dl->AddRectFilled(track.Min, track.Max, chart_colors::Grid, rounding);
  const bool known = std::isfinite(spec.value);
  const float f = known ? float(std::clamp(spec.value, 0.0, 1.0)) : 0.0f;
  const float fill_x = snap_edge(track.Min.x + track.GetWidth() * f);
  if (f > 0) dl->AddRectFilled(track.Min, ImVec2(fill_x, track.Max.y), color, rounding);
  if (std::isfinite(spec.target)) {
    const float tx = track.Min.x + track.GetWidth() * float(std::clamp(spec.target, 0.0, 1.0));
    c.vline(tx, track.Min.y, track.Max.y, chart_colors::Text, 2.0f);
  }
  // The label inside the fill in its contrasting colour where it fits there, else just after the
  // fill in the text colour (16 % of a bar: a label across the fill's end read as two halves),
  // else from the start, twice and clipped: light over the fill, dark over the track.
  const std::string text = spec.label.empty() ? format_percent(known ? spec.value : NAN) : spec.label;
  const float size_px = std::min(c.font_size() * 0.9f, track.GetHeight() * 0.8f);
  const float pad = c.font_size() * 0.5f;
  const std::string shown = fit_text(text, track.GetWidth() - c.font_size(), size_px);
  const float w = text_width(shown, size_px);
  const float y = track.GetCenter().y;
  const ImRect label_at = [&] {
    if (f > 0 && track.Min.x + pad + w + pad <= fill_x) return ImRect(track.Min.x + pad, track.Min.y, track.Min.x + pad + w, track.Max.y);
    if (fill_x + pad + w + pad <= track.Max.x) return ImRect(fill_x + pad, track.Min.y, fill_x + pad + w, track.Max.y);
    return ImRect(track.Min.x + pad, track.Min.y, track.Min.x + pad + w, track.Max.y);
  }();
  const ImVec2 pos(label_at.Min.x, y);
  dl->PushClipRect(track.Min, ImVec2(fill_x, track.Max.y), true);
  c.text_aligned(pos, ImVec2(0.0f, 0.5f), shown, text_color_on(color), size_px);
  dl->PopClipRect();
  dl->PushClipRect(ImVec2(fill_x, track.Min.y), track.Max, true);
  c.text_aligned(pos, ImVec2(0.0f, 0.5f), shown, chart_colors::Text, size_px);
  dl->PopClipRect();
  c.tag_part("label", label_at);
  return clicked;
}

}  // namespace fieldbook::shell::charts
