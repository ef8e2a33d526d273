#pragma once
// Objection cards for a new rep's role-play (新人期): the objection as a customer puts it, a short
// way to handle it, and one line the rep could say.
#include <string>
#include <string_view>
#include <vector>

#include "common/localized_text.h"

namespace fieldbook::grow {

struct PracticeCard {
  std::string id;              // stable, e.g. "no-budget"
  LocalizedText objection;     // its name, then the customer's words: 预算不足：“今年没有这笔预算。”
  LocalizedText handling;      // the method, in a few steps
  LocalizedText sample_reply;  // what the rep could say
};

// The common B2B objections (software, education and government customers), the handbook's two
// first: 预算不足 and 竞品压价.
const std::vector<PracticeCard>& practice_cards();

// The card with this id, or nullptr.
const PracticeCard* find_practice_card(std::string_view id);

}  // namespace fieldbook::grow
