#include "widgets/charts/heatmap.h"

#include <algorithm>
#include <cmath>

namespace fieldbook::shell::charts {

double heat_position(double v, double lo, double hi) {
  if (!std::isfinite(v)) return NAN;
  if (!(hi > lo)) return 0.5;
  return std::clamp((v - lo) / (hi - lo), 0.0, 1.0);
}

int heatmap(const char* id, const Heatmap& spec, ImVec2 size, ChartHit* hit) {
  if (hit) *hit = ChartHit{};
  Canvas c(id, size);
  if (!c.visible()) return -1;

  const int rows = std::max(0, spec.rows), cols = std::max(0, spec.cols);
  const size_t cells = size_t(rows) * size_t(cols);
  Extent ext;
  if (spec.values.size() >= cells)
    for (size_t k = 0; k < cells; ++k) ext.add(spec.values[k]);
  if (cells == 0 || ext.empty()) {
    c.no_data(spec.empty_text);
    return -1;
  }
  const double lo = std::isfinite(spec.min) ? spec.min : ext.lo;
  const double hi = std::isfinite(spec.max) ? spec.max : ext.hi;
  auto row_label = [&](int r) { return r < int(spec.row_labels.size()) ? spec.row_labels[size_t(r)] : std::string(); };
  auto col_label = [&](int k) { return k < int(spec.col_labels.size()) ? spec.col_labels[size_t(k)] : std::string(); };

  const float ss = c.small_size();
  const ImRect inner = c.inner();
  float row_w = text_width(spec.row_title, ss);
  for (int r = 0; r < rows; ++r) row_w = std::max(row_w, text_width(row_label(r), ss));
  row_w = std::min(row_w + ss * 0.6f, inner.GetWidth() * 0.25f);
  float legend_w = 0;
  const std::string lo_text = format_with(spec.format, lo), hi_text = format_with(spec.format, hi);
  if (spec.legend) legend_w = ss * 1.0f + ss * 0.8f + std::max(text_width(lo_text, ss), text_width(hi_text, ss)) + ss * 0.4f;
  const float title_h = spec.row_title.empty() ? ss * 0.3f : ss * 1.4f;
  const float col_h = ss * 1.5f + (spec.col_title.empty() ? 0.0f : ss * 1.3f);
  const ImRect grid(inner.Min.x + row_w, inner.Min.y + title_h, inner.Max.x - legend_w, inner.Max.y - col_h);
  if (grid.GetWidth() < 4 || grid.GetHeight() < 4) return -1;
  c.tag_part("plot", grid);
  const float cw = grid.GetWidth() / float(cols), ch = grid.GetHeight() / float(rows);
  auto cell_rect = [&](int r, int k) {
    const ImRect box(ImVec2(grid.Min.x + cw * float(k), grid.Min.y + ch * float(r)),
                     ImVec2(grid.Min.x + cw * float(k + 1), grid.Min.y + ch * float(r + 1)));
    ImRect s = snap_rect(box);
    s.Max -= ImVec2(1, 1);  // a white gap between cells
    return s;
  };
  auto value = [&](int r, int k) { return spec.values[size_t(r) * size_t(cols) + size_t(k)]; };

  int element = -1;
  if (c.hovered() && grid.Contains(c.mouse())) {
    const int k = std::clamp(int((c.mouse().x - grid.Min.x) / cw), 0, cols - 1);
    const int r = std::clamp(int((c.mouse().y - grid.Min.y) / ch), 0, rows - 1);
    element = r * cols + k;
  }
  const int clicked = c.interact(element);

  ImDrawList* dl = c.draw_list();
  for (int r = 0; r < rows; ++r) {
    for (int k = 0; k < cols; ++k) {
      const double v = value(r, k);
      const ImRect cell = cell_rect(r, k);
      const ImU32 bg = sequential_color(heat_position(v, lo, hi));
      dl->AddRectFilled(cell.Min, cell.Max, bg);
      c.tag("cell", r * cols + k, cell);
      if (!spec.cell_labels || !std::isfinite(v)) continue;
      const std::string t = format_with(spec.format, v);
      if (text_width(t, ss) > cell.GetWidth() - 4 || ss > cell.GetHeight() - 2) continue;
      c.text_aligned(cell.GetCenter(), ImVec2(0.5f, 0.5f), t, text_color_on(bg), ss);
    }
  }
  for (int r = 0; r < rows; ++r)
    c.text_aligned(ImVec2(grid.Min.x - ss * 0.4f, grid.Min.y + ch * (float(r) + 0.5f)), ImVec2(1.0f, 0.5f),
                   fit_text(row_label(r), row_w - ss * 0.5f, ss), chart_colors::Text, ss);
  for (int k = 0; k < cols; ++k)
    c.text_aligned(ImVec2(grid.Min.x + cw * (float(k) + 0.5f), grid.Max.y + ss * 0.3f), ImVec2(0.5f, 0.0f),
                   fit_text(col_label(k), cw * 0.95f, ss), chart_colors::Text, ss);
  if (!spec.row_title.empty())
    c.text_aligned(ImVec2(grid.Min.x - ss * 0.4f, inner.Min.y), ImVec2(1.0f, 0.0f), spec.row_title,
                   chart_colors::TextMuted, ss);
  if (!spec.col_title.empty())
    c.text_aligned(ImVec2(grid.GetCenter().x, grid.Max.y + ss * 1.6f), ImVec2(0.5f, 0.0f), spec.col_title,
                   chart_colors::TextMuted, ss);

  // Legend: a vertical gradient, the highest value at the top.
  if (spec.legend) {
    const float x0 = grid.Max.x + ss * 0.8f, x1 = x0 + ss;
    const float y0 = grid.Min.y, y1 = grid.Max.y;
    constexpr int kSteps = 24;
    for (int s = 0; s < kSteps; ++s) {
      const float a = y0 + (y1 - y0) * float(s) / kSteps, b = y0 + (y1 - y0) * float(s + 1) / kSteps;
      dl->AddRectFilled(ImVec2(snap_edge(x0), snap_edge(a)), ImVec2(snap_edge(x1), snap_edge(b)),
                        sequential_color(1.0 - (s + 0.5) / kSteps));
    }
    c.text_aligned(ImVec2(x1 + ss * 0.3f, y0), ImVec2(0.0f, 0.0f), hi_text, chart_colors::TextMuted, ss);
    c.text_aligned(ImVec2(x1 + ss * 0.3f, y1), ImVec2(0.0f, 1.0f), lo_text, chart_colors::TextMuted, ss);
  }

  if (spec.selected >= 0 && spec.selected < rows * cols) {
    const ImRect cell = cell_rect(spec.selected / cols, spec.selected % cols);
    c.outline(cell, chart_colors::Selection, 2.5f);
  }
  const int shown = c.shown();
  if (shown >= 0 && shown < rows * cols) {
    const int r = shown / cols, k = shown % cols;
    const ImRect cell = cell_rect(r, k);
    const float t = c.stroke(2.0f);  // inside the cell: its neighbours stay readable
    c.outline(ImRect(cell.Min + ImVec2(t, t), cell.Max - ImVec2(t, t)), palette::Orange, 2.0f);
    std::string text = spec.row_title.empty() ? row_label(r) : spec.row_title + " " + row_label(r);
    text += " \xC2\xB7 ";
    text += spec.col_title.empty() ? col_label(k) : spec.col_title + " " + col_label(k);
    text += '\n';
    text += format_with(spec.format, value(r, k));
    c.value_label(ImVec2(cell.GetCenter().x, cell.Min.y), text, palette::Blue);
  }

  return report_hit(hit, element, clicked);
}

}  // namespace fieldbook::shell::charts
