#include "widgets/charts/bar.h"

#include <algorithm>
#include <cmath>

namespace fieldbook::shell::charts {

int bars(const char* id, const BarChart& spec, ImVec2 size, ChartHit* hit) {
  if (hit) *hit = ChartHit{};
  Canvas c(id, size);
  if (!c.visible()) return -1;

  const int S = int(spec.series.size());
  int n = int(spec.categories.size());
  Extent ext;
  for (const BarSeries& s : spec.series) {
    n = std::max(n, int(s.values.size()));
    for (double v : s.values) ext.add(v);
  }
  if (S == 0 || n == 0 || ext.empty()) {
    c.no_data(spec.empty_text);
    return -1;
  }
  auto value = [&](int i, int s) {
    const std::vector<double>& vs = spec.series[size_t(s)].values;
    return i < int(vs.size()) ? vs[size_t(i)] : NAN;
  };
  auto category = [&](int i) { return i < int(spec.categories.size()) ? spec.categories[size_t(i)] : std::string(); };
  auto color_of = [&](int i, int s, double v) -> ImU32 {
    if (S == 1) {
      if (spec.sign_colors) return v < 0 ? chart_colors::Negative : chart_colors::Positive;
      if (i < int(spec.category_colors.size()) && spec.category_colors[size_t(i)] != 0)
        return spec.category_colors[size_t(i)];
    }
    const ImU32 col = spec.series[size_t(s)].color;
    return col != 0 ? col : series_color(s);
  };

  const bool vertical = !spec.horizontal;
  const float fs = c.font_size(), ss = c.small_size();
  const ImRect inner = c.inner();
  float top = inner.Min.y + draw_series_legend(c, inner, spec.series, [&](int s) { return color_of(-1, s, 0); });
  const double lo = std::min(0.0, ext.lo), hi = std::max(0.0, ext.hi);
  const bool has_neg = ext.lo < 0, has_pos = ext.hi > 0;
  const float label_h = ss * 1.3f;

  ImRect plot;
  Ticks ticks;
  Scale scale;
  float neg_w = 0, cat_w = 0;
  if (vertical) {
    const float plot_top = top + (spec.value_labels && has_pos ? label_h : ss * 0.5f);
    const float plot_bottom = inner.Max.y - ss * 1.6f - (spec.value_labels && has_neg ? label_h : 0.0f);
    ticks = nice_ticks(lo, hi, tick_target(plot_bottom - plot_top, ss * 2.5f));
    const float axis_w = tick_label_width(ticks, spec.format, ss) + ss * 0.6f;
    plot = ImRect(inner.Min.x + axis_w, plot_top, inner.Max.x, plot_bottom);
    scale = Scale{ticks.lo, ticks.hi, plot.Max.y, plot.Min.y};
  } else {
    for (int i = 0; i < n; ++i) cat_w = std::max(cat_w, text_width(category(i), ss));
    cat_w = std::min(cat_w + ss * 0.6f, inner.GetWidth() * 0.35f);
    float pos_w = 0;
    if (spec.value_labels) {
      for (int s = 0; s < S; ++s) {
        for (int i = 0; i < n; ++i) {
          const double v = value(i, s);
          if (!std::isfinite(v)) continue;
          const float w = text_width(format_with(spec.format, v), ss) + ss * 0.5f;
          (v < 0 ? neg_w : pos_w) = std::max(v < 0 ? neg_w : pos_w, w);
        }
      }
    }
    const float width_guess = inner.GetWidth() - cat_w - neg_w - pos_w;
    ticks = nice_ticks(lo, hi, tick_target(width_guess, ss * 6.0f));
    const float half_tick = tick_label_width(ticks, spec.format, ss) * 0.5f + 2.0f;
    pos_w = std::max(pos_w, half_tick);
    neg_w = std::max(neg_w, half_tick);
    plot = ImRect(inner.Min.x + cat_w + neg_w, top + ss * 0.25f, inner.Max.x - pos_w, inner.Max.y - ss * 1.5f);
    scale = Scale{ticks.lo, ticks.hi, plot.Min.x, plot.Max.x};
  }
  if (plot.GetWidth() < 4 || plot.GetHeight() < 4) return -1;
  c.tag_part("plot", plot);

  const float cat0 = vertical ? plot.Min.x : plot.Min.y;
  const float cat_len = vertical ? plot.GetWidth() : plot.GetHeight();
  const float slot = cat_len / float(n);
  const float bar = std::min(slot * 0.72f / float(S), fs * (vertical ? 4.0f : 2.2f));
  const float gap = S > 1 ? std::max(1.0f, bar * 0.1f) : 0.0f;
  const float zero_px = scale.px(0.0);
  auto group_start = [&](int i) { return cat0 + slot * float(i) + (slot - bar * float(S)) * 0.5f; };
  auto make_rect = [&](float c0, float c1, float v0, float v1) {
    return vertical ? ImRect(ImVec2(c0, std::min(v0, v1)), ImVec2(c1, std::max(v0, v1)))
                    : ImRect(ImVec2(std::min(v0, v1), c0), ImVec2(std::max(v0, v1), c1));
  };
  auto bar_rect = [&](int i, int s) {
    const double v = value(i, s);
    const float c0 = group_start(i) + float(s) * bar + gap * 0.5f;
    return snap_rect(make_rect(c0, c0 + bar - gap, zero_px, std::isfinite(v) ? scale.px(v) : zero_px));
  };

  // Hit-testing: the whole band of a category (easy to tap even for a short bar).
  int element = -1;
  if (c.hovered() && inner.Contains(c.mouse())) {
    const float along = vertical ? c.mouse().x : c.mouse().y;
    if (along >= cat0 && along < cat0 + cat_len) {
      const int i = std::clamp(int((along - cat0) / slot), 0, n - 1);
      const int s = std::clamp(int(std::floor((along - group_start(i)) / bar)), 0, S - 1);
      element = i * S + s;
    }
  }
  const int clicked = c.interact(element);

  draw_value_axis(c, plot, ticks, scale, vertical, spec.format);
  ImDrawList* dl = c.draw_list();
  for (int i = 0; i < n; ++i) {
    ImRect band_bars;
    bool any = false;
    for (int s = 0; s < S; ++s) {
      const double v = value(i, s);
      const ImRect r = bar_rect(i, s);
      if (!any) band_bars = r; else band_bars.Add(r);
      any = true;
      if (!std::isfinite(v)) continue;
      ImU32 col = color_of(i, s, v);
      if (spec.selected >= 0 && spec.selected != i) col = with_alpha(col, 0.35f);
      dl->AddRectFilled(r.Min, r.Max, col);
      if (i == spec.selected) c.outline(r, chart_colors::Selection, 2.0f);
    }
    // The tagged rectangle is where a tap lands on a bar; a bar too short to hit gets its band.
    const float thickness = vertical ? band_bars.GetHeight() : band_bars.GetWidth();
    if (thickness < ss) {
      const float c0 = group_start(i), c1 = c0 + bar * float(S);
      band_bars = vertical ? ImRect(ImVec2(c0, plot.Min.y), ImVec2(c1, plot.Max.y))
                           : ImRect(ImVec2(plot.Min.x, c0), ImVec2(plot.Max.x, c1));
    }
    c.tag("bar", i, band_bars);
    if (S > 1)
      for (int s = 0; s < S; ++s) c.tag("bar", i, bar_rect(i, s), s);
  }
  if (vertical) c.hline(zero_px, plot.Min.x, plot.Max.x, chart_colors::Zero);
  else c.vline(zero_px, plot.Min.y, plot.Max.y, chart_colors::Zero);

  // Value labels where they fit.
  if (spec.value_labels) {
    for (int i = 0; i < n; ++i) {
      for (int s = 0; s < S; ++s) {
        const double v = value(i, s);
        if (!std::isfinite(v)) continue;
        const std::string t = format_with(spec.format, v);
        const ImRect r = bar_rect(i, s);
        if (vertical) {
          if (text_width(t, ss) > slot / float(S) * 0.98f) continue;
          const float x = r.GetCenter().x;
          if (v >= 0) c.text_aligned(ImVec2(x, r.Min.y - ss * 0.15f), ImVec2(0.5f, 1.0f), t, chart_colors::Text, ss);
          else c.text_aligned(ImVec2(x, r.Max.y + ss * 0.15f), ImVec2(0.5f, 0.0f), t, chart_colors::Text, ss);
        } else {
          if (bar < ss * 0.8f) continue;
          const float y = r.GetCenter().y;
          if (v >= 0) c.text_aligned(ImVec2(r.Max.x + ss * 0.3f, y), ImVec2(0.0f, 0.5f), t, chart_colors::Text, ss);
          else c.text_aligned(ImVec2(r.Min.x - ss * 0.3f, y), ImVec2(1.0f, 0.5f), t, chart_colors::Text, ss);
        }
      }
    }
  }

  // Category labels.
  for (int i = 0; i < n; ++i) {
    const float mid = cat0 + slot * (float(i) + 0.5f);
    if (vertical) {
      const float y = plot.Max.y + (spec.value_labels && has_neg ? label_h : 0.0f) + ss * 0.3f;
      c.text_aligned(ImVec2(mid, y), ImVec2(0.5f, 0.0f), fit_text(category(i), slot * 0.95f, ss), chart_colors::Text, ss);
    } else {
      c.text_aligned(ImVec2(inner.Min.x + cat_w - ss * 0.4f, mid), ImVec2(1.0f, 0.5f),
                     fit_text(category(i), cat_w - ss * 0.5f, ss), chart_colors::Text, ss);
    }
  }

  // The hovered or tapped bar: outline and value label.
  const int shown = c.shown();
  if (shown >= 0 && shown < n * S) {
    const int i = shown / S, s = shown % S;
    const double v = value(i, s);
    const ImRect r = bar_rect(i, s);
    c.outline(r, chart_colors::Selection, 1.5f);
    std::string text = category(i);
    if (S > 1 && !spec.series[size_t(s)].label.empty()) text += " \xC2\xB7 " + spec.series[size_t(s)].label;
    if (!text.empty()) text += '\n';
    text += format_with(spec.format, v);
    const bool up = !(std::isfinite(v) && v < 0);
    const ImVec2 anchor = vertical ? ImVec2(r.GetCenter().x, up ? r.Min.y : r.Max.y)
                                   : ImVec2(up ? r.Max.x : r.Min.x, r.Min.y);
    c.value_label(anchor, text, std::isfinite(v) ? color_of(i, s, v) : chart_colors::Axis);
  }

  return report_hit(hit, element, clicked, S);
}

}  // namespace fieldbook::shell::charts
