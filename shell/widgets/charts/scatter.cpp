#include "widgets/charts/scatter.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace fieldbook::shell::charts {
namespace {

constexpr int kMaxGroups = 16;

}  // namespace

int scatter(const char* id, const ScatterPlot& spec, ImVec2 size, ChartHit* hit) {
  if (hit) *hit = ChartHit{};
  Canvas c(id, size, 18.0f);
  if (!c.visible()) return -1;

  const size_t n = std::min(spec.x.size(), spec.y.size());
  Extent ex, ey;
  size_t finite = 0;
  int max_group = 0;
  for (size_t i = 0; i < n; ++i) {
    if (!std::isfinite(spec.x[i]) || !std::isfinite(spec.y[i])) continue;
    ex.add(spec.x[i]);
    ey.add(spec.y[i]);
    ++finite;
    if (i < spec.group.size()) max_group = std::max(max_group, spec.group[i]);
  }
  if (finite == 0) {
    c.no_data(spec.empty_text);
    return -1;
  }
  auto group_of = [&](size_t i) { return i < spec.group.size() ? std::max(0, spec.group[i]) : 0; };
  auto color_of = [&](int g) {
    if (g < int(spec.group_colors.size()) && spec.group_colors[size_t(g)] != 0) return spec.group_colors[size_t(g)];
    return series_color(g);
  };

  const float ss = c.small_size();
  const ImRect inner = c.inner();
  float top = inner.Min.y;
  if (!spec.group_labels.empty()) {
    std::vector<ImU32> colors;
    for (size_t g = 0; g < spec.group_labels.size(); ++g) colors.push_back(color_of(int(g)));
    top += draw_legend(c, inner, spec.group_labels, colors);
  }
  const float y_title_y = top;
  if (!spec.y_title.empty()) top += ss * 1.3f;
  const float plot_top = top + ss * 0.6f;
  const float plot_bottom = inner.Max.y - ss * 1.6f - (spec.x_title.empty() ? 0.0f : ss * 1.3f);
  const Ticks yt = nice_ticks(ey.lo, ey.hi, tick_target(plot_bottom - plot_top, ss * 2.5f));
  const float axis_w = tick_label_width(yt, spec.y_format, ss) + ss * 0.6f;
  const Ticks xt = nice_ticks(ex.lo, ex.hi, tick_target(inner.GetWidth() - axis_w, ss * 7.0f));
  const float half_tick = tick_label_width(xt, spec.x_format, ss) * 0.5f + 2.0f;
  const ImRect plot(inner.Min.x + axis_w, plot_top, inner.Max.x - half_tick, plot_bottom);
  if (plot.GetWidth() < 4 || plot.GetHeight() < 4) return -1;
  c.tag_part("plot", plot);
  const Scale xs{xt.lo, xt.hi, plot.Min.x, plot.Max.x};
  const Scale ys{yt.lo, yt.hi, plot.Max.y, plot.Min.y};
  const float r = std::clamp(spec.marker_radius, 1.5f, 10.0f) * c.em();
  auto point = [&](size_t i) { return ImVec2(xs.px(spec.x[i]), ys.px(spec.y[i])); };

  // Hit-testing: the exact nearest point within a finger's reach.
  int element = -1;
  if (c.hovered()) {
    const float reach = std::max(c.font_size() * 0.8f, r * 2.5f);
    ImRect zone = plot;
    zone.Expand(reach);
    if (zone.Contains(c.mouse())) {
      float best = reach * reach;
      for (size_t i = 0; i < n; ++i) {
        if (!std::isfinite(spec.x[i]) || !std::isfinite(spec.y[i])) continue;
        const ImVec2 p = point(i);
        const float dx = p.x - c.mouse().x, dy = p.y - c.mouse().y;
        const float d = dx * dx + dy * dy;
        if (d <= best) {
          best = d;
          element = int(i);
        }
      }
    }
  }
  const int clicked = c.interact(element);

  ImDrawList* dl = c.draw_list();
  draw_value_axis(c, plot, yt, ys, true, spec.y_format);
  draw_value_axis(c, plot, xt, xs, false, spec.x_format);
  if (!spec.y_title.empty())
    c.text_aligned(ImVec2(plot.Min.x, y_title_y), ImVec2(0.0f, 0.0f), spec.y_title, chart_colors::TextMuted, ss);
  if (!spec.x_title.empty())
    c.text_aligned(ImVec2(plot.Max.x, inner.Max.y), ImVec2(1.0f, 1.0f), spec.x_title, chart_colors::TextMuted, ss);

  ImRect clip = plot;
  clip.Expand(r + c.stroke(1.0f));
  dl->PushClipRect(clip.Min, clip.Max, true);
  if (finite <= size_t(kScatterDirectLimit)) {
    for (size_t i = 0; i < n; ++i) {
      if (!std::isfinite(spec.x[i]) || !std::isfinite(spec.y[i])) continue;
      dl->AddCircleFilled(point(i), r, with_alpha(color_of(group_of(i)), 0.85f), 8);
    }
  } else {
    // Bin to a grid of at most kScatterMaxCells cells, no finer than a dot.
    const float area = plot.GetWidth() * plot.GetHeight();
    const float cell = std::max(r * 2.0f, std::sqrt(area / float(kScatterMaxCells)));
    const int gx = std::max(1, int(std::ceil(plot.GetWidth() / cell)));
    const int gy = std::max(1, int(std::ceil(plot.GetHeight() / cell)));
    const int groups = std::clamp(max_group + 1, 1, kMaxGroups);
    std::vector<uint32_t> counts(size_t(gx) * size_t(gy) * size_t(groups), 0);
    for (size_t i = 0; i < n; ++i) {
      if (!std::isfinite(spec.x[i]) || !std::isfinite(spec.y[i])) continue;
      const ImVec2 p = point(i);
      const int cx = std::clamp(int((p.x - plot.Min.x) / cell), 0, gx - 1);
      const int cy = std::clamp(int((p.y - plot.Min.y) / cell), 0, gy - 1);
      const int g = group_of(i) % groups;
      ++counts[(size_t(cy) * size_t(gx) + size_t(cx)) * size_t(groups) + size_t(g)];
    }
    uint32_t densest = 1;
    std::vector<uint32_t> totals(size_t(gx) * size_t(gy), 0);
    for (size_t k = 0; k < totals.size(); ++k) {
      for (int g = 0; g < groups; ++g) totals[k] += counts[k * size_t(groups) + size_t(g)];
      densest = std::max(densest, totals[k]);
    }
    const float side = std::max(r * 2.0f, cell * 0.85f);
    const float log_densest = std::log1p(float(densest));
    for (int cy = 0; cy < gy; ++cy) {
      for (int cx = 0; cx < gx; ++cx) {
        const size_t k = size_t(cy) * size_t(gx) + size_t(cx);
        if (totals[k] == 0) continue;
        int dominant = 0;
        for (int g = 1; g < groups; ++g)
          if (counts[k * size_t(groups) + size_t(g)] > counts[k * size_t(groups) + size_t(dominant)]) dominant = g;
        const float alpha = 0.45f + 0.55f * std::log1p(float(totals[k])) / log_densest;
        const ImVec2 centre(plot.Min.x + (float(cx) + 0.5f) * cell, plot.Min.y + (float(cy) + 0.5f) * cell);
        const ImRect sq = snap_rect(ImRect(centre - ImVec2(side, side) * 0.5f, centre + ImVec2(side, side) * 0.5f));
        dl->AddRectFilled(sq.Min, sq.Max, with_alpha(color_of(dominant), alpha));
      }
    }
  }
  if (spec.selected >= 0 && size_t(spec.selected) < n && std::isfinite(spec.x[size_t(spec.selected)]) &&
      std::isfinite(spec.y[size_t(spec.selected)]))
    dl->AddCircle(point(size_t(spec.selected)), r + 3.0f * c.em(), chart_colors::Selection, 16, c.stroke(2.0f));
  dl->PopClipRect();

  const int shown = c.shown();
  if (shown >= 0 && size_t(shown) < n && std::isfinite(spec.x[size_t(shown)]) && std::isfinite(spec.y[size_t(shown)])) {
    const size_t i = size_t(shown);
    const int g = group_of(i);
    const ImVec2 p = point(i);
    dl->AddCircleFilled(p, r + 1.5f * c.em(), color_of(g), 12);
    dl->AddCircle(p, r + 4.0f * c.em(), palette::Orange, 16, c.stroke(2.0f));
    std::string text;
    if (g < int(spec.group_labels.size())) text = spec.group_labels[size_t(g)] + "\n";
    text += (spec.x_title.empty() ? std::string() : spec.x_title + ": ") + format_with(spec.x_format, spec.x[i]);
    text += '\n';
    text += (spec.y_title.empty() ? std::string() : spec.y_title + ": ") + format_with(spec.y_format, spec.y[i]);
    c.value_label(p, text, color_of(g));
  }

  return report_hit(hit, element, clicked);
}

}  // namespace fieldbook::shell::charts
