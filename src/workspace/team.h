#pragma once
// The team: the reps a manager leads (the workspace's `team` collection).
#include <string>
#include <string_view>
#include <vector>

#include "common/issue.h"

namespace fieldbook::workspace {

// The rep's stage in the handbook's staged training (新人期 / 成长期 / 成熟期).
enum class RepStage { New, Growing, Mature };

struct Rep {
  std::string id;
  std::string name;
  RepStage stage = RepStage::New;
  std::string updated_at;
};

inline std::string record_name(const Rep& rep) { return rep.name; }

// Three reps, one of each stage, named in `language`.
std::vector<Rep> sample_team(std::string_view language, const std::string& now);

}  // namespace fieldbook::workspace
