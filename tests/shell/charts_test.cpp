// The chart family over a headless ImGui context: ticks, scales, colours, clicks and taps, empty and
// non-finite data, the scatter plot's bounded draw list, and strokes and hit areas that grow with
// the UI scale in whole device pixels.
#include <gtest/gtest.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "widgets/test_ids.h"
#include "platform/headless/headless_context.h"
#include "widgets/charts/charts.h"

using namespace fieldbook::shell;
using namespace fieldbook::shell::charts;

namespace {

ImVec2 center(const Rect& r) { return ImVec2(r.x + r.w / 2, r.y + r.h / 2); }

Rect rect_of(const std::string& id) {
  auto r = item_rect(id);
  EXPECT_TRUE(r.has_value()) << id << " was not drawn";
  return r.value_or(Rect{-1, -1, 0, 0});
}

// A full-screen window that draws `body` each frame, with the test-id frame around it.
struct ChartFixture : ::testing::Test {
  HeadlessContext imgui{ImVec2(1000, 700)};
  std::function<void()> body = [] {};
  int vertices = 0;  // added to the window's draw list by `body` in the last frame
  std::function<void()> build = [this] {
    begin_test_frame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::Begin("charts", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    const int before = ImGui::GetWindowDrawList()->VtxBuffer.Size;
    body();
    vertices = ImGui::GetWindowDrawList()->VtxBuffer.Size - before;
    ImGui::End();
    end_test_frame();
  };
};

BarChart four_bars() {
  BarChart spec;
  spec.categories = {"冠军客户", "忠诚客户", "潜力客户", "流失客户"};
  spec.series = {BarSeries{"", {120, 80, 45, 10}}};
  return spec;
}

float luminance_at(double t) { return luminance(sequential_color(t)); }

}  // namespace

// ---- Ticks, scales, formatting, colours ------------------------------------------------------

TEST(ChartTicks, NiceStepsAreOneTwoFiveTimesAPowerOfTen) {
  EXPECT_DOUBLE_EQ(nice_step(24.25), 20);
  EXPECT_DOUBLE_EQ(nice_step(0.3), 0.5);
  EXPECT_DOUBLE_EQ(nice_step(1.2), 1);
  EXPECT_DOUBLE_EQ(nice_step(7500), 10000);
  EXPECT_DOUBLE_EQ(nice_step(0), 1);
  EXPECT_DOUBLE_EQ(nice_step(NAN), 1);
}

TEST(ChartTicks, ZeroToNinetySevenGivesTwentyStepsToOneHundred) {
  const Ticks t = nice_ticks(0, 97, 5);
  EXPECT_DOUBLE_EQ(t.step, 20);
  EXPECT_EQ(t.values, (std::vector<double>{0, 20, 40, 60, 80, 100}));
  EXPECT_DOUBLE_EQ(t.lo, 0);
  EXPECT_DOUBLE_EQ(t.hi, 100);
}

TEST(ChartTicks, NegativeRangesHaveAnExactZeroTick) {
  const Ticks t = nice_ticks(-35, 80, 5);
  EXPECT_DOUBLE_EQ(t.lo, -40);
  EXPECT_DOUBLE_EQ(t.hi, 80);
  EXPECT_NE(std::find(t.values.begin(), t.values.end(), 0.0), t.values.end());
  const Ticks small = nice_ticks(0, 1, 6);
  EXPECT_DOUBLE_EQ(small.step, 0.2);
  EXPECT_EQ(small.values.size(), 6u);
  EXPECT_EQ(format_tick(small.values[3], small.step), "0.6");
}

TEST(ChartTicks, DegenerateAndNonFiniteRangesStillHaveTicks) {
  for (auto [lo, hi] : {std::pair{5.0, 5.0}, std::pair{0.0, 0.0}, std::pair{-3.0, -3.0}, std::pair{double(NAN), 1.0},
                        std::pair{double(INFINITY), double(-INFINITY)}, std::pair{-1e300, 1e300},
                        std::pair{1e15, 1e15 + 1}}) {
    const Ticks t = nice_ticks(lo, hi, 5);
    EXPECT_GE(t.values.size(), 2u) << lo << ".." << hi;
    EXPECT_LE(t.values.size(), 1001u);
    EXPECT_LT(t.lo, t.hi);
    if (std::isfinite(lo) && std::isfinite(hi)) {
      EXPECT_LE(t.lo, std::min(lo, hi));
      EXPECT_GE(t.hi, std::max(lo, hi));
    }
  }
  // A single value sits inside its axis.
  EXPECT_LT(nice_ticks(5, 5, 5).lo, 5);
  EXPECT_GT(nice_ticks(5, 5, 5).hi, 5);
  EXPECT_LT(nice_ticks(-0.05, -0.05, 5).lo, -0.05);
  EXPECT_GT(nice_ticks(-0.05, -0.05, 5).hi, -0.05);
}

TEST(ChartScale, MapsValuesToPixelsAndBack) {
  const Scale y{0, 100, 300, 100};  // y grows upward
  EXPECT_FLOAT_EQ(y.px(0), 300);
  EXPECT_FLOAT_EQ(y.px(100), 100);
  EXPECT_FLOAT_EQ(y.px(25), 250);
  EXPECT_FLOAT_EQ(y.px(-50), 400);
  EXPECT_DOUBLE_EQ(y.value(200), 50);
  const Scale flat{7, 7, 10, 50};
  EXPECT_FLOAT_EQ(flat.px(7), 30);
  EXPECT_FLOAT_EQ(flat.px(NAN), 30);
}

TEST(ChartFormat, NumbersAreGroupedAndTrimmed) {
  EXPECT_EQ(format_number(1234567.4), "1,234,567");
  EXPECT_EQ(format_number(-1234.4), "-1,234");
  EXPECT_EQ(format_number(12.5), "12.5");
  EXPECT_EQ(format_number(0.25), "0.25");
  EXPECT_EQ(format_number(0), "0");
  EXPECT_EQ(format_number(-0.0), "0");
  EXPECT_EQ(format_number(NAN), "\xE2\x80\x94");
  EXPECT_EQ(format_tick(12000, 2000), "12,000");
  EXPECT_EQ(format_tick(-2.0000000001e-17, 0.5), "0");
  EXPECT_EQ(format_tick(0.05, 0.05), "0.05");
  EXPECT_EQ(format_with([](double v) { return "¥" + format_number(v / 10000) + "万"; }, 12000), "¥1.2万");
  EXPECT_EQ(format_percent(0.42), "42%");
  EXPECT_EQ(format_percent(0.075), "7.5%");
  EXPECT_EQ(format_percent(NAN), "\xE2\x80\x94");
}

TEST(ChartColors, SequentialScaleDarkensMonotonically) {
  // Strictly darker at every visible step; never lighter at a fine one (8-bit colours round).
  float previous = luminance_at(0);
  for (int i = 1; i <= 50; ++i) {
    const float l = luminance_at(i / 50.0);
    EXPECT_LT(l, previous) << "t = " << i / 50.0;
    previous = l;
  }
  previous = luminance_at(0);
  for (int i = 1; i <= 1000; ++i) {
    const float l = luminance_at(i / 1000.0);
    EXPECT_LE(l, previous) << "t = " << i / 1000.0;
    previous = l;
  }
  EXPECT_GT(luminance_at(0) - luminance_at(1), 0.6f);
  EXPECT_EQ(sequential_color(-1), sequential_color(0));
  EXPECT_EQ(sequential_color(2), sequential_color(1));
  EXPECT_EQ(sequential_color(NAN), chart_colors::Missing);
  // Heat positions follow the values.
  EXPECT_DOUBLE_EQ(heat_position(5, 0, 10), 0.5);
  EXPECT_DOUBLE_EQ(heat_position(3, 3, 3), 0.5);
  EXPECT_TRUE(std::isnan(heat_position(NAN, 0, 1)));
  double last = -1;
  for (double v = -10; v <= 110; v += 5) {
    const double t = heat_position(v, 0, 100);
    EXPECT_GE(t, last);
    last = t;
  }
}

TEST(ChartColors, PaletteIsDistinctAndTextReads) {
  for (int i = 0; i < palette::kCount; ++i)
    for (int j = i + 1; j < palette::kCount; ++j) EXPECT_NE(series_color(i), series_color(j));
  EXPECT_EQ(series_color(palette::kCount), series_color(0));
  EXPECT_EQ(series_color(-1), series_color(palette::kCount - 1));
  EXPECT_EQ(text_color_on(sequential_color(0)), chart_colors::Text);
  EXPECT_EQ(text_color_on(sequential_color(1)), IM_COL32(255, 255, 255, 255));
  EXPECT_EQ(with_alpha(IM_COL32(10, 20, 30, 255), 0.0f), IM_COL32(10, 20, 30, 0));
}

TEST(ChartPixels, LinesSnapToDevicePixels) {
  HeadlessContext one(ImVec2(100, 100), 1.0f);
  EXPECT_FLOAT_EQ(snap_line(10.3f, 1.0f), 10.5f);  // 1 device px: its centre
  EXPECT_FLOAT_EQ(snap_line(10.7f, 2.0f), 11.0f);  // 2 device px: a boundary
  EXPECT_FLOAT_EQ(snap_edge(10.3f), 10.0f);
  HeadlessContext two(ImVec2(100, 100), 2.0f);
  EXPECT_FLOAT_EQ(snap_line(10.3f, 1.0f), 10.5f);   // 2 device px
  EXPECT_FLOAT_EQ(snap_line(10.3f, 0.5f), 10.25f);  // 1 device px
  EXPECT_FLOAT_EQ(snap_edge(10.3f), 10.5f);
}

TEST_F(ChartFixture, LabelsAreCutToFitWithAnEllipsis) {
  std::string fitted;
  body = [&] { fitted = fit_text("a rather long category label", 60, ImGui::GetFontSize()); };
  imgui.frames(build);
  EXPECT_FALSE(fitted.empty());
  EXPECT_LT(fitted.size(), std::string("a rather long category label").size());
  body = [&] {
    EXPECT_LE(text_width(fitted, ImGui::GetFontSize()), 60.0f);
    EXPECT_EQ(fit_text("short", 500, ImGui::GetFontSize()), "short");
    EXPECT_EQ(fit_text("anything", 1, ImGui::GetFontSize()), "");
  };
  imgui.frames(build);
}

// ---- Bars ----------------------------------------------------------------------------------------

TEST_F(ChartFixture, BarsAreTaggedAndAClickReturnsTheIndexOnce) {
  const BarChart spec = four_bars();
  std::vector<int> clicks;
  body = [&] {
    const int r = bars("t.bars", spec, ImVec2(600, 300));
    if (r >= 0) clicks.push_back(r);
  };
  imgui.frames(build);
  const Rect chart = rect_of("t.bars");
  EXPECT_FLOAT_EQ(chart.w, 600);
  EXPECT_FLOAT_EQ(chart.h, 300);
  for (int i = 0; i < 4; ++i) {
    const Rect b = rect_of("t.bars.bar." + std::to_string(i));
    EXPECT_GE(b.x, chart.x);
    EXPECT_LE(b.x + b.w, chart.x + chart.w);
  }
  // Taller bars for larger values, left to right in the given order.
  EXPECT_GT(rect_of("t.bars.bar.0").h, rect_of("t.bars.bar.1").h);
  EXPECT_LT(rect_of("t.bars.bar.0").x, rect_of("t.bars.bar.1").x);
  imgui.mouse_click(center(rect_of("t.bars.bar.2")), build);
  EXPECT_EQ(clicks, std::vector<int>{2});
  // The clicked bar keeps its value label.
  EXPECT_TRUE(item_rect("t.bars.label").has_value());
}

TEST_F(ChartFixture, BarsReturnTheIndexOnATapAndShowItsValueWithoutHover) {
  const BarChart spec = four_bars();
  std::vector<int> clicks;
  body = [&] {
    const int r = bars("t.bars", spec, ImVec2(600, 300));
    if (r >= 0) clicks.push_back(r);
  };
  imgui.frames(build);
  EXPECT_FALSE(item_rect("t.bars.label").has_value());
  imgui.tap(center(rect_of("t.bars.bar.1")), build);
  EXPECT_EQ(clicks, std::vector<int>{1});
  EXPECT_FALSE(ImGui::IsAnyItemHovered());
  // Nothing is hovered after the finger lifts, yet the tapped bar shows its value.
  const auto label = item_rect("t.bars.label");
  ASSERT_TRUE(label.has_value());
  EXPECT_NEAR(label->x + label->w / 2, center(rect_of("t.bars.bar.1")).x, label->w);
  // A tap on the short bar's band (above the bar) still hits it.
  const Rect short_bar = rect_of("t.bars.bar.3");
  imgui.tap(ImVec2(short_bar.x + short_bar.w / 2, short_bar.y - 40), build);
  EXPECT_EQ(clicks, (std::vector<int>{1, 3}));
}

TEST_F(ChartFixture, ADragAcrossBarsIsNotATap) {
  const BarChart spec = four_bars();
  std::vector<int> clicks;
  body = [&] {
    const int r = bars("t.bars", spec, ImVec2(600, 300));
    if (r >= 0) clicks.push_back(r);
  };
  imgui.frames(build);
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  const ImVec2 a = center(rect_of("t.bars.bar.0")), b = center(rect_of("t.bars.bar.1"));
  io.AddMousePosEvent(a.x, a.y);
  io.AddMouseButtonEvent(0, true);
  imgui.frames(build);
  io.AddMousePosEvent(b.x, b.y);
  imgui.frames(build);
  io.AddMouseButtonEvent(0, false);
  io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
  imgui.frames(build);
  EXPECT_TRUE(clicks.empty());
}

TEST_F(ChartFixture, HorizontalAndGroupedBarsReportCategoryAndSeries) {
  BarChart spec;
  spec.categories = {"Base", "Target", "Stretch"};
  spec.series = {BarSeries{"2024", {10, 20, 30}}, BarSeries{"2025", {15, 25, 35}}};
  spec.horizontal = true;
  ChartHit last;
  std::vector<int> clicks;
  body = [&] {
    ChartHit h;
    const int r = bars("t.grouped", spec, ImVec2(600, 300), &h);
    if (r >= 0) {
      clicks.push_back(r);
      last = h;
    }
  };
  imgui.frames(build);
  // Categories run top to bottom; each series has its own tagged bar.
  EXPECT_LT(rect_of("t.grouped.bar.0").y, rect_of("t.grouped.bar.1").y);
  EXPECT_GT(rect_of("t.grouped.bar.2.1").w, rect_of("t.grouped.bar.2.0").w);
  imgui.tap(center(rect_of("t.grouped.bar.1.1")), build);
  EXPECT_EQ(clicks, std::vector<int>{1});
  EXPECT_EQ(last.clicked, 1);
  EXPECT_EQ(last.clicked_series, 1);
  imgui.mouse_click(center(rect_of("t.grouped.bar.2.0")), build);
  EXPECT_EQ(clicks, (std::vector<int>{1, 2}));
  EXPECT_EQ(last.clicked_series, 0);
}

TEST_F(ChartFixture, NegativeBarsHangFromTheZeroLine) {
  BarChart spec;
  spec.categories = {"Cost", "Benefit", "Net"};
  spec.series = {BarSeries{"", {-50, 100, 50}}};
  spec.sign_colors = true;
  body = [&] { bars("t.neg", spec, ImVec2(600, 400)); };
  imgui.frames(build);
  const Rect cost = rect_of("t.neg.bar.0"), benefit = rect_of("t.neg.bar.1"), net = rect_of("t.neg.bar.2");
  const float zero = benefit.y + benefit.h;
  EXPECT_NEAR(cost.y, zero, 1.0f);  // the negative bar starts at zero and goes down
  EXPECT_NEAR(net.y + net.h, zero, 1.0f);
  EXPECT_NEAR(cost.h, benefit.h / 2, 1.5f);
  EXPECT_NEAR(net.h, benefit.h / 2, 1.5f);
  const Rect plot = rect_of("t.neg.plot");
  EXPECT_GT(zero, plot.y);
  EXPECT_LT(zero, plot.y + plot.h);
  EXPECT_LE(cost.y + cost.h, plot.y + plot.h + 0.5f);
}

TEST_F(ChartFixture, EmptyNonFiniteAndEqualBarsDrawSafely) {
  BarChart empty;
  BarChart nans;
  nans.categories = {"a", "b"};
  nans.series = {BarSeries{"", {NAN, INFINITY}}};
  BarChart equal;
  equal.categories = {"a", "b", "c"};
  equal.series = {BarSeries{"", {5, 5, 5}}};
  BarChart mixed;
  mixed.categories = {"a", "b", "c"};
  mixed.series = {BarSeries{"", {NAN, 3, -INFINITY}}};
  BarChart zeros;
  zeros.series = {BarSeries{"", {0, 0}}};
  body = [&] {
    bars("t.empty", empty, ImVec2(300, 200));
    ImGui::SameLine();
    bars("t.nans", nans, ImVec2(300, 200));
    ImGui::SameLine();
    bars("t.equal", equal, ImVec2(300, 200));
    bars("t.mixed", mixed, ImVec2(300, 200));
    ImGui::SameLine();
    bars("t.zeros", zeros, ImVec2(300, 200));
  };
  imgui.frames(build);
  EXPECT_TRUE(item_rect("t.empty.empty").has_value());
  EXPECT_TRUE(item_rect("t.nans.empty").has_value());
  EXPECT_FALSE(item_rect("t.equal.empty").has_value());
  EXPECT_FLOAT_EQ(rect_of("t.equal.bar.0").h, rect_of("t.equal.bar.2").h);
  EXPECT_GT(rect_of("t.equal.bar.0").h, 10.0f);
  EXPECT_FALSE(item_rect("t.mixed.empty").has_value());
  EXPECT_TRUE(item_rect("t.mixed.bar.1").has_value());
  EXPECT_FALSE(item_rect("t.zeros.empty").has_value());
  // Tapping a missing value shows "—" and does not crash.
  imgui.tap(center(rect_of("t.mixed.bar.0")), build);
  EXPECT_TRUE(item_rect("t.mixed.label").has_value());
}

TEST_F(ChartFixture, DefaultSizeTakesTheAvailableWidth) {
  const BarChart spec = four_bars();
  body = [&] { bars("t.auto", spec); };
  imgui.frames(build);
  const Rect r = rect_of("t.auto");
  EXPECT_GT(r.w, 900);
  EXPECT_NEAR(r.h, ImGui::GetFontSize() * 14, 1.0f);
}

// ---- Line ----------------------------------------------------------------------------------------

TEST_F(ChartFixture, LineMarksPaybackAndPutsZeroBetweenTheExtremes) {
  constexpr ImU32 kSeries = IM_COL32(1, 2, 3, 255);
  LineChart spec;
  spec.x_labels = {"Y0", "Y1", "Y2", "Y3"};
  spec.series = {LineSeries{"Cumulative", {-100, -20, 40, 100}, kSeries}};
  spec.markers = {VerticalMarker{1.33, "Payback 1.3", palette::Vermillion}};
  std::vector<int> clicks;
  body = [&] {
    const int r = line("t.line", spec, ImVec2(600, 300));
    if (r >= 0) clicks.push_back(r);
  };
  imgui.frames(build);
  // The marker's label sits between the points it falls between.
  const Rect marker = rect_of("t.line.marker.0");
  const float mx = marker.x + marker.w / 2;
  EXPECT_GT(mx, center(rect_of("t.line.point.1")).x);
  EXPECT_LT(mx, center(rect_of("t.line.point.2")).x);
  // Zero lies midway between the -100 and +100 points: look at the draw list.
  float lo = FLT_MAX, hi = -FLT_MAX, zlo = FLT_MAX, zhi = -FLT_MAX;
  const ImDrawList* dl = nullptr;
  for (ImDrawList* l : ImGui::GetDrawData()->CmdLists)
    if (l->VtxBuffer.Size > 100) dl = l;
  ASSERT_NE(dl, nullptr);
  for (const ImDrawVert& v : dl->VtxBuffer) {
    if (v.col == kSeries) {
      lo = std::min(lo, v.pos.y);
      hi = std::max(hi, v.pos.y);
    } else if (v.col == chart_colors::Zero) {
      zlo = std::min(zlo, v.pos.y);
      zhi = std::max(zhi, v.pos.y);
    }
  }
  ASSERT_LT(lo, hi);
  ASSERT_LE(zhi - zlo, 3.0f);  // one horizontal line
  EXPECT_NEAR((zlo + zhi) / 2, (lo + hi) / 2, 1.5f);
  // A tap near an x selects it.
  imgui.tap(center(rect_of("t.line.point.2")), build);
  EXPECT_EQ(clicks, std::vector<int>{2});
  EXPECT_TRUE(item_rect("t.line.label").has_value());
}

TEST_F(ChartFixture, LinesWithGapsFillsAndNoDataDrawSafely) {
  LineChart several;
  several.x = {2020, 2021, 2022, 2023, 2024};
  several.series = {LineSeries{"A", {1, NAN, 3, -2, 5}, 0, true, true},
                    LineSeries{"B", {INFINITY, 2, 2, 2}, 0, false, true}};
  LineChart empty;
  LineChart all_nan;
  all_nan.series = {LineSeries{"A", {NAN, NAN}}};
  LineChart one;
  one.series = {LineSeries{"A", {42}}};
  body = [&] {
    line("t.several", several, ImVec2(450, 250));
    ImGui::SameLine();
    line("t.emptyline", empty, ImVec2(450, 250));
    line("t.nanline", all_nan, ImVec2(450, 250));
    ImGui::SameLine();
    line("t.one", one, ImVec2(450, 250));
  };
  imgui.frames(build);
  EXPECT_FALSE(item_rect("t.several.empty").has_value());
  EXPECT_TRUE(item_rect("t.emptyline.empty").has_value());
  EXPECT_TRUE(item_rect("t.nanline.empty").has_value());
  EXPECT_FALSE(item_rect("t.one.empty").has_value());
  imgui.mouse_click(center(rect_of("t.several.point.1")), build);
  imgui.tap(center(rect_of("t.one.point.0")), build);
  EXPECT_TRUE(item_rect("t.one.label").has_value());
}

// ---- Tornado -------------------------------------------------------------------------------------

TEST_F(ChartFixture, TornadoKeepsTheGivenOrderAndSplitsAtTheBase) {
  TornadoChart spec;
  spec.base = 100;
  spec.low_legend = "-20%";
  spec.high_legend = "+20%";
  // Deliberately not sorted by impact: the chart must not reorder.
  spec.rows = {TornadoRow{"Small", 95, 105}, TornadoRow{"Large", 60, 140}, TornadoRow{"Cost", 120, 80}};
  std::vector<int> clicks;
  ChartHit last;
  body = [&] {
    ChartHit h;
    const int r = tornado("t.tornado", spec, ImVec2(600, 300), &h);
    if (r >= 0) {
      clicks.push_back(r);
      last = h;
    }
  };
  imgui.frames(build);
  const Rect r0 = rect_of("t.tornado.bar.0"), r1 = rect_of("t.tornado.bar.1"), r2 = rect_of("t.tornado.bar.2");
  EXPECT_LT(r0.y, r1.y);
  EXPECT_LT(r1.y, r2.y);
  EXPECT_GT(r1.w, r0.w);
  // Symmetric rows are centred on the base line.
  EXPECT_NEAR(r0.x + r0.w / 2, r1.x + r1.w / 2, 1.0f);
  imgui.tap(ImVec2(r1.x + 3, r1.y + r1.h / 2), build);  // the left (low) end of "Large"
  EXPECT_EQ(clicks, std::vector<int>{1});
  EXPECT_EQ(last.clicked_series, 0);
  imgui.tap(ImVec2(r2.x + 3, r2.y + r2.h / 2), build);  // "Cost": its high input lowers the outcome
  EXPECT_EQ(clicks, (std::vector<int>{1, 2}));
  EXPECT_EQ(last.clicked_series, 1);

  TornadoChart empty;
  TornadoChart flat;
  flat.base = 5;
  flat.rows = {TornadoRow{"x", 5, 5}, TornadoRow{"y", NAN, INFINITY}};
  body = [&] {
    tornado("t.empty_tornado", empty, ImVec2(400, 200));
    tornado("t.flat", flat, ImVec2(400, 200));
  };
  imgui.frames(build);
  EXPECT_TRUE(item_rect("t.empty_tornado.empty").has_value());
  EXPECT_FALSE(item_rect("t.flat.empty").has_value());
}

// ---- Heatmap -------------------------------------------------------------------------------------

TEST_F(ChartFixture, HeatmapCellsAreTappableAndDarkerForLargerValues) {
  Heatmap spec;
  spec.rows = 3;
  spec.cols = 3;
  spec.values = {1, 2, 3, 4, NAN, 6, 7, 8, 9};
  spec.row_labels = {"R3", "R2", "R1"};
  spec.col_labels = {"F1", "F2", "F3"};
  spec.row_title = "R";
  spec.col_title = "F";
  std::vector<int> clicks;
  body = [&] {
    const int r = heatmap("t.heat", spec, ImVec2(500, 300));
    if (r >= 0) clicks.push_back(r);
  };
  imgui.frames(build);
  EXPECT_LT(rect_of("t.heat.cell.0").x, rect_of("t.heat.cell.1").x);
  EXPECT_LT(rect_of("t.heat.cell.1").y, rect_of("t.heat.cell.4").y);
  imgui.tap(center(rect_of("t.heat.cell.7")), build);
  imgui.mouse_click(center(rect_of("t.heat.cell.4")), build);  // the missing cell is still a cell
  EXPECT_EQ(clicks, (std::vector<int>{7, 4}));
  EXPECT_LT(luminance(sequential_color(heat_position(9, 1, 9))), luminance(sequential_color(heat_position(1, 1, 9))));

  Heatmap equal = spec;
  equal.values.assign(9, 3.0);
  Heatmap nan = spec;
  nan.values.assign(9, NAN);
  Heatmap short_values = spec;
  short_values.values = {1, 2};
  Heatmap zero;
  body = [&] {
    heatmap("t.equal_heat", equal, ImVec2(300, 150));
    heatmap("t.nan_heat", nan, ImVec2(300, 150));
    heatmap("t.short_heat", short_values, ImVec2(300, 150));
    heatmap("t.zero_heat", zero, ImVec2(300, 150));
  };
  imgui.frames(build);
  EXPECT_FALSE(item_rect("t.equal_heat.empty").has_value());
  EXPECT_TRUE(item_rect("t.nan_heat.empty").has_value());
  EXPECT_TRUE(item_rect("t.short_heat.empty").has_value());
  EXPECT_TRUE(item_rect("t.zero_heat.empty").has_value());
}

// ---- Histogram -----------------------------------------------------------------------------------

TEST(ChartHistogramBins, EqualWidthBinsCountEveryFiniteValue) {
  std::vector<double> values;
  for (int i = 0; i < 100; ++i) values.push_back(i);
  values.push_back(NAN);
  values.push_back(INFINITY);
  const Bins b = make_bins(values, 10);
  ASSERT_EQ(b.counts.size(), 10u);
  ASSERT_EQ(b.edges.size(), 11u);
  EXPECT_DOUBLE_EQ(b.edges.front(), 0);
  EXPECT_DOUBLE_EQ(b.edges.back(), 99);
  double total = 0;
  for (double c : b.counts) {
    EXPECT_EQ(c, 10);
    total += c;
  }
  EXPECT_EQ(total, 100);

  const std::vector<double> same(7, 3.0);
  const Bins one = make_bins(same, 5);
  ASSERT_EQ(one.counts.size(), 1u);
  EXPECT_EQ(one.counts[0], 7);
  EXPECT_LT(one.edges[0], 3.0);
  EXPECT_GT(one.edges[1], 3.0);
  EXPECT_TRUE(make_bins(std::vector<double>{NAN}, 5).counts.empty());
  EXPECT_TRUE(make_bins({}, 5).counts.empty());
  EXPECT_EQ(make_bins(values, 0).counts.size(), 1u);
  EXPECT_EQ(make_bins(values, 1000000).counts.size(), 1000u);
}

TEST_F(ChartFixture, HistogramFromValuesOrBinsIsTappable) {
  std::vector<double> values;
  for (int i = 0; i < 1000; ++i) values.push_back(std::sqrt(double(i)));
  Histogram from_values;
  from_values.values = values;
  from_values.bin_count = 8;
  Histogram from_bins;
  from_bins.bins = Bins{{0, 30, 90, 180, 365}, {120, 80, 40, 10}};
  std::vector<int> clicks;
  body = [&] {
    const int r = histogram("t.hist", from_values, ImVec2(500, 250));
    if (r >= 0) clicks.push_back(r);
    histogram("t.recency", from_bins, ImVec2(500, 250));
  };
  imgui.frames(build);
  for (int i = 0; i < 8; ++i) EXPECT_TRUE(item_rect("t.hist.bar." + std::to_string(i)).has_value()) << i;
  EXPECT_FALSE(item_rect("t.hist.bar.8").has_value());
  imgui.tap(center(rect_of("t.hist.bar.5")), build);
  EXPECT_EQ(clicks, std::vector<int>{5});
  // Precomputed bins of different widths keep their widths.
  EXPECT_NEAR(rect_of("t.recency.bar.1").w, 2 * rect_of("t.recency.bar.0").w, 2.0f);

  Histogram empty;
  Histogram bad;
  bad.bins = Bins{{0, 1}, {1, 2}};  // inconsistent
  Histogram equal;
  const std::vector<double> same(10, 4.0);
  equal.values = same;
  body = [&] {
    histogram("t.hist_empty", empty, ImVec2(300, 200));
    histogram("t.hist_bad", bad, ImVec2(300, 200));
    histogram("t.hist_equal", equal, ImVec2(300, 200));
  };
  imgui.frames(build);
  EXPECT_TRUE(item_rect("t.hist_empty.empty").has_value());
  EXPECT_TRUE(item_rect("t.hist_bad.empty").has_value());
  EXPECT_FALSE(item_rect("t.hist_equal.empty").has_value());
  EXPECT_TRUE(item_rect("t.hist_equal.bar.0").has_value());
}

// ---- Scatter -------------------------------------------------------------------------------------

TEST_F(ChartFixture, ScatterOfOneHundredThousandPointsKeepsTheDrawListSmall) {
  constexpr int kN = 100000;
  std::vector<double> x(kN), y(kN);
  std::vector<int> group(kN);
  uint32_t state = 12345;
  auto next = [&] {
    state = state * 1664525u + 1013904223u;
    return double(state >> 8) / double(1u << 24);
  };
  for (int i = 0; i < kN; ++i) {
    x[size_t(i)] = next() * 365;
    y[size_t(i)] = std::exp(next() * 10);  // skewed, like money
    group[size_t(i)] = i % 5;
  }
  x[7] = NAN;
  y[9] = INFINITY;
  ScatterPlot spec;
  spec.x = x;
  spec.y = y;
  spec.group = group;
  spec.group_labels = {"A", "B", "C", "D", "E"};
  spec.x_title = "R";
  spec.y_title = "M";
  int clicked = -1;
  body = [&] {
    const int r = scatter("t.scatter", spec, ImVec2(900, 600));
    if (r >= 0) clicked = r;
  };
  imgui.frames(build);
  EXPECT_GT(vertices, 1000);
  EXPECT_LT(vertices, 40000) << "binning must bound the draw list";
  // A tap lands on a real point near the finger.
  const Rect plot = rect_of("t.scatter.plot");
  imgui.tap(ImVec2(plot.x + plot.w / 2, plot.y + plot.h - 5), build);
  ASSERT_GE(clicked, 0);
  EXPECT_TRUE(std::isfinite(x[size_t(clicked)]) && std::isfinite(y[size_t(clicked)]));
  EXPECT_TRUE(item_rect("t.scatter.label").has_value());
  EXPECT_LT(vertices, 40000);
}

TEST_F(ChartFixture, ScatterTapFindsTheNearestPoint) {
  const std::vector<double> x = {0, 5, 10}, y = {0, 5, 10};
  ScatterPlot spec;
  spec.x = x;
  spec.y = y;
  std::vector<int> clicks;
  body = [&] {
    const int r = scatter("t.small", spec, ImVec2(400, 400));
    if (r >= 0) clicks.push_back(r);
  };
  imgui.frames(build);
  const Rect plot = rect_of("t.small.plot");  // the axis runs 0..10 both ways
  imgui.tap(ImVec2(plot.x + plot.w / 2 + 3, plot.y + plot.h / 2 - 2), build);
  imgui.tap(ImVec2(plot.x + plot.w - 2, plot.y + 2), build);
  imgui.tap(ImVec2(plot.x + plot.w * 0.25f, plot.y + plot.h * 0.75f), build);  // far from every point
  EXPECT_EQ(clicks, (std::vector<int>{1, 2}));

  ScatterPlot empty;
  const std::vector<double> nan = {NAN, 1}, one = {3};
  ScatterPlot bad;
  bad.x = nan;
  bad.y = std::span<const double>(nan.data(), 1);
  ScatterPlot single;
  single.x = one;
  single.y = one;
  body = [&] {
    scatter("t.scatter_empty", empty, ImVec2(300, 200));
    scatter("t.scatter_bad", bad, ImVec2(300, 200));
    scatter("t.scatter_one", single, ImVec2(300, 200));
  };
  imgui.frames(build);
  EXPECT_TRUE(item_rect("t.scatter_empty.empty").has_value());
  EXPECT_TRUE(item_rect("t.scatter_bad.empty").has_value());
  EXPECT_FALSE(item_rect("t.scatter_one.empty").has_value());
}

// ---- Funnel and progress -------------------------------------------------------------------------

TEST_F(ChartFixture, FunnelNarrowsByValueAndStagesAreTappable) {
  EXPECT_DOUBLE_EQ(conversion_rate(200, 50), 0.25);
  EXPECT_TRUE(std::isnan(conversion_rate(0, 5)));
  EXPECT_TRUE(std::isnan(conversion_rate(NAN, 5)));
  Funnel spec;
  spec.stages = {{"线索", 200}, {"商机", 80}, {"方案", 30}, {"签约", 12}};
  std::vector<int> clicks;
  body = [&] {
    const int r = funnel("t.funnel", spec, ImVec2(600, 320));
    if (r >= 0) clicks.push_back(r);
  };
  imgui.frames(build);
  const Rect s0 = rect_of("t.funnel.bar.0"), s1 = rect_of("t.funnel.bar.1");
  EXPECT_LT(s0.y, s1.y);
  EXPECT_NEAR(s1.w / s0.w, 0.4f, 0.02f);
  EXPECT_NEAR(s0.x + s0.w / 2, s1.x + s1.w / 2, 1.0f);
  imgui.tap(center(rect_of("t.funnel.bar.3")), build);
  EXPECT_EQ(clicks, std::vector<int>{3});

  Funnel zeros;
  zeros.stages = {{"a", 0}, {"b", 0}};
  Funnel gaps;
  gaps.stages = {{"a", 10}, {"b", NAN}, {"c", 3}};
  body = [&] {
    funnel("t.funnel_zero", zeros, ImVec2(300, 200));
    funnel("t.funnel_gaps", gaps, ImVec2(300, 200));
  };
  imgui.frames(build);
  EXPECT_TRUE(item_rect("t.funnel_zero.empty").has_value());
  EXPECT_FALSE(item_rect("t.funnel_gaps.empty").has_value());
}

TEST_F(ChartFixture, ProgressBarIsTaggedAndTappable) {
  ProgressBar spec;
  spec.value = 0.7;
  spec.target = 0.5;
  spec.label = "7 / 10";
  int taps = 0;
  ProgressBar unknown;
  unknown.value = NAN;
  ProgressBar over;
  over.value = 3.5;
  body = [&] {
    if (progress("t.kr", spec, ImVec2(300, 0))) ++taps;
    progress("t.unknown", unknown, ImVec2(300, 0));
    progress("t.over", over, ImVec2(300, 0));
  };
  imgui.frames(build);
  const Rect r = rect_of("t.kr");
  EXPECT_FLOAT_EQ(r.w, 300);
  EXPECT_GE(r.h, ImGui::GetFontSize());
  imgui.tap(center(r), build);
  EXPECT_EQ(taps, 1);
}

// The label never straddles the fill's end: inside the fill where it fits, else just after it (the
// projector's team table showed a small value's percentage half light, half dark).
TEST_F(ChartFixture, AProgressLabelSitsInsideTheFillOrAfterIt) {
  ProgressBar low, high, empty;
  low.value = 0.06;  // 18 px of fill: "6%" does not fit inside
  high.value = 0.7;
  empty.value = 0;
  body = [&] {
    progress("t.low", low, ImVec2(300, 0));
    progress("t.high", high, ImVec2(300, 0));
    progress("t.empty", empty, ImVec2(300, 0));
  };
  imgui.frames(build);
  for (const char* id : {"t.low", "t.high", "t.empty"}) {
    const Rect bar = rect_of(id);
    const Rect label = rect_of(std::string(id) + ".label");
    const float fill_end = bar.x + bar.w * float(std::string(id) == "t.low" ? 0.06 : std::string(id) == "t.high" ? 0.7 : 0);
    const bool inside = label.x + label.w <= fill_end + 0.5f;
    const bool after = label.x >= fill_end - 0.5f;
    EXPECT_TRUE(inside || after) << id << ": the label spans " << label.x << ".." << label.x + label.w << ", the fill ends at " << fill_end;
    EXPECT_LE(label.x + label.w, bar.x + bar.w) << id;
  }
  EXPECT_LT(rect_of("t.high.label").x, rect_of("t.high").x + 30) << "70 %: inside, at the start";
  EXPECT_GT(rect_of("t.low.label").x, rect_of("t.low").x + 300 * 0.06f - 0.5f) << "6 %: after the fill";
}

TEST_F(ChartFixture, NoDataTextIsTheCallersOrTheAppsChoice) {
  set_no_data_text("暂无数据");
  EXPECT_EQ(no_data_text(), "暂无数据");
  set_no_data_text("No data");
  BarChart empty;
  empty.empty_text = "Nothing yet";
  body = [&] { bars("t.custom_empty", empty, ImVec2(300, 100)); };
  imgui.frames(build);
  EXPECT_TRUE(item_rect("t.custom_empty.empty").has_value());
}

TEST(ChartPixels, BarEdgesLandOnDevicePixelsAtRatioTwo) {
  HeadlessContext imgui(ImVec2(800, 600), 2.0f);
  const BarChart spec = four_bars();
  auto build = [&] {
    begin_test_frame();
    ImGui::SetNextWindowPos(ImVec2(0.25f, 0.25f));
    ImGui::SetNextWindowSize(ImVec2(700, 500));
    ImGui::Begin("dpr2", nullptr, ImGuiWindowFlags_NoDecoration);
    bars("t.dpr", spec, ImVec2(333.3f, 277.7f));
    ImGui::End();
    end_test_frame();
  };
  imgui.frames(build);
  for (int i = 0; i < 4; ++i) {
    const Rect r = rect_of("t.dpr.bar." + std::to_string(i));
    for (float v : {r.x, r.y, r.x + r.w, r.y + r.h}) EXPECT_FLOAT_EQ(v * 2, std::round(v * 2)) << i;
  }
}

TEST_F(ChartFixture, ScatterBelowTheBinningLimitDrawsEveryPointWithinBudget) {
  std::vector<double> x, y;
  for (int i = 0; i < kScatterDirectLimit; ++i) {
    x.push_back(i % 97);
    y.push_back(i % 89);
  }
  ScatterPlot spec;
  spec.x = x;
  spec.y = y;
  body = [&] { scatter("t.direct", spec, ImVec2(600, 400)); };
  imgui.frames(build);
  EXPECT_GT(vertices, kScatterDirectLimit * 8);
  EXPECT_LT(vertices, 40000);
}

// ---- Strokes grow with the UI scale and stay on whole device pixels ------------------------------

namespace {

// One chart drawn at a UI scale (the body text 16 px x scale) and a devicePixelRatio, with
// anti-aliasing off so that ImGui's geometry has exactly the stroke widths the chart asked for.
struct ScaledChart {
  HeadlessContext imgui;
  ImDrawList* list = nullptr;
  int first = 0;  // the chart's first vertex in `list`
  ScaledChart(float ui_scale, float dpr) : imgui(ImVec2(1000, 700), dpr) {
    ImGuiStyle& style = ImGui::GetStyle();
    style.FontSizeBase = 16.0f;
    style.FontScaleMain = ui_scale;
    style.AntiAliasedLines = false;
    style.AntiAliasedFill = false;
  }
  void draw(const std::function<void()>& body) {
    imgui.frames([&] {
      begin_test_frame();
      ImGui::SetNextWindowPos(ImVec2(0, 0));
      ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
      ImGui::Begin("scaled", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
      list = ImGui::GetWindowDrawList();
      first = list->VtxBuffer.Size;
      body();
      ImGui::End();
      end_test_frame();
    });
  }
  // The vertices of the chart in colour `col`.
  std::vector<ImVec2> vertices(ImU32 col) const {
    std::vector<ImVec2> out;
    for (int i = first; i < list->VtxBuffer.Size; ++i)
      if (list->VtxBuffer[i].col == col) out.push_back(list->VtxBuffer[i].pos);
    return out;
  }
};

constexpr ImU32 kProbe = IM_COL32(1, 2, 3, 255);  // a colour nothing else in a chart uses

// A flat series without markers: its polyline is a horizontal band as tall as the line is wide.
float flat_line_width(float ui_scale, float dpr) {
  ScaledChart chart(ui_scale, dpr);
  LineChart spec;
  spec.series = {LineSeries{"", {5, 5, 5, 5}, kProbe, false, false}};
  chart.draw([&] { line("t.flat", spec, ImVec2(600, 300)); });
  const auto v = chart.vertices(kProbe);
  EXPECT_FALSE(v.empty());
  float lo = INFINITY, hi = -INFINITY;
  for (const ImVec2& p : v) {
    lo = std::min(lo, p.y);
    hi = std::max(hi, p.y);
  }
  return hi - lo;
}

// A single point: no line, only its dot.
float dot_radius(float ui_scale, float dpr) {
  ScaledChart chart(ui_scale, dpr);
  LineChart spec;
  spec.series = {LineSeries{"", {5}, kProbe, true, false}};
  chart.draw([&] { line("t.dot", spec, ImVec2(600, 300)); });
  const auto v = chart.vertices(kProbe);
  float lo = INFINITY, hi = -INFINITY;
  for (const ImVec2& p : v) {
    lo = std::min(lo, p.x);
    hi = std::max(hi, p.x);
  }
  return (hi - lo) / 2;
}

}  // namespace

TEST(ChartStrokes, DataLinesGrowWithTheUiScaleInWholeDevicePixelsAndNeverUnderTwoCssPixels) {
  for (float dpr : {1.0f, 1.25f, 1.5f, 2.0f, 3.0f}) {
    float previous = 0;
    for (float scale : {0.75f, 1.0f, 1.25f, 1.5f, 2.0f}) {
      const float w = flat_line_width(scale, dpr);
      std::printf("line width at UI scale %.2f, DPR %.2f: %.3f CSS px (%.1f device px)\n", scale, dpr, w, w * dpr);
      // (Measured from float vertex positions a few hundred px from the origin: 1/100 px slack.)
      EXPECT_GE(w, kMinDataLineWidth - 0.01f) << scale << " " << dpr;
      EXPECT_NEAR(w * dpr, std::round(w * dpr), 0.01f) << "whole device pixels: " << scale << " " << dpr;
      // 2 px at 16 px text, grown with it (to the nearest device pixel, or the 2 px floor).
      EXPECT_NEAR(w, std::max(2.0f * scale, 2.0f), 0.5f / dpr + 0.01f) << scale << " " << dpr;
      EXPECT_GE(w, previous - 0.01f) << "never thinner at a larger scale";
      previous = w;
    }
    EXPECT_GT(flat_line_width(2.0f, dpr), flat_line_width(1.0f, dpr));
  }
}

TEST(ChartStrokes, DotsGrowWithTheUiScale) {
  const float r1 = dot_radius(1.0f, 2.0f), r2 = dot_radius(2.0f, 2.0f);
  EXPECT_NEAR(r1, 3.0f, 0.01f);
  EXPECT_NEAR(r2, 2.0f * r1, 0.01f);
  EXPECT_NEAR(dot_radius(1.5f, 1.0f), 4.5f, 0.01f);
}

TEST(ChartStrokes, GridAndZeroLinesAreWholeDevicePixels) {
  for (float dpr : {1.0f, 1.5f, 2.0f}) {
    for (float scale : {0.75f, 1.0f, 1.6f}) {
      ScaledChart chart(scale, dpr);
      float hairline = 0, zero = 0;
      chart.draw([&] {
        Canvas c("t.canvas", ImVec2(200, 100));
        hairline = c.stroke(1.0f);
        zero = c.stroke(1.5f);
      });
      for (float w : {hairline, zero}) {
        EXPECT_GE(w * dpr, 1.0f - 1e-4f) << "at least one device pixel";
        EXPECT_NEAR(w * dpr, std::round(w * dpr), 1e-4f);
      }
      EXPECT_NEAR(zero, 1.5f * scale, 0.5f / dpr + 1e-4f);
    }
  }
}

TEST(ChartStrokes, AScatterPointIsEasierToHitAtALargerUiScale) {
  auto tap_hits = [](float scale, float offset) {
    ScaledChart chart(scale, 1.0f);
    const std::vector<double> x = {0, 10}, y = {0, 10};
    ScatterPlot spec;
    spec.x = x;
    spec.y = y;
    int clicked = -1;
    auto body = [&] {
      const int r = scatter("t.reach", spec, ImVec2(500, 400));
      if (r >= 0) clicked = r;
    };
    chart.draw(body);
    const Rect plot = rect_of("t.reach.plot");  // point 0 is the plot's bottom-left corner
    chart.imgui.tap(ImVec2(plot.x + offset, plot.y + plot.h), [&] {
      begin_test_frame();
      ImGui::SetNextWindowPos(ImVec2(0, 0));
      ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
      ImGui::Begin("scaled", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
      body();
      ImGui::End();
      end_test_frame();
    });
    return clicked == 0;
  };
  // 18 px from the point: beyond a finger's reach at 16 px text (13 px), within it at 32 px (26 px).
  EXPECT_FALSE(tap_hits(1.0f, 18.0f));
  EXPECT_TRUE(tap_hits(2.0f, 18.0f));
  EXPECT_TRUE(tap_hits(1.0f, 8.0f));
}
