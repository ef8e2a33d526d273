// Situational leadership (grow/leadership.h): the style for a rep's stage and commitment, the stage
// a tenure suggests, and the guides and training plans the app shows for them.
#include "grow/leadership.h"

#include <gtest/gtest.h>

#include <optional>
#include <set>
#include <string>

#include "grow/grow_step.h"
#include "grow_text_checks.h"

namespace fieldbook::grow {
namespace {

using testing::expect_bilingual;
using team::RepStage;

Date d(int y, int m, int day) { return date_from_civil(y, m, day); }

constexpr RepStage kStages[] = {RepStage::New, RepStage::Growing, RepStage::Mature};
constexpr LeadershipStyle kStyles[] = {LeadershipStyle::Directing, LeadershipStyle::Coaching,
                                       LeadershipStyle::Supporting, LeadershipStyle::Delegating};

TEST(GrowLeadershipStyle, NewRepsAreDirectedWhateverTheirCommitment) {
  for (std::optional<int> c : {std::optional<int>{}, std::optional<int>{1}, std::optional<int>{6},
                               std::optional<int>{7}, std::optional<int>{10}}) {
    EXPECT_EQ(leadership_style(RepStage::New, c), LeadershipStyle::Directing) << c.value_or(0);
  }
}

TEST(GrowLeadershipStyle, GrowingRepsAreCoachedWhateverTheirCommitment) {
  for (std::optional<int> c : {std::optional<int>{}, std::optional<int>{1}, std::optional<int>{6},
                               std::optional<int>{7}, std::optional<int>{10}}) {
    EXPECT_EQ(leadership_style(RepStage::Growing, c), LeadershipStyle::Coaching) << c.value_or(0);
  }
}

TEST(GrowLeadershipStyle, MatureRepsAreSupportedWhenTheirCommitmentIsBelowSeven) {
  EXPECT_EQ(leadership_style(RepStage::Mature, std::nullopt), LeadershipStyle::Delegating) << "none recorded";
  EXPECT_EQ(leadership_style(RepStage::Mature, 1), LeadershipStyle::Supporting);
  EXPECT_EQ(leadership_style(RepStage::Mature, 6), LeadershipStyle::Supporting);
  EXPECT_EQ(leadership_style(RepStage::Mature, 7), LeadershipStyle::Delegating);
  EXPECT_EQ(leadership_style(RepStage::Mature, 10), LeadershipStyle::Delegating);
  EXPECT_EQ(kFirmCommitment, 7);
}

TEST(GrowSuggestedStage, ThreeAndTwelveCalendarMonths) {
  const Date start = d(2026, 1, 15);
  EXPECT_EQ(suggested_stage(start, start), RepStage::New) << "first day";
  EXPECT_EQ(suggested_stage(start, d(2026, 4, 14)), RepStage::New) << "one day before 3 months";
  EXPECT_EQ(suggested_stage(start, d(2026, 4, 15)), RepStage::Growing) << "exactly 3 months";
  EXPECT_EQ(suggested_stage(start, d(2026, 7, 1)), RepStage::Growing);
  EXPECT_EQ(suggested_stage(start, d(2027, 1, 14)), RepStage::Growing) << "one day before 12 months";
  EXPECT_EQ(suggested_stage(start, d(2027, 1, 15)), RepStage::Mature) << "exactly 12 months";
  EXPECT_EQ(suggested_stage(start, d(2031, 6, 1)), RepStage::Mature);
}

TEST(GrowSuggestedStage, MonthsCountAcrossTheYearEnd) {
  const Date start = d(2025, 11, 20);
  EXPECT_EQ(suggested_stage(start, d(2026, 2, 19)), RepStage::New);
  EXPECT_EQ(suggested_stage(start, d(2026, 2, 20)), RepStage::Growing);
  // A later day of an earlier month is not a later month.
  EXPECT_EQ(suggested_stage(d(2025, 10, 31), d(2026, 1, 30)), RepStage::New);
  EXPECT_EQ(suggested_stage(d(2025, 10, 31), d(2026, 1, 31)), RepStage::Growing);
}

TEST(GrowSuggestedStage, AStartAtTheMonthEndIsClampedToShorterMonths) {
  const Date start = d(2026, 1, 31);
  EXPECT_EQ(suggested_stage(start, d(2026, 4, 29)), RepStage::New);
  EXPECT_EQ(suggested_stage(start, d(2026, 4, 30)), RepStage::Growing) << "April has no 31st";
  EXPECT_EQ(suggested_stage(start, d(2027, 1, 30)), RepStage::Growing);
  EXPECT_EQ(suggested_stage(start, d(2027, 1, 31)), RepStage::Mature);

  // Three months after 30 November end in February: on the 28th, or the 29th in a leap year.
  EXPECT_EQ(suggested_stage(d(2025, 11, 30), d(2026, 2, 27)), RepStage::New);
  EXPECT_EQ(suggested_stage(d(2025, 11, 30), d(2026, 2, 28)), RepStage::Growing);
  EXPECT_EQ(suggested_stage(d(2023, 11, 30), d(2024, 2, 28)), RepStage::New);
  EXPECT_EQ(suggested_stage(d(2023, 11, 30), d(2024, 2, 29)), RepStage::Growing);
}

TEST(GrowSuggestedStage, AStartOnALeapDay) {
  const Date start = d(2024, 2, 29);
  EXPECT_EQ(suggested_stage(start, d(2024, 5, 28)), RepStage::New);
  EXPECT_EQ(suggested_stage(start, d(2024, 5, 29)), RepStage::Growing);
  EXPECT_EQ(suggested_stage(start, d(2025, 2, 27)), RepStage::Growing);
  EXPECT_EQ(suggested_stage(start, d(2025, 2, 28)), RepStage::Mature) << "2025 has no 29 February";
}

TEST(GrowSuggestedStage, AStartAfterTheDayIsNew) {
  EXPECT_EQ(suggested_stage(d(2026, 3, 2), d(2026, 3, 1)), RepStage::New);
  EXPECT_EQ(suggested_stage(d(2030, 1, 1), d(2026, 3, 1)), RepStage::New) << "years ahead is still new";
}

TEST(GrowStyleGuide, EveryStyleIsGuidedInBothLanguages) {
  std::set<std::string> names;
  for (LeadershipStyle style : kStyles) {
    const StyleGuide& guide = style_guide(style);
    const std::string where = style_code(style);
    expect_bilingual(guide.name, where + " name");
    expect_bilingual(guide.summary, where + " summary");
    EXPECT_GE(guide.practices.size(), 3u) << where;
    EXPECT_LE(guide.practices.size(), 5u) << where;
    for (const LocalizedText& p : guide.practices) expect_bilingual(p, where + " practice");
    names.insert(guide.name.zh);
  }
  EXPECT_EQ(names.size(), 4u) << "each style has its own guide";
}

TEST(GrowStyleGuide, NamedAsTheHandbookNamesThem) {
  EXPECT_EQ(style_guide(LeadershipStyle::Directing).name, (LocalizedText{"Directing", "指令型"}));
  EXPECT_EQ(style_guide(LeadershipStyle::Coaching).name, (LocalizedText{"Coaching", "教练型"}));
  EXPECT_EQ(style_guide(LeadershipStyle::Supporting).name, (LocalizedText{"Supporting", "支持型"}));
  EXPECT_EQ(style_guide(LeadershipStyle::Delegating).name, (LocalizedText{"Delegating", "授权型"}));
  // Delegating leaves the how to the rep and gives only a risk checklist.
  bool checklist = false;
  for (const LocalizedText& p : style_guide(LeadershipStyle::Delegating).practices) {
    checklist = checklist || p.zh.find("风险清单") != std::string::npos;
  }
  EXPECT_TRUE(checklist);
}

TEST(GrowTrainingPlan, EveryStageHasAPlanInBothLanguages) {
  std::set<std::string> names;
  for (RepStage stage : kStages) {
    const TrainingPlan& plan = training_plan(stage);
    const std::string where = "stage " + std::to_string(static_cast<int>(stage));
    expect_bilingual(plan.name, where + " name");
    EXPECT_GE(plan.steps.size(), 3u) << where;
    for (const LocalizedText& step : plan.steps) expect_bilingual(step, where + " step");
    names.insert(plan.name.en);
  }
  EXPECT_EQ(names.size(), 3u);
}

bool plan_mentions(RepStage stage, const std::string& zh) {
  for (const LocalizedText& step : training_plan(stage).steps) {
    if (step.zh.find(zh) != std::string::npos) return true;
  }
  return false;
}

TEST(GrowTrainingPlan, FollowsTheHandbooksStages) {
  EXPECT_TRUE(plan_mentions(RepStage::New, "销冠"));
  EXPECT_TRUE(plan_mentions(RepStage::New, "1–2 周"));
  EXPECT_TRUE(plan_mentions(RepStage::New, "预算不足"));
  EXPECT_TRUE(plan_mentions(RepStage::New, "竞品压价"));
  EXPECT_TRUE(plan_mentions(RepStage::Growing, "沙盘"));
  EXPECT_TRUE(plan_mentions(RepStage::Growing, "签"));
  EXPECT_TRUE(plan_mentions(RepStage::Mature, "轮岗"));
  EXPECT_FALSE(plan_mentions(RepStage::Mature, "沙盘"));
}

TEST(GrowStyleCode, RoundTripsAndRefusesOtherWords) {
  std::set<std::string> codes;
  for (LeadershipStyle style : kStyles) {
    codes.insert(style_code(style));
    EXPECT_EQ(parse_style(style_code(style)), style) << style_code(style);
  }
  EXPECT_EQ(codes, (std::set<std::string>{"directing", "coaching", "supporting", "delegating"}));
  EXPECT_EQ(parse_style(""), std::nullopt);
  EXPECT_EQ(parse_style("Directing"), std::nullopt);
  EXPECT_EQ(parse_style("coach"), std::nullopt);
  EXPECT_EQ(parse_style("delegating "), std::nullopt);
}

TEST(GrowStep, NamesTheFourStepsInOrder) {
  EXPECT_EQ(step_name(kGrowSteps[0]), (LocalizedText{"Goal", "目标"}));
  EXPECT_EQ(step_name(kGrowSteps[1]), (LocalizedText{"Reality", "现状"}));
  EXPECT_EQ(step_name(kGrowSteps[2]), (LocalizedText{"Options", "方案"}));
  EXPECT_EQ(step_name(kGrowSteps[3]), (LocalizedText{"Will", "行动"}));
}

}  // namespace
}  // namespace fieldbook::grow
