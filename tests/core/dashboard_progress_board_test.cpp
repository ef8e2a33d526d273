// The progress board (dashboard/progress_board.h): reps ranked by growth over last month on the
// manager's measure — ties share a rank, a rep new on the board is listed apart — and the
// measure's words on the command line.
#include "dashboard/progress_board.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

namespace fieldbook::dashboard {
namespace {

// This month is November 2026, last month October.
const Date kDay = *parse_iso_date("2026-11-18");

okr::FunnelPeriod funnel(std::string id, std::string owner, std::string start, double signed_count) {
  okr::FunnelPeriod f;
  f.id = std::move(id);
  f.owner_id = std::move(owner);
  f.period_start = std::move(start);
  f.period_end = format_iso_date(add_days(*parse_iso_date(f.period_start), 6));
  f.counts = {20, 10, 5, signed_count};
  return f;
}

std::vector<std::string> ids(const ProgressBoard& b) {
  std::vector<std::string> out;
  for (const BoardRow& r : b.rows) out.push_back(r.rep->id);
  return out;
}

const BoardRow& row(const ProgressBoard& b, const std::string& id) {
  for (const BoardRow& r : b.rows)
    if (r.rep->id == id) return r;
  throw std::runtime_error("no row " + id);
}

// Signed per rep, October → November (sums of the last stage of the periods starting in each):
//   a 1+2 = 3 → 2+3 = 5: +2 (+66.7 %)     b 2 → 4: +2 (+100 %)     c 0 → 1: +1 (no %)
//   d 4 → 1: −3 (−75 %)                    e none → 6: new            f 2 → none: no data this month
//   g nothing at all.
// Team order e, b, a, d, c, f, g: a and b tie at rank 1 in team order (b first), then c is 3.
workspace::Workspace signed_workspace() {
  workspace::Workspace w;
  for (const char* id : {"e", "b", "a", "d", "c", "f", "g"}) w.team.push_back({.id = id, .name = id});
  w.funnel_periods = {
      funnel("a1", "a", "2026-10-05", 1), funnel("a2", "a", "2026-10-26", 2),  // 10-26 → 11-01: October's
      funnel("a3", "a", "2026-11-02", 2), funnel("a4", "a", "2026-11-09", 3),
      funnel("a5", "a", "2026-12-01", 50),  // next month
      funnel("b1", "b", "2026-10-12", 2),  funnel("b2", "b", "2026-11-16", 4),
      funnel("c1", "c", "2026-10-12", 0),  funnel("c2", "c", "2026-11-16", 1),
      funnel("d1", "d", "2026-10-12", 4),  funnel("d2", "d", "2026-11-16", 1),
      funnel("e1", "e", "2026-11-02", 6),
      funnel("f1", "f", "2026-10-19", 2),
      funnel("mine", "", "2026-11-02", 40),  // the manager's own: nobody's on the board
  };
  return w;
}

TEST(DashboardProgressBoard, SignedRanksByGrowthWithTiesSharingARankAndTheRestApart) {
  const workspace::Workspace w = signed_workspace();
  const ProgressBoard b = progress_board(w, Measure{}, kDay);
  EXPECT_EQ(b.this_month.first, *parse_iso_date("2026-11-01"));
  EXPECT_EQ(b.last_month.first, *parse_iso_date("2026-10-01"));
  EXPECT_EQ(b.last_month.last, *parse_iso_date("2026-10-31"));
  EXPECT_EQ(ids(b), (std::vector<std::string>{"b", "a", "c", "d", "e", "f", "g"}));

  const BoardRow& a = row(b, "a");
  EXPECT_EQ(a.rank, std::optional<int>(1));
  EXPECT_DOUBLE_EQ(*a.this_month, 5);
  EXPECT_DOUBLE_EQ(*a.last_month, 3);
  EXPECT_DOUBLE_EQ(*a.growth, 2);
  EXPECT_DOUBLE_EQ(*a.growth_percent, 200.0 / 3);
  EXPECT_EQ(row(b, "b").rank, std::optional<int>(1));
  EXPECT_DOUBLE_EQ(*row(b, "b").growth_percent, 100);

  const BoardRow& c = row(b, "c");
  EXPECT_EQ(c.rank, std::optional<int>(3));  // 1, 1, 3
  EXPECT_TRUE(a.tied);
  EXPECT_TRUE(row(b, "b").tied);
  EXPECT_FALSE(c.tied);
  EXPECT_TRUE(b.ranks_anyone());
  EXPECT_DOUBLE_EQ(*c.growth, 1);
  EXPECT_FALSE(c.growth_percent);  // nothing signed in October: no percentage of it

  const BoardRow& d = row(b, "d");
  EXPECT_EQ(d.rank, std::optional<int>(4));
  EXPECT_FALSE(d.tied);
  EXPECT_DOUBLE_EQ(*d.growth, -3);
  EXPECT_DOUBLE_EQ(*d.growth_percent, -75);

  const BoardRow& e = row(b, "e");
  EXPECT_EQ(e.standing, Standing::New);
  EXPECT_FALSE(e.rank);
  EXPECT_DOUBLE_EQ(*e.this_month, 6);
  EXPECT_FALSE(e.last_month);
  EXPECT_FALSE(e.growth);

  const BoardRow& f = row(b, "f");
  EXPECT_EQ(f.standing, Standing::NoDataThisMonth);
  EXPECT_FALSE(f.rank);
  EXPECT_DOUBLE_EQ(*f.last_month, 2);

  EXPECT_EQ(row(b, "g").standing, Standing::NoData);
}

// On December 1st the board of the month before, drawn on its last day, is November's whole month
// against October's: the same as on November 18th (no period starts after it in November).
TEST(DashboardProgressBoard, LastMonthsBoardComparesTheTwoWholeMonthsBefore) {
  const workspace::Workspace w = signed_workspace();
  const Date first_of_december = *parse_iso_date("2026-12-01");

  EXPECT_EQ(last_day_of_month_before(first_of_december), *parse_iso_date("2026-11-30"));
  EXPECT_EQ(last_day_of_month_before(*parse_iso_date("2026-12-31")), *parse_iso_date("2026-11-30"));
  EXPECT_EQ(last_day_of_month_before(*parse_iso_date("2026-03-15")), *parse_iso_date("2026-02-28"));
  EXPECT_EQ(last_day_of_month_before(*parse_iso_date("2028-03-01")), *parse_iso_date("2028-02-29"));
  EXPECT_EQ(last_day_of_month_before(*parse_iso_date("2027-01-01")), *parse_iso_date("2026-12-31"));

  const ProgressBoard november = progress_board(w, Measure{}, last_day_of_month_before(first_of_december));
  const ProgressBoard on_the_18th = progress_board(w, Measure{}, kDay);
  EXPECT_EQ(november.this_month.first, on_the_18th.this_month.first);
  EXPECT_EQ(november.this_month.last, *parse_iso_date("2026-11-30"));
  EXPECT_EQ(ids(november), ids(on_the_18th));
  EXPECT_EQ(row(november, "a").rank, std::optional<int>(1));
  EXPECT_TRUE(november.ranks_anyone());
  // A month with nothing signed in it or the month before ranks nobody.
  EXPECT_FALSE(progress_board(w, Measure{}, *parse_iso_date("2027-03-01")).ranks_anyone());
}

okr::Kpi kpi(std::string id, std::string owner, std::string name, okr::Unit unit = okr::Unit::Count) {
  okr::Kpi k;
  k.id = std::move(id);
  k.owner_id = std::move(owner);
  k.name = std::move(name);
  k.unit = unit;
  return k;
}

okr::KpiEntry entry(std::string kpi_id, std::string start, double value) {
  return {kpi_id + "@" + start, std::move(kpi_id), std::move(start), value, ""};
}

TEST(DashboardProgressBoard, KpiMeasureIsEachRepsKpiOfTheSameNameSummedOrAveragedForPercent) {
  workspace::Workspace w;
  w.team = {{.id = "a", .name = "A"}, {.id = "b", .name = "B"}, {.id = "c", .name = "C"}};
  // The manager picks their own "Visits" KPI; each rep's KPI of that name counts.
  w.kpis = {kpi("mine", "", "Visits"), kpi("ka", "a", "Visits"), kpi("kb-calls", "b", "Calls"),
            kpi("kb", "b", "Visits", okr::Unit::Percent), kpi("kc", "c", "Calls")};
  w.kpi_entries = {
      // a: October 3 + 4 = 7, November 5 + 6 = 11: +4 (+57.14 %).
      entry("ka", "2026-10-05", 3), entry("ka", "2026-10-12", 4), entry("ka", "2026-11-02", 5),
      entry("ka", "2026-11-09", 6), entry("ka", "2026-12-07", 100),
      // b, a percentage: October mean (40 + 50) / 2 = 45, November 60: +15 (+33.3 %). Calls differ.
      entry("kb", "2026-10-01", 40), entry("kb", "2026-10-15", 50), entry("kb", "2026-11-01", 60),
      entry("kb-calls", "2026-10-01", 1), entry("kb-calls", "2026-11-01", 1000),
      // c has no "Visits": no data. My own entries count for nobody.
      entry("kc", "2026-10-01", 1), entry("kc", "2026-11-01", 2), entry("mine", "2026-11-02", 99)};
  const Measure m{Measure::Kind::Kpi, "mine"};
  EXPECT_EQ(measure_problem(w, m), "");
  const ProgressBoard b = progress_board(w, m, kDay);
  EXPECT_EQ(ids(b), (std::vector<std::string>{"b", "a", "c"}));
  EXPECT_EQ(row(b, "b").rank, std::optional<int>(1));
  EXPECT_DOUBLE_EQ(*row(b, "b").last_month, 45);
  EXPECT_DOUBLE_EQ(*row(b, "b").this_month, 60);
  EXPECT_DOUBLE_EQ(*row(b, "b").growth, 15);
  EXPECT_EQ(row(b, "a").rank, std::optional<int>(2));
  EXPECT_DOUBLE_EQ(*row(b, "a").last_month, 7);
  EXPECT_DOUBLE_EQ(*row(b, "a").this_month, 11);
  EXPECT_DOUBLE_EQ(*row(b, "a").growth_percent, 400.0 / 7);
  EXPECT_EQ(row(b, "c").standing, Standing::NoData);

  // Picking a rep's KPI by its id names the same measure.
  const ProgressBoard same = progress_board(w, Measure{Measure::Kind::Kpi, "ka"}, kDay);
  EXPECT_DOUBLE_EQ(*row(same, "b").growth, 15);

  EXPECT_EQ(measure_problem(w, Measure{Measure::Kind::Kpi, "nope"}), "no KPI with id 'nope'");
}

rfm::AnalysisRecord analysis(std::string id, std::string owner, std::string date, std::vector<double> monetary,
                             std::string updated_at = "") {
  rfm::AnalysisRecord a;
  a.id = std::move(id);
  a.owner_id = std::move(owner);
  a.analysis_date = std::move(date);
  a.updated_at = std::move(updated_at);
  rfm::CustomerList customers;
  for (double m : monetary) customers.push_back({.id = "c" + std::to_string(customers.size()), .monetary = m});
  a.customers = std::make_shared<const rfm::CustomerList>(std::move(customers));
  return a;
}

TEST(DashboardProgressBoard, RevenueIsTheTotalOfTheRepsLatestAnalysisOfTheMonth) {
  workspace::Workspace w;
  w.team = {{.id = "a", .name = "A"}, {.id = "b", .name = "B"}};
  w.rfm_analyses = {
      // a, October: the latest is the one of 10-31, 900 + 600 = 1500 (not 10-15's 1000).
      analysis("a-oct-15", "a", "2026-10-15", {600, 400}), analysis("a-oct-31", "a", "2026-10-31", {900, 600}),
      // a, November: two of 11-10, the later updatedAt counts: 1200. −300 on 1500 is −20 %.
      // (Half a second later, though its text sorts first: times compare as times.)
      analysis("a-nov-new", "a", "2026-11-10", {1000, 200}, "2026-11-11T08:00:00.5Z"),
      analysis("a-nov-old", "a", "2026-11-10", {5000}, "2026-11-11T08:00:00Z"),
      analysis("a-dec", "a", "2026-12-01", {99999}), analysis("a-undated", "a", "", {99999}),
      // b: November only, so new on the board.
      analysis("b-nov", "b", "2026-11-05", {250.5, 249.5})};
  const ProgressBoard b = progress_board(w, Measure{Measure::Kind::Revenue, ""}, kDay);
  EXPECT_EQ(ids(b), (std::vector<std::string>{"a", "b"}));
  const BoardRow& a = row(b, "a");
  EXPECT_EQ(a.rank, std::optional<int>(1));
  EXPECT_DOUBLE_EQ(*a.last_month, 1500);
  EXPECT_DOUBLE_EQ(*a.this_month, 1200);
  EXPECT_DOUBLE_EQ(*a.growth, -300);
  EXPECT_DOUBLE_EQ(*a.growth_percent, -20);
  EXPECT_EQ(row(b, "b").standing, Standing::New);
  EXPECT_DOUBLE_EQ(*row(b, "b").this_month, 500);
}

TEST(DashboardProgressBoard, MeasureWordsParseAndAnythingElseSaysWhatToUse) {
  std::string error;
  EXPECT_EQ(parse_measure("signed", error), (Measure{Measure::Kind::Signed, ""}));
  EXPECT_EQ(parse_measure("revenue", error), (Measure{Measure::Kind::Revenue, ""}));
  EXPECT_EQ(parse_measure("kpi:visits-2", error), (Measure{Measure::Kind::Kpi, "visits-2"}));
  EXPECT_FALSE(parse_measure("kpi:", error));
  EXPECT_EQ(error, "kpi: needs the KPI's id (kpi:<id>)");
  EXPECT_FALSE(parse_measure("Signed", error));
  EXPECT_EQ(error, "unknown measure 'Signed': use signed, kpi:<id> or revenue");
  EXPECT_FALSE(parse_measure("", error));
}

}  // namespace
}  // namespace fieldbook::dashboard
