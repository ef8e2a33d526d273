#include "widgets/charts/line.h"

#include <algorithm>
#include <cmath>

namespace fieldbook::shell::charts {
namespace {

constexpr ImU32 kWhite = IM_COL32(255, 255, 255, 255);

// Shades between the segment p-q and the horizontal line y = base, split where it crosses.
void fill_segment(ImDrawList* dl, ImVec2 p, ImVec2 q, float base, ImU32 col) {
  const float dp = p.y - base, dq = q.y - base;
  if ((dp <= 0 && dq <= 0) || (dp >= 0 && dq >= 0)) {
    const ImVec2 quad[4] = {p, q, ImVec2(q.x, base), ImVec2(p.x, base)};
    dl->AddConvexPolyFilled(quad, 4, col);
    return;
  }
  const float t = dp / (dp - dq);
  const ImVec2 cross(p.x + (q.x - p.x) * t, base);
  const ImVec2 a[3] = {p, cross, ImVec2(p.x, base)};
  const ImVec2 b[3] = {cross, q, ImVec2(q.x, base)};
  dl->AddConvexPolyFilled(a, 3, col);
  dl->AddConvexPolyFilled(b, 3, col);
}

}  // namespace

int line(const char* id, const LineChart& spec, ImVec2 size, ChartHit* hit) {
  if (hit) *hit = ChartHit{};
  Canvas c(id, size);
  if (!c.visible()) return -1;

  const int S = int(spec.series.size());
  int n = 0;
  Extent ey;
  for (const LineSeries& s : spec.series) {
    n = std::max(n, int(s.values.size()));
    for (double v : s.values) ey.add(v);
  }
  const bool use_x = int(spec.x.size()) >= n;
  auto xval = [&](int i) { return use_x ? spec.x[size_t(i)] : double(i); };
  auto value = [&](int i, int s) {
    const std::vector<double>& vs = spec.series[size_t(s)].values;
    return i < int(vs.size()) ? vs[size_t(i)] : NAN;
  };
  Extent ex;
  for (int i = 0; i < n; ++i) ex.add(xval(i));
  if (S == 0 || n == 0 || ey.empty() || ex.empty()) {
    c.no_data(spec.empty_text);
    return -1;
  }
  auto color_of = [&](int s) {
    const ImU32 col = spec.series[size_t(s)].color;
    return col != 0 ? col : series_color(s);
  };
  auto x_text = [&](int i) {
    if (i < int(spec.x_labels.size())) return spec.x_labels[size_t(i)];
    return format_with(spec.x_format, xval(i));
  };

  double lo = ey.lo, hi = ey.hi;
  if (spec.include_zero) {
    lo = std::min(lo, 0.0);
    hi = std::max(hi, 0.0);
  }
  const float ss = c.small_size();
  const ImRect inner = c.inner();
  float top = inner.Min.y + draw_series_legend(c, inner, spec.series, color_of);
  bool marker_row = false;
  for (const VerticalMarker& m : spec.markers)
    if (std::isfinite(m.x) && m.x >= ex.lo && m.x <= ex.hi && !m.label.empty()) marker_row = true;
  const float marker_y = top;
  if (marker_row) top += ss * 1.4f;
  const float plot_top = top + ss * 0.6f, plot_bottom = inner.Max.y - ss * 1.6f;
  const Ticks ticks = nice_ticks(lo, hi, tick_target(plot_bottom - plot_top, ss * 2.5f));
  const float axis_w = tick_label_width(ticks, spec.format, ss) + ss * 0.6f;
  const ImRect plot(inner.Min.x + axis_w, plot_top, inner.Max.x, plot_bottom);
  if (plot.GetWidth() < 4 || plot.GetHeight() < 4) return -1;
  c.tag_part("plot", plot);
  // The first and last x labels are centred on their points: keep them inside the chart.
  float pad = ss * 0.8f;
  if (!spec.x_labels.empty() && n > 0)
    pad = std::max({pad, text_width(x_text(0), ss) * 0.5f, text_width(x_text(n - 1), ss) * 0.5f});
  const Scale xs{ex.lo, ex.hi, plot.Min.x + pad, plot.Max.x - pad};
  const Scale ys{ticks.lo, ticks.hi, plot.Max.y, plot.Min.y};
  auto point = [&](int i, int s) { return ImVec2(xs.px(xval(i)), ys.px(value(i, s))); };

  // Hit-testing: the nearest x, then the nearest series there.
  int element = -1;
  if (c.hovered() && inner.Contains(c.mouse())) {
    int best = -1;
    float best_d = INFINITY;
    for (int i = 0; i < n; ++i) {
      if (!std::isfinite(xval(i))) continue;
      const float d = std::fabs(xs.px(xval(i)) - c.mouse().x);
      if (d < best_d) {
        best_d = d;
        best = i;
      }
    }
    if (best >= 0) {
      int best_s = 0;
      float best_dy = INFINITY;
      for (int s = 0; s < S; ++s) {
        if (!std::isfinite(value(best, s))) continue;
        const float d = std::fabs(point(best, s).y - c.mouse().y);
        if (d < best_dy) {
          best_dy = d;
          best_s = s;
        }
      }
      element = best * S + best_s;
    }
  }
  const int clicked = c.interact(element);

  ImDrawList* dl = c.draw_list();
  draw_value_axis(c, plot, ticks, ys, true, spec.format);

  // X labels: the given labels (thinned to fit) or nice ticks.
  const float label_y = plot.Max.y + ss * 0.3f;
  if (!spec.x_labels.empty()) {
    float widest = 0;
    for (int i = 0; i < n; ++i) widest = std::max(widest, text_width(x_text(i), ss));
    const float spacing = n > 1 ? (xs.p1 - xs.p0) / float(n - 1) : plot.GetWidth();
    const int stride = std::max(1, int(std::ceil((widest + ss) / std::max(spacing, 1.0f))));
    for (int i = 0; i < n; i += stride)
      c.text_aligned(ImVec2(xs.px(xval(i)), label_y), ImVec2(0.5f, 0.0f), x_text(i), chart_colors::TextMuted, ss);
  } else {
    const Ticks xt = nice_ticks(ex.lo, ex.hi, tick_target(plot.GetWidth(), ss * 6.0f));
    for (double v : xt.values) {
      if (v < ex.lo - xt.step * 1e-9 || v > ex.hi + xt.step * 1e-9) continue;
      c.text_aligned(ImVec2(xs.px(v), label_y), ImVec2(0.5f, 0.0f), format_tick_with(spec.x_format, v, xt.step),
                     chart_colors::TextMuted, ss);
    }
  }
  if (spec.selected >= 0 && spec.selected < n)
    c.vline(xs.px(xval(spec.selected)), plot.Min.y, plot.Max.y, chart_colors::Selection, 1.5f);

  // Filled areas (no anti-aliasing, so adjacent pieces leave no seams).
  const float base = ys.px(std::clamp(0.0, ticks.lo, ticks.hi));
  const ImDrawListFlags saved_flags = dl->Flags;
  dl->Flags &= ~ImDrawListFlags_AntiAliasedFill;
  for (int s = 0; s < S; ++s) {
    if (!spec.series[size_t(s)].fill) continue;
    const ImU32 col = with_alpha(color_of(s), 0.18f);
    for (int i = 0; i + 1 < n; ++i) {
      if (!std::isfinite(value(i, s)) || !std::isfinite(value(i + 1, s))) continue;
      fill_segment(dl, point(i, s), point(i + 1, s), base, col);
    }
  }
  dl->Flags = saved_flags;

  if (ticks.lo <= 0 && ticks.hi >= 0) c.hline(ys.px(0.0), plot.Min.x, plot.Max.x, chart_colors::Zero, 1.5f);

  // Lines, broken at missing values, then markers.
  std::vector<ImVec2> run;
  for (int s = 0; s < S; ++s) {
    const ImU32 col = color_of(s);
    run.clear();
    for (int i = 0; i <= n; ++i) {
      if (i < n && std::isfinite(value(i, s)) && std::isfinite(xval(i))) {
        run.push_back(point(i, s));
        continue;
      }
      if (run.size() >= 2) dl->AddPolyline(run.data(), int(run.size()), col, ImDrawFlags_None, c.data_line());
      run.clear();
    }
    if (!spec.series[size_t(s)].markers) continue;
    for (int i = 0; i < n; ++i) {
      if (!std::isfinite(value(i, s)) || !std::isfinite(xval(i))) continue;
      // A white ring keeps the dot apart from the line, at least a device pixel wide.
      const float r = std::max(3.0f * c.em(), c.data_line());
      dl->AddCircleFilled(point(i, s), r + c.stroke(1.5f), kWhite, 12);
      dl->AddCircleFilled(point(i, s), r, col, 12);
    }
  }

  // Vertical markers (payback and the like).
  for (size_t k = 0; k < spec.markers.size(); ++k) {
    const VerticalMarker& m = spec.markers[k];
    if (!std::isfinite(m.x) || m.x < ex.lo || m.x > ex.hi) continue;
    const ImU32 col = m.color != 0 ? m.color : chart_colors::Zero;
    const float x = xs.px(m.x);
    c.dashed_vline(x, plot.Min.y, plot.Max.y, col, 1.5f);
    if (m.label.empty()) continue;
    const std::string t = fit_text(m.label, inner.GetWidth(), ss);
    const float w = text_width(t, ss);
    const float left = std::clamp(x - w * 0.5f, inner.Min.x, std::max(inner.Min.x, inner.Max.x - w));
    c.text(ImVec2(left, marker_y), t, col, ss);
    c.tag("marker", int(k), ImRect(ImVec2(left, marker_y), ImVec2(left + w, marker_y + ss * 1.2f)));
  }

  // Tap targets: a band around each x, to halfway to its neighbours (dates are not evenly spaced),
  // the first and last reaching the plot's edges and never past them.
  for (int i = 0; i < n; ++i) {
    const float x = xs.px(xval(i));
    const float left = i > 0 ? (xs.px(xval(i - 1)) + x) * 0.5f : plot.Min.x;
    const float right = i + 1 < n ? (x + xs.px(xval(i + 1))) * 0.5f : plot.Max.x;
    c.tag("point", i, ImRect(ImVec2(std::clamp(std::min(left, x), plot.Min.x, plot.Max.x), plot.Min.y),
                             ImVec2(std::clamp(std::max(right, x), plot.Min.x, plot.Max.x), plot.Max.y)));
  }

  // The hovered or tapped x: a guide, bigger markers and every series' value.
  const int shown = c.shown();
  if (shown >= 0 && shown < n * S) {
    const int i = shown / S, s = shown % S;
    const float x = xs.px(xval(i));
    c.vline(x, plot.Min.y, plot.Max.y, chart_colors::Axis);
    std::string text = x_text(i);
    for (int k = 0; k < S; ++k) {
      const double v = value(i, k);
      if (std::isfinite(v)) {
        const float r = std::max(4.5f * c.em(), c.data_line() * 1.5f);
        dl->AddCircleFilled(point(i, k), r + c.stroke(1.5f), kWhite, 16);
        dl->AddCircleFilled(point(i, k), r, color_of(k), 16);
      }
      text += '\n';
      if (!spec.series[size_t(k)].label.empty()) text += spec.series[size_t(k)].label + ": ";
      text += format_with(spec.format, v);
    }
    const double v = value(i, s);
    const ImVec2 anchor = std::isfinite(v) ? point(i, s) : ImVec2(x, plot.Min.y);
    c.value_label(anchor, text, color_of(s));
  }

  return report_hit(hit, element, clicked, S);
}

}  // namespace fieldbook::shell::charts
