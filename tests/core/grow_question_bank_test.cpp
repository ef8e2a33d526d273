// The GROW coaching questions (grow/question_bank.h): enough for every step and stage, in both
// languages, worded for the stage, and found by their ids.
#include "grow/question_bank.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "grow_text_checks.h"

namespace fieldbook::grow {
namespace {

using testing::expect_bilingual;
using team::RepStage;

constexpr RepStage kStages[] = {RepStage::New, RepStage::Growing, RepStage::Mature};

std::string step_word(GrowStep step) {
  switch (step) {
    case GrowStep::Goal: return "goal";
    case GrowStep::Reality: return "reality";
    case GrowStep::Options: return "options";
    case GrowStep::Will: return "will";
  }
  return "?";
}

std::string stage_word(std::optional<RepStage> stage) {
  if (!stage) return "any";
  switch (*stage) {
    case RepStage::New: return "new";
    case RepStage::Growing: return "growing";
    case RepStage::Mature: return "mature";
  }
  return "?";
}

TEST(GrowQuestionBank, AtLeastEightForEveryStepAndStage) {
  for (GrowStep step : kGrowSteps) {
    for (RepStage stage : kStages) {
      const auto questions = questions_for(step, stage);
      EXPECT_GE(questions.size(), 8u) << step_word(step) << " " << stage_word(stage);
    }
  }
}

TEST(GrowQuestionBank, TheStagesOwnComeFirstThenTheGeneralOnes) {
  for (GrowStep step : kGrowSteps) {
    for (RepStage stage : kStages) {
      const std::string where = step_word(step) + " " + stage_word(stage);
      const auto questions = questions_for(step, stage);
      ASSERT_FALSE(questions.empty()) << where;
      EXPECT_TRUE(questions.front()->stage.has_value()) << where << ": no variant for the stage";
      bool general_seen = false;
      std::size_t general = 0;
      for (const CoachingQuestion* q : questions) {
        EXPECT_EQ(q->step, step) << q->id;
        if (q->stage) {
          EXPECT_EQ(*q->stage, stage) << where << ": " << q->id;
          EXPECT_FALSE(general_seen) << where << ": " << q->id << " after a general question";
        } else {
          general_seen = true;
          ++general;
        }
      }
      // Every general question of the step is offered.
      std::size_t bank_general = 0;
      for (const CoachingQuestion& q : question_bank()) {
        if (q.step == step && !q.stage) ++bank_general;
      }
      EXPECT_EQ(general, bank_general) << where;
      EXPECT_GT(general, 0u) << where;
    }
  }
}

TEST(GrowQuestionBank, IdsAreUniqueAndSayTheStepAndStage) {
  std::set<std::string> ids;
  for (const CoachingQuestion& q : question_bank()) {
    EXPECT_TRUE(ids.insert(q.id).second) << "duplicate id " << q.id;
    const std::string prefix = step_word(q.step) + "-" + stage_word(q.stage) + "-";
    EXPECT_EQ(q.id.rfind(prefix, 0), 0u) << q.id << " should start with " << prefix;
    EXPECT_GT(q.id.size(), prefix.size()) << q.id;
  }
}

TEST(GrowQuestionBank, EveryQuestionIsAskedInBothLanguagesOnce) {
  std::set<std::string> en, zh;
  for (const CoachingQuestion& q : question_bank()) {
    expect_bilingual(q.text, q.id);
    EXPECT_TRUE(en.insert(q.text.en).second) << "asked twice: " << q.text.en;
    EXPECT_TRUE(zh.insert(q.text.zh).second) << "asked twice: " << q.text.zh;
  }
}

TEST(GrowQuestionBank, NewAndMatureRepsAreAskedDifferently) {
  for (GrowStep step : kGrowSteps) {
    const auto new_rep = questions_for(step, RepStage::New);
    const auto mature = questions_for(step, RepStage::Mature);
    ASSERT_FALSE(new_rep.empty());
    ASSERT_FALSE(mature.empty());
    EXPECT_NE(new_rep.front()->id, mature.front()->id) << step_word(step);
    EXPECT_NE(new_rep.front()->text.en, mature.front()->text.en) << step_word(step);
    EXPECT_NE(new_rep.front()->text.zh, mature.front()->text.zh) << step_word(step);
    // No question meant for one of them reaches the other.
    for (const CoachingQuestion* q : new_rep) EXPECT_NE(q->stage, std::optional<RepStage>{RepStage::Mature}) << q->id;
    for (const CoachingQuestion* q : mature) EXPECT_NE(q->stage, std::optional<RepStage>{RepStage::New}) << q->id;
  }
}

TEST(GrowQuestionBank, FindsAQuestionByItsId) {
  for (const CoachingQuestion& q : question_bank()) EXPECT_EQ(find_question(q.id), &q) << q.id;
  const CoachingQuestion* first = find_question("will-new-1");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->step, GrowStep::Will);
  EXPECT_EQ(first->stage, std::optional<RepStage>{RepStage::New});
  EXPECT_EQ(find_question(""), nullptr);
  EXPECT_EQ(find_question("goal-new-99"), nullptr);
  EXPECT_EQ(find_question("GOAL-NEW-1"), nullptr);
  EXPECT_EQ(find_question("goal-new-1 "), nullptr);
}

}  // namespace
}  // namespace fieldbook::grow
