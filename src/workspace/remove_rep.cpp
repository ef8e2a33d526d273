#include "workspace/remove_rep.h"

#include <algorithm>

#include "okr/removal.h"

namespace fieldbook::workspace {

RepRecords records_of_rep(const Workspace& w, const std::string& rep_id) {
  RepRecords r;
  r.coaching_sessions = int(std::count_if(w.coaching_sessions.begin(), w.coaching_sessions.end(),
                                          [&](const auto& s) { return s.rep_id == rep_id; }));
  r.objectives =
      int(std::count_if(w.objectives.begin(), w.objectives.end(), [&](const auto& o) { return o.owner_id == rep_id; }));
  r.funnel_periods = int(std::count_if(w.funnel_periods.begin(), w.funnel_periods.end(),
                                       [&](const auto& f) { return f.owner_id == rep_id; }));
  return r;
}

void remove_rep(Workspace& w, const std::string& rep_id, const std::string& now) {
  if (rep_id.empty()) return;  // "" is the workspace's own user, never a member of the team
  std::erase_if(w.coaching_sessions, [&](const auto& s) { return s.rep_id == rep_id; });
  std::vector<std::string> theirs;
  for (const auto& o : w.objectives)
    if (o.owner_id == rep_id) theirs.push_back(o.id);
  for (const std::string& id : theirs) okr::remove_objective(w.objectives, w.key_results, w.check_ins, id, now);
  std::erase_if(w.funnel_periods, [&](const auto& f) { return f.owner_id == rep_id; });
  std::erase_if(w.team, [&](const auto& r) { return r.id == rep_id; });
}

}  // namespace fieldbook::workspace
