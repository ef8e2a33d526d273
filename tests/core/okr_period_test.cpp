// An OKR's period and what hangs on it: the year, quarter, month or custom range and the one after
// it (okr/period.h), objectives as the tree of alignment (okr/objective_tree.h), and carrying an
// unfinished key result into the next period (okr/carry_over.h).
#include "okr/period.h"

#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "okr/carry_over.h"
#include "okr/objective_tree.h"
#include "okr/progress.h"

namespace fieldbook::okr {
namespace {

Date day(const char* iso) { return *parse_iso_date(iso); }

// "2026-10-01 – 2026-12-31", so a failure names the days.
std::string text(const Period& p) { return format_iso_date(p.first) + " – " + format_iso_date(p.last); }
std::string text(const char* first, const char* last) { return std::string(first) + " – " + last; }

Period range(const char* first, const char* last) { return {day(first), day(last)}; }

// ---------------------------------------------------------------- periods

TEST(OkrPeriod, AYearRunsFromJanuaryFirstToDecemberThirtyFirst) {
  EXPECT_EQ(text(year_period(2026)), text("2026-01-01", "2026-12-31"));
  EXPECT_EQ(kind_of(year_period(2026)), PeriodKind::Year);
}

TEST(OkrPeriod, TheFourQuarters) {
  EXPECT_EQ(text(quarter_period(2026, 1)), text("2026-01-01", "2026-03-31"));
  EXPECT_EQ(text(quarter_period(2026, 2)), text("2026-04-01", "2026-06-30"));
  EXPECT_EQ(text(quarter_period(2026, 3)), text("2026-07-01", "2026-09-30"));
  EXPECT_EQ(text(quarter_period(2026, 4)), text("2026-10-01", "2026-12-31"));
  for (int q = 1; q <= 4; ++q) EXPECT_EQ(kind_of(quarter_period(2026, q)), PeriodKind::Quarter) << q;
  const int expected[] = {1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4};
  for (int m = 1; m <= 12; ++m) EXPECT_EQ(quarter_of(date_from_civil(2026, m, 15)), expected[m - 1]) << m;
  EXPECT_EQ(text(quarter_containing(day("2026-11-30"))), text("2026-10-01", "2026-12-31"));
  EXPECT_EQ(text(quarter_containing(day("2026-04-01"))), text("2026-04-01", "2026-06-30"));
}

TEST(OkrPeriod, AMonthAndAWeek) {
  EXPECT_EQ(text(month_containing(day("2026-11-30"))), text("2026-11-01", "2026-11-30"));
  EXPECT_EQ(kind_of(month_containing(day("2026-11-30"))), PeriodKind::Month);
  EXPECT_EQ(text(week_containing(day("2026-12-03"))), text("2026-11-30", "2026-12-06")) << "Monday to Sunday";
  EXPECT_EQ(text(week_containing(day("2026-11-30"))), text("2026-11-30", "2026-12-06"));
  EXPECT_EQ(text(week_containing(day("2026-12-06"))), text("2026-11-30", "2026-12-06"));
}

TEST(OkrPeriod, FebruaryAndTheFirstQuarterOfALeapYear) {
  EXPECT_EQ(text(month_containing(day("2028-02-10"))), text("2028-02-01", "2028-02-29"));
  EXPECT_EQ(text(month_containing(day("2027-02-10"))), text("2027-02-01", "2027-02-28"));
  EXPECT_EQ(text(month_containing(day("2100-02-10"))), text("2100-02-01", "2100-02-28")) << "2100 is not a leap year";
  EXPECT_EQ(text(quarter_period(2028, 1)), text("2028-01-01", "2028-03-31"));
  EXPECT_EQ(text(year_period(2028)), text("2028-01-01", "2028-12-31"));
  // All of February 2028 but the 29th is a range of its own.
  EXPECT_EQ(kind_of(range("2028-02-01", "2028-02-28")), PeriodKind::Custom);
  EXPECT_EQ(kind_of(range("2027-02-01", "2027-02-28")), PeriodKind::Month);
}

TEST(OkrPeriod, AnyOtherRangeIsCustom) {
  EXPECT_EQ(kind_of(range("2026-11-30", "2026-12-06")), PeriodKind::Custom) << "a week";
  EXPECT_EQ(kind_of(range("2026-01-01", "2026-02-28")), PeriodKind::Custom) << "two months";
  EXPECT_EQ(kind_of(range("2026-02-01", "2026-04-30")), PeriodKind::Custom) << "three months, not a quarter";
  EXPECT_EQ(kind_of(range("2026-01-02", "2026-12-31")), PeriodKind::Custom);
  EXPECT_EQ(kind_of(range("2026-11-30", "2026-11-30")), PeriodKind::Custom) << "one day";
}

TEST(OkrNextPeriod, TheNextYearQuarterOrMonthAcrossTheYearEnd) {
  EXPECT_EQ(text(next_period(year_period(2026))), text("2027-01-01", "2027-12-31"));
  EXPECT_EQ(text(next_period(quarter_period(2026, 4))), text("2027-01-01", "2027-03-31"));
  EXPECT_EQ(text(next_period(quarter_period(2026, 1))), text("2026-04-01", "2026-06-30"));
  EXPECT_EQ(text(next_period(range("2026-12-01", "2026-12-31"))), text("2027-01-01", "2027-01-31"));
  EXPECT_EQ(text(next_period(range("2026-11-01", "2026-11-30"))), text("2026-12-01", "2026-12-31"));
}

TEST(OkrNextPeriod, MonthsFollowTheCalendarInALeapYear) {
  EXPECT_EQ(text(next_period(range("2028-01-01", "2028-01-31"))), text("2028-02-01", "2028-02-29"));
  EXPECT_EQ(text(next_period(range("2028-02-01", "2028-02-29"))), text("2028-03-01", "2028-03-31"));
  EXPECT_EQ(text(next_period(range("2027-01-01", "2027-01-31"))), text("2027-02-01", "2027-02-28"));
  EXPECT_EQ(text(next_period(year_period(2027))), text("2028-01-01", "2028-12-31"));
}

TEST(OkrNextPeriod, ACustomRangeIsFollowedByOneOfTheSameLength) {
  // 2026-12-15 to 2027-01-14 is 31 days; so is 2027-01-15 to 2027-02-14.
  EXPECT_EQ(text(next_period(range("2026-12-15", "2027-01-14"))), text("2027-01-15", "2027-02-14"));
  EXPECT_EQ(text(next_period(range("2026-11-30", "2026-12-06"))), text("2026-12-07", "2026-12-13")) << "a week";
  EXPECT_EQ(text(next_period(range("2026-11-30", "2026-11-30"))), text("2026-12-01", "2026-12-01")) << "a day";
  // 28 days from 2028-02-01 runs over the leap day.
  EXPECT_EQ(text(next_period(range("2028-02-01", "2028-02-28"))), text("2028-02-29", "2028-03-27"));
}

TEST(OkrPeriod, FromTheRecordsText) {
  const auto q4 = parse_period("2026-10-01", "2026-12-31");
  ASSERT_TRUE(q4.has_value());
  EXPECT_EQ(*q4, quarter_period(2026, 4));
  EXPECT_TRUE(parse_period("2026-11-30", "2026-11-30").has_value()) << "one day";
  EXPECT_FALSE(parse_period("2026-12-31", "2026-10-01").has_value()) << "the last before the first";
  EXPECT_FALSE(parse_period("2026-02-30", "2026-03-31").has_value());
  EXPECT_FALSE(parse_period("", "2026-12-31").has_value());
}

// ---------------------------------------------------------------- the tree of alignment

Objective objective(std::string id, std::string parent = "") {
  Objective o;
  o.id = std::move(id);
  o.title = "Objective " + o.id;
  o.parent_id = std::move(parent);
  o.period_start = "2026-10-01";
  o.period_end = "2026-12-31";
  return o;
}

// "id:depth" per row.
std::vector<std::string> rows(const std::vector<Objective>& objectives) {
  std::vector<std::string> out;
  for (const TreeRow& r : objective_tree(objectives))
    out.push_back(objectives[r.index].id + ":" + std::to_string(r.depth));
  return out;
}

using Rows = std::vector<std::string>;

TEST(OkrObjectiveTree, ParentsComeBeforeTheirChildrenAndSiblingsKeepListOrder) {
  const std::vector<Objective> objectives = {objective("q2", "year"), objective("year"), objective("q1", "year"),
                                             objective("rep", "q1"), objective("other")};
  EXPECT_EQ(rows(objectives), (Rows{"year:0", "q2:1", "q1:1", "rep:2", "other:0"}));
}

TEST(OkrObjectiveTree, AnObjectiveWhoseParentIsGoneIsShownAtTheTopLevel) {
  const std::vector<Objective> objectives = {objective("a"), objective("orphan", "deleted"), objective("b", "orphan")};
  EXPECT_EQ(rows(objectives), (Rows{"a:0", "orphan:0", "b:1"}));
}

TEST(OkrObjectiveTree, ALoopShowsEachOfItsObjectivesOnceAtTheTopLevel) {
  const std::vector<Objective> loop = {objective("a", "b"), objective("b", "a")};
  EXPECT_EQ(rows(loop), (Rows{"a:0", "b:0"}));
  const std::vector<Objective> self = {objective("a", "a")};
  EXPECT_EQ(rows(self), (Rows{"a:0"}));
  // A three-step loop, and an objective hanging under one of them: each shown, once.
  const std::vector<Objective> longer = {objective("a", "c"), objective("b", "a"), objective("c", "b"),
                                         objective("d", "a")};
  std::map<std::string, int> seen;
  for (const TreeRow& r : objective_tree(longer)) ++seen[longer[r.index].id];
  EXPECT_EQ(seen, (std::map<std::string, int>{{"a", 1}, {"b", 1}, {"c", 1}, {"d", 1}}));
}

TEST(OkrObjectiveTree, ADeepChainNestsAllTheWayDown) {
  // o0 ← o1 ← … ← o49, listed deepest first.
  std::vector<Objective> chain;
  for (int i = 49; i >= 0; --i)
    chain.push_back(objective("o" + std::to_string(i), i == 0 ? "" : "o" + std::to_string(i - 1)));
  const auto tree = objective_tree(chain);
  ASSERT_EQ(tree.size(), chain.size());
  for (int depth = 0; depth < 50; ++depth) {
    EXPECT_EQ(chain[tree[depth].index].id, "o" + std::to_string(depth));
    EXPECT_EQ(tree[depth].depth, depth);
  }
}

TEST(OkrObjectiveTree, ASubtreeIsTheObjectiveAndEverythingUnderIt) {
  const std::vector<Objective> objectives = {objective("year"), objective("q1", "year"), objective("rep", "q1"),
                                             objective("q2", "year"), objective("other")};
  EXPECT_EQ(subtree_ids(objectives, "q1"), (Rows{"q1", "rep"}));
  EXPECT_EQ(subtree_ids(objectives, "year"), (Rows{"year", "q1", "rep", "q2"}));
  EXPECT_EQ(subtree_ids(objectives, "other"), (Rows{"other"}));
  EXPECT_TRUE(subtree_ids(objectives, "missing").empty());
}

TEST(OkrObjectiveTree, AligningUnderItselfOrUnderItsOwnChildWouldLoop) {
  const std::vector<Objective> objectives = {objective("year"), objective("q1", "year"), objective("rep", "q1"),
                                             objective("q2", "year")};
  EXPECT_TRUE(would_loop(objectives, "year", "year"));
  EXPECT_TRUE(would_loop(objectives, "year", "q1"));
  EXPECT_TRUE(would_loop(objectives, "year", "rep")) << "a grandchild";
  EXPECT_TRUE(would_loop(objectives, "q1", "rep"));
  EXPECT_FALSE(would_loop(objectives, "rep", "q2")) << "a cousin";
  EXPECT_FALSE(would_loop(objectives, "q2", "q1")) << "a sibling";
  EXPECT_FALSE(would_loop(objectives, "rep", "year")) << "its grandparent";
  EXPECT_FALSE(would_loop(objectives, "q1", "")) << "no parent";
}

// ---------------------------------------------------------------- carrying over

// Ids "objective-1", "kr-1", "kr-2", … in the order asked, and the kinds asked.
struct Ids {
  std::vector<std::string> asked;
  std::map<std::string, int> next;
  std::string operator()(std::string_view kind) {
    asked.emplace_back(kind);
    return std::string(kind) + "-" + std::to_string(++next[std::string(kind)]);
  }
};

constexpr const char* kNow = "2027-01-02T08:00:00Z";

Objective q4_objective() {
  Objective o = objective("o-q4", "o-2026");
  o.title = "Become the No. 1 education supplier";
  o.owner_id = "rep-2";
  o.kind = ObjectiveKind::Committed;
  o.retrospective = "Two bureaus slipped";
  o.updated_at = "2026-12-31T18:00:00Z";
  return o;
}

KeyResult bureaus() {
  KeyResult k;
  k.id = "kr-bureaus";
  k.objective_id = "o-q4";
  k.title = "Sign 3 education bureaus";
  k.type = KeyResultType::Increase;
  k.start = 0;
  k.target = 3;
  k.weight = 2;
  k.unit = Unit::Count;
  k.updated_at = "2026-10-01T08:00:00Z";
  return k;
}

TEST(OkrCarryOver, TheCopyStartsWhereTheKeyResultStopped) {
  const Objective o = q4_objective();
  const KeyResult kr = bureaus();
  Ids ids;
  const CarryOver c = carry_over(o, kr, 1, std::vector<Objective>{o}, kNow, std::ref(ids));
  const KeyResult& copy = c.key_result;
  EXPECT_EQ(copy.id, "kr-1");
  EXPECT_EQ(copy.start, 1);
  EXPECT_EQ(copy.target, 3);
  EXPECT_EQ(copy.type, KeyResultType::Increase);
  EXPECT_EQ(copy.weight, 2);
  EXPECT_EQ(copy.unit, Unit::Count);
  EXPECT_EQ(copy.title, kr.title);
  EXPECT_EQ(copy.carried_from, "kr-bureaus");
  EXPECT_EQ(copy.updated_at, kNow);
  ASSERT_TRUE(c.new_objective.has_value());
  EXPECT_EQ(copy.objective_id, c.new_objective->id);

  // In the new period, before any check-in, it stands at its start: no progress yet.
  const std::vector<KeyResult> krs = {copy};
  const ObjectiveState s = objective_state(*c.new_objective, krs, {}, day("2027-01-02"));
  ASSERT_EQ(s.key_results.size(), 1u);
  EXPECT_EQ(s.key_results[0].current, 1);
  EXPECT_EQ(s.key_results[0].progress, 0);
}

TEST(OkrCarryOver, TheObjectiveIsCopiedIntoTheNextQuarter) {
  const Objective o = q4_objective();
  Ids ids;
  const CarryOver c = carry_over(o, bureaus(), 1, std::vector<Objective>{o}, kNow, std::ref(ids));
  ASSERT_TRUE(c.new_objective.has_value());
  const Objective& next = *c.new_objective;
  EXPECT_EQ(next.id, "objective-1");
  EXPECT_EQ(next.period_start, "2027-01-01");
  EXPECT_EQ(next.period_end, "2027-03-31");
  EXPECT_EQ(next.carried_from, "o-q4");
  EXPECT_EQ(next.title, o.title);
  EXPECT_EQ(next.owner_id, "rep-2");
  EXPECT_EQ(next.kind, ObjectiveKind::Committed);
  EXPECT_EQ(next.retrospective, "") << "the new period's note is not written yet";
  EXPECT_EQ(next.updated_at, kNow);
  EXPECT_EQ(ids.asked, (std::vector<std::string>{"objective", "kr"}));
}

// A quarter's copy stays under the year it serves while that year holds it; Q4's copy lands in
// the next year, so it starts at the top rather than under last year's objective.
TEST(OkrCarryOver, TheCopyStaysAlignedOnlyUnderAParentWhosePeriodHoldsIt) {
  Objective year = objective("o-2026");
  year.period_start = "2026-01-01";
  Objective q3 = objective("o-q3", "o-2026");
  q3.period_start = "2026-07-01";
  q3.period_end = "2026-09-30";
  Ids ids;
  const std::vector<Objective> all = {year, q3, q4_objective()};
  const CarryOver from_q3 = carry_over(q3, bureaus(), 1, all, kNow, std::ref(ids));
  ASSERT_TRUE(from_q3.new_objective.has_value());
  EXPECT_EQ(from_q3.new_objective->period_start, "2026-10-01");
  EXPECT_EQ(from_q3.new_objective->parent_id, "o-2026");
  const CarryOver from_q4 = carry_over(q4_objective(), bureaus(), 1, all, kNow, std::ref(ids));
  ASSERT_TRUE(from_q4.new_objective.has_value());
  EXPECT_EQ(from_q4.new_objective->period_start, "2027-01-01");
  EXPECT_EQ(from_q4.new_objective->parent_id, "");
}

TEST(OkrCarryOver, ASecondCarryGoesUnderTheSameContinuation) {
  const Objective o = q4_objective();
  Ids ids;
  std::vector<Objective> objectives = {o};
  const CarryOver first = carry_over(o, bureaus(), 1, objectives, kNow, std::ref(ids));
  ASSERT_TRUE(first.new_objective.has_value());
  objectives.push_back(*first.new_objective);

  KeyResult share = bureaus();
  share.id = "kr-share";
  share.start = 25;
  share.target = 40;
  const CarryOver second = carry_over(o, share, 31, objectives, kNow, std::ref(ids));
  EXPECT_FALSE(second.new_objective.has_value());
  EXPECT_EQ(second.key_result.objective_id, first.new_objective->id);
  EXPECT_EQ(second.key_result.start, 31);
  EXPECT_EQ(second.key_result.carried_from, "kr-share");
  ASSERT_NE(continuation_of(objectives, o), nullptr);
  EXPECT_EQ(continuation_of(objectives, o)->id, first.new_objective->id);
}

TEST(OkrCarryOver, OnlyALaterPeriodsCopyIsAContinuation) {
  const Objective o = q4_objective();
  Objective same_quarter = objective("o-copy");
  same_quarter.carried_from = "o-q4";  // dated in Q4 itself
  Objective unrelated = objective("o-q1");
  unrelated.period_start = "2027-01-01";
  unrelated.period_end = "2027-03-31";
  const std::vector<Objective> objectives = {o, same_quarter, unrelated};
  EXPECT_EQ(continuation_of(objectives, o), nullptr);
}

TEST(OkrCarryOver, AMilestoneCarriesItsShareDone) {
  const Objective o = q4_objective();
  KeyResult workshop = bureaus();
  workshop.type = KeyResultType::Milestone;
  workshop.start = 0;
  workshop.target = 1;
  Ids ids;
  const CarryOver c = carry_over(o, workshop, 0.5, std::vector<Objective>{o}, kNow, std::ref(ids));
  EXPECT_EQ(c.key_result.start, 0.5);
  const std::vector<KeyResult> krs = {c.key_result};
  EXPECT_EQ(objective_state(*c.new_objective, krs, {}, day("2027-01-02")).key_results[0].progress, 0.5);
}

TEST(OkrCarryOver, AYearOrACustomRangeGoesOnInTheNextOfItsKind) {
  Objective year = q4_objective();
  year.period_start = "2026-01-01";
  year.period_end = "2026-12-31";
  Ids ids;
  const CarryOver y = carry_over(year, bureaus(), 1, std::vector<Objective>{year}, kNow, std::ref(ids));
  EXPECT_EQ(y.new_objective->period_start, "2027-01-01");
  EXPECT_EQ(y.new_objective->period_end, "2027-12-31");

  Objective sprint = q4_objective();
  sprint.period_start = "2026-12-15";
  sprint.period_end = "2027-01-14";
  const CarryOver s = carry_over(sprint, bureaus(), 1, std::vector<Objective>{sprint}, kNow, std::ref(ids));
  EXPECT_EQ(s.new_objective->period_start, "2027-01-15");
  EXPECT_EQ(s.new_objective->period_end, "2027-02-14");
}

}  // namespace
}  // namespace fieldbook::okr
