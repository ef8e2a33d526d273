#include "widgets/charts/histogram.h"

#include <algorithm>
#include <cmath>

namespace fieldbook::shell::charts {

Bins make_bins(std::span<const double> values, int bin_count) {
  Bins b;
  Extent ext;
  for (double v : values) ext.add(v);
  if (ext.empty()) return b;
  int n = std::clamp(bin_count, 1, 1000);
  double lo = ext.lo, hi = ext.hi;
  if (!(hi > lo) || !std::isfinite(hi - lo)) {
    if (hi > lo) {  // a range too wide for doubles: halve it around its middle
      lo *= 0.5;
      hi *= 0.5;
    } else {
      n = 1;
      lo -= 0.5;
      hi += 0.5;
    }
  }
  b.edges.resize(size_t(n) + 1);
  for (int i = 0; i <= n; ++i) b.edges[size_t(i)] = lo + (hi - lo) * double(i) / n;
  b.edges.back() = hi;
  b.counts.assign(size_t(n), 0.0);
  const double width = (hi - lo) / n;
  for (double v : values) {
    if (!std::isfinite(v)) continue;
    const int i = std::clamp(int(std::floor((v - lo) / width)), 0, n - 1);
    b.counts[size_t(i)] += 1;
  }
  return b;
}

int histogram(const char* id, const Histogram& spec, ImVec2 size, ChartHit* hit) {
  if (hit) *hit = ChartHit{};
  Canvas c(id, size);
  if (!c.visible()) return -1;

  const Bins computed = spec.bins.counts.empty() ? make_bins(spec.values, spec.bin_count) : Bins{};
  const Bins& bins = spec.bins.counts.empty() ? computed : spec.bins;
  const int n = bins.edges.size() == bins.counts.size() + 1 ? int(bins.counts.size()) : 0;
  Extent counts, edges;
  for (int i = 0; i < n; ++i) counts.add(bins.counts[size_t(i)]);
  for (double e : bins.edges) edges.add(e);
  if (n == 0 || counts.empty() || edges.empty() || !(edges.hi > edges.lo)) {
    c.no_data(spec.empty_text);
    return -1;
  }
  const ImU32 color = spec.color != 0 ? spec.color : palette::Blue;
  const float ss = c.small_size();
  const ImRect inner = c.inner();
  const float plot_top = inner.Min.y + (spec.value_labels ? ss * 1.3f : ss * 0.6f);
  const float plot_bottom = inner.Max.y - ss * 1.6f;
  const Ticks yt = nice_ticks(std::min(0.0, counts.lo), std::max(0.0, counts.hi), tick_target(plot_bottom - plot_top, ss * 2.5f));
  const float axis_w = tick_label_width(yt, spec.count_format, ss) + ss * 0.6f;
  const Ticks xt = nice_ticks(edges.lo, edges.hi, 5);
  const float half_tick = tick_label_width(xt, spec.format, ss) * 0.5f + 2.0f;
  const ImRect plot(inner.Min.x + axis_w, plot_top, inner.Max.x - half_tick, plot_bottom);
  if (plot.GetWidth() < 4 || plot.GetHeight() < 4) return -1;
  c.tag_part("plot", plot);
  const Scale xs{edges.lo, edges.hi, plot.Min.x, plot.Max.x};
  const Scale ys{yt.lo, yt.hi, plot.Max.y, plot.Min.y};
  auto edge = [&](int i) { return std::isfinite(bins.edges[size_t(i)]) ? xs.px(bins.edges[size_t(i)]) : plot.Min.x; };
  auto bar_rect = [&](int i) {
    const double v = bins.counts[size_t(i)];
    const float x0 = edge(i), x1 = edge(i + 1);
    const float gap = std::abs(x1 - x0) > 6 ? 1.0f : 0.0f;
    const float y = std::isfinite(v) ? ys.px(v) : ys.px(0);
    return snap_rect(ImRect(ImVec2(std::min(x0, x1) + gap * 0.5f, std::min(y, ys.px(0))),
                            ImVec2(std::max(x0, x1) - gap * 0.5f, std::max(y, ys.px(0)))));
  };

  int element = -1;
  if (c.hovered() && inner.Contains(c.mouse()) && c.mouse().x >= plot.Min.x && c.mouse().x <= plot.Max.x) {
    for (int i = 0; i < n && element < 0; ++i) {
      const float x0 = std::min(edge(i), edge(i + 1)), x1 = std::max(edge(i), edge(i + 1));
      if (c.mouse().x >= x0 && c.mouse().x <= x1) element = i;
    }
  }
  const int clicked = c.interact(element);

  auto count_text = [&](double v) {
    if (spec.count_format) return spec.count_format(v);
    return v == std::floor(v) ? format_tick(v, 1.0) : format_number(v);
  };

  ImDrawList* dl = c.draw_list();
  draw_value_axis(c, plot, yt, ys, true, spec.count_format);
  for (double v : xt.values) {
    if (v < edges.lo - xt.step * 1e-9 || v > edges.hi + xt.step * 1e-9) continue;
    c.text_aligned(ImVec2(xs.px(v), plot.Max.y + ss * 0.3f), ImVec2(0.5f, 0.0f), format_tick_with(spec.format, v, xt.step),
                   chart_colors::TextMuted, ss);
  }
  for (int i = 0; i < n; ++i) {
    const double v = bins.counts[size_t(i)];
    const ImRect r = bar_rect(i);
    ImU32 col = color;
    if (spec.selected >= 0 && spec.selected != i) col = with_alpha(col, 0.35f);
    if (std::isfinite(v)) dl->AddRectFilled(r.Min, r.Max, col);
    if (i == spec.selected) c.outline(r, chart_colors::Selection, 2.0f);
    c.tag("bar", i, r.GetHeight() < ss ? ImRect(ImVec2(r.Min.x, plot.Min.y), ImVec2(r.Max.x, plot.Max.y)) : r);
    if (spec.value_labels && std::isfinite(v)) {
      const std::string t = count_text(v);
      if (text_width(t, ss) + ss * 0.3f <= r.GetWidth())
        c.text_aligned(ImVec2(r.GetCenter().x, r.Min.y - ss * 0.15f), ImVec2(0.5f, 1.0f), t, chart_colors::Text, ss);
    }
  }
  c.hline(ys.px(0), plot.Min.x, plot.Max.x, chart_colors::Zero);

  const int shown = c.shown();
  if (shown >= 0 && shown < n) {
    const ImRect r = bar_rect(shown);
    c.outline(r, chart_colors::Selection, 1.5f);
    const bool last = shown == n - 1;
    std::string text = std::string("[") + format_with(spec.format, bins.edges[size_t(shown)]) + ", " +
                       format_with(spec.format, bins.edges[size_t(shown) + 1]) + (last ? "]" : ")");
    text += '\n';
    text += count_text(bins.counts[size_t(shown)]);
    c.value_label(ImVec2(r.GetCenter().x, r.Min.y), text, color);
  }

  return report_hit(hit, element, clicked);
}

}  // namespace fieldbook::shell::charts
