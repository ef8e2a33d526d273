#include "widgets/charts/chart_common.h"

#include <algorithm>
#include <cfloat>
#include <cstdio>

#include "widgets/test_ids.h"

namespace fieldbook::shell::charts {
namespace {

constexpr ImU32 kWhite = IM_COL32(255, 255, 255, 255);

float channel(ImU32 c, int shift) { return float((c >> shift) & 0xFF) / 255.0f; }

float linearize(float c) { return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f); }

float framebuffer_scale() {
  const float s = ImGui::GetIO().DisplayFramebufferScale.x;
  return s > 0 ? s : 1.0f;
}

std::string& no_data_storage() {
  static std::string text = "No data";
  return text;
}

// Inserts thousands separators into the integer part of a plain decimal string.
std::string group_thousands(std::string s) {
  const size_t start = (!s.empty() && s[0] == '-') ? 1 : 0;
  size_t end = s.find('.');
  if (end == std::string::npos) end = s.size();
  for (size_t i = end; i > start + 3; i -= 3) s.insert(i - 3, 1, ',');
  return s;
}

std::string fixed(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  std::string s = buf;
  if (s.find('.') != std::string::npos) {
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
  }
  if (s == "-0") s = "0";
  return s;
}

std::string ellipsis_text() {
  const ImFont* font = ImGui::GetFont();
  const ImWchar e = font ? font->EllipsisChar : 0;
  if (e == 0 || e == '.') return "...";
  char buf[8] = {};
  ImTextCharToUtf8(buf, e);
  return buf;
}

}  // namespace

// ---- Colours ---------------------------------------------------------------------------------

ImU32 series_color(int index) {
  static constexpr ImU32 kColors[palette::kCount] = {palette::Blue,   palette::Orange,  palette::Green,
                                                     palette::Vermillion, palette::Purple, palette::SkyBlue,
                                                     palette::Yellow, palette::Black};
  const int i = ((index % palette::kCount) + palette::kCount) % palette::kCount;
  return kColors[i];
}

ImU32 with_alpha(ImU32 color, float alpha) {
  const float a = std::clamp(alpha, 0.0f, 1.0f) * float((color >> IM_COL32_A_SHIFT) & 0xFF);
  return (color & ~IM_COL32_A_MASK) | (ImU32(a + 0.5f) << IM_COL32_A_SHIFT);
}

ImU32 mix(ImU32 a, ImU32 b, float t) {
  t = std::clamp(t, 0.0f, 1.0f);
  ImU32 out = 0;
  for (int shift : {IM_COL32_R_SHIFT, IM_COL32_G_SHIFT, IM_COL32_B_SHIFT, IM_COL32_A_SHIFT}) {
    const float ca = float((a >> shift) & 0xFF), cb = float((b >> shift) & 0xFF);
    out |= ImU32(ca + (cb - ca) * t + 0.5f) << shift;
  }
  return out;
}

float luminance(ImU32 c) {
  return 0.2126f * linearize(channel(c, IM_COL32_R_SHIFT)) + 0.7152f * linearize(channel(c, IM_COL32_G_SHIFT)) +
         0.0722f * linearize(channel(c, IM_COL32_B_SHIFT));
}

ImU32 text_color_on(ImU32 background) { return luminance(background) > 0.3f ? chart_colors::Text : kWhite; }

ImU32 sequential_color(double t) {
  // ColorBrewer Blues without its near-white first class, so the lowest cells stay visible on white.
  static constexpr ImU32 kStops[] = {IM_COL32(222, 235, 247, 255), IM_COL32(198, 219, 239, 255),
                                     IM_COL32(158, 202, 225, 255), IM_COL32(107, 174, 214, 255),
                                     IM_COL32(66, 146, 198, 255),  IM_COL32(33, 113, 181, 255),
                                     IM_COL32(8, 81, 156, 255),    IM_COL32(8, 48, 107, 255)};
  constexpr int kN = int(sizeof kStops / sizeof kStops[0]);
  if (!std::isfinite(t)) return chart_colors::Missing;
  const double x = std::clamp(t, 0.0, 1.0) * (kN - 1);
  const int i = std::min(int(x), kN - 2);
  return mix(kStops[i], kStops[i + 1], float(x - i));
}

// ---- Ticks and scales --------------------------------------------------------------------------

double nice_step(double raw) {
  if (!(raw > 0) || !std::isfinite(raw)) return 1.0;
  const double exponent = std::floor(std::log10(raw));
  const double base = std::pow(10.0, exponent);
  const double f = std::round(raw / base * 1e9) / 1e9;  // 0.3 / 0.1 is 2.9999999999999996
  const double nf = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
  return nf * base;
}

Ticks nice_ticks(double lo, double hi, int target) {
  constexpr double kLimit = 1e300;
  if (!std::isfinite(lo)) lo = 0;
  if (!std::isfinite(hi)) hi = lo;
  lo = std::clamp(lo, -kLimit, kLimit);
  hi = std::clamp(hi, -kLimit, kLimit);
  if (lo > hi) std::swap(lo, hi);
  if (hi - lo <= std::max(std::fabs(lo), std::fabs(hi)) * 1e-12) {
    if (lo == 0 && hi == 0) {
      hi = 1;
    } else {
      const double d = std::max(std::fabs(lo), std::fabs(hi)) * 0.1;
      lo -= d;
      hi += d;
    }
  }
  target = std::max(2, target);
  Ticks t;
  t.step = nice_step((hi - lo) / (target - 1));
  if (!std::isfinite(t.step) || t.step <= 0) t.step = 1;
  const double k0 = std::floor(lo / t.step + 1e-9);
  const double k1 = std::ceil(hi / t.step - 1e-9);
  const int count = int(std::clamp(k1 - k0, 1.0, 1000.0));
  t.lo = k0 * t.step;
  t.hi = (k0 + count) * t.step;
  t.values.reserve(size_t(count) + 1);
  for (int i = 0; i <= count; ++i) {
    double v = (k0 + i) * t.step;
    if (std::fabs(v) < t.step * 1e-9) v = 0;
    t.values.push_back(v);
  }
  return t;
}

int tick_target(float pixels, float min_spacing_px) {
  if (!(min_spacing_px > 0)) return 5;
  return std::clamp(int(pixels / min_spacing_px), 2, 10);
}

float Scale::px(double v) const {
  if (v1 == v0 || !std::isfinite(v1 - v0)) return (p0 + p1) * 0.5f;
  const double t = (v - v0) / (v1 - v0);
  return float(double(p0) + t * double(p1 - p0));
}

double Scale::value(float p) const {
  if (p1 == p0) return v0;
  return v0 + double(p - p0) / double(p1 - p0) * (v1 - v0);
}

// ---- Text --------------------------------------------------------------------------------------

std::string format_number(double v) {
  if (!std::isfinite(v)) return "\xE2\x80\x94";  // em dash
  const double a = std::fabs(v);
  int decimals = 0;
  if (a >= 1000) {
    decimals = 0;
  } else if (a >= 1) {
    decimals = 2;
  } else if (a > 0) {
    decimals = std::min(8, 2 - int(std::floor(std::log10(a))));
  }
  return group_thousands(fixed(v, decimals));
}

std::string format_tick(double v, double step) {
  if (!std::isfinite(v)) return "\xE2\x80\x94";
  int decimals = 0;
  if (step > 0 && step < 1) decimals = std::clamp(int(std::ceil(-std::log10(step) - 1e-9)), 0, 12);
  if (step > 0 && std::fabs(v) < step * 1e-9) v = 0;
  return group_thousands(fixed(v, decimals));
}

std::string format_with(const Format& f, double v) { return f ? f(v) : format_number(v); }

std::string format_tick_with(const Format& f, double v, double step) { return f ? f(v) : format_tick(v, step); }

void set_no_data_text(std::string text) { no_data_storage() = std::move(text); }

const std::string& no_data_text() { return no_data_storage(); }

float text_width(std::string_view s, float size) {
  if (s.empty()) return 0;
  return ImGui::GetFont()->CalcTextSizeA(size, FLT_MAX, 0.0f, s.data(), s.data() + s.size()).x;
}

std::string fit_text(std::string_view s, float max_width, float size) {
  if (text_width(s, size) <= max_width) return std::string(s);
  const std::string e = ellipsis_text();
  const float ew = text_width(e, size);
  if (ew > max_width) return {};
  const char* remaining = s.data();
  ImGui::GetFont()->CalcTextSizeA(size, max_width - ew, 0.0f, s.data(), s.data() + s.size(), &remaining);
  return std::string(s.data(), remaining) + e;
}

// ---- Pixels ------------------------------------------------------------------------------------

float device_stroke(float css) {
  const float s = framebuffer_scale();
  if (!(css > 0) || !std::isfinite(css)) return 1.0f / s;
  return std::max(1.0f, std::round(css * s)) / s;
}

float data_line_width(float font_size) {
  const float s = framebuffer_scale();
  const float floor = std::ceil(kMinDataLineWidth * s - 1e-4f) / s;  // whole device pixels, >= 2 CSS px
  return std::max(floor, device_stroke(2.0f * font_size / kStrokeBaseFontSize));
}

float snap_line(float v, float thickness) {
  const float s = framebuffer_scale();
  const float device = std::max(1.0f, std::round(thickness * s));
  if (int(device) % 2 == 1) return (std::floor(v * s) + 0.5f) / s;
  return std::round(v * s) / s;
}

float snap_edge(float v) {
  const float s = framebuffer_scale();
  return std::round(v * s) / s;
}

ImRect snap_rect(const ImRect& r) {
  return ImRect(ImVec2(snap_edge(r.Min.x), snap_edge(r.Min.y)), ImVec2(snap_edge(r.Max.x), snap_edge(r.Max.y)));
}

// ---- Canvas ------------------------------------------------------------------------------------

Canvas::Canvas(const char* id, ImVec2 size, float default_height_em) : id_(id ? id : "chart") {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  font_size_ = ImGui::GetFontSize();
  small_size_ = std::round(font_size_ * 0.875f);
  if (window->SkipItems) return;
  gid_ = window->GetID(id_.c_str());
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const ImVec2 sz(size.x > 0 ? size.x : std::max(avail.x, font_size_ * 6.0f),
                  size.y > 0 ? size.y : font_size_ * default_height_em);
  const ImVec2 pos = window->DC.CursorPos;
  rect_ = ImRect(pos, pos + sz);
  ImGui::ItemSize(sz);
  if (!ImGui::ItemAdd(rect_, gid_)) return;
  visible_ = true;
  dl_ = window->DrawList;
  bool held = false;
  released_ = ImGui::ButtonBehavior(rect_, gid_, &hovered_, &held, ImGuiButtonFlags_PressedOnClickRelease);
  pressed_ = hovered_ && ImGui::IsMouseClicked(ImGuiMouseButton_Left);
  if (released_) {
    // A drag (scrolling the page with a finger) is not a tap.
    const float limit = ImGui::GetIO().MouseDragThreshold * 2.0f;
    if (ImGui::GetIO().MouseDragMaxDistanceSqr[0] > limit * limit) released_ = false;
  }
  mouse_ = ImGui::GetIO().MousePos;
  dl_->PushClipRect(rect_.Min, rect_.Max, true);
  tag_rect(id_, rect_.Min, rect_.Max);
}

Canvas::~Canvas() {
  if (!interacted_ && visible_) interact(-1);
  if (visible_) dl_->PopClipRect();
}

int Canvas::interact(int element) {
  if (!visible_) return -1;
  interacted_ = true;
  if (!hovered_) element = -1;
  ImGuiStorage* storage = ImGui::GetStateStorage();
  const ImGuiID press_key = ImHashStr("press", 0, gid_);
  const ImGuiID focus_key = ImHashStr("focus", 0, gid_);
  if (pressed_) storage->SetInt(press_key, element);
  int clicked = -1;
  if (released_) {
    if (element >= 0 && storage->GetInt(press_key, -1) == element) {
      clicked = element;
      storage->SetInt(focus_key, element);
    } else if (element < 0) {
      storage->SetInt(focus_key, -1);  // a tap on nothing hides the value label
    }
    storage->SetInt(press_key, -1);
  }
  shown_ = element >= 0 ? element : storage->GetInt(focus_key, -1);
  return clicked;
}

void Canvas::text(ImVec2 pos, std::string_view s, ImU32 color, float size) const {
  if (!dl_ || s.empty()) return;
  dl_->AddText(ImGui::GetFont(), size > 0 ? size : font_size_, ImVec2(std::round(pos.x), std::round(pos.y)), color,
               s.data(), s.data() + s.size());
}

void Canvas::text_aligned(ImVec2 pos, ImVec2 align, std::string_view s, ImU32 color, float size) const {
  if (s.empty()) return;
  const float sz = size > 0 ? size : font_size_;
  const ImVec2 ts = ImGui::GetFont()->CalcTextSizeA(sz, FLT_MAX, 0.0f, s.data(), s.data() + s.size());
  text(ImVec2(pos.x - ts.x * align.x, pos.y - ts.y * align.y), s, color, sz);
}

void Canvas::hline(float y, float x0, float x1, ImU32 color, float thickness) const {
  if (!dl_) return;
  const float h = stroke(thickness);
  const float top = snap_edge(y - h * 0.5f);
  dl_->AddRectFilled(ImVec2(snap_edge(x0), top), ImVec2(snap_edge(x1), top + h), color);
}

void Canvas::vline(float x, float y0, float y1, ImU32 color, float thickness) const {
  if (!dl_) return;
  const float w = stroke(thickness);
  const float left = snap_edge(x - w * 0.5f);
  dl_->AddRectFilled(ImVec2(left, snap_edge(y0)), ImVec2(left + w, snap_edge(y1)), color);
}

void Canvas::dashed_vline(float x, float y0, float y1, ImU32 color, float thickness) const {
  if (y1 < y0) std::swap(y0, y1);
  const float dash = std::max(3.0f, font_size_ * 0.3f), gap = dash * 0.7f;
  for (float y = y0; y < y1; y += dash + gap) vline(x, y, std::min(y + dash, y1), color, thickness);
}

void Canvas::outline(const ImRect& r, ImU32 color, float thickness) const {
  if (!dl_) return;
  const float t = stroke(thickness);
  // AddRect centres its stroke on the rectangle: put it just outside the element.
  const ImRect around = snap_rect(ImRect(r.Min - ImVec2(t, t) * 0.5f, r.Max + ImVec2(t, t) * 0.5f));
  dl_->AddRect(around.Min, around.Max, color, 0, 0, t);
}

void Canvas::value_label(ImVec2 anchor, std::string_view s, ImU32 accent) const {
  if (!dl_ || s.empty()) return;
  const float size = font_size_ * 0.9f;
  const ImVec2 ts = ImGui::GetFont()->CalcTextSizeA(size, FLT_MAX, 0.0f, s.data(), s.data() + s.size());
  const float pad = std::round(font_size_ * 0.35f);
  const ImVec2 box(ts.x + pad * 2, ts.y + pad * 1.4f);
  const float gap = font_size_ * 0.4f;
  ImVec2 min(anchor.x - box.x * 0.5f, anchor.y - gap - box.y);
  if (min.y < rect_.Min.y) min.y = anchor.y + gap;
  min.x = std::clamp(min.x, rect_.Min.x, std::max(rect_.Min.x, rect_.Max.x - box.x));
  min.y = std::clamp(min.y, rect_.Min.y, std::max(rect_.Min.y, rect_.Max.y - box.y));
  const ImRect r = snap_rect(ImRect(min, min + box));
  const float rounding = font_size_ * 0.25f;
  const ImVec2 shadow(stroke(1.0f), stroke(2.0f));
  dl_->AddRectFilled(r.Min + shadow, r.Max + shadow, IM_COL32(15, 23, 42, 40), rounding);
  dl_->AddRectFilled(r.Min, r.Max, chart_colors::LabelBackground, rounding);
  dl_->AddRect(r.Min, r.Max, accent, rounding, 0, stroke(1.5f));
  text(ImVec2(r.Min.x + pad, r.Min.y + pad * 0.7f), s, chart_colors::Text, size);
  tag_rect(id_ + ".label", r.Min, r.Max);
}

void Canvas::no_data(const char* message) const {
  if (!dl_) return;
  const ImRect r(rect_.Min + ImVec2(1, 1), rect_.Max - ImVec2(1, 1));
  dl_->AddRect(snap_rect(r).Min, snap_rect(r).Max, chart_colors::Grid, font_size_ * 0.3f, 0, stroke(1.0f));
  const std::string s = fit_text(message ? message : no_data_text().c_str(), r.GetWidth() - font_size_, font_size_);
  text_aligned(r.GetCenter(), ImVec2(0.5f, 0.5f), s, chart_colors::TextMuted);
  tag_rect(id_ + ".empty", rect_.Min, rect_.Max);
}

void Canvas::tag(std::string_view kind, int index, const ImRect& r, int series) const {
  std::string name = id_;
  name += '.';
  name += kind;
  name += '.';
  name += std::to_string(index);
  if (series >= 0) {
    name += '.';
    name += std::to_string(series);
  }
  tag_rect(name, r.Min, r.Max);
}

void Canvas::tag_part(std::string_view part, const ImRect& r) const {
  std::string name = id_;
  name += '.';
  name += part;
  tag_rect(name, r.Min, r.Max);
}

// ---- Axes and legend ---------------------------------------------------------------------------

void draw_value_axis(const Canvas& c, const ImRect& plot, const Ticks& ticks, const Scale& scale, bool vertical,
                     const Format& format) {
  const float ss = c.small_size();
  for (double v : ticks.values) {
    const std::string label = format_tick_with(format, v, ticks.step);
    const float p = scale.px(v);
    if (vertical) {
      if (p < plot.Min.y - 0.5f || p > plot.Max.y + 0.5f) continue;
      c.hline(p, plot.Min.x, plot.Max.x, chart_colors::Grid);
      c.text_aligned(ImVec2(plot.Min.x - ss * 0.4f, p), ImVec2(1.0f, 0.5f), label, chart_colors::TextMuted, ss);
    } else {
      if (p < plot.Min.x - 0.5f || p > plot.Max.x + 0.5f) continue;
      c.vline(p, plot.Min.y, plot.Max.y, chart_colors::Grid);
      c.text_aligned(ImVec2(p, plot.Max.y + ss * 0.25f), ImVec2(0.5f, 0.0f), label, chart_colors::TextMuted, ss);
    }
  }
}

float tick_label_width(const Ticks& ticks, const Format& format, float size) {
  float w = 0;
  for (double v : ticks.values) w = std::max(w, text_width(format_tick_with(format, v, ticks.step), size));
  return w;
}

float draw_legend(const Canvas& c, const ImRect& inner, const std::vector<std::string>& labels,
                  const std::vector<ImU32>& colors) {
  const ImVec2 pos = inner.Min;
  const float max_width = inner.GetWidth();
  const float ss = c.small_size();
  const float swatch = std::round(ss * 0.75f), line_h = ss * 1.5f;
  float x = pos.x, y = pos.y;
  for (size_t i = 0; i < labels.size(); ++i) {
    const float w = swatch + ss * 0.35f + text_width(labels[i], ss);
    if (x > pos.x && x + w > pos.x + max_width) {
      x = pos.x;
      y += line_h;
    }
    const ImU32 col = i < colors.size() ? colors[i] : series_color(int(i));
    const float sy = y + (line_h - swatch) * 0.5f;
    if (c.draw_list()) {
      c.draw_list()->AddRectFilled(ImVec2(snap_edge(x), snap_edge(sy)), ImVec2(snap_edge(x + swatch), snap_edge(sy + swatch)),
                                   col, swatch * 0.2f);
    }
    c.text_aligned(ImVec2(x + swatch + ss * 0.35f, y + line_h * 0.5f), ImVec2(0, 0.5f), labels[i], chart_colors::Text, ss);
    x += w + ss * 1.2f;
  }
  return labels.empty() ? 0.0f : y - pos.y + line_h + ss * 0.25f;
}

}  // namespace fieldbook::shell::charts
