// The team view (团队) over a headless ImGui context at a tablet held upright (768×1024) and a
// projector (1920×1080): the dashboard is a list of cards on the tablet and a table on the
// projector; sorting by any column (a header on the table, the sort combo on the cards) draws the
// rows in the order dashboard::sort_rows gives; a tap on a rep opens everything of theirs, whose
// lines open each record in its tool. The progress board ranks by growth with ties sharing a rank
// (and saying so), and lists the reps it cannot rank apart, under why.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "app/app.h"
#include "common/date.h"
#include "dashboard/progress_board.h"
#include "dashboard/team_dashboard.h"
#include "i18n/i18n.h"
#include "platform/headless/headless_context.h"
#include "platform/headless/headless_platform.h"
#include "test_support.h"
#include "views/grow_state.h"
#include "views/team_parts.h"
#include "views/team_state.h"
#include "widgets/test_ids.h"

using namespace fieldbook::shell;
namespace dashboard = fieldbook::dashboard;
using dashboard::Column;
using fieldbook::shell::testing::center_of;
using fieldbook::workspace::Workspace;

namespace {

struct TeamFixture : ::testing::TestWithParam<ImVec2> {
  HeadlessPlatform platform;
  HeadlessContext imgui{GetParam()};
  App app{platform};
  std::function<void()> build = [this] { app.frame(); };

  void SetUp() override {
    platform.clock_ms = 1'795'000'000'000;  // 2026-11-18, a Wednesday
    app.session().open_sample("en");
    app.navigate("team");
    imgui.frames(build);
  }
  bool projector() const { return GetParam().x > 1000; }
  fieldbook::Date day() { return fieldbook::parse_iso_date(app.session().today_iso()).value(); }

  void tap(const std::string& id) { fieldbook::shell::testing::tap_revealed(imgui, build, id, GetParam().y); }
  // Scrolls the content until `id` is inside it (above a tablet's tab bar, under the toolbar).
  void reveal(const std::string& id) { fieldbook::shell::testing::reveal(imgui, build, id, GetParam().y); }
  // Sorts the way a person does on this screen: a header of the table, or the cards' combo.
  void sort_by(Column c) {
    if (projector()) {
      tap(std::string("team.dashboard.sort.") + column_key(c));
    } else {
      tap("team.dashboard.sortBy");
      tap(std::string("team.dashboard.sortBy.") + column_key(c));
    }
  }
  // The reps' team indexes, top to bottom, as drawn.
  std::vector<std::size_t> drawn_order() {
    std::vector<std::pair<float, std::size_t>> at;
    for (std::size_t i = 0; i < app.session().doc().team.size(); ++i) {
      const auto r = item_rect("team.rep." + std::to_string(i));
      EXPECT_TRUE(r.has_value()) << i;
      if (r) at.emplace_back(r->y, i);
    }
    std::sort(at.begin(), at.end());
    std::vector<std::size_t> out;
    for (const auto& [y, i] : at) out.push_back(i);
    return out;
  }
  std::vector<std::size_t> expected_order(Column c, bool descending) {
    auto rows = dashboard::team_dashboard(app.session().doc(), day());
    dashboard::sort_rows(rows, c, descending);
    std::vector<std::size_t> out;
    for (const auto& r : rows) out.push_back(std::size_t(r.rep - app.session().doc().team.data()));
    return out;
  }
};

TEST_P(TeamFixture, TheDashboardIsCardsOnATabletAndATableOnAProjector) {
  ASSERT_EQ(app.session().doc().team.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) EXPECT_TRUE(item_rect("team.rep." + std::to_string(i)).has_value());
  if (projector()) {
    for (Column c : kTeamColumns)
      EXPECT_TRUE(item_rect(std::string("team.dashboard.sort.") + column_key(c)).has_value()) << column_key(c);
    EXPECT_FALSE(item_rect("team.dashboard.sortBy").has_value());
    // One row per rep, each a line of the table.
    EXPECT_LT(item_rect("team.rep.0")->h, ImGui::GetFontSize() * 3.5f);
  } else {
    EXPECT_TRUE(item_rect("team.dashboard.sortBy").has_value());
    EXPECT_FALSE(item_rect("team.dashboard.sort.name").has_value());
    // A card per rep: several lines tall, across the content.
    EXPECT_GT(item_rect("team.rep.0")->h, ImGui::GetFontSize() * 5.0f);
    EXPECT_GT(item_rect("team.rep.0")->w, GetParam().x * 0.8f);
  }
  // Every column's words are on screen (a card names them too).
  const std::string text = fieldbook::shell::testing::frame_text(imgui, build);
  for (const auto& row : dashboard::team_dashboard(app.session().doc(), day())) {
    EXPECT_NE(text.find(row.rep->name), std::string::npos);
    EXPECT_NE(text.find(last_session_cell(row)), std::string::npos) << row.rep->name;
    // The table gives the figure alone where the whole text would not fit its column.
    const bool whole = text.find(kpi_cell(row)) != std::string::npos;
    EXPECT_TRUE(whole || (projector() && text.find(kpi_cell(row, false)) != std::string::npos)) << row.rep->name;
  }
  if (projector()) {
    // Drawn whole: each KPI cell ends before the next column's text begins.
    for (int i = 0; item_rect("team.rep." + std::to_string(i)).has_value(); ++i) {
      const auto kpi = item_rect("team.rep." + std::to_string(i) + ".kpi");
      const auto next = item_rect("team.rep." + std::to_string(i) + ".conversion");
      ASSERT_TRUE(kpi && next);
      EXPECT_LE(kpi->x + kpi->w, next->x) << "row " << i;
    }
  }
}

TEST_P(TeamFixture, SortingByAColumnDrawsTheOrderSortRowsGives) {
  EXPECT_EQ(drawn_order(), expected_order(Column::Name, false));
  bool some_order_differs = false;
  for (Column c : kTeamColumns) {
    if (c == Column::Name) continue;
    SCOPED_TRACE(column_key(c));
    sort_by(c);
    EXPECT_EQ(app.state<TeamViewState>().sort, c);
    EXPECT_EQ(drawn_order(), expected_order(c, app.state<TeamViewState>().descending));
    some_order_differs |= expected_order(c, false) != expected_order(Column::Name, false);
  }
  EXPECT_TRUE(some_order_differs) << "the sample's reps must differ somewhere for this test to mean anything";
  // The other direction: the same header again (the table), or the direction button (the cards).
  sort_by(Column::Name);
  sort_by(Column::DaysSinceLastSession);
  ASSERT_FALSE(app.state<TeamViewState>().descending);
  if (projector())
    tap("team.dashboard.sort.daysSinceLastSession");
  else
    tap("team.dashboard.direction");
  EXPECT_TRUE(app.state<TeamViewState>().descending);
  EXPECT_EQ(drawn_order(), expected_order(Column::DaysSinceLastSession, true));
}

// The rows are kept between frames (TeamViewState::rows): an edit, an undo and a document opened
// each show at once.
TEST_P(TeamFixture, TheRowsFollowEveryChangeOfTheDocument) {
  auto text = [&] { return fieldbook::shell::testing::frame_text(imgui, build); };
  const std::string before = app.session().doc().team.at(0).name;
  app.session().edit("", [](Workspace& w) { w.team.at(0).name = "Renamed Rep"; });
  imgui.frames(build);
  EXPECT_NE(text().find("Renamed Rep"), std::string::npos);
  app.session().undo();
  imgui.frames(build);
  EXPECT_EQ(text().find("Renamed Rep"), std::string::npos);
  EXPECT_NE(text().find(before), std::string::npos);
  const auto version = app.session().doc_version();
  app.session().open_sample("zh");
  EXPECT_NE(app.session().doc_version(), version);
  imgui.frames(build);
  EXPECT_NE(text().find(app.session().doc().team.at(0).name), std::string::npos) << "the Chinese sample's names";
  EXPECT_EQ(text().find(before), std::string::npos);
}

TEST_P(TeamFixture, ATapOnARepOpensEverythingOfTheirs) {
  const auto& team = app.session().doc().team;
  // The rep with most coaching sessions in the sample.
  std::size_t who = 0;
  for (std::size_t i = 0; i < team.size(); ++i)
    if (dashboard::records_of_rep(app.session().doc(), team[i].id).coaching_sessions >
        dashboard::records_of_rep(app.session().doc(), team[who].id).coaching_sessions)
      who = i;
  const std::string rep_id = team[who].id;
  const auto theirs = dashboard::records_of_rep(app.session().doc(), rep_id);
  ASSERT_GT(theirs.coaching_sessions, 0);
  tap("team.rep." + std::to_string(who));
  EXPECT_EQ(app.state<TeamViewState>().open_rep_id, rep_id);
  EXPECT_TRUE(item_rect("team.rep.title").has_value());
  const std::pair<const char*, int> sections[] = {{"sessions", theirs.coaching_sessions}, {"objectives", theirs.objectives},
                                                  {"kpis", theirs.kpis},                {"funnels", theirs.funnel_periods},
                                                  {"roi", theirs.roi_cases},            {"rfm", theirs.rfm_analyses}};
  for (const auto& [key, count] : sections) {
    const std::string base = std::string("team.rep.") + key;
    EXPECT_TRUE(item_rect(base).has_value()) << key;
    for (int i = 0; i < count; ++i) EXPECT_TRUE(item_rect(base + "." + std::to_string(i)).has_value()) << key << i;
    EXPECT_FALSE(item_rect(base + "." + std::to_string(count)).has_value()) << key;
  }
  // A line opens its record: the session's worksheet in GROW.
  tap("team.rep.sessions.0");
  EXPECT_EQ(app.view(), "grow");
  EXPECT_FALSE(app.state<GrowViewState>().open_session_id.empty());
  EXPECT_EQ(app.state<GrowViewState>().open_rep_id, rep_id);
  // Back in the team view, the rep's page is still open; Back returns to the dashboard.
  app.navigate("team");
  imgui.frames(build);
  tap("team.rep.back");
  EXPECT_TRUE(app.state<TeamViewState>().open_rep_id.empty());
  EXPECT_TRUE(item_rect("team.rep.0").has_value());
}

// The progress board's team: growth 3, 3, 0 (ranks 1, 1, 3), one new this month, one with
// nothing this month, one with nothing at all.
void progress_team(Workspace& w) {
  w = Workspace{};
  const char* names[] = {"Ann", "Bob", "Cat", "Dan", "Eve", "Fay"};
  for (int i = 0; i < 6; ++i) w.team.push_back({.id = "r" + std::to_string(i), .name = names[i]});
  auto signed_deals = [&](int rep, const char* start, const char* end, double n) {
    fieldbook::okr::FunnelPeriod p;
    p.id = "f" + std::to_string(w.funnel_periods.size());
    p.owner_id = "r" + std::to_string(rep);
    p.period_start = start;
    p.period_end = end;
    p.counts = {40, 20, 10, n};
    w.funnel_periods.push_back(p);
  };
  const double last[] = {2, 1, 3, -1, 1, -1}, now[] = {5, 4, 3, 2, -1, -1};
  for (int i = 0; i < 6; ++i) {
    if (last[i] >= 0) signed_deals(i, "2026-10-05", "2026-10-11", last[i]);
    if (now[i] >= 0) signed_deals(i, "2026-11-02", "2026-11-08", now[i]);
  }
}

TEST_P(TeamFixture, TheProgressBoardRanksByGrowthWithTiesSharingARankAndTheOthersApart) {
  app.session().edit("", progress_team);
  imgui.frames(build);  // the sample's banner is gone: the tabs moved up
  tap("team.tab.progress");
  const auto board = dashboard::progress_board(app.session().doc(), dashboard::Measure{}, day());
  ASSERT_EQ(board.rows.at(0).rank, 1);
  ASSERT_EQ(board.rows.at(1).rank, 1);
  ASSERT_EQ(board.rows.at(2).rank, 3);
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(item_rect("team.progress.row." + std::to_string(i)).has_value()) << i;
  EXPECT_FALSE(item_rect("team.progress.row.3").has_value()) << "only the ranked are rows of the table";
  EXPECT_TRUE(item_rect("team.progress.row.0.tied").has_value());
  EXPECT_TRUE(item_rect("team.progress.row.1.tied").has_value());
  EXPECT_FALSE(item_rect("team.progress.row.2.tied").has_value());
  const std::string text = fieldbook::shell::testing::frame_text(imgui, build);
  EXPECT_NE(text.find("+3 (+150%)"), std::string::npos) << "Ann: 2 → 5";
  EXPECT_NE(text.find("+3 (+300%)"), std::string::npos) << "Bob: 1 → 4";
  EXPECT_NE(text.find("2026-11"), std::string::npos) << "the month shown";
  // The unranked, apart and below, each under its caption.
  for (const char* key : {"new", "noDataThisMonth", "noData"}) {
    const std::string caption = std::string("team.progress.") + key;
    ASSERT_TRUE(item_rect(caption).has_value()) << key;
    EXPECT_GT(item_rect(caption)->y, item_rect("team.progress.row.2")->y) << key;
    EXPECT_TRUE(item_rect(caption + ".0").has_value()) << key;
  }
  EXPECT_NE(text.find(tr(S::ProgressNew)), std::string::npos);
  // A ranked row opens the rep's records.
  tap("team.progress.row.2");
  EXPECT_EQ(app.state<TeamViewState>().open_rep_id, "r2");
}

// On December 1st no week of December has started: this month's board ranks nobody and points to
// last month's, which ranks November against October — the months named, not "this month".
TEST_P(TeamFixture, OnAMonthsFirstDayTheBoardPointsToLastMonthsWholeBoard) {
  platform.clock_ms = 1'796'112'000'000;  // 2026-12-01, 08:00 UTC
  app.session().edit("", progress_team);
  imgui.frames(build);
  tap("team.tab.progress");
  EXPECT_TRUE(item_rect("team.progress.noneRanked").has_value());
  EXPECT_FALSE(item_rect("team.progress.row.0").has_value());
  ASSERT_TRUE(item_rect("team.progress.showLastMonth").has_value());

  tap("team.progress.showLastMonth");
  EXPECT_TRUE(app.state<TeamViewState>().last_months_board);
  const auto november = dashboard::progress_board(app.session().doc(), dashboard::Measure{},
                                                  *fieldbook::parse_iso_date("2026-11-30"));
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(item_rect("team.progress.row." + std::to_string(i)).has_value()) << i;
  EXPECT_EQ(november.rows.at(0).rank, 1);
  const std::string text = fieldbook::shell::testing::frame_text(imgui, build);
  EXPECT_NE(text.find("+3 (+150%)"), std::string::npos) << "Ann: 2 → 5";
  EXPECT_NE(text.find("2026-11 (to 2026-11-30) against 2026-10"), std::string::npos);
  EXPECT_NE(text.find("New in 2026-11: no data in 2026-10"), std::string::npos);
  EXPECT_EQ(text.find(tr(S::ProgressNew)), std::string::npos) << "not \"this month\" on November's board";
  EXPECT_FALSE(item_rect("team.progress.showLastMonth").has_value());

  tap("team.progress.month.this");
  EXPECT_FALSE(app.state<TeamViewState>().last_months_board);
  EXPECT_TRUE(item_rect("team.progress.noneRanked").has_value());
}

// Ann's weekly visits (at least 5) in November: 6, 4, 5 and 7 — 3 of 4 met. Bob has a KPI and no
// entry in either month.
void kpi_team(Workspace& w) {
  const auto settings = w.settings;
  w = Workspace{};
  w.settings = settings;
  w.team = {{.id = "ann", .name = "Ann"}, {.id = "bob", .name = "Bob"}};
  w.kpis = {{.id = "visits", .name = "Visits", .target = 5, .owner_id = "ann"},
            {.id = "calls", .name = "Calls", .target = 20, .owner_id = "bob"}};
  const char* weeks[] = {"2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"};
  const double visits[] = {6, 4, 5, 7};
  for (int i = 0; i < 4; ++i) w.kpi_entries.push_back({"e" + std::to_string(i), "visits", weeks[i], visits[i], ""});
}

// On December 1st (a Tuesday) December's first week has not started: Ann's cell shows November's
// hit rate, named as November's, until she has an entry this month; Bob, with none in either
// month, still has none this month.
TEST_P(TeamFixture, OnAMonthsFirstDayTheKpiColumnShowsLastMonthsFigureNamedByItsMonth) {
  platform.clock_ms = 1'796'112'000'000;  // 2026-12-01, 08:00 UTC
  app.session().edit("", kpi_team);
  imgui.frames(build);
  std::string text = fieldbook::shell::testing::frame_text(imgui, build);
  EXPECT_NE(text.find("Nov: 75% (4 entries)"), std::string::npos) << text;
  // The projector's column is too narrow for the sentence: a dash there, as other columns have.
  if (!projector()) EXPECT_NE(text.find(tr(S::TeamKpiNone)), std::string::npos) << "Bob";
  EXPECT_EQ(text.find("75% (4 entries)"), text.find("Nov: ") + 5) << "never without its month";

  // Her monthly complaints for December (at most 3): 2, met.
  app.session().edit("", [](Workspace& w) {
    w.kpis.push_back({.id = "complaints", .name = "Complaints", .direction = fieldbook::okr::KpiDirection::AtMost,
                      .target = 3, .frequency = fieldbook::okr::KpiFrequency::Monthly, .owner_id = "ann"});
    w.kpi_entries.push_back({"e-dec", "complaints", "2026-12-01", 2, ""});
  });
  imgui.frames(build);
  text = fieldbook::shell::testing::frame_text(imgui, build);
  EXPECT_NE(text.find("100% (1 entry)"), std::string::npos) << text;
  EXPECT_EQ(text.find("Nov"), std::string::npos) << "this month's figure, unlabelled";

  // In Chinese the month is 11月.
  app.session().edit("", [](Workspace& w) {
    w.settings.language = fieldbook::workspace::LanguagePreference::Zh;
    std::erase_if(w.kpi_entries, [](const auto& e) { return e.id == "e-dec"; });
  });
  imgui.frames(build);
  text = fieldbook::shell::testing::frame_text(imgui, build);
  EXPECT_NE(text.find("11月：75%（4 条）"), std::string::npos) << text;
  EXPECT_NE(text.find("本月无 KPI 记录"), std::string::npos) << "Bob";
}

TEST_P(TeamFixture, TheProgressBoardMeasuresAKpiByName) {
  tap("team.tab.progress");
  tap("team.progress.measure");
  ASSERT_TRUE(item_rect("team.progress.measure.kpi.0").has_value());
  tap("team.progress.measure.kpi.0");
  EXPECT_EQ(app.state<TeamViewState>().measure.kind, dashboard::Measure::Kind::Kpi);
  tap("team.progress.measure");
  tap("team.progress.measure.revenue");
  EXPECT_EQ(app.state<TeamViewState>().measure.kind, dashboard::Measure::Kind::Revenue);
  EXPECT_TRUE(item_rect("team.progress.months").has_value());
}

TEST_P(TeamFixture, AnEmptyTeamSaysWhereToAddIt) {
  app.session().edit("", [](Workspace& w) { w = Workspace{}; });
  imgui.frames(build);
  EXPECT_TRUE(item_rect("team.addReps").has_value());
  tap("team.addReps");
  EXPECT_EQ(app.view(), "grow");
}

TEST_P(TeamFixture, TheChineseViewHasNoEnglishWords) {
  app.session().open_sample("zh");
  app.session().edit("", [&](Workspace& w) { w.settings.language = fieldbook::workspace::LanguagePreference::Zh; });
  imgui.frames(build);
  for (int tab = 0; tab < 2; ++tab) {
    tap(tab == 0 ? "team.tab.dashboard" : "team.tab.progress");
    const std::string text = fieldbook::shell::testing::frame_text(imgui, build);
    for (const char* english : {"Team", "days", "entries", "open", "overdue", "Sort", "Rank", "month", "Name", "No "})
      EXPECT_EQ(text.find(english), std::string::npos) << english << " on tab " << tab;
  }
}

INSTANTIATE_TEST_SUITE_P(Screens, TeamFixture, ::testing::Values(ImVec2(768, 1024), ImVec2(1920, 1080)),
                         [](const auto& info) { return info.param.x < 1000 ? std::string("Tablet") : std::string("Projector"); });

}  // namespace
