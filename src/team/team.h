#pragma once
// The team: the reps a manager leads (the workspace's `team` collection). Every tool that speaks
// of a rep (coaching sessions, later key results) refers to one of these by id.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/date.h"
#include "common/issue.h"

namespace fieldbook::team {

// The rep's stage in the handbook's staged training (新人期 / 成长期 / 成熟期). The manager
// decides it; tenure only suggests it (grow/leadership.h).
enum class RepStage { New, Growing, Mature };

// DISC behaviour type, as the handbook uses it to build a team: D 攻坚型 (the opener who attacks
// new accounts), I and S 关系型 (relationship keepers), C 运营型 (the operator).
enum class Disc { D, I, S, C };

struct Rep {
  std::string id;
  std::string name;
  RepStage stage = RepStage::New;
  std::string started_on;   // "YYYY-MM-DD", or empty when not known
  std::optional<Disc> disc;  // none: not assessed
  std::string notes;
  std::string updated_at;
  // The rep's own workspace (its settings.ownerId), once a file of theirs was imported: how the
  // next file of theirs finds them. "" = not linked yet.
  std::string owner_id;
};

inline std::string record_name(const Rep& rep) { return rep.name; }

// The start date is a real day or empty.
std::vector<Issue> check_record(const Rep& rep);

// Three reps, one of each stage, named in `language`.
std::vector<Rep> sample_team(std::string_view language, const std::string& now, Date today);

// The rep with `id`, or nullptr.
const Rep* find_rep(const std::vector<Rep>& team, std::string_view id);

}  // namespace fieldbook::team
