// What an OKR's numbers mean (okr/progress.h): a key result's current value and progress for each
// type, an objective's weighted progress, how far along its period is, the status that compares
// the two, the grade and its colour, and the missed commitment at the end of a period.
#include "okr/progress.h"

#include <gtest/gtest.h>

#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace fieldbook::okr {
namespace {

Date day(const char* iso) { return *parse_iso_date(iso); }

KeyResult key_result(std::string id, KeyResultType type, double start, double target, double weight = 1,
                     std::string objective_id = "o1") {
  KeyResult k;
  k.id = std::move(id);
  k.objective_id = std::move(objective_id);
  k.title = "KR " + k.id;
  k.type = type;
  k.start = start;
  k.target = target;
  k.weight = weight;
  return k;
}

KeyResult increase(std::string id, double start, double target, double weight = 1) {
  return key_result(std::move(id), KeyResultType::Increase, start, target, weight);
}

CheckIn check_in(std::string id, std::string kr_id, std::string date, double value, int confidence = 5) {
  CheckIn c;
  c.id = std::move(id);
  c.key_result_id = std::move(kr_id);
  c.date = std::move(date);
  c.value = value;
  c.confidence = confidence;
  return c;
}

Objective objective(std::string first, std::string last, ObjectiveKind kind = ObjectiveKind::Committed) {
  Objective o;
  o.id = "o1";
  o.title = "Objective";
  o.period_start = std::move(first);
  o.period_end = std::move(last);
  o.kind = kind;
  return o;
}

// Q4 2026 runs 2026-10-01 to 2026-12-31: 91 days from the first to the last (31 + 30 + 30).
Objective q4(ObjectiveKind kind = ObjectiveKind::Committed) { return objective("2026-10-01", "2026-12-31", kind); }

// The value a key result stands at, from its check-ins in list order.
double current_of(const KeyResult& kr, const std::vector<CheckIn>& check_ins) {
  const auto mine = check_ins_of(check_ins, kr.id);
  return current_value(kr, latest_check_in(mine));
}

// ---------------------------------------------------------------- current value

TEST(OkrCurrentValue, IsTheLatestCheckInByDateWhateverTheListOrder) {
  const KeyResult kr = increase("kr", 0, 10);
  const std::vector<CheckIn> check_ins = {check_in("a", "kr", "2026-11-20", 5), check_in("b", "kr", "2026-11-28", 8),
                                          check_in("c", "kr", "2026-11-10", 3)};
  EXPECT_EQ(current_of(kr, check_ins), 8);
}

TEST(OkrCurrentValue, WithoutCheckInsIsTheStart) {
  const KeyResult kr = increase("kr", 25, 40);
  EXPECT_EQ(current_value(kr, nullptr), 25);
  // Another key result's check-ins are not this one's.
  EXPECT_EQ(current_of(kr, {check_in("a", "other", "2026-11-20", 33)}), 25);

  const Objective o = q4();
  const std::vector<KeyResult> krs = {kr};
  const ObjectiveState s = objective_state(o, krs, {}, day("2026-11-15"));
  ASSERT_EQ(s.key_results.size(), 1u);
  EXPECT_EQ(s.key_results[0].latest, nullptr);
  EXPECT_EQ(s.key_results[0].current, 25);
  EXPECT_EQ(s.key_results[0].progress, 0);
  EXPECT_FALSE(s.key_results[0].confidence.has_value());
}

TEST(OkrCurrentValue, OfTwoCheckInsOnOneDayTheLaterInTheListWins) {
  const KeyResult kr = increase("kr", 0, 10);
  EXPECT_EQ(current_of(kr, {check_in("a", "kr", "2026-11-20", 5), check_in("b", "kr", "2026-11-20", 7)}), 7);
  EXPECT_EQ(current_of(kr, {check_in("b", "kr", "2026-11-20", 7), check_in("a", "kr", "2026-11-20", 5)}), 5);
  // An earlier day later in the list does not win.
  EXPECT_EQ(current_of(kr, {check_in("a", "kr", "2026-11-20", 5), check_in("b", "kr", "2026-11-19", 9)}), 5);
}

TEST(OkrCurrentValue, ACheckInDatedBeforeThePeriodCountsWhenItIsTheLatest) {
  const Objective o = q4();
  const std::vector<KeyResult> krs = {increase("kr", 0, 10)};
  const std::vector<CheckIn> check_ins = {check_in("early", "kr", "2026-09-28", 4)};
  const ObjectiveState s = objective_state(o, krs, check_ins, day("2026-10-05"));
  ASSERT_EQ(s.key_results.size(), 1u);
  EXPECT_EQ(s.key_results[0].current, 4);
  EXPECT_DOUBLE_EQ(s.key_results[0].progress, 0.4);
}

// Two devices check in on one day and merge each other's files: each list ends with the other's
// check-in, yet both read the one written later.
TEST(OkrCurrentValue, OfTwoOnOneDayTheOneWrittenLaterWinsWhateverTheListOrder) {
  CheckIn a = check_in("a", "kr", "2026-11-30", 2);
  a.updated_at = "2026-11-30T09:00:00Z";
  CheckIn b = check_in("b", "kr", "2026-11-30", 3);
  b.updated_at = "2026-11-30T09:00:00.5Z";  // half a second later (text order would say earlier)
  const std::vector<CheckIn> on_a = {a, b}, on_b = {b, a};
  for (const auto* list : {&on_a, &on_b}) {
    const auto mine = check_ins_of(*list, "kr");
    ASSERT_NE(latest_check_in(mine), nullptr);
    EXPECT_EQ(latest_check_in(mine)->id, "b");
  }
  // A check-in with no time (from an older file) is older than any written one.
  CheckIn unknown = check_in("u", "kr", "2026-11-30", 9);
  const std::vector<CheckIn> with_unknown = {a, unknown};
  EXPECT_EQ(latest_check_in(check_ins_of(with_unknown, "kr"))->id, "a");
}

TEST(OkrCurrentValue, TheKeyResultsCheckInsKeepTheirListOrder) {
  const std::vector<CheckIn> check_ins = {check_in("a", "kr", "2026-11-20", 5), check_in("x", "other", "2026-11-21", 1),
                                          check_in("b", "kr", "2026-11-02", 2)};
  const auto mine = check_ins_of(check_ins, "kr");
  ASSERT_EQ(mine.size(), 2u);
  EXPECT_EQ(mine[0]->id, "a");
  EXPECT_EQ(mine[1]->id, "b");
  EXPECT_EQ(latest_check_in(std::vector<const CheckIn*>{}), nullptr);
}

// ---------------------------------------------------------------- a key result's progress

TEST(OkrProgress, AnIncreaseIsTheShareOfTheWayFromStartToTarget) {
  const KeyResult kr = increase("kr", 25, 40);  // 15 to go
  EXPECT_DOUBLE_EQ(progress_raw(kr, 25), 0);
  EXPECT_DOUBLE_EQ(progress_raw(kr, 31), 0.4);  // 6 / 15
  EXPECT_DOUBLE_EQ(progress_raw(kr, 40), 1);
  EXPECT_DOUBLE_EQ(progress_raw(kr, 46), 1.4);    // 21 / 15: past the target, shown raw
  EXPECT_DOUBLE_EQ(progress_raw(kr, 20), -1.0 / 3);  // -5 / 15: below the start
  EXPECT_DOUBLE_EQ(progress(kr, 46), 1);
  EXPECT_DOUBLE_EQ(progress(kr, 20), 0);
}

TEST(OkrProgress, ADecreaseCountsTheWayDown) {
  const KeyResult kr = key_result("kr", KeyResultType::Decrease, 100, 80);
  EXPECT_DOUBLE_EQ(progress_raw(kr, 90), 0.5);    // (90 − 100) / (80 − 100)
  EXPECT_DOUBLE_EQ(progress_raw(kr, 110), -0.5);  // (110 − 100) / (80 − 100): it went the wrong way
  EXPECT_DOUBLE_EQ(progress(kr, 110), 0);
  EXPECT_DOUBLE_EQ(progress_raw(kr, 80), 1);
  EXPECT_DOUBLE_EQ(progress_raw(kr, 70), 1.5);  // beyond the target
  EXPECT_DOUBLE_EQ(progress(kr, 70), 1);
}

TEST(OkrProgress, ATargetEqualToTheStartIsReachedOrNot) {
  const KeyResult up = increase("up", 5, 5);
  EXPECT_EQ(progress_raw(up, 5), 1);
  EXPECT_EQ(progress_raw(up, 6), 1);
  EXPECT_EQ(progress_raw(up, 4), 0);
  const KeyResult down = key_result("down", KeyResultType::Decrease, 5, 5);
  EXPECT_EQ(progress_raw(down, 5), 1);
  EXPECT_EQ(progress_raw(down, 4), 1);
  EXPECT_EQ(progress_raw(down, 6), 0);
  // Without a check-in the value is the start, which is the target: done, not a division by zero.
  const Objective o = q4();
  const std::vector<KeyResult> krs = {up};
  const ObjectiveState s = objective_state(o, krs, {}, day("2026-11-15"));
  ASSERT_EQ(s.key_results.size(), 1u);
  EXPECT_EQ(s.key_results[0].progress_raw, 1);
  EXPECT_EQ(s.key_results[0].status, Status::Done);
}

TEST(OkrProgress, StayAboveAndStayBelowAreAllOrNothing) {
  const KeyResult above = key_result("above", KeyResultType::StayAbove, 0, 20);
  EXPECT_EQ(progress_raw(above, 20), 1) << "on the line counts";
  EXPECT_EQ(progress_raw(above, 25), 1);
  EXPECT_EQ(progress_raw(above, 19.5), 0);
  const KeyResult below = key_result("below", KeyResultType::StayBelow, 0, 20);
  EXPECT_EQ(progress_raw(below, 20), 1) << "on the line counts";
  EXPECT_EQ(progress_raw(below, 14), 1);
  EXPECT_EQ(progress_raw(below, 20.5), 0);
  // The start plays no part.
  EXPECT_EQ(progress_raw(key_result("a", KeyResultType::StayAbove, 50, 20), 25), 1);
  EXPECT_EQ(progress_raw(key_result("b", KeyResultType::StayBelow, 5, 20), 25), 0);
}

TEST(OkrProgress, AMilestoneIsItsCurrentValue) {
  const KeyResult m = key_result("m", KeyResultType::Milestone, 0, 1);
  EXPECT_EQ(progress_raw(m, 0), 0);
  EXPECT_EQ(progress_raw(m, 0.5), 0.5);
  EXPECT_EQ(progress_raw(m, 1), 1);
}

TEST(OkrProgress, AboveTheTargetIsShownRawButClampedForEverythingComputedFromIt) {
  const Objective o = q4();
  const std::vector<KeyResult> krs = {increase("kr1", 0, 10), increase("kr2", 0, 10)};
  const std::vector<CheckIn> check_ins = {check_in("a", "kr1", "2026-11-01", 12),
                                          check_in("b", "kr2", "2026-11-01", 5)};
  const ObjectiveState s = objective_state(o, krs, check_ins, day("2026-11-15"));
  ASSERT_EQ(s.key_results.size(), 2u);
  EXPECT_DOUBLE_EQ(s.key_results[0].progress_raw, 1.2);  // 120 %
  EXPECT_DOUBLE_EQ(s.key_results[0].progress, 1);
  EXPECT_DOUBLE_EQ(s.key_results[0].grade, 1.0);
  EXPECT_EQ(s.key_results[0].status, Status::Done);
  // (1 + 0.5) / 2, not (1.2 + 0.5) / 2 = 0.85.
  EXPECT_DOUBLE_EQ(s.progress, 0.75);
  EXPECT_DOUBLE_EQ(s.grade, 0.8);  // 7.5 rounds up
}

TEST(OkrProgress, ClampingKeepsZeroToOneAndMakesNothingOfNotANumber) {
  EXPECT_EQ(clamp01(-0.2), 0);
  EXPECT_EQ(clamp01(0.3), 0.3);
  EXPECT_EQ(clamp01(1.7), 1);
  EXPECT_EQ(clamp01(std::nan("")), 0);
}

// ---------------------------------------------------------------- an objective's progress

TEST(OkrObjectiveProgress, IsTheWeightWeightedMeanOfItsKeyResults) {
  // (2 × 0.5 + 1 × 1) / (2 + 1) = 2 / 3
  EXPECT_DOUBLE_EQ(weighted_progress(std::vector<double>{0.5, 1}, std::vector<double>{2, 1}), 2.0 / 3);

  const Objective o = q4();
  const std::vector<KeyResult> krs = {increase("kr1", 0, 10, 2), increase("kr2", 0, 4, 1)};
  const std::vector<CheckIn> check_ins = {check_in("a", "kr1", "2026-11-01", 5), check_in("b", "kr2", "2026-11-01", 4)};
  EXPECT_DOUBLE_EQ(objective_state(o, krs, check_ins, day("2026-11-15")).progress, 2.0 / 3);
}

TEST(OkrObjectiveProgress, AWeightOfZeroLeavesAKeyResultOut) {
  EXPECT_DOUBLE_EQ(weighted_progress(std::vector<double>{0.5, 0}, std::vector<double>{1, 0}), 0.5);

  const Objective o = q4();
  const std::vector<KeyResult> krs = {increase("kr1", 0, 10, 1), increase("kr2", 0, 10, 0)};
  const std::vector<CheckIn> check_ins = {check_in("a", "kr1", "2026-11-01", 5)};
  const ObjectiveState s = objective_state(o, krs, check_ins, day("2026-11-15"));
  EXPECT_EQ(s.key_results.size(), 2u) << "it is still listed";
  EXPECT_DOUBLE_EQ(s.progress, 0.5);
}

TEST(OkrObjectiveProgress, WhenEveryWeightIsZeroTheKeyResultsCountAlike) {
  EXPECT_DOUBLE_EQ(weighted_progress(std::vector<double>{0.25, 0.75, 1}, std::vector<double>{0, 0, 0}),
                   2.0 / 3);  // (0.25 + 0.75 + 1) / 3
}

TEST(OkrObjectiveProgress, WithoutKeyResultsAnObjectiveIsAtZero) {
  EXPECT_EQ(weighted_progress({}, {}), 0);
  const Objective o = q4();
  // Key results of another objective are not this one's.
  KeyResult elsewhere = increase("kr", 0, 10);
  elsewhere.objective_id = "o2";
  const std::vector<KeyResult> krs = {elsewhere};
  const std::vector<CheckIn> check_ins = {check_in("a", "kr", "2026-11-01", 10)};
  const ObjectiveState s = objective_state(o, krs, check_ins, day("2026-12-31"));
  EXPECT_TRUE(s.key_results.empty());
  EXPECT_EQ(s.progress, 0);
  EXPECT_EQ(s.grade, 0);
  EXPECT_FALSE(s.lowest_confidence.has_value());
  EXPECT_EQ(s.status, Status::OffTrack) << "the whole period expected, nothing done";
}

// ---------------------------------------------------------------- expected progress

TEST(OkrExpectedProgress, NothingOnTheFirstDayAndEverythingOnTheLast) {
  const Date first = day("2026-10-01"), last = day("2026-12-31");
  EXPECT_EQ(expected_progress(first, last, first), 0);
  EXPECT_EQ(expected_progress(first, last, last), 1);
  // 2026-11-15 is 45 days after 2026-10-01 (31 in October + 14); the period spans 91.
  EXPECT_DOUBLE_EQ(expected_progress(first, last, day("2026-11-15")), 45.0 / 91);
  EXPECT_EQ(expected_progress(first, last, day("2026-09-30")), 0) << "before the period";
  EXPECT_EQ(expected_progress(first, last, day("2027-02-01")), 1) << "after the period";
}

TEST(OkrExpectedProgress, AOneDayPeriodIsWhollyExpectedOnItsDay) {
  const Date only = day("2026-11-30");
  EXPECT_EQ(expected_progress(only, only, only), 1);
  EXPECT_EQ(expected_progress(only, only, day("2026-11-29")), 0);
  EXPECT_EQ(expected_progress(only, only, day("2026-12-01")), 1);
}

TEST(OkrExpectedProgress, FromTheRecordsTextAndNothingWhenADateDoesNotParse) {
  EXPECT_DOUBLE_EQ(expected_progress("2026-10-01", "2026-12-31", day("2026-11-15")), 45.0 / 91);
  EXPECT_EQ(expected_progress("2026-13-01", "2026-12-31", day("2026-11-15")), 0);
  EXPECT_EQ(expected_progress("2026-10-01", "", day("2026-11-15")), 0);
}

// ---------------------------------------------------------------- status

TEST(OkrStatus, DoneOnceProgressReachesOneEvenWithLowConfidence) {
  EXPECT_EQ(status(1, 1, 0), Status::Done);
  EXPECT_EQ(status(1, 0, 2), Status::Done);
  EXPECT_EQ(status(1, 1, std::nullopt), Status::Done);
  EXPECT_NE(status(0.99, 0, 10), Status::Done);
}

TEST(OkrStatus, TheGapToTheExpectedProgressDecides) {
  EXPECT_EQ(status(0.5, 0.5, std::nullopt), Status::OnTrack);
  EXPECT_EQ(status(0.8, 0.5, std::nullopt), Status::OnTrack) << "ahead";
  EXPECT_EQ(status(0.5, 0.625, std::nullopt), Status::AtRisk);    // gap 0.125
  EXPECT_EQ(status(0.25, 0.625, std::nullopt), Status::OffTrack);  // gap 0.375
}

TEST(OkrStatus, AGapOfExactlyAQuarterIsAtRiskAndAboveItOffTrack) {
  EXPECT_EQ(status(0.5, 0.75, std::nullopt), Status::AtRisk);  // 0.25 exactly, in binary too
  EXPECT_EQ(status(0, 0.25, std::nullopt), Status::AtRisk);
  EXPECT_EQ(status(0.5, 0.7501, std::nullopt), Status::OffTrack);
  EXPECT_EQ(status(0, 0.2501, std::nullopt), Status::OffTrack);
}

TEST(OkrStatus, AGapOfExactlyATenthIsOnTrackAndAboveItAtRisk) {
  EXPECT_EQ(status(0, 0.1, std::nullopt), Status::OnTrack);  // 0.1 − 0 is the same double as the threshold
  EXPECT_EQ(status(0, 0.1001, std::nullopt), Status::AtRisk);
  EXPECT_EQ(status(0.5, 0.6001, std::nullopt), Status::AtRisk);
}

// The gap comes from two divisions; 0.8 − 0.7 is 0.10000000000000009 and 0.55 − 0.3 is
// 0.25000000000000006 in binary. A person reading 70 % against 80 % sees a gap of ten points.
TEST(OkrStatus, AGapExactOnPaperIsNotPushedOverTheLineByBinaryFractions) {
  EXPECT_EQ(status(0.7, 0.8, std::nullopt), Status::OnTrack);
  EXPECT_EQ(status(0.3, 0.4, std::nullopt), Status::OnTrack);
  EXPECT_EQ(status(0.3, 0.55, std::nullopt), Status::AtRisk);

  // The same from dates and check-ins. 2026-01-01 to 2026-01-11 spans 10 days; on 2026-01-09
  // 8 / 10 is expected, and 7 of 10 done.
  const std::vector<KeyResult> krs = {increase("kr", 0, 10)};
  const std::vector<CheckIn> seven = {check_in("a", "kr", "2026-01-08", 7)};
  const ObjectiveState ten_points =
      objective_state(objective("2026-01-01", "2026-01-11"), krs, seven, day("2026-01-09"));
  EXPECT_DOUBLE_EQ(ten_points.expected, 0.8);
  EXPECT_DOUBLE_EQ(ten_points.progress, 0.7);
  EXPECT_EQ(ten_points.status, Status::OnTrack);
  EXPECT_EQ(ten_points.key_results[0].status, Status::OnTrack);

  // 2026-01-01 to 2026-01-21 spans 20 days; on 2026-01-12 11 / 20 = 0.55 is expected, 3 of 10 done.
  const std::vector<CheckIn> three = {check_in("a", "kr", "2026-01-10", 3)};
  const ObjectiveState quarter_gap =
      objective_state(objective("2026-01-01", "2026-01-21"), krs, three, day("2026-01-12"));
  EXPECT_DOUBLE_EQ(quarter_gap.expected, 0.55);
  EXPECT_EQ(quarter_gap.status, Status::AtRisk);
}

TEST(OkrStatus, ALatestConfidenceOfThreeOrLessIsAtRiskWhateverTheProgress) {
  EXPECT_EQ(status(0.5, 0.5, 3), Status::AtRisk);
  EXPECT_EQ(status(0.5, 0.5, 0), Status::AtRisk);
  EXPECT_EQ(status(0.5, 0.5, 4), Status::OnTrack);
  EXPECT_EQ(status(0.9, 0.5, 3), Status::AtRisk) << "ahead, but not sure";
  EXPECT_EQ(status(0.5, 0.5, std::nullopt), Status::OnTrack) << "no check-in, no confidence";
  EXPECT_EQ(status(0, 0.5, 3), Status::OffTrack) << "off track is worse than at risk";
}

TEST(OkrStatus, AKeyResultGoesByItsLatestCheckInsConfidence) {
  const Objective o = q4();
  const std::vector<KeyResult> krs = {increase("kr", 0, 10)};
  // On 2026-11-15 45 / 91 ≈ 0.49 is expected; 5 of 10 is on track by progress.
  const std::vector<CheckIn> worried_then_sure = {check_in("a", "kr", "2026-11-01", 5, 2),
                                                  check_in("b", "kr", "2026-11-10", 5, 8)};
  EXPECT_EQ(objective_state(o, krs, worried_then_sure, day("2026-11-15")).key_results[0].status, Status::OnTrack);
  const std::vector<CheckIn> sure_then_worried = {check_in("a", "kr", "2026-11-01", 5, 8),
                                                  check_in("b", "kr", "2026-11-10", 5, 3)};
  const ObjectiveState s = objective_state(o, krs, sure_then_worried, day("2026-11-15"));
  EXPECT_EQ(s.key_results[0].confidence, 3);
  EXPECT_EQ(s.key_results[0].status, Status::AtRisk);
}

TEST(OkrStatus, AnObjectiveUsesItsOwnProgressAndItsKeyResultsLowestLatestConfidence) {
  const Objective o = q4();
  const std::vector<KeyResult> krs = {increase("kr1", 0, 10), increase("kr2", 0, 10)};
  const Date mid = day("2026-11-15");  // 45 / 91 ≈ 0.49 expected

  // kr1 done, kr2 at 0.2 (gap ≈ 0.29, off track); the objective at (1 + 0.2) / 2 = 0.6 is ahead.
  const std::vector<CheckIn> uneven = {check_in("a", "kr1", "2026-11-10", 10, 8),
                                       check_in("b", "kr2", "2026-11-10", 2, 7)};
  const ObjectiveState s1 = objective_state(o, krs, uneven, mid);
  EXPECT_EQ(s1.key_results[1].status, Status::OffTrack);
  EXPECT_DOUBLE_EQ(s1.progress, 0.6);
  EXPECT_EQ(s1.lowest_confidence, 7);
  EXPECT_EQ(s1.status, Status::OnTrack);

  // Both on track by progress, but kr2's latest confidence is 3.
  const std::vector<CheckIn> doubtful = {check_in("a", "kr1", "2026-11-10", 6, 9),
                                         check_in("b", "kr2", "2026-11-10", 6, 3)};
  const ObjectiveState s2 = objective_state(o, krs, doubtful, mid);
  EXPECT_EQ(s2.lowest_confidence, 3);
  EXPECT_EQ(s2.status, Status::AtRisk);

  // An old low confidence that a later check-in replaced does not count.
  const std::vector<CheckIn> recovered = {check_in("a", "kr1", "2026-11-01", 6, 1),
                                          check_in("b", "kr1", "2026-11-10", 6, 6),
                                          check_in("c", "kr2", "2026-11-10", 6, 5)};
  const ObjectiveState s3 = objective_state(o, krs, recovered, mid);
  EXPECT_EQ(s3.lowest_confidence, 5);
  EXPECT_EQ(s3.status, Status::OnTrack);
}

TEST(OkrStatus, StatusCodesAreTheFilesWords) {
  EXPECT_STREQ(status_code(Status::OnTrack), "onTrack");
  EXPECT_STREQ(status_code(Status::AtRisk), "atRisk");
  EXPECT_STREQ(status_code(Status::OffTrack), "offTrack");
  EXPECT_STREQ(status_code(Status::Done), "done");
}

// ---------------------------------------------------------------- grade

TEST(OkrGrade, IsTheClampedProgressRoundedToOneDecimal) {
  EXPECT_DOUBLE_EQ(grade(0), 0.0);
  EXPECT_DOUBLE_EQ(grade(0.24), 0.2);
  EXPECT_DOUBLE_EQ(grade(0.25), 0.3);   // 2.5 (exact in binary) rounds half away from zero
  EXPECT_DOUBLE_EQ(grade(0.75), 0.8);   // 7.5, exact
  EXPECT_DOUBLE_EQ(grade(0.125), 0.1);  // 1.25
  EXPECT_DOUBLE_EQ(grade(0.625), 0.6);  // 6.25
  EXPECT_DOUBLE_EQ(grade(0.96), 1.0);
  EXPECT_DOUBLE_EQ(grade(1.2), 1.0) << "clamped";
  EXPECT_DOUBLE_EQ(grade(-0.5), 0.0) << "clamped";
}

// 13 of 20 is 0.65 and grades 0.7 as a person would round it. (5.2 / 8 is 0.6499999999999999 in
// binary, and so is (0.6 + 0.7) / 2.)
TEST(OkrGrade, HalfwayProgressRoundsUpEvenWhenBinaryFractionsFallShort) {
  EXPECT_DOUBLE_EQ(grade(progress(increase("a", 0, 20), 13)), 0.7);
  EXPECT_DOUBLE_EQ(grade(progress(increase("b", 5, 13), 10.2)), 0.7);  // (10.2 − 5) / (13 − 5) = 0.65

  const Objective o = q4();
  const std::vector<KeyResult> krs = {increase("kr1", 0, 10), increase("kr2", 0, 10)};
  const std::vector<CheckIn> check_ins = {check_in("a", "kr1", "2026-11-10", 6), check_in("b", "kr2", "2026-11-10", 7)};
  const ObjectiveState s = objective_state(o, krs, check_ins, day("2026-11-15"));
  EXPECT_DOUBLE_EQ(s.progress, 0.65);
  EXPECT_DOUBLE_EQ(s.grade, 0.7);
  EXPECT_EQ(grade_colour(s.grade), GradeColour::Green);
}

TEST(OkrGrade, ColoursAreRedToThreeTenthsYellowToSixGreenFromSeven) {
  for (int tenths = 0; tenths <= 10; ++tenths) {
    // Through grade(), as the views get them (0.3 comes out as 0.30000000000000004).
    const double g = grade(tenths / 10.0);
    const GradeColour expected = tenths <= 3   ? GradeColour::Red
                                 : tenths <= 6 ? GradeColour::Yellow
                                               : GradeColour::Green;
    EXPECT_EQ(grade_colour(g), expected) << tenths;
  }
}

TEST(OkrGrade, AKeyResultAndItsObjectiveAreGradedFromTheirClampedProgress) {
  const Objective o = q4();
  // kr1 at 3 of 4 (0.75 → 0.8), kr2 at 1 of 8 (0.125 → 0.1); the objective (0.75 + 0.125) / 2 = 0.4375 → 0.4.
  const std::vector<KeyResult> krs = {increase("kr1", 0, 4), increase("kr2", 0, 8)};
  const std::vector<CheckIn> check_ins = {check_in("a", "kr1", "2026-11-10", 3), check_in("b", "kr2", "2026-11-10", 1)};
  const ObjectiveState s = objective_state(o, krs, check_ins, day("2026-12-31"));
  EXPECT_DOUBLE_EQ(s.key_results[0].grade, 0.8);
  EXPECT_DOUBLE_EQ(s.key_results[1].grade, 0.1);
  EXPECT_DOUBLE_EQ(s.progress, 0.4375);
  EXPECT_DOUBLE_EQ(s.grade, 0.4);
}

// ---------------------------------------------------------------- missed commitment

TEST(OkrMissedCommitment, OnlyOnceTheCommittedObjectivesPeriodHasEnded) {
  const Objective o = q4();
  const std::vector<KeyResult> krs = {increase("kr", 0, 10)};
  const std::vector<CheckIn> check_ins = {check_in("a", "kr", "2026-12-20", 8)};

  const ObjectiveState last_day = objective_state(o, krs, check_ins, day("2026-12-31"));
  EXPECT_FALSE(last_day.period_ended);
  EXPECT_FALSE(last_day.missed_commitment) << "the last day is still in the period";

  const ObjectiveState day_after = objective_state(o, krs, check_ins, day("2027-01-01"));
  EXPECT_TRUE(day_after.period_ended);
  EXPECT_DOUBLE_EQ(day_after.grade, 0.8);
  EXPECT_TRUE(day_after.missed_commitment);
}

TEST(OkrMissedCommitment, NotForAnAspirationalObjective) {
  const Objective o = q4(ObjectiveKind::Aspirational);
  const std::vector<KeyResult> krs = {increase("kr", 0, 10)};
  const std::vector<CheckIn> check_ins = {check_in("a", "kr", "2026-12-20", 2)};
  const ObjectiveState s = objective_state(o, krs, check_ins, day("2027-01-01"));
  EXPECT_TRUE(s.period_ended);
  EXPECT_FALSE(s.missed_commitment);
}

TEST(OkrMissedCommitment, NotWhenTheCommittedObjectiveGradesOne) {
  const Objective o = q4();
  const std::vector<KeyResult> krs = {increase("kr", 0, 100)};
  const std::vector<CheckIn> reached = {check_in("a", "kr", "2026-12-20", 100)};
  EXPECT_FALSE(objective_state(o, krs, reached, day("2027-01-01")).missed_commitment);
  // 96 of 100 grades 1.0 (9.6 rounds to 10): graded below 1.0 it is not.
  const std::vector<CheckIn> nearly = {check_in("a", "kr", "2026-12-20", 96)};
  EXPECT_FALSE(objective_state(o, krs, nearly, day("2027-01-01")).missed_commitment);
  // 94 of 100 grades 0.9.
  const std::vector<CheckIn> short_of_it = {check_in("a", "kr", "2026-12-20", 94)};
  EXPECT_TRUE(objective_state(o, krs, short_of_it, day("2027-01-01")).missed_commitment);
}

}  // namespace
}  // namespace fieldbook::okr
