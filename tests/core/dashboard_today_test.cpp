// Today (dashboard/today.h): what needs attention as of a day, each kind of item with the record
// it opens and whose it is, most urgent first.
#include "dashboard/today.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace fieldbook::dashboard {
namespace {

// 2026-11-18 is a Wednesday: its week runs 11-16 (Monday) to 11-22 (Sunday).
const Date kDay = *parse_iso_date("2026-11-18");

grow::Action action(std::string id, std::string due, grow::ActionOwner owner = grow::ActionOwner::Rep,
                    grow::ActionStatus status = grow::ActionStatus::Open) {
  grow::Action a;
  a.id = std::move(id);
  a.text = a.id;
  a.owner = owner;
  a.due_date = std::move(due);
  a.status = status;
  return a;
}

okr::Objective objective(std::string id, std::string owner, std::string first, std::string last) {
  okr::Objective o;
  o.id = std::move(id);
  o.owner_id = std::move(owner);
  o.period_start = std::move(first);
  o.period_end = std::move(last);
  return o;
}

okr::KeyResult key_result(std::string id, std::string objective_id) {
  okr::KeyResult k;
  k.id = std::move(id);
  k.objective_id = std::move(objective_id);
  k.start = 0;
  k.target = 10;
  return k;
}

okr::Kpi kpi(std::string id, std::string owner, okr::KpiDirection direction, double target,
             okr::KpiFrequency f = okr::KpiFrequency::Weekly) {
  okr::Kpi k;
  k.id = std::move(id);
  k.owner_id = std::move(owner);
  k.direction = direction;
  k.target = target;
  k.frequency = f;
  return k;
}

okr::KpiEntry entry(std::string kpi_id, std::string start, double value) {
  return {kpi_id + "@" + start, std::move(kpi_id), std::move(start), value, ""};
}

okr::FunnelPeriod funnel(std::string id, std::string owner, std::string start, std::vector<double> counts,
                         std::vector<std::optional<double>> targets = {}) {
  okr::FunnelPeriod f;
  f.id = std::move(id);
  f.owner_id = std::move(owner);
  f.period_start = std::move(start);
  f.period_end = format_iso_date(add_days(*parse_iso_date(f.period_start), 6));
  f.counts = std::move(counts);
  f.step_targets = std::move(targets);
  return f;
}

roi::Case roi_case(std::string id, std::string owner, std::string updated_at) {
  roi::Case c;
  c.id = std::move(id);
  c.owner_id = std::move(owner);
  c.updated_at = std::move(updated_at);
  return c;
}

workspace::Workspace today_workspace() {
  workspace::Workspace w;
  w.team = {{.id = "li", .name = "Li Na"}};
  grow::CoachingSession s;
  s.id = "s1";
  s.rep_id = "li";
  s.date = "2026-11-04";
  // a1 is 8 days overdue, a2 (mine, as the coach's) 2; a4 and a3 are due this week; a5 later, a6
  // done: neither shows.
  s.actions = {action("a1", "2026-11-10"), action("a2", "2026-11-16", grow::ActionOwner::Manager),
               action("a3", "2026-11-20"), action("a4", "2026-11-19"), action("a5", "2026-11-25"),
               action("a6", "2026-11-01", grow::ActionOwner::Rep, grow::ActionStatus::Done)};
  w.coaching_sessions = {s};
  // Q4 (91 days, day 48): expected 48/91 = 0.527. Progress 0.1 → gap 0.427: off track; 0.4 → gap
  // 0.127: at risk; 0.6 → gap −0.07: on track, unless the confidence is 2: at risk. Q3 is over.
  w.objectives = {objective("q4", "li", "2026-10-01", "2026-12-31"), objective("q3", "", "2026-07-01", "2026-09-30")};
  w.key_results = {key_result("k-off", "q4"), key_result("k-low", "q4"), key_result("k-risk", "q4"),
                   key_result("k-ok", "q4"), key_result("k-q3", "q3")};
  w.check_ins = {{"c1", "k-off", "2026-11-01", 1, 6, "", ""},
                 {"c2", "k-low", "2026-11-01", 6, 2, "", ""},
                 {"c3", "k-risk", "2026-11-01", 4, 6, "", ""},
                 {"c4", "k-ok", "2026-11-01", 6, 6, "", ""},
                 {"c5", "k-q3", "2026-09-01", 0, 1, "", ""}};
  // v: this week 3 < 5 (misses by 2/5 = 0.4). w: no entry this week yet, last week's 2 < 4 (0.5).
  // x: this week's 6 meets 5 (last week's miss no longer counts). m: monthly at most 3, November's
  // 5 (misses by 2/3). old: only an entry of October: nothing current to say.
  w.kpis = {kpi("v", "li", okr::KpiDirection::AtLeast, 5), kpi("w", "", okr::KpiDirection::AtLeast, 4),
            kpi("x", "li", okr::KpiDirection::AtLeast, 5),
            kpi("m", "li", okr::KpiDirection::AtMost, 3, okr::KpiFrequency::Monthly),
            kpi("old", "li", okr::KpiDirection::AtLeast, 5)};
  w.kpi_entries = {entry("v", "2026-11-16", 3), entry("w", "2026-11-09", 2), entry("x", "2026-11-09", 1),
                   entry("x", "2026-11-16", 6), entry("m", "2026-11-01", 5), entry("old", "2026-10-26", 0)};
  // Mine: steps 0.5 and 0.2 against 0.6 and 0.4: the second misses by most (0.2), with targets.
  // Li's: latest by the day is 11-16 (11-23 has not started), steps 0.5, 0.2, 0.5: the lowest.
  w.funnel_periods = {funnel("f-li-16", "li", "2026-11-16", {80, 40, 8, 4}),
                      funnel("f-li-23", "li", "2026-11-23", {10, 1, 1, 1}),
                      funnel("f-mine", "", "2026-11-09", {100, 50, 10, 5}, {0.6, 0.4, std::nullopt})};
  // The three latest by updatedAt: r2, r3, r1; r4's time does not read (oldest).
  w.roi_cases = {roi_case("r1", "", "2026-11-01T00:00:00Z"), roi_case("r2", "li", "2026-11-17T09:00:00Z"),
                 roi_case("r3", "", "2026-11-10T00:00:00Z"), roi_case("r4", "", "")};
  return w;
}

TEST(DashboardToday, EveryKindInOrderOfUrgency) {
  const workspace::Workspace w = today_workspace();
  const auto items = today(w, kDay);
  std::vector<std::pair<TodayKind, std::string>> got;
  for (const TodayItem& i : items) got.emplace_back(i.kind, i.item_id.empty() ? i.record_id : i.item_id);
  const std::vector<std::pair<TodayKind, std::string>> want = {
      {TodayKind::OverdueAction, "a1"},      {TodayKind::OverdueAction, "a2"},
      {TodayKind::ActionDueThisWeek, "a4"},  {TodayKind::ActionDueThisWeek, "a3"},
      {TodayKind::KeyResultOffTrack, "k-off"}, {TodayKind::KeyResultAtRisk, "k-risk"},
      {TodayKind::KeyResultAtRisk, "k-low"}, {TodayKind::KpiBelowTarget, "m@2026-11-01"},
      {TodayKind::KpiBelowTarget, "w@2026-11-09"}, {TodayKind::KpiBelowTarget, "v@2026-11-16"},
      {TodayKind::FunnelBottleneck, "f-mine"}, {TodayKind::FunnelBottleneck, "f-li-16"},
      {TodayKind::RecentRoiCase, "r2"},      {TodayKind::RecentRoiCase, "r3"},
      {TodayKind::RecentRoiCase, "r1"}};
  EXPECT_EQ(got, want);
}

TEST(DashboardToday, ActionsOpenTheirSessionAndBelongToTheRepOrTheCoach) {
  const auto items = today(today_workspace(), kDay);
  ASSERT_GE(items.size(), 4u);
  EXPECT_EQ(items[0].record_id, "s1");
  EXPECT_EQ(items[0].owner_id, "li");
  EXPECT_EQ(items[0].date, "2026-11-10");
  EXPECT_EQ(items[0].days_overdue, 8);
  EXPECT_EQ(items[1].owner_id, "");  // the manager's own action
  EXPECT_EQ(items[1].days_overdue, 2);
  EXPECT_EQ(items[2].days_overdue, 0);
  EXPECT_EQ(items[2].date, "2026-11-19");
}

TEST(DashboardToday, KeyResultsOpenTheirObjectiveWithProgressAndExpected) {
  const auto items = today(today_workspace(), kDay);
  const TodayItem& off = items[4];
  EXPECT_EQ(off.record_id, "q4");
  EXPECT_EQ(off.owner_id, "li");
  EXPECT_EQ(off.date, "2026-12-31");
  EXPECT_DOUBLE_EQ(*off.progress, 0.1);
  EXPECT_DOUBLE_EQ(*off.expected, 48.0 / 91);
}

TEST(DashboardToday, KpisAndBottlenecksCarryTheirNumbers) {
  const auto items = today(today_workspace(), kDay);
  const TodayItem& w = items[8];
  EXPECT_EQ(w.record_id, "w");
  EXPECT_EQ(w.owner_id, "");
  EXPECT_EQ(w.date, "2026-11-09");
  EXPECT_DOUBLE_EQ(*w.progress, 2);  // the value
  EXPECT_DOUBLE_EQ(*w.expected, 4);  // the target
  const TodayItem& mine = items[10];
  EXPECT_EQ(mine.step, std::optional<std::size_t>(1));
  EXPECT_DOUBLE_EQ(*mine.conversion, 0.2);
  const TodayItem& li = items[11];
  EXPECT_EQ(li.owner_id, "li");
  EXPECT_EQ(li.step, std::optional<std::size_t>(1));
  EXPECT_DOUBLE_EQ(*li.conversion, 0.2);
  EXPECT_EQ(items[12].owner_id, "li");  // r2 is Li's case
}

TEST(DashboardToday, AnEmptyWorkspaceHasNothingToDo) {
  EXPECT_TRUE(today(workspace::Workspace{}, kDay).empty());
}

TEST(DashboardToday, NoMoreThanTheThreeLatestCases) {
  workspace::Workspace w;
  for (int i = 1; i <= 5; ++i) w.roi_cases.push_back(roi_case("r" + std::to_string(i), "", "2026-11-0" + std::to_string(i) + "T00:00:00Z"));
  const auto items = today(w, kDay);
  ASSERT_EQ(items.size(), kRecentCases);
  EXPECT_EQ(items[0].record_id, "r5");
  EXPECT_EQ(items[2].record_id, "r3");
}

}  // namespace
}  // namespace fieldbook::dashboard
