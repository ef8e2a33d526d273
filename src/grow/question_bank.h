#pragma once
// Coaching questions for each GROW step. Some fit every rep; some are worded for a stage: a new
// rep gets concrete, directive ones, a mature rep open ones that leave the decision with them.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/localized_text.h"
#include "grow/grow_step.h"
#include "team/team.h"

namespace fieldbook::grow {

struct CoachingQuestion {
  std::string id;  // stable: "<step>-<new|growing|mature|any>-<n>", e.g. "goal-new-1"
  GrowStep step;
  std::optional<team::RepStage> stage;  // nullopt: for every stage
  LocalizedText text;
};

// Every question, grouped by step. Each step has at least 8 questions for each stage.
const std::vector<CoachingQuestion>& question_bank();

// The questions for `step` asked of a rep at `stage`: the stage's own first, then the general
// ones, each in bank order.
std::vector<const CoachingQuestion*> questions_for(GrowStep step, team::RepStage stage);

// The question with this id, or nullptr.
const CoachingQuestion* find_question(std::string_view id);

}  // namespace fieldbook::grow
