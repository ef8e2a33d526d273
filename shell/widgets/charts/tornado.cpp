#include "widgets/charts/tornado.h"

#include <algorithm>
#include <cmath>

namespace fieldbook::shell::charts {

int tornado(const char* id, const TornadoChart& spec, ImVec2 size, ChartHit* hit) {
  if (hit) *hit = ChartHit{};
  Canvas c(id, size);
  if (!c.visible()) return -1;

  const int n = int(spec.rows.size());
  Extent ext;
  for (const TornadoRow& r : spec.rows) {
    ext.add(r.low);
    ext.add(r.high);
  }
  if (n == 0 || ext.empty() || !std::isfinite(spec.base)) {
    c.no_data(spec.empty_text);
    return -1;
  }
  ext.add(spec.base);
  const ImU32 colors[2] = {spec.low_color != 0 ? spec.low_color : palette::Orange,
                           spec.high_color != 0 ? spec.high_color : palette::Blue};
  const float ss = c.small_size();
  const ImRect inner = c.inner();
  float top = inner.Min.y;
  if (!spec.low_legend.empty() || !spec.high_legend.empty())
    top += draw_legend(c, inner, {spec.low_legend, spec.high_legend}, {colors[0], colors[1]});
  const float base_row = top;  // the base value, above its line
  top += ss * 1.4f;

  float label_w = 0, left_w = 0, right_w = 0;
  for (const TornadoRow& r : spec.rows) label_w = std::max(label_w, text_width(r.label, ss));
  label_w = std::min(label_w + ss * 0.6f, inner.GetWidth() * 0.3f);
  if (spec.value_labels) {
    for (const TornadoRow& r : spec.rows) {
      for (double v : {r.low, r.high}) {
        if (!std::isfinite(v)) continue;
        const float w = text_width(format_with(spec.format, v), ss) + ss * 0.5f;
        if (v < spec.base) left_w = std::max(left_w, w);
        else right_w = std::max(right_w, w);
      }
    }
  }
  const Ticks ticks = nice_ticks(ext.lo, ext.hi, tick_target(inner.GetWidth() - label_w - left_w - right_w, ss * 6.0f));
  const float half_tick = tick_label_width(ticks, spec.format, ss) * 0.5f + 2.0f;
  left_w = std::max(left_w, half_tick);
  right_w = std::max(right_w, half_tick);
  const ImRect plot(inner.Min.x + label_w + left_w, top, inner.Max.x - right_w, inner.Max.y - ss * 1.5f);
  if (plot.GetWidth() < 4 || plot.GetHeight() < 4) return -1;
  c.tag_part("plot", plot);
  // The axis spans the data, not the rounded ticks, so that the bars use the width.
  const Scale xs{ext.lo, ext.hi, plot.Min.x, plot.Max.x};
  const float slot = plot.GetHeight() / float(n);
  const float bar_h = std::min(slot * 0.7f, c.font_size() * 2.0f);
  const float base_x = xs.px(spec.base);

  auto bar_rect = [&](int i, int side) {
    const TornadoRow& r = spec.rows[size_t(i)];
    const double v = side == 0 ? r.low : r.high;
    const float y0 = plot.Min.y + slot * float(i) + (slot - bar_h) * 0.5f;
    const float x1 = std::isfinite(v) ? xs.px(v) : base_x;
    return snap_rect(ImRect(ImVec2(std::min(base_x, x1), y0), ImVec2(std::max(base_x, x1), y0 + bar_h)));
  };

  int element = -1;
  if (c.hovered() && inner.Contains(c.mouse()) && c.mouse().y >= plot.Min.y && c.mouse().y < plot.Max.y) {
    const int i = std::clamp(int((c.mouse().y - plot.Min.y) / slot), 0, n - 1);
    int side = -1;
    for (int k = 0; k < 2; ++k) {
      const ImRect r = bar_rect(i, k);
      if (c.mouse().x >= r.Min.x && c.mouse().x <= r.Max.x && r.GetWidth() > 0) side = k;
    }
    if (side < 0) {  // beside the bars: the one on that side of the base
      const TornadoRow& r = spec.rows[size_t(i)];
      const bool left = c.mouse().x < base_x;
      side = ((r.low < spec.base) == left) ? 0 : 1;
    }
    element = i * 2 + side;
  }
  const int clicked = c.interact(element);

  ImDrawList* dl = c.draw_list();
  draw_value_axis(c, plot, ticks, xs, false, spec.format);
  for (int i = 0; i < n; ++i) {
    const TornadoRow& r = spec.rows[size_t(i)];
    const float mid = plot.Min.y + slot * (float(i) + 0.5f);
    c.text_aligned(ImVec2(inner.Min.x + label_w - ss * 0.4f, mid), ImVec2(1.0f, 0.5f),
                   fit_text(r.label, label_w - ss * 0.5f, ss), chart_colors::Text, ss);
    // The bar farther from the base first, so that both show when they are on the same side.
    const double d_low = std::isfinite(r.low) ? std::fabs(r.low - spec.base) : -1;
    const double d_high = std::isfinite(r.high) ? std::fabs(r.high - spec.base) : -1;
    const int order[2] = {d_low >= d_high ? 0 : 1, d_low >= d_high ? 1 : 0};
    ImRect both = bar_rect(i, 0);
    both.Add(bar_rect(i, 1));
    for (int side : order) {
      const double v = side == 0 ? r.low : r.high;
      if (!std::isfinite(v)) continue;
      const ImRect b = bar_rect(i, side);
      ImU32 col = colors[side];
      if (spec.selected >= 0 && spec.selected != i) col = with_alpha(col, 0.35f);
      dl->AddRectFilled(b.Min, b.Max, col);
      if (spec.value_labels) {
        const std::string t = format_with(spec.format, v);
        if (v < spec.base) c.text_aligned(ImVec2(b.Min.x - ss * 0.3f, mid), ImVec2(1.0f, 0.5f), t, chart_colors::Text, ss);
        else c.text_aligned(ImVec2(b.Max.x + ss * 0.3f, mid), ImVec2(0.0f, 0.5f), t, chart_colors::Text, ss);
      }
    }
    if (i == spec.selected) c.outline(both, chart_colors::Selection, 2.0f);
    if (both.GetWidth() < ss) both = ImRect(ImVec2(plot.Min.x, both.Min.y), ImVec2(plot.Max.x, both.Max.y));
    c.tag("bar", i, both);
  }
  c.vline(base_x, plot.Min.y - ss * 0.2f, plot.Max.y, chart_colors::Zero, 1.5f);
  c.text_aligned(ImVec2(base_x, base_row), ImVec2(0.5f, 0.0f), format_with(spec.format, spec.base), chart_colors::Text, ss);

  const int shown = c.shown();
  if (shown >= 0 && shown < n * 2) {
    const int i = shown / 2, side = shown % 2;
    const TornadoRow& r = spec.rows[size_t(i)];
    const ImRect b = bar_rect(i, side);
    c.outline(b, chart_colors::Selection, 1.5f);
    std::string text = r.label;
    const std::string& legend = side == 0 ? spec.low_legend : spec.high_legend;
    if (!legend.empty()) text += " " + legend;
    if (!text.empty()) text += '\n';
    text += format_with(spec.format, side == 0 ? r.low : r.high);
    const bool left = (side == 0 ? r.low : r.high) < spec.base;
    c.value_label(ImVec2(left ? b.Min.x : b.Max.x, b.Min.y), text, colors[side]);
  }

  return report_hit(hit, element, clicked, 2);
}

}  // namespace fieldbook::shell::charts
