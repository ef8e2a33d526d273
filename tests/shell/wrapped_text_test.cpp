// Wrapped text as drawn: the RFM summary in Chinese, at widths from a phone to a projector, never
// starts a drawn line with a closing mark (the lone "。" under an action) nor ends one with an
// opening mark, and loses no character; the widget draws the lines the core's breaker gives.
#include "widgets/wrapped_text.h"

#include <gtest/gtest.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/app.h"
#include "widgets/test_ids.h"
#include "common/utf8.h"
#include "platform/headless/headless_context.h"
#include "platform/headless/headless_platform.h"
#include "views/rfm_parts.h"

using namespace fieldbook::shell;

namespace {

// The marks the issue names.
constexpr std::u32string_view kClosing = U"。，、；：？！）」』》】”’";
constexpr std::u32string_view kOpening = U"（「『《【“‘";

std::u32string decode(std::string_view s) {
  std::u32string out;
  for (std::size_t at = 0; at < s.size();) {
    auto c = fieldbook::decode_utf8(s, at);
    if (!c) break;
    out.push_back(*c);
  }
  return out;
}

std::string without_spaces(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != ' ') out += c;
  return out;
}

bool inside(const DrawnLine& line, const Rect& r) {
  return line.min.x >= r.x - 0.5f && line.max.x <= r.x + r.w + 0.5f && line.min.y >= r.y - 0.5f &&
         line.max.y <= r.y + r.h + 0.5f;
}

}  // namespace

TEST(WrappedText, TheRfmSummaryInChineseStartsNoLineWithAClosingMark) {
  HeadlessPlatform platform;
  platform.locale_ = "zh-CN";
  HeadlessContext imgui(ImVec2(1280, 800));
  App app(platform);
  const std::function<void()> build = [&] { app.frame(); };
  app.session().open_sample("zh");
  app.navigate("rfm");
  imgui.frames(build);
  ASSERT_EQ(app.ui_language(), Language::Zh);
  const auto& summary = rfm_derived(app.state<RfmViewState>(), app.session().doc().rfm_analyses.back()).summary;
  std::string actions;
  for (const auto& s : summary) actions += without_spaces(s.action.zh);
  ASSERT_FALSE(actions.empty());

  int widths_that_wrap = 0;
  for (float width : {360.0f, 420.0f, 480.0f, 540.0f, 600.0f, 700.0f, 768.0f, 900.0f, 1024.0f, 1280.0f, 1920.0f}) {
    SCOPED_TRACE("display width " + std::to_string(width));
    ImGui::GetIO().DisplaySize = ImVec2(width, 3000);  // tall enough for every row
    imgui.frames(build);
    const auto table = item_rect("rfm.summary");
    ASSERT_TRUE(table.has_value());
    std::string drawn;
    std::size_t lines_in_table = 0;
    for (const DrawnLine& line : drawn_lines()) {
      const std::u32string cps = decode(line.text);
      if (cps.empty()) continue;
      EXPECT_EQ(kClosing.find(cps.front()), std::u32string::npos) << "a line starts with a closing mark: " << line.text;
      EXPECT_EQ(kOpening.find(cps.back()), std::u32string::npos) << "a line ends with an opening mark: " << line.text;
      if (inside(line, *table)) {
        drawn += line.text;
        ++lines_in_table;
      }
    }
    // Every action, whole and in order (on a phone each segment's card also shows its name and
    // figures around it).
    const std::string shown = without_spaces(drawn);
    std::size_t at = 0;
    for (const auto& s : summary) {
      const std::size_t found = shown.find(without_spaces(s.action.zh), at);
      EXPECT_NE(found, std::string::npos) << s.action.zh;
      if (found != std::string::npos) at = found;
    }
    widths_that_wrap += lines_in_table > summary.size();
  }
  EXPECT_GE(widths_that_wrap, 3) << "the narrow screens wrap the actions";
}

TEST(WrappedText, DrawsTheBreakersLinesAsOneItem) {
  HeadlessContext imgui(ImVec2(800, 600));
  const std::string text = "最近购买、购买频繁、花费最多：给予回馈。";
  std::vector<fieldbook::TextLine> expected;
  std::optional<Rect> whole;
  float width = 0, height = 0;
  imgui.frame([&] {
    begin_test_frame();
    ImGui::Begin("w");
    // Just too narrow for the whole sentence: a greedy cut would leave 。 alone, then 馈。.
    width = ImGui::CalcTextSize(text.c_str()).x - 1.0f;
    expected = wrap_lines(text, width);
    height = wrapped_text_size(text, width).y;
    wrapped_text(text, width);
    tag_item("paragraph");
    ImGui::End();
    end_test_frame();
  });
  ASSERT_EQ(expected.size(), 2u);
  const auto& drawn = drawn_lines();
  ASSERT_EQ(drawn.size(), 2u);
  EXPECT_EQ(drawn[0].text, text.substr(0, expected[0].end));
  EXPECT_EQ(drawn[1].text, "回馈。") << "the last line is not one character alone";
  EXPECT_LE(drawn[0].max.x - drawn[0].min.x, width);
  const auto r = item_rect("paragraph");
  ASSERT_TRUE(r.has_value());
  EXPECT_FLOAT_EQ(r->h, height) << "tag_item names the whole text, as tall as measured";
  EXPECT_FLOAT_EQ(r->y, drawn[0].min.y);
}
