// Today (首页), the page the app opens on, over a headless ImGui context at a tablet held upright
// (768×1024) and a projector (1920×1080), with the sample workspace: the app opens on it; every
// item of dashboard::today() is drawn in its section; a tap on an overdue action opens its
// session's worksheet at its actions, and a tap on each other kind opens its record in its tool;
// an empty day says so; no English left in the Chinese page.
#include <gtest/gtest.h>

#include <string>

#include "app/app.h"
#include "common/date.h"
#include "dashboard/today.h"
#include "i18n/i18n.h"
#include "platform/headless/headless_context.h"
#include "platform/headless/headless_platform.h"
#include "test_support.h"
#include "views/grow_state.h"
#include "views/okr_state.h"
#include "views/roi_state.h"
#include "widgets/test_ids.h"

using namespace fieldbook::shell;
namespace dashboard = fieldbook::dashboard;
using dashboard::TodayKind;
using fieldbook::shell::testing::center_of;
using fieldbook::workspace::Workspace;

namespace {

struct TodayFixture : ::testing::TestWithParam<ImVec2> {
  HeadlessPlatform platform;
  HeadlessContext imgui{GetParam()};
  App app{platform};
  std::function<void()> build = [this] { app.frame(); };

  void SetUp() override {
    platform.clock_ms = 1'795'000'000'000;  // 2026-11-18, a Wednesday
    app.session().open_sample("en");
    // One action of the sample three days overdue, so the section has one whatever the sample's dates.
    app.session().edit("", [&](Workspace& w) {
      auto& a = w.coaching_sessions.at(0).actions.at(0);
      a.status = fieldbook::grow::ActionStatus::Open;
      a.due_date = "2026-11-15";
    });
    imgui.frames(build);
  }
  fieldbook::Date day() { return fieldbook::parse_iso_date(app.session().today_iso()).value(); }
  std::vector<dashboard::TodayItem> items() { return dashboard::today(app.session().doc(), day()); }

  void tap(const std::string& id) { fieldbook::shell::testing::tap_revealed(imgui, build, id, GetParam().y); }
  // Scrolls the content until `id` is inside it (above a tablet's tab bar, under the toolbar).
  void reveal(const std::string& id) { fieldbook::shell::testing::reveal(imgui, build, id, GetParam().y); }
  // Back to Today, scrolled to the top.
  void home() {
    app.navigate("today");
    imgui.frames(build);
  }
};

// The test id of the n-th item of a kind ("today.overdue.0").
std::string tag_of(TodayKind kind, int n = 0) {
  static const char* const names[] = {"overdue", "thisWeek", "offTrack", "atRisk", "kpi", "funnel", "roi"};
  return std::string("today.") + names[int(kind)] + "." + std::to_string(n);
}

TEST_P(TodayFixture, TheAppOpensOnTodayWithEveryItemInItsSection) {
  EXPECT_EQ(app.view(), "today");
  EXPECT_EQ(registered_tools().front().id, "today");
  const auto all = items();
  ASSERT_FALSE(all.empty());
  int counts[7] = {};
  for (const auto& item : all) {
    const std::string id = tag_of(item.kind, counts[int(item.kind)]++);
    EXPECT_TRUE(item_rect(id).has_value()) << id;
  }
  EXPECT_GT(counts[int(TodayKind::OverdueAction)], 0);
  EXPECT_GT(counts[int(TodayKind::RecentRoiCase)], 0);
  for (const char* section : {"actions", "keyResults", "kpis", "funnels", "roi"})
    EXPECT_TRUE(item_rect(std::string("today.") + section).has_value()) << section;
  // The sections in the order of urgency.
  EXPECT_LT(item_rect("today.actions")->y, item_rect("today.keyResults")->y);
  EXPECT_LT(item_rect("today.keyResults")->y, item_rect("today.kpis")->y);
  EXPECT_LT(item_rect("today.kpis")->y, item_rect("today.funnels")->y);
  EXPECT_LT(item_rect("today.funnels")->y, item_rect("today.roi")->y);
  EXPECT_FALSE(item_rect("today.allClear").has_value());
}

TEST_P(TodayFixture, ATapOnAnOverdueActionOpensItsSessionAtItsActions) {
  const auto all = items();
  ASSERT_EQ(all.front().kind, TodayKind::OverdueAction);
  tap("today.overdue.0");
  EXPECT_EQ(app.view(), "grow");
  const GrowViewState& st = app.state<GrowViewState>();
  EXPECT_EQ(st.open_session_id, all.front().record_id);
  EXPECT_EQ(st.step, fieldbook::grow::GrowStep::Will);
  EXPECT_TRUE(item_rect("grow.worksheet.back").has_value()) << "the worksheet is drawn";
  EXPECT_TRUE(item_rect("grow.action.0.text").has_value()) << "at its actions";
}

TEST_P(TodayFixture, ATapOnEachKindOpensItsRecordInItsTool) {
  for (TodayKind kind : {TodayKind::KeyResultOffTrack, TodayKind::KeyResultAtRisk, TodayKind::KpiBelowTarget,
                         TodayKind::FunnelBottleneck, TodayKind::RecentRoiCase}) {
    const auto all = items();
    const dashboard::TodayItem* first = nullptr;
    for (const auto& item : all)
      if (item.kind == kind && !first) first = &item;
    if (!first) continue;  // the sample has none of this kind today
    SCOPED_TRACE(tag_of(kind));
    home();
    tap(tag_of(kind));
    const OkrViewState& okr = app.state<OkrViewState>();
    switch (kind) {
      case TodayKind::KeyResultOffTrack:
      case TodayKind::KeyResultAtRisk:
        EXPECT_EQ(app.view(), "okr");
        EXPECT_EQ(okr.open_objective_id, first->record_id);
        EXPECT_EQ(okr.open_key_result_id, first->item_id);
        EXPECT_TRUE(item_rect("okr.kr.back").has_value());
        break;
      case TodayKind::KpiBelowTarget:
        EXPECT_EQ(app.view(), "okr");
        EXPECT_EQ(okr.open_kpi_id, first->record_id);
        EXPECT_TRUE(item_rect("okr.kpi.back").has_value());
        break;
      case TodayKind::FunnelBottleneck:
        EXPECT_EQ(app.view(), "okr");
        EXPECT_EQ(okr.open_funnel_id, first->record_id);
        EXPECT_TRUE(item_rect("okr.funnel.chart").has_value());
        break;
      case TodayKind::RecentRoiCase:
        EXPECT_EQ(app.view(), "roi");
        EXPECT_EQ(app.state<RoiViewState>().open_case_id, first->record_id);
        EXPECT_TRUE(item_rect("roi.back").has_value());
        break;
      default: break;
    }
  }
}

// A team's dozens of actions: the section shows the five most urgent and offers the rest, so the
// sections after it stay within reach; opened whole, it offers to close again.
TEST_P(TodayFixture, ALongSectionShowsTheMostUrgentAndTheRestOnRequest) {
  app.session().edit("", [&](Workspace& w) {
    auto& actions = w.coaching_sessions.at(0).actions;
    for (int i = 0; i < 9; ++i) {
      fieldbook::grow::Action a;
      a.id = "late-" + std::to_string(i);
      a.text = "Call back customer " + std::to_string(i);
      a.due_date = "2026-11-0" + std::to_string(i + 1);  // 9 to 17 days overdue
      actions.push_back(a);
    }
  });
  imgui.frames(build);
  int in_section = 0;
  for (const auto& item : items())
    in_section += item.kind == TodayKind::OverdueAction || item.kind == TodayKind::ActionDueThisWeek;
  ASSERT_GE(in_section, 10);
  for (int i = 0; i < 5; ++i) EXPECT_TRUE(item_rect(tag_of(TodayKind::OverdueAction, i)).has_value()) << i;
  EXPECT_FALSE(item_rect(tag_of(TodayKind::OverdueAction, 5)).has_value()) << "five lines, the most urgent";
  EXPECT_FALSE(item_rect(tag_of(TodayKind::ActionDueThisWeek, 0)).has_value());
  const std::string text = fieldbook::shell::testing::frame_text(imgui, build);
  EXPECT_NE(text.find("Show all " + std::to_string(in_section)), std::string::npos);

  tap("today.actions.all");
  EXPECT_TRUE(item_rect(tag_of(TodayKind::OverdueAction, 9)).has_value()) << "every line";
  EXPECT_FALSE(item_rect("today.actions.all").has_value());
  tap("today.actions.fewer");
  EXPECT_FALSE(item_rect(tag_of(TodayKind::OverdueAction, 5)).has_value());
  EXPECT_TRUE(item_rect("today.actions.all").has_value());
}

TEST_P(TodayFixture, AnEmptyDaySaysSoKindly) {
  app.session().edit("", [&](Workspace& w) { w = Workspace{}; });
  imgui.frames(build);
  ASSERT_TRUE(items().empty());
  EXPECT_TRUE(item_rect("today.allClear").has_value());
  for (const char* section : {"actions", "keyResults", "kpis", "funnels", "roi"})
    EXPECT_TRUE(item_rect(std::string("today.") + section + ".none").has_value()) << section;
}

TEST_P(TodayFixture, TheChinesePageHasNoEnglishWords) {
  app.session().open_sample("zh");
  app.session().edit("", [&](Workspace& w) { w.settings.language = fieldbook::workspace::LanguagePreference::Zh; });
  imgui.frames(build);
  const std::string text = fieldbook::shell::testing::frame_text(imgui, build);
  for (const char* english : {"Today", "overdue", "Coaching actions", "Key results", "target", "changed", "Me"})
    EXPECT_EQ(text.find(english), std::string::npos) << english;
  EXPECT_NE(text.find("今日待办"), std::string::npos);
}

// English counts in the singular for one: "1 day overdue", not "1 days overdue".
TEST_P(TodayFixture, OneDayOverdueIsSaidInTheSingular) {
  app.session().edit("", [&](Workspace& w) { w.coaching_sessions.at(0).actions.at(0).due_date = "2026-11-17"; });
  imgui.frames(build);
  const std::string text = fieldbook::shell::testing::flat(fieldbook::shell::testing::frame_text(imgui, build));
  EXPECT_NE(text.find("1dayoverdue(due2026-11-17)"), std::string::npos) << text;
  EXPECT_EQ(text.find("1daysoverdue"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Screens, TodayFixture, ::testing::Values(ImVec2(768, 1024), ImVec2(1920, 1080)),
                         [](const auto& info) { return info.param.x < 1000 ? std::string("Tablet") : std::string("Projector"); });

}  // namespace
