#pragma once
// The end of a period: an unfinished key result goes on in the next period as a copy that starts
// where it stopped. The copy hangs under the next period's continuation of its objective — the
// one carried from it before, or a new copy of the objective when there is none yet (aligned
// under the same parent while the parent's period holds the next one).
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "okr/objective.h"

namespace fieldbook::okr {

struct CarryOver {
  std::optional<Objective> new_objective;  // when the next period has no continuation yet
  KeyResult key_result;                    // the copy, under `objective_id`
};

// `current` is the key result's value now (progress.h current_value); records are stamped `now`;
// ids come from `new_id("objective")`, `new_id("kr")`.
CarryOver carry_over(const Objective& objective, const KeyResult& kr, double current,
                     std::span<const Objective> objectives, const std::string& now,
                     const std::function<std::string(std::string_view kind)>& new_id);

// The next period's continuation of `objective` (carried from it), or nullptr.
const Objective* continuation_of(std::span<const Objective> objectives, const Objective& objective);

}  // namespace fieldbook::okr
