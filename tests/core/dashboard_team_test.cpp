// The team dashboard (dashboard/team_dashboard.h): one row per rep as of a day, each figure the
// tool's own, and sorting by any column with missing values last.
#include "dashboard/team_dashboard.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace fieldbook::dashboard {
namespace {

// 2026-11-18 is a Wednesday; November 2026 starts on a Sunday.
const Date kDay = *parse_iso_date("2026-11-18");

okr::Objective objective(std::string id, std::string owner, std::string first, std::string last) {
  okr::Objective o;
  o.id = std::move(id);
  o.title = o.id;
  o.owner_id = std::move(owner);
  o.period_start = std::move(first);
  o.period_end = std::move(last);
  return o;
}

okr::KeyResult key_result(std::string id, std::string objective_id, okr::KeyResultType type, double target) {
  okr::KeyResult k;
  k.id = std::move(id);
  k.objective_id = std::move(objective_id);
  k.type = type;
  k.start = 0;
  k.target = target;
  return k;
}

okr::CheckIn check_in(std::string id, std::string kr, std::string date, double value, int confidence) {
  return {std::move(id), std::move(kr), std::move(date), value, confidence, "", ""};
}

okr::Kpi kpi(std::string id, std::string owner, okr::KpiDirection direction, double target, okr::KpiFrequency f) {
  okr::Kpi k;
  k.id = std::move(id);
  k.name = k.id;
  k.owner_id = std::move(owner);
  k.direction = direction;
  k.target = target;
  k.frequency = f;
  return k;
}

okr::KpiEntry entry(std::string id, std::string kpi_id, std::string start, double value) {
  return {std::move(id), std::move(kpi_id), std::move(start), value, ""};
}

okr::FunnelPeriod funnel(std::string id, std::string owner, std::string start, std::vector<double> counts) {
  okr::FunnelPeriod f;
  f.id = std::move(id);
  f.owner_id = std::move(owner);
  f.period_start = std::move(start);
  f.period_end = format_iso_date(add_days(*parse_iso_date(f.period_start), 6));
  f.counts = std::move(counts);
  return f;
}

grow::Action action(std::string id, std::string due, grow::ActionStatus status = grow::ActionStatus::Open) {
  grow::Action a;
  a.id = std::move(id);
  a.text = a.id;
  a.due_date = std::move(due);
  a.status = status;
  return a;
}

grow::CoachingSession session(std::string id, std::string rep, std::string date, std::vector<grow::Action> actions = {}) {
  grow::CoachingSession s;
  s.id = std::move(id);
  s.rep_id = std::move(rep);
  s.date = std::move(date);
  s.actions = std::move(actions);
  return s;
}

// Li Na has a bit of everything; Wang Lei has nothing; the workspace's owner (me) has records
// that must not count for either.
workspace::Workspace team_workspace() {
  workspace::Workspace w;
  w.team = {{.id = "li", .name = "Li Na", .stage = team::RepStage::Growing},
            {.id = "wang", .name = "Wang Lei", .stage = team::RepStage::New}};
  // Q4: 2026-10-01 → 12-31 is 91 days; 11-18 is day 48, so expected 48/91. Progress 4/10 = 0.4.
  // November: 11-01 → 11-30 is 29 days; 11-18 is day 17, so expected 17/29. A done milestone: 1.
  // Q3 has ended: ignored (its 0 would pull the mean down). Mine in Q4: not Li's.
  w.objectives = {objective("q4", "li", "2026-10-01", "2026-12-31"), objective("nov", "li", "2026-11-01", "2026-11-30"),
                  objective("q3", "li", "2026-07-01", "2026-09-30"), objective("mine", "", "2026-10-01", "2026-12-31")};
  w.key_results = {key_result("k-q4", "q4", okr::KeyResultType::Increase, 10),
                   key_result("k-nov", "nov", okr::KeyResultType::Milestone, 1),
                   key_result("k-q3", "q3", okr::KeyResultType::Increase, 10),
                   key_result("k-mine", "mine", okr::KeyResultType::Increase, 10)};
  w.check_ins = {check_in("c1", "k-q4", "2026-11-01", 4, 3), check_in("c2", "k-nov", "2026-11-10", 1, 8),
                 check_in("c3", "k-q3", "2026-09-01", 0, 1), check_in("c4", "k-mine", "2026-11-01", 9, 9)};
  // Li's weekly visits (at least 5) and monthly complaints (at most 3). In November: 6 met, 4 not,
  // 5 met (weeks of 11-02, 11-09, 11-16) and 2 met (month of 11-01): 3 of 4. The week of 10-26 and
  // December's entry are other months; my KPI's November entry is not Li's.
  w.kpis = {kpi("visits", "li", okr::KpiDirection::AtLeast, 5, okr::KpiFrequency::Weekly),
            kpi("complaints", "li", okr::KpiDirection::AtMost, 3, okr::KpiFrequency::Monthly),
            kpi("my-visits", "", okr::KpiDirection::AtLeast, 5, okr::KpiFrequency::Weekly)};
  w.kpi_entries = {entry("e0", "visits", "2026-10-26", 1),    entry("e1", "visits", "2026-11-02", 6),
                   entry("e2", "visits", "2026-11-09", 4),    entry("e3", "visits", "2026-11-16", 5),
                   entry("e4", "complaints", "2026-11-01", 2), entry("e5", "complaints", "2026-12-01", 9),
                   entry("e6", "my-visits", "2026-11-02", 0)};
  // The latest period starting on or before 11-18 is 11-16: 4 signed of 80 leads = 0.05; steps
  // 0.5, 0.2, 0.5 without targets, so the bottleneck is the lowest, step 1 (opportunity →
  // proposal). The week of 11-23 has not started; mine is not hers.
  w.funnel_periods = {funnel("f-09", "li", "2026-11-09", {100, 40, 10, 4}),
                      funnel("f-16", "li", "2026-11-16", {80, 40, 8, 4}),
                      funnel("f-23", "li", "2026-11-23", {10, 10, 10, 10}),
                      funnel("f-mine", "", "2026-11-17", {10, 10, 10, 10})};
  // Li's session of 11-04: one action overdue (due 11-10), one due this week, one done. The one of
  // 11-25 has not happened yet, so the last 1:1 was 14 days before 11-18.
  w.coaching_sessions = {session("s1", "li", "2026-11-04",
                                 {action("a1", "2026-11-10"), action("a2", "2026-11-20"),
                                  action("a3", "2026-11-06", grow::ActionStatus::Done)}),
                         session("s2", "li", "2026-11-25")};
  return w;
}

TEST(DashboardTeam, ARepWithNothingHasARowOfEmptyValues) {
  const workspace::Workspace w = team_workspace();
  const auto rows = team_dashboard(w, kDay);
  ASSERT_EQ(rows.size(), 2u);
  const TeamRow& wang = rows[1];
  EXPECT_EQ(wang.rep, &w.team[1]);
  EXPECT_EQ(wang.style, grow::LeadershipStyle::Directing);  // a new rep is directed
  EXPECT_FALSE(wang.okr);
  EXPECT_FALSE(wang.kpi);
  EXPECT_FALSE(wang.funnel);
  EXPECT_EQ(wang.open_actions, 0);
  EXPECT_EQ(wang.overdue_actions, 0);
  EXPECT_FALSE(wang.days_since_last_session);
}

TEST(DashboardTeam, OkrsOfTheDayArePlainMeansAndObjectivesOutsideThePeriodAreIgnored) {
  const workspace::Workspace w = team_workspace();
  const TeamRow li = team_dashboard(w, kDay)[0];
  EXPECT_EQ(li.rep->id, "li");
  EXPECT_EQ(li.style, grow::LeadershipStyle::Coaching);  // growing
  ASSERT_TRUE(li.okr);
  EXPECT_EQ(li.okr->objectives, 2);
  EXPECT_DOUBLE_EQ(li.okr->progress, (0.4 + 1.0) / 2);
  EXPECT_DOUBLE_EQ(li.okr->expected, (48.0 / 91 + 17.0 / 29) / 2);
  // Ahead of time (0.7 vs 0.557), but the Q4 key result's latest confidence is 3: at risk.
  EXPECT_EQ(li.okr->status, okr::Status::AtRisk);
}

TEST(DashboardTeam, KpiHitRateIsOfTheEntriesOfTheDaysMonth) {
  const workspace::Workspace w = team_workspace();
  const TeamRow li = team_dashboard(w, kDay)[0];
  ASSERT_TRUE(li.kpi);
  EXPECT_EQ(li.kpi->entries, 4);
  EXPECT_DOUBLE_EQ(li.kpi->hit_rate, 0.75);
  EXPECT_FALSE(li.kpi->last_month);
  EXPECT_EQ(li.kpi->month.first, *parse_iso_date("2026-11-01"));
  // In October only the week of 10-26 counts: 1 visit, missed.
  const TeamRow october = team_dashboard(w, *parse_iso_date("2026-10-31"))[0];
  ASSERT_TRUE(october.kpi);
  EXPECT_EQ(october.kpi->entries, 1);
  EXPECT_DOUBLE_EQ(october.kpi->hit_rate, 0.0);
  EXPECT_FALSE(october.kpi->last_month);
}

// 2026-12-01 is a Tuesday: December's first week starts on the 7th, so no weekly entry counts in
// December yet. Without one the rep's figure is November's, marked as last month's.
TEST(DashboardTeam, KpiHitRateIsLastMonthsUntilTheRepHasAnEntryThisMonth) {
  workspace::Workspace w = team_workspace();
  std::erase_if(w.kpi_entries, [](const okr::KpiEntry& e) { return e.id == "e5"; });  // December's complaints
  const Date first_of_december = *parse_iso_date("2026-12-01");
  const TeamRow li = team_dashboard(w, first_of_december)[0];
  ASSERT_TRUE(li.kpi);
  EXPECT_TRUE(li.kpi->last_month);
  EXPECT_EQ(li.kpi->month.first, *parse_iso_date("2026-11-01"));
  EXPECT_EQ(li.kpi->month.last, *parse_iso_date("2026-11-30"));
  EXPECT_EQ(li.kpi->entries, 4);
  EXPECT_DOUBLE_EQ(li.kpi->hit_rate, 0.75);
  EXPECT_FALSE(team_dashboard(w, first_of_december)[1].kpi) << "Wang has no KPI in either month";

  // Once December has an entry (the monthly complaints, 9 against at most 3), December's alone.
  w.kpi_entries.push_back(entry("e5", "complaints", "2026-12-01", 9));
  const TeamRow december = team_dashboard(w, first_of_december)[0];
  ASSERT_TRUE(december.kpi);
  EXPECT_FALSE(december.kpi->last_month);
  EXPECT_EQ(december.kpi->month.first, first_of_december);
  EXPECT_EQ(december.kpi->entries, 1);
  EXPECT_DOUBLE_EQ(december.kpi->hit_rate, 0.0);
}

TEST(DashboardTeam, KpiHitRateIsNoneWhenNeitherMonthHasAnEntry) {
  const workspace::Workspace w = team_workspace();
  // On 2027-01-04 January has nothing, December the complaints of 12-01; in February neither month
  // has anything.
  const TeamRow january = team_dashboard(w, *parse_iso_date("2027-01-04"))[0];
  ASSERT_TRUE(january.kpi);
  EXPECT_TRUE(january.kpi->last_month);
  EXPECT_FALSE(team_dashboard(w, *parse_iso_date("2027-02-01"))[0].kpi) << "not reaching back two months";
}

TEST(DashboardTeam, FunnelIsTheLatestPeriodStartedByTheDayWithItsConversionAndBottleneck) {
  const workspace::Workspace w = team_workspace();
  const TeamRow li = team_dashboard(w, kDay)[0];
  ASSERT_TRUE(li.funnel);
  EXPECT_EQ(li.funnel->period->id, "f-16");
  EXPECT_DOUBLE_EQ(*li.funnel->conversion, 0.05);
  EXPECT_EQ(li.funnel->bottleneck, std::optional<std::size_t>(1));
  // A week later the period of 11-23 is the latest: everything converts (1), so the first step.
  const TeamRow later = team_dashboard(w, *parse_iso_date("2026-11-25"))[0];
  EXPECT_EQ(later.funnel->period->id, "f-23");
  EXPECT_DOUBLE_EQ(*later.funnel->conversion, 1.0);
  EXPECT_EQ(later.funnel->bottleneck, std::optional<std::size_t>(0));
  // Before her first period there is none.
  EXPECT_FALSE(team_dashboard(w, *parse_iso_date("2026-11-08"))[0].funnel);
}

TEST(DashboardTeam, FunnelWithoutFirstStageHasNoConversion) {
  workspace::Workspace w = team_workspace();
  w.funnel_periods = {funnel("f", "li", "2026-11-16", {0, 0, 0, 0})};
  const TeamRow li = team_dashboard(w, kDay)[0];
  ASSERT_TRUE(li.funnel);
  EXPECT_FALSE(li.funnel->conversion);
  EXPECT_FALSE(li.funnel->bottleneck);
}

TEST(DashboardTeam, ActionsAndDaysSinceTheLastSessionHeldByTheDay) {
  const workspace::Workspace w = team_workspace();
  const TeamRow li = team_dashboard(w, kDay)[0];
  EXPECT_EQ(li.open_actions, 2);
  EXPECT_EQ(li.overdue_actions, 1);
  EXPECT_EQ(li.days_since_last_session, std::optional<int>(14));
  // On the day of the second session it is 0.
  EXPECT_EQ(team_dashboard(w, *parse_iso_date("2026-11-25"))[0].days_since_last_session, std::optional<int>(0));
}

TEST(DashboardTeam, RepRecordsCountEveryToolOfTheirs) {
  workspace::Workspace w = team_workspace();
  w.roi_cases.resize(2);
  w.roi_cases[0].id = "r1";
  w.roi_cases[0].owner_id = "li";
  w.roi_cases[1].id = "r2";
  w.rfm_analyses.resize(1);
  w.rfm_analyses[0].owner_id = "li";
  const RepRecords li = records_of_rep(w, "li");
  EXPECT_EQ(li.objectives, 3);
  EXPECT_EQ(li.kpis, 2);
  EXPECT_EQ(li.funnel_periods, 3);
  EXPECT_EQ(li.coaching_sessions, 2);
  EXPECT_EQ(li.roi_cases, 1);
  EXPECT_EQ(li.rfm_analyses, 1);
  EXPECT_TRUE(is_theirs(w.coaching_sessions[0], "li"));  // a session is theirs when it is about them
  EXPECT_FALSE(is_theirs(w.roi_cases[1], "li"));
}

// Rows made by hand: a name and the values under test.
std::vector<TeamRow> rows_of(const std::vector<team::Rep>& reps) {
  std::vector<TeamRow> rows;
  for (const team::Rep& r : reps) rows.push_back({.rep = &r});
  return rows;
}

std::vector<std::string> ids(const std::vector<TeamRow>& rows) {
  std::vector<std::string> out;
  for (const TeamRow& r : rows) out.push_back(r.rep->id);
  return out;
}

TEST(DashboardTeamSort, MissingValuesGoLastEitherWayAndTiesGoByName) {
  const std::vector<team::Rep> reps = {{.id = "1", .name = "Dong"}, {.id = "2", .name = "Chen"},
                                       {.id = "3", .name = "Bai"},  {.id = "4", .name = "Ai"},
                                       {.id = "5", .name = "Chen"}};
  std::vector<TeamRow> rows = rows_of(reps);
  rows[0].kpi = KpiStanding{.hit_rate = 0.5};
  rows[1].kpi = KpiStanding{.hit_rate = 0.25};
  // Bai has none; Ai none.
  rows[4].kpi = KpiStanding{.hit_rate = 0.5, .last_month = true};  // last month's sorts by its figure too
  sort_rows(rows, Column::KpiHitRate, false);
  // 0.25 (Chen 2), 0.5 twice by name (Chen 5 before Dong), then the missing ones by name.
  EXPECT_EQ(ids(rows), (std::vector<std::string>{"2", "5", "1", "4", "3"}));
  sort_rows(rows, Column::KpiHitRate, true);
  EXPECT_EQ(ids(rows), (std::vector<std::string>{"5", "1", "2", "4", "3"}));
}

TEST(DashboardTeamSort, EqualNamesAndValuesKeepTheirOrder) {
  const std::vector<team::Rep> reps = {{.id = "b", .name = "Chen"}, {.id = "a", .name = "Chen"}};
  std::vector<TeamRow> rows = rows_of(reps);
  sort_rows(rows, Column::OpenActions, true);
  EXPECT_EQ(ids(rows), (std::vector<std::string>{"b", "a"}));
  sort_rows(rows, Column::Name, false);
  EXPECT_EQ(ids(rows), (std::vector<std::string>{"b", "a"}));
}

TEST(DashboardTeamSort, StatusAscendingIsFromBehindToAheadAndNamesSortBothWays) {
  const std::vector<team::Rep> reps = {{.id = "done", .name = "A"}, {.id = "none", .name = "B"},
                                       {.id = "off", .name = "C"},  {.id = "risk", .name = "D"},
                                       {.id = "on", .name = "E"}};
  std::vector<TeamRow> rows = rows_of(reps);
  rows[0].okr = OkrStanding{.status = okr::Status::Done};
  rows[2].okr = OkrStanding{.status = okr::Status::OffTrack};
  rows[3].okr = OkrStanding{.status = okr::Status::AtRisk};
  rows[4].okr = OkrStanding{.status = okr::Status::OnTrack};
  sort_rows(rows, Column::OkrStatus, false);
  EXPECT_EQ(ids(rows), (std::vector<std::string>{"off", "risk", "on", "done", "none"}));
  sort_rows(rows, Column::Name, true);
  EXPECT_EQ(ids(rows), (std::vector<std::string>{"on", "risk", "off", "none", "done"}));
}

TEST(DashboardTeamSort, DaysSinceTheLastSessionLongestFirstWithTheNeverCoachedLast) {
  const std::vector<team::Rep> reps = {{.id = "never", .name = "A"}, {.id = "week", .name = "B"},
                                       {.id = "month", .name = "C"}};
  std::vector<TeamRow> rows = rows_of(reps);
  rows[1].days_since_last_session = 7;
  rows[2].days_since_last_session = 30;
  sort_rows(rows, Column::DaysSinceLastSession, true);
  EXPECT_EQ(ids(rows), (std::vector<std::string>{"month", "week", "never"}));
}

}  // namespace
}  // namespace fieldbook::dashboard
