// Phones: a WeChat link usually opens on a phone held upright. At 390 CSS px wide (touch mode,
// the sample workspace) every view of the tool table, in Chinese and in English, draws nothing past
// the screen's right edge — no tagged widget, no line of wrapped text, nothing that widens the
// content window — its wrapped lines keep the Chinese line-breaking rules, the Chinese pages hold
// no English words, and the tab bar keeps a few tabs and lists the rest under More. (The headless
// font is ImGui's 13 px default, narrower than the browser's 16 px one: tests/e2e/phone.test.mjs
// checks the same in Chromium.)
#include <gtest/gtest.h>

#include <cctype>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "app/app.h"
#include "app/tab_bar.h"
#include "build_info.h"
#include "common/utf8.h"
#include "i18n/i18n.h"
#include "imgui_internal.h"
#include "platform/headless/headless_context.h"
#include "platform/headless/headless_platform.h"
#include "test_support.h"
#include "views/grow_state.h"
#include "views/okr_state.h"
#include "views/rfm_format.h"
#include "views/rfm_state.h"
#include "views/roi_state.h"
#include "views/team_state.h"
#include "rfm/segments.h"
#include "widgets/test_ids.h"
#include "widgets/wrapped_text.h"

using namespace fieldbook::shell;
using fieldbook::shell::testing::center_of;

namespace {

constexpr float kPhoneWidth = 390.0f;
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

struct Phone : ::testing::TestWithParam<const char*> {
  HeadlessPlatform platform;
  HeadlessContext imgui{ImVec2(kPhoneWidth, 844)};
  std::unique_ptr<App> app;
  std::function<void()> build = [this] { app->frame(); };
  void SetUp() override {
    platform.locale_ = GetParam();
    app = std::make_unique<App>(platform);
    app->set_touch_device(true);  // a phone: touch mode from the first frame
    app->session().open_sample(std::string_view(GetParam()).starts_with("zh") ? "zh" : "en");
    imgui.frames(build);
  }
  // Everything drawn in the last frame lies within the screen's width.
  void expect_fits(const std::string& where) {
    for (const std::string& id : item_ids()) {
      const Rect r = *item_rect(id);
      EXPECT_GE(r.x, -0.5f) << where << ": " << id;
      EXPECT_LE(r.x + r.w, kPhoneWidth + 0.5f) << where << ": " << id << " spans " << r.x << ".." << r.x + r.w;
    }
    for (const DrawnLine& line : drawn_lines()) {
      EXPECT_LE(line.max.x, kPhoneWidth + 0.5f) << where << ": the line \"" << line.text << "\"";
      const std::u32string text = decode(line.text);
      if (text.empty()) continue;
      EXPECT_EQ(kClosing.find(text.front()), std::u32string_view::npos) << where << ": \"" << line.text << "\" starts with a closing mark";
      EXPECT_EQ(kOpening.find(text.back()), std::u32string_view::npos) << where << ": \"" << line.text << "\" ends with an opening mark";
    }
    // Whatever was laid out, tagged or not: the content window's items end before the screen does.
    const ImGuiWindow* content = ImGui::FindWindowByName("##content");
    ASSERT_NE(content, nullptr);
    EXPECT_LE(content->ContentRegionRect.Min.x + content->ContentSize.x, kPhoneWidth + 0.5f)
        << where << ": something was laid out past the right edge";
  }
  // In Chinese, no English words in the page's text: only the names the product uses as they are
  // (ROI, KPI, the DISC styles, …), and the sample's own data (the R dataset's customer names).
  void expect_chinese(const std::string& where, bool customer_names = false) {
    if (!std::string_view(GetParam()).starts_with("zh")) return;
    std::string text = fieldbook::shell::testing::frame_text(imgui, build);
    // About names the build as git does ("bcaae74-dirty", a tag): not words of the UI.
    for (std::size_t at; (at = text.find(fieldbook::build::kBuildId)) != std::string::npos;)
      text.erase(at, std::string_view(fieldbook::build::kBuildId).size());
    for (const std::string& word : fieldbook::shell::testing::latin_words(
             text, {"ROI", "OKR", "KPI", "RFM", "CSV", "GROW", "SOP", "PDCA", "DISC", "CNY", "Fieldbook", "rfm",
                    "DEPLOY", "md", "UTF", "GBK", "Excel", "PNG", "QR"})) {
      if (word.size() == 1) continue;  // R, F, M; A/B/C tiers; D, I, S, C; Q4; x in "≤ x <"
      if (customer_names && std::isupper(static_cast<unsigned char>(word[0]))) continue;
      ADD_FAILURE() << where << ": the English word \"" << word << "\" on the Chinese page";
    }
  }
};

}  // namespace

TEST_P(Phone, EveryViewFitsTheScreensWidth) {
  for (const Tool& t : app->tools()) {
    ASSERT_TRUE(app->navigate(t.id));
    imgui.frames(build);
    expect_fits(std::string(t.id) + " in " + GetParam());
    expect_chinese(std::string(t.id));
  }
}

TEST_P(Phone, TheOpenRoiCaseAndItsActionsFit) {
  app->navigate("roi");
  app->state<RoiViewState>().open_case_id = app->session().doc().roi_cases.at(0).id;
  imgui.frames(build);
  for (const char* id : {"roi.back", "roi.meeting", "roi.share", "roi.print", "roi.duplicate", "roi.delete"}) {
    const auto r = item_rect(id);
    ASSERT_TRUE(r.has_value()) << id;
    // Touch mode's frame: 44 px with the browser's 16 px font (phone.test.mjs checks 44), a little
    // less with the headless 13 px one.
    EXPECT_GE(r->h, ImGui::GetFrameHeight() - 0.5f) << id << ": a finger's height";
  }
  expect_fits(std::string("the open case in ") + GetParam());
}

// A phone's tab bar: at most five tabs — the first tools and More — each a finger's width; More
// opens a sheet of the others, each a finger's height; a tap on one shows it and closes the sheet,
// a tap beside the sheet closes it.
TEST_P(Phone, TheTabBarKeepsTheFirstToolsAndListsTheRestUnderMore) {
  const auto more = item_rect("nav.more");
  ASSERT_TRUE(more.has_value());
  EXPECT_GE(more->w, 44.0f);
  std::vector<std::string_view> tabs, under_more;
  for (const Tool& t : app->tools()) {
    if (const auto r = item_rect("nav." + std::string(t.id))) {
      tabs.push_back(t.id);
      EXPECT_GE(r->w, 44.0f) << t.id;
      EXPECT_NEAR(r->y, more->y, 0.5f) << t.id;
      EXPECT_LT(r->x, more->x) << "More comes last";
    } else {
      under_more.push_back(t.id);
    }
  }
  EXPECT_LE(tabs.size() + 1, std::size_t(kMaxPhoneTabs));
  ASSERT_FALSE(under_more.empty());
  EXPECT_EQ(tabs.front(), "today");
  EXPECT_EQ(tabs.at(1), "roi") << "ROI, what a shared link opens, keeps its tab";

  imgui.tap(center_of("nav.more"), build);
  imgui.frames(build);
  for (std::string_view id : under_more) {
    const auto r = item_rect("nav." + std::string(id));
    ASSERT_TRUE(r.has_value()) << id << " is in the sheet";
    EXPECT_GE(r->h, 44.0f) << id;
    EXPECT_LE(r->y + r->h, more->y + 0.5f) << id << ": the sheet is above the tab bar";
  }
  expect_fits("the More sheet");
  const std::string last = "nav." + std::string(under_more.back());
  imgui.tap(center_of(last), build);
  imgui.frames(build);
  EXPECT_EQ(app->view(), under_more.back());
  EXPECT_FALSE(item_rect(last).has_value()) << "the sheet closed";

  imgui.tap(center_of("nav.more"), build);
  imgui.frames(build);
  ASSERT_TRUE(item_rect(last).has_value());
  imgui.tap(ImVec2(kPhoneWidth / 2, 100), build);  // beside the sheet
  imgui.frames(build);
  EXPECT_FALSE(item_rect(last).has_value()) << "a tap beside the sheet closes it";
  EXPECT_EQ(app->view(), under_more.back()) << "and changes nothing else";
}

// The pages under each tool's first page, as a rep walks them on a phone: every RFM tab, a rep's
// coaching page and each step of a worksheet, the follow-up list, an objective and a key result,
// a KPI, the funnel, a rep's page and the progress board on the team view.
TEST_P(Phone, ThePagesUnderEachToolFit) {
  const auto& doc = app->session().doc();
  ASSERT_FALSE(doc.rfm_analyses.empty());
  ASSERT_FALSE(doc.coaching_sessions.empty());
  ASSERT_FALSE(doc.key_results.empty());
  ASSERT_FALSE(doc.kpis.empty());
  const std::string lang = GetParam();
  auto look = [&](const std::string& where, bool customer_names = false) {
    imgui.frames(build);
    expect_fits(where + " in " + lang);
    expect_chinese(where, customer_names);
  };

  app->navigate("rfm");
  for (int tab = 0; tab < 5; ++tab) {
    app->state<RfmViewState>().tab = tab;
    look("the RFM tab " + std::to_string(tab), tab == 1);  // 1: the customers, by name
  }

  app->navigate("grow");
  auto& grow = app->state<GrowViewState>();
  const auto& session = doc.coaching_sessions.front();
  grow.open_rep_id = session.rep_id;
  look("a rep's coaching page");
  grow.open_session_id = session.id;
  for (const auto step : fieldbook::grow::kGrowSteps) {
    grow.step = step;
    look("the worksheet's step " + fieldbook::grow::step_name(step).en);
  }
  grow.open_session_id.clear();
  grow.open_rep_id.clear();
  grow.list = GrowViewState::List::FollowUp;
  look("the follow-up list");

  app->navigate("okr");
  auto& okr = app->state<OkrViewState>();
  const auto& kr = doc.key_results.front();
  okr.open_objective_id = kr.objective_id;
  look("an objective");
  okr.open_key_result_id = kr.id;
  look("a key result");
  okr.open_key_result_id.clear();
  okr.open_objective_id.clear();
  okr.page = OkrViewState::Page::Kpis;
  look("the KPIs");
  okr.open_kpi_id = doc.kpis.front().id;
  look("a KPI");
  okr.open_kpi_id.clear();
  okr.page = OkrViewState::Page::Funnel;
  look("the funnel");

  app->navigate("team");
  auto& team = app->state<TeamViewState>();
  team.tab = TeamViewState::Tab::Progress;
  look("the progress board");
  team.open_rep_id = doc.team.front().id;
  look("a rep's page on the team view");
}

// The segment summary on a phone shows every segment's customers, share and revenue whole (the
// table cut the revenue at 390 px), and a tap on a segment still filters to it.
TEST_P(Phone, TheSegmentSummaryShowsEveryFigureWhole) {
  app->navigate("rfm");
  imgui.frames(build);
  const auto& a = app->session().doc().rfm_analyses.front();
  const auto summary = fieldbook::rfm::summarize_segments(a.list(), a.rules);
  ASSERT_FALSE(summary.empty());
  std::string drawn;
  for (const DrawnLine& line : drawn_lines()) drawn += line.text + "\n";
  // A figure may wrap only where a line can break: between "label value" pairs, never inside one.
  for (const auto& s : summary) {
    for (const std::string& figure : {rfm_count(double(s.customers)), rfm_percent(s.customer_share),
                                      rfm_money(s.revenue, a.currency)})
      EXPECT_NE(drawn.find(figure), std::string::npos) << s.name.in(language()) << ": " << figure << " is drawn whole";
  }
  expect_fits(std::string("the segment summary in ") + GetParam());

  const std::string second = "rfm.summary.row.1";
  ASSERT_TRUE(item_rect(second).has_value());
  imgui.tap(center_of(second), build);
  imgui.frames(build);
  EXPECT_EQ(app->state<RfmViewState>().filter.segment_row, 1) << "a tap on the card filters to its segment";
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, Phone, ::testing::Values("zh-CN", "en-US"),
                         [](const auto& info) { return std::string(info.param).substr(0, 2); });

// The plan itself (app/tab_bar.h), on made-up widths.
TEST(TabBarPlan, EveryToolHasATabWhenEveryLabelFits) {
  const std::vector<TabLabel> labels(8, TabLabel{40, 30});
  const TabPlan p = plan_tab_bar(labels, {.avail = 760, .spacing = 6, .pad = 14, .phone_pad = 4, .min_tab = 44, .more = 30});
  EXPECT_EQ(p.tabs, 8);
  EXPECT_FALSE(p.more);
  EXPECT_FLOAT_EQ(p.scale, 1.0f);
}

// A tablet held upright (768 px, touch mode, the browser's font): 客户分层 (64 px, no shorter
// label) in a tab of 89 px keeps its tab, as it always had, though the frame's padding would not fit.
TEST(TabBarPlan, ATabletKeepsEveryTabWhenTheLabelsFitInsideThem) {
  std::vector<TabLabel> labels(8, TabLabel{32, 32});
  labels[1] = {80, 24};
  labels[2] = {64, 64};
  const TabPlan p = plan_tab_bar(labels, {.avail = 756, .spacing = 6, .pad = 14, .phone_pad = 4, .min_tab = 44, .more = 32});
  EXPECT_EQ(p.tabs, 8);
  EXPECT_FALSE(p.more);
  EXPECT_TRUE(p.use_short[1]) << "ROI 计算器 shows ROI, as before";
  EXPECT_FLOAT_EQ(p.scale, 1.0f);
}

TEST(TabBarPlan, AShortLabelWhereTheLongOneDoesNotFit) {
  std::vector<TabLabel> labels(8, TabLabel{40, 40});
  labels[1] = {110, 30};  // "ROI calculator" / "ROI"
  const TabPlan p = plan_tab_bar(labels, {.avail = 760, .spacing = 6, .pad = 14, .phone_pad = 4, .min_tab = 44, .more = 30});
  EXPECT_EQ(p.tabs, 8);
  EXPECT_TRUE(p.use_short[1]);
  EXPECT_FALSE(p.use_short[0]);
}

TEST(TabBarPlan, APhoneGetsAtMostFiveTabsWithMoreAndSmallerLabelsOnlyAsFarAsNeeded) {
  std::vector<TabLabel> labels(8, TabLabel{32, 32});
  labels[2] = {64, 64};  // "客户分层": no shorter label
  const TabPlan p = plan_tab_bar(labels, {.avail = 378, .spacing = 6, .pad = 14, .phone_pad = 4, .min_tab = 44, .more = 32});
  EXPECT_TRUE(p.more);
  EXPECT_EQ(p.tabs, kMaxPhoneTabs - 1);
  EXPECT_NEAR(p.width, (378 - 6 * 4) / 5.0f, 0.01f);
  EXPECT_LT(p.scale, 1.0f);
  EXPECT_GE(p.scale, kMinTabLabelScale);
  EXPECT_LE(64 * p.scale + 8, p.width + 0.01f) << "the widest label fits its tab";
}

TEST(TabBarPlan, FewerTabsWhenEvenSmallLabelsDoNotFit) {
  const std::vector<TabLabel> labels(8, TabLabel{90, 90});
  const TabPlan p = plan_tab_bar(labels, {.avail = 378, .spacing = 6, .pad = 14, .phone_pad = 4, .min_tab = 44, .more = 32});
  EXPECT_TRUE(p.more);
  EXPECT_LT(p.tabs, kMaxPhoneTabs - 1);
  EXPECT_GE(p.tabs, 1);
  EXPECT_LE(90 * p.scale + 8, p.width + 0.01f);
}
