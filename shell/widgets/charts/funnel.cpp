#include "widgets/charts/funnel.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace fieldbook::shell::charts {

double conversion_rate(double from, double to) {
  if (!std::isfinite(from) || !std::isfinite(to) || !(from > 0)) return NAN;
  return to / from;
}

std::string format_percent(double fraction) {
  if (!std::isfinite(fraction)) return "\xE2\x80\x94";
  const double p = fraction * 100.0;
  char buf[64];
  std::snprintf(buf, sizeof buf, std::fabs(p) >= 10 || p == 0 ? "%.0f%%" : "%.1f%%", p);
  return buf;
}

int funnel(const char* id, const Funnel& spec, ImVec2 size, ChartHit* hit) {
  if (hit) *hit = ChartHit{};
  Canvas c(id, size);
  if (!c.visible()) return -1;

  const int n = int(spec.stages.size());
  double top_value = 0;
  for (const FunnelStage& s : spec.stages)
    if (std::isfinite(s.value)) top_value = std::max(top_value, s.value);
  if (n == 0 || !(top_value > 0)) {
    c.no_data(spec.empty_text);
    return -1;
  }
  const ImU32 color = spec.color != 0 ? spec.color : palette::Blue;
  const float fs = c.font_size(), ss = c.small_size();
  const ImRect inner = c.inner();
  float label_w = 0;
  for (const FunnelStage& s : spec.stages) label_w = std::max(label_w, text_width(s.label, ss));
  label_w = std::min(label_w + ss * 0.8f, inner.GetWidth() * 0.3f);
  const float gap_h = spec.show_rates && n > 1 ? ss * 1.6f : ss * 0.3f;
  const float bar_h = std::clamp((inner.GetHeight() - gap_h * float(n - 1)) / float(n), 2.0f, fs * 3.0f);
  const ImRect area(inner.Min.x + label_w, inner.Min.y, inner.Max.x, inner.Max.y);
  if (area.GetWidth() < 4) return -1;
  const float mid_x = area.GetCenter().x;
  auto width_of = [&](int i) {
    const double v = spec.stages[size_t(i)].value;
    const double f = std::isfinite(v) ? std::clamp(v / top_value, 0.0, 1.0) : 0.0;
    return std::max(float(f) * area.GetWidth(), 2.0f);
  };
  auto bar_rect = [&](int i) {
    const float y0 = inner.Min.y + float(i) * (bar_h + gap_h);
    const float w = width_of(i);
    return snap_rect(ImRect(ImVec2(mid_x - w * 0.5f, y0), ImVec2(mid_x + w * 0.5f, y0 + bar_h)));
  };

  int element = -1;
  if (c.hovered() && inner.Contains(c.mouse())) {
    const float y = c.mouse().y - inner.Min.y;
    const int i = int(y / (bar_h + gap_h));
    if (i >= 0 && i < n && y - float(i) * (bar_h + gap_h) <= bar_h) element = i;
  }
  const int clicked = c.interact(element);

  ImDrawList* dl = c.draw_list();
  for (int i = 0; i < n; ++i) {
    const FunnelStage& s = spec.stages[size_t(i)];
    const ImRect r = bar_rect(i);
    ImU32 col = color;
    if (spec.selected >= 0 && spec.selected != i) col = with_alpha(col, 0.35f);
    // The connector to the next stage, and the conversion rate on it.
    if (i + 1 < n) {
      const ImRect next = bar_rect(i + 1);
      const ImVec2 quad[4] = {ImVec2(r.Min.x, r.Max.y), ImVec2(r.Max.x, r.Max.y), ImVec2(next.Max.x, next.Min.y),
                              ImVec2(next.Min.x, next.Min.y)};
      dl->AddConvexPolyFilled(quad, 4, with_alpha(color, 0.12f));
      if (spec.show_rates) {
        const double rate = conversion_rate(s.value, spec.stages[size_t(i) + 1].value);
        const std::string t = spec.rate_format && std::isfinite(rate) ? spec.rate_format(rate) : format_percent(rate);
        const float cy = (r.Max.y + next.Min.y) * 0.5f;
        const float tw = text_width(t, ss);
        const float tri = ss * 0.35f, tx = mid_x - (tw + tri * 2.5f) * 0.5f;
        dl->AddTriangleFilled(ImVec2(tx, cy - tri * 0.6f), ImVec2(tx + tri * 2, cy - tri * 0.6f),
                              ImVec2(tx + tri, cy + tri * 0.8f), chart_colors::TextMuted);
        c.text_aligned(ImVec2(tx + tri * 2.5f, cy), ImVec2(0.0f, 0.5f), t, chart_colors::TextMuted, ss);
      }
    }
    dl->AddRectFilled(r.Min, r.Max, col, std::min(4.0f, bar_h * 0.2f));
    if (i == spec.selected) c.outline(r, chart_colors::Selection, 2.0f);
    c.text_aligned(ImVec2(area.Min.x - ss * 0.5f, r.GetCenter().y), ImVec2(1.0f, 0.5f),
                   fit_text(s.label, label_w - ss * 0.6f, ss), chart_colors::Text, ss);
    const std::string v = format_with(spec.format, s.value);
    const float vw = text_width(v, ss);
    if (vw + ss <= r.GetWidth() && ss <= bar_h)
      c.text_aligned(r.GetCenter(), ImVec2(0.5f, 0.5f), v, text_color_on(col), ss);
    else if (ss <= bar_h + 2)
      c.text_aligned(ImVec2(r.Max.x + ss * 0.4f, r.GetCenter().y), ImVec2(0.0f, 0.5f), v, chart_colors::Text, ss);
    // The tap target: the whole row across the funnel, however narrow the bar.
    c.tag("bar", i, r.GetWidth() < fs * 2 ? ImRect(ImVec2(area.Min.x, r.Min.y), ImVec2(area.Max.x, r.Max.y)) : r);
  }

  const int shown = c.shown();
  if (shown >= 0 && shown < n) {
    const FunnelStage& s = spec.stages[size_t(shown)];
    const ImRect r = bar_rect(shown);
    c.outline(r, chart_colors::Selection, 1.5f);
    std::string text = s.label.empty() ? std::string() : s.label + "\n";
    text += format_with(spec.format, s.value);
    if (shown > 0) {
      const double of_first = conversion_rate(spec.stages[0].value, s.value);
      text += " (" + (spec.rate_format && std::isfinite(of_first) ? spec.rate_format(of_first) : format_percent(of_first)) + ")";
    }
    c.value_label(ImVec2(r.GetCenter().x, r.Min.y), text, color);
  }

  return report_hit(hit, element, clicked);
}

}  // namespace fieldbook::shell::charts
