#pragma once
// Removing OKR records and what hangs on them, so no record is left naming one that is gone:
// a key result takes its check-ins; an objective takes its key results, and what was aligned
// under it moves up to its parent (it is someone's goal still).
#include <string>
#include <vector>

#include "okr/objective.h"

namespace fieldbook::okr {

void remove_key_result(std::vector<KeyResult>& key_results, std::vector<CheckIn>& check_ins, const std::string& id);

// Objectives aligned under it are stamped `now`: their parent changed.
void remove_objective(std::vector<Objective>& objectives, std::vector<KeyResult>& key_results,
                      std::vector<CheckIn>& check_ins, const std::string& id, const std::string& now);

}  // namespace fieldbook::okr
