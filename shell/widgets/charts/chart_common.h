#pragma once
// What every chart shares: the colour palette, nice axis ticks, value <-> pixel scales, number
// formatting hooks, crisp-line snapping, and the per-chart canvas that owns hover, click/tap and
// the "value label" that replaces hover-only tooltips. Charts draw what they are given: no business
// rules here. Sizes are CSS px (ImGui coordinates); text uses the current ImGui font and size.
// Lines, marks and hit areas grow with that text (the UI scale, meeting mode's larger type) and
// are rounded to whole device pixels (the framebuffer scale, i.e. devicePixelRatio): see
// Canvas::em() and stroke().
#include <cmath>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "imgui.h"
#include "imgui_internal.h"
#include "widgets/theme.h"

namespace fieldbook::shell::charts {

// Turns a value into display text (the caller decides: "¥1.2万", "42%", "3 天"). Empty: a plain
// locale-neutral number ("12,345", "0.25").
using Format = std::function<std::string(double)>;

// What the mouse or a finger did to a chart in this frame. Indices are the chart's own elements
// (category, bar, bin, cell, stage, point); -1 when none.
struct ChartHit {
  int hovered = -1;
  int hovered_series = -1;
  int clicked = -1;
  int clicked_series = -1;
};

// Reports the hovered and clicked elements in `hit` when given and returns the clicked index
// (-1 = none): every chart's last step. Charts with series number their elements
// index * series + series and pass `series`; the others pass nothing.
inline int report_hit(ChartHit* hit, int element, int clicked, int series = 0) {
  const int n = series > 0 ? series : 1;
  if (hit) {
    if (element >= 0) {
      hit->hovered = element / n;
      if (series > 0) hit->hovered_series = element % n;
    }
    if (clicked >= 0) {
      hit->clicked = clicked / n;
      if (series > 0) hit->clicked_series = clicked % n;
    }
  }
  return clicked >= 0 ? clicked / n : -1;
}

// ---- Colours -------------------------------------------------------------------------------
// Okabe-Ito, reordered so that the first colours read best on white and on a washed-out projector
// (yellow last, darkened a little). Safe for the common colour-vision deficiencies.
namespace palette {
inline constexpr ImU32 Blue = IM_COL32(0, 114, 178, 255);
inline constexpr ImU32 Orange = IM_COL32(230, 159, 0, 255);
inline constexpr ImU32 Green = IM_COL32(0, 158, 115, 255);
inline constexpr ImU32 Vermillion = IM_COL32(213, 94, 0, 255);
inline constexpr ImU32 Purple = IM_COL32(204, 121, 167, 255);
inline constexpr ImU32 SkyBlue = IM_COL32(86, 180, 233, 255);
inline constexpr ImU32 Yellow = IM_COL32(214, 196, 40, 255);
inline constexpr ImU32 Black = IM_COL32(40, 40, 40, 255);
inline constexpr int kCount = 8;
}  // namespace palette

// Chart furniture.
namespace chart_colors {
// Text is the app's (widgets/theme.h), so a chart reads like the page around it.
inline constexpr ImU32 Text = colors::Text;
inline constexpr ImU32 TextMuted = colors::TextMuted;
inline constexpr ImU32 Axis = IM_COL32(148, 163, 184, 255);
inline constexpr ImU32 Grid = colors::Border;
inline constexpr ImU32 Zero = IM_COL32(51, 65, 85, 255);
inline constexpr ImU32 Positive = palette::Blue;
inline constexpr ImU32 Negative = palette::Vermillion;
inline constexpr ImU32 Selection = colors::Text;
inline constexpr ImU32 Missing = IM_COL32(241, 245, 249, 255);
inline constexpr ImU32 LabelBackground = IM_COL32(255, 255, 255, 245);
}  // namespace chart_colors

ImU32 series_color(int index);  // the palette, cycled
ImU32 with_alpha(ImU32 color, float alpha);
ImU32 mix(ImU32 a, ImU32 b, float t);  // t = 0: a, 1: b (sRGB components)
float luminance(ImU32 color);           // relative luminance, 0..1 (WCAG)
ImU32 text_color_on(ImU32 background);  // dark or white, whichever reads
// Sequential scale for heatmaps: t in 0..1, light to dark blue (ColorBrewer "Blues"), luminance
// strictly decreasing, readable in greyscale. Non-finite t gives chart_colors::Missing.
ImU32 sequential_color(double t);

// ---- Ticks and scales ------------------------------------------------------------------------
// 1, 2, 5 x 10^k closest to `raw` (raw <= 0 or not finite: 1).
double nice_step(double raw);

struct Ticks {
  double lo = 0, hi = 1;  // the axis range: multiples of step enclosing the data
  double step = 1;
  std::vector<double> values;  // lo, lo+step, ..., hi
};
// Round numbers covering [lo, hi] with about `target` ticks: 0..97 -> 0, 20, ..., 100. A zero or
// non-finite range is widened so that it always has at least two ticks.
Ticks nice_ticks(double lo, double hi, int target = 5);
// How many ticks fit along `pixels` with labels of the current font size.
int tick_target(float pixels, float min_spacing_px);

// Linear map from data [v0, v1] to pixels [p0, p1] (p1 < p0 for a y axis that grows upward).
struct Scale {
  double v0 = 0, v1 = 1;
  float p0 = 0, p1 = 1;
  float px(double v) const;
  double value(float p) const;
};

// The finite min/max of some values.
struct Extent {
  double lo = INFINITY, hi = -INFINITY;
  void add(double v) {
    if (std::isfinite(v)) {
      lo = v < lo ? v : lo;
      hi = v > hi ? v : hi;
    }
  }
  bool empty() const { return !(lo <= hi); }
};

// ---- Text --------------------------------------------------------------------------------------
std::string format_number(double v);                     // "12,345", "1.5", "0.25", "-3", "—"
std::string format_tick(double v, double step);          // decimals that the step needs
std::string format_with(const Format& f, double v);      // f(v), or format_number(v)
std::string format_tick_with(const Format& f, double v, double step);
// The "no data" text drawn by empty charts (the app sets it from its i18n catalog).
void set_no_data_text(std::string text);
const std::string& no_data_text();

float text_width(std::string_view s, float size);
// `s` cut to fit `max_width` with an ellipsis (UTF-8 aware); empty if not even the ellipsis fits.
std::string fit_text(std::string_view s, float max_width, float size);

// ---- Pixels ------------------------------------------------------------------------------------
// The body text size that chart strokes are specified at: a stroke of w px at this size.
inline constexpr float kStrokeBaseFontSize = 16.0f;
// A data line (a series) is never thinner than this, in CSS px: thinner lines fade out on a
// washed-out projector.
inline constexpr float kMinDataLineWidth = 2.0f;
// `css` px rounded to whole device pixels, never under one: a line that is crisp at any
// devicePixelRatio (1 CSS px is 1.5 device px at 1.5; half pixels blur).
float device_stroke(float css);
// The width of a data line at body text `font_size`: 2 px at 16 px text, growing with the text,
// at least kMinDataLineWidth, in whole device pixels.
float data_line_width(float font_size);
// Snap a line's centre so that a `thickness` CSS px line covers whole device pixels (crisp).
float snap_line(float v, float thickness = 1.0f);
// Snap a fill edge to a device pixel boundary.
float snap_edge(float v);
ImRect snap_rect(const ImRect& r);

// ---- The canvas: one chart's rectangle, draw list and interaction -------------------------------
class Canvas {
 public:
  // Lays out a chart item of `size` (x <= 0: the available width; y <= 0: `default_height_em`
  // font sizes) under `id`, which is also its test id.
  Canvas(const char* id, ImVec2 size, float default_height_em = 14.0f);
  ~Canvas();
  Canvas(const Canvas&) = delete;
  Canvas& operator=(const Canvas&) = delete;

  bool visible() const { return visible_; }  // false: clipped, nothing to draw
  const ImRect& rect() const { return rect_; }
  // The rectangle a chart lays itself out in: rect() inside a margin of a quarter of the axis text.
  ImRect inner() const {
    const ImVec2 m(small_size_ * 0.25f, small_size_ * 0.25f);
    return ImRect(rect_.Min + m, rect_.Max - m);
  }
  ImDrawList* draw_list() const { return dl_; }
  float font_size() const { return font_size_; }  // body text
  float small_size() const { return small_size_; }  // axis labels
  // How much larger than 16 px the text is: marks and hit areas specified at 16 px grow by this.
  float em() const { return font_size_ / kStrokeBaseFontSize; }
  // A stroke `css` px wide at 16 px text, grown with the text, in whole device pixels.
  float stroke(float css) const { return device_stroke(css * em()); }
  float data_line() const { return data_line_width(font_size_); }
  std::string_view id() const { return id_; }
  // The mouse over the chart (false for a finger after it lifted).
  bool hovered() const { return hovered_; }
  ImVec2 mouse() const { return mouse_; }

  // Call once, after hit-testing the element under the mouse (-1: none). Returns the element
  // clicked or tapped in this frame: pressed and released on the same element.
  int interact(int element_under_mouse);
  // The element whose value label shows: the hovered one, else the last one tapped.
  int shown() const { return shown_; }

  // Drawing helpers, all in CSS px.
  void text(ImVec2 pos, std::string_view s, ImU32 color, float size = 0) const;
  // Anchored text: align (0,0) = top-left at pos, (0.5,0.5) = centred, (1,1) = bottom-right.
  void text_aligned(ImVec2 pos, ImVec2 align, std::string_view s, ImU32 color, float size = 0) const;
  // Straight lines; `thickness` at 16 px text (scaled by stroke()).
  void hline(float y, float x0, float x1, ImU32 color, float thickness = 1.0f) const;
  void vline(float x, float y0, float y1, ImU32 color, float thickness = 1.0f) const;
  void dashed_vline(float x, float y0, float y1, ImU32 color, float thickness = 1.0f) const;
  // The outline of a selected or focused element: `thickness` (at 16 px text) outside `r`.
  void outline(const ImRect& r, ImU32 color, float thickness) const;
  // The small value label that stands in for a tooltip: above `anchor` (below if no room), kept
  // inside the chart, tagged "<id>.label".
  void value_label(ImVec2 anchor, std::string_view s, ImU32 accent) const;
  // The empty state, tagged "<id>.empty".
  void no_data(const char* text = nullptr) const;
  // Tags "<id>.<kind>.<index>" (and ".<series>" when series >= 0) for tests.
  void tag(std::string_view kind, int index, const ImRect& r, int series = -1) const;
  // Tags "<id>.<part>" (e.g. "plot", the data area inside the axes).
  void tag_part(std::string_view part, const ImRect& r) const;

 private:
  std::string id_;
  ImGuiID gid_ = 0;
  ImRect rect_;
  ImDrawList* dl_ = nullptr;
  float font_size_ = 16, small_size_ = 14;
  ImVec2 mouse_;
  bool visible_ = false, hovered_ = false, pressed_ = false, released_ = false;
  bool interacted_ = false;
  int shown_ = -1;
};

// Value axis helpers shared by bar, line, histogram and tornado charts.
// Draws grid lines across `plot` and tick labels left of it (vertical) or below it (horizontal).
void draw_value_axis(const Canvas& c, const ImRect& plot, const Ticks& ticks, const Scale& scale, bool vertical,
                     const Format& format);
// The widest tick label, for reserving the axis margin.
float tick_label_width(const Ticks& ticks, const Format& format, float size);
// A legend (swatch + label per entry, wrapping) across the top of `inner`; returns the height it
// takes with the gap below it, 0 when there are no labels.
float draw_legend(const Canvas& c, const ImRect& inner, const std::vector<std::string>& labels,
                  const std::vector<ImU32>& colors);
// The legend of a chart's series (each has a `label`), coloured by color_of(index); a single
// series has none.
template <class Series, class ColorOf>
float draw_series_legend(const Canvas& c, const ImRect& inner, const std::vector<Series>& series, ColorOf color_of) {
  if (series.size() < 2) return 0.0f;
  std::vector<std::string> labels;
  std::vector<ImU32> colors;
  for (size_t s = 0; s < series.size(); ++s) {
    labels.push_back(series[s].label);
    colors.push_back(color_of(int(s)));
  }
  return draw_legend(c, inner, labels, colors);
}

}  // namespace fieldbook::shell::charts
