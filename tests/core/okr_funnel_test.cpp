// The funnel board's arithmetic (okr/funnel_board.h): each step's conversion, the bottleneck the
// weekly review starts from, the warning for a stage larger than the one before, the previous
// period a step is compared with, and the stage names shown when a period names none.
#include "okr/funnel_board.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "okr/okr_records.h"

namespace fieldbook::okr {
namespace {

using Conversions = std::vector<std::optional<double>>;
using Names = std::vector<std::string>;
constexpr std::nullopt_t none = std::nullopt;

FunnelPeriod period(std::string id, std::string owner, std::string first, std::string last, std::vector<double> counts,
                    Conversions targets = {}) {
  FunnelPeriod f;
  f.id = std::move(id);
  f.owner_id = std::move(owner);
  f.period_start = std::move(first);
  f.period_end = std::move(last);
  f.counts = std::move(counts);
  f.step_targets = std::move(targets);
  return f;
}

// ---------------------------------------------------------------- conversions

TEST(OkrFunnelConversions, EachStepIsTheNextStageOverThisOne) {
  const auto c = conversions(std::vector<double>{100, 40, 10, 4});
  EXPECT_EQ(c, (Conversions{0.4, 0.25, 0.4}));
}

TEST(OkrFunnelConversions, AStepFromAStageOfZeroHasNoConversion) {
  EXPECT_EQ(conversions(std::vector<double>{10, 0, 0}), (Conversions{0.0, none})) << "into 0 converts at 0";
  EXPECT_EQ(conversions(std::vector<double>{0, 5}), (Conversions{none}));
}

TEST(OkrFunnelConversions, FewerThanTwoStagesHaveNoSteps) {
  EXPECT_TRUE(conversions(std::vector<double>{12}).empty());
  EXPECT_TRUE(conversions(std::vector<double>{}).empty());
}

// ---------------------------------------------------------------- bottleneck

TEST(OkrFunnelBottleneck, TheStepThatMissesItsTargetByTheMost) {
  // Step 0 converts at 0.25 and meets its 0.25; step 1 converts at 0.5 against 0.75 (short by
  // 0.25). The lower conversion does not matter when a target is missed.
  EXPECT_EQ(bottleneck(Conversions{0.25, 0.5}, Conversions{0.25, 0.75}), 1u);
  // Short by 0.125, 0.25 and 0.0625.
  EXPECT_EQ(bottleneck(Conversions{0.5, 0.25, 0.5}, Conversions{0.625, 0.5, 0.5625}), 1u);
}

TEST(OkrFunnelBottleneck, AMissedTargetOutweighsALowerConversionWithoutOne) {
  // Step 0 converts at only 0.125 but has no target; step 1 misses its 0.75 by 0.25.
  EXPECT_EQ(bottleneck(Conversions{0.125, 0.5}, Conversions{none, 0.75}), 1u);
}

TEST(OkrFunnelBottleneck, TheLowestConversionWhenNoStepMissesItsTarget) {
  // Every target met: step 1 is closest to its target (0 short) but step 2 converts lowest.
  EXPECT_EQ(bottleneck(Conversions{0.5, 0.5, 0.25}, Conversions{0.25, 0.5, 0.125}), 2u);
}

TEST(OkrFunnelBottleneck, TheLowestConversionWhenNoStepHasATarget) {
  EXPECT_EQ(bottleneck(Conversions{0.4, 0.25, 0.4}, Conversions{}), 1u);
  EXPECT_EQ(bottleneck(Conversions{0.4, 0.25, 0.4}, Conversions{none, none, none}), 1u);
}

TEST(OkrFunnelBottleneck, ATieGoesToTheEarlierStep) {
  // Both short by 0.25.
  EXPECT_EQ(bottleneck(Conversions{0.25, 0.5}, Conversions{0.5, 0.75}), 0u);
  EXPECT_EQ(bottleneck(Conversions{0.5, 0.25}, Conversions{0.75, 0.5}), 0u);
  // Both at the lowest conversion.
  EXPECT_EQ(bottleneck(Conversions{0.5, 0.25, 0.25}, Conversions{}), 1u);
}

TEST(OkrFunnelBottleneck, AStepWithoutAConversionIsNeverTheBottleneck) {
  // 10 leads, 0 opportunities: the first step converts at 0, the rest not at all.
  EXPECT_EQ(bottleneck(conversions(std::vector<double>{10, 0, 0, 0}), Conversions{0.5, 0.5, 0.5}), 0u);
  // Its target is not missed either.
  EXPECT_EQ(bottleneck(Conversions{none, 0.5}, Conversions{0.9, 0.25}), 1u);
  EXPECT_EQ(bottleneck(conversions(std::vector<double>{0, 0, 0}), Conversions{}), std::nullopt);
  EXPECT_EQ(bottleneck(Conversions{}, Conversions{}), std::nullopt);
}

// ---------------------------------------------------------------- warnings

TEST(OkrFunnelWarnings, MoreSignedThanProposalsIsShownNotRefused) {
  const FunnelPeriod f = period("f", "", "2026-11-23", "2026-11-29", {40, 20, 5, 7});
  const auto warnings = funnel_warnings(f);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].stage, 3u);
  EXPECT_TRUE(check_record(f).empty()) << "the file takes it";
  EXPECT_EQ(funnel_state(f, std::vector<FunnelPeriod>{f}).steps[2].conversion, 1.4);  // 7 / 5
}

TEST(OkrFunnelWarnings, EqualStagesAreNotAWarningAndEachLargerOneIs) {
  EXPECT_TRUE(funnel_warnings(period("f", "", "2026-11-23", "2026-11-29", {10, 10, 4, 4})).empty());
  const auto warnings = funnel_warnings(period("f", "", "2026-11-23", "2026-11-29", {10, 12, 4, 6}));
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_EQ(warnings[0].stage, 1u);
  EXPECT_EQ(warnings[1].stage, 3u);
}

// ---------------------------------------------------------------- a period's state

TEST(OkrFunnelState, StepsCarryConversionTargetAndShortfall) {
  // 40 → 20 → 5 → 2: 0.5, 0.25, 0.4 against 0.5, 0.5 and no target.
  const FunnelPeriod f = period("f", "", "2026-11-23", "2026-11-29", {40, 20, 5, 2}, {0.5, 0.5});
  const std::vector<FunnelPeriod> all = {f};
  const FunnelState s = funnel_state(all[0], all);
  ASSERT_EQ(s.steps.size(), 3u);
  EXPECT_EQ(s.steps[0].conversion, 0.5);
  EXPECT_EQ(s.steps[0].shortfall, 0.0);
  EXPECT_EQ(s.steps[1].conversion, 0.25);
  EXPECT_EQ(s.steps[1].target, 0.5);
  EXPECT_EQ(s.steps[1].shortfall, 0.25);
  EXPECT_EQ(s.steps[2].conversion, 0.4);
  EXPECT_EQ(s.steps[2].target, std::nullopt);
  EXPECT_EQ(s.steps[2].shortfall, std::nullopt);
  EXPECT_EQ(s.bottleneck, 1u);
  EXPECT_TRUE(s.warnings.empty());
  EXPECT_EQ(s.previous, nullptr);
  EXPECT_EQ(s.steps[0].previous, std::nullopt);
}

TEST(OkrFunnelState, AStepAboveItsTargetHasANegativeShortfall) {
  const FunnelPeriod f = period("f", "", "2026-11-23", "2026-11-29", {40, 30}, {0.5});
  const FunnelState s = funnel_state(f, std::vector<FunnelPeriod>{f});
  EXPECT_EQ(s.steps[0].shortfall, -0.25);  // 0.5 − 0.75
}

TEST(OkrFunnelState, ComparesWithTheSameOwnersPeriodJustBefore) {
  const std::vector<FunnelPeriod> all = {
      period("me-16", "", "2026-11-16", "2026-11-22", {40, 10}),
      period("rep-23", "rep-2", "2026-11-23", "2026-11-29", {40, 30}),
      period("me-09", "", "2026-11-09", "2026-11-15", {40, 20}),
      period("me-23", "", "2026-11-23", "2026-11-29", {40, 16}),
      period("me-30", "", "2026-11-30", "2026-12-06", {40, 36}),
  };
  const FunnelState s = funnel_state(all[3], all);
  ASSERT_NE(s.previous, nullptr);
  EXPECT_EQ(s.previous->id, "me-16") << "the latest before it, not the first in the list nor another owner's";
  EXPECT_EQ(s.steps[0].conversion, 0.4);
  EXPECT_EQ(s.steps[0].previous, 0.25);  // 10 / 40

  const FunnelState first = funnel_state(all[2], all);
  EXPECT_EQ(first.previous, nullptr);

  const FunnelState rep = funnel_state(all[1], all);
  EXPECT_EQ(rep.previous, nullptr) << "the rep has no earlier period";
}

TEST(OkrFunnelState, AnOwnersPeriodsAreInDateOrder) {
  const std::vector<FunnelPeriod> all = {period("b", "", "2026-11-16", "2026-11-22", {1, 1}),
                                         period("x", "rep-2", "2026-11-02", "2026-11-08", {1, 1}),
                                         period("a", "", "2026-11-09", "2026-11-15", {1, 1}),
                                         period("c", "", "2026-11-23", "2026-11-29", {1, 1})};
  const auto mine = funnel_periods_of(all, "");
  ASSERT_EQ(mine.size(), 3u);
  EXPECT_EQ(mine[0]->id, "a");
  EXPECT_EQ(mine[1]->id, "b");
  EXPECT_EQ(mine[2]->id, "c");
}

// ---------------------------------------------------------------- stage names

TEST(OkrFunnelStages, WithoutNamesThePeriodShowsTheHandbooksFour) {
  const FunnelPeriod f = period("f", "", "2026-11-23", "2026-11-29", {40, 20, 6, 2});
  EXPECT_EQ(stage_names(f, Language::Zh), (Names{"线索", "商机", "提案", "签约"}));
  EXPECT_EQ(stage_names(f, Language::En), (Names{"Leads", "Opportunities", "Proposals", "Signed"}));
  EXPECT_EQ(handbook_stages(Language::Zh).size(), kHandbookStages);
}

TEST(OkrFunnelStages, FewerOrMoreStagesThanTheHandbooksAreNamedInTurn) {
  const FunnelPeriod three = period("f", "", "2026-11-23", "2026-11-29", {40, 20, 6});
  EXPECT_EQ(stage_names(three, Language::Zh), (Names{"线索", "商机", "提案"}));
  const FunnelPeriod six = period("f", "", "2026-11-23", "2026-11-29", {40, 20, 6, 2, 2, 1});
  EXPECT_EQ(stage_names(six, Language::En),
            (Names{"Leads", "Opportunities", "Proposals", "Signed", "Stage 5", "Stage 6"}));
  EXPECT_EQ(stage_names(six, Language::Zh), (Names{"线索", "商机", "提案", "签约", "阶段 5", "阶段 6"}));
}

TEST(OkrFunnelStages, APeriodsOwnNamesWinWhenThereIsOnePerStage) {
  FunnelPeriod f = period("f", "", "2026-11-23", "2026-11-29", {30, 12, 3});
  f.stages = {"Calls", "Demos", "Deals"};
  EXPECT_EQ(stage_names(f, Language::Zh), (Names{"Calls", "Demos", "Deals"}));
  f.stages = {"Calls", "Demos"};  // one short: check_record refuses it; shown with the handbook's
  EXPECT_EQ(stage_names(f, Language::En), (Names{"Leads", "Opportunities", "Proposals"}));
}

}  // namespace
}  // namespace fieldbook::okr
