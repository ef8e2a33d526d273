#include "workspace/remove_rep.h"

#include <algorithm>
#include <unordered_set>

#include "okr/removal.h"
#include "workspace/ownership.h"

namespace fieldbook::workspace {

namespace {

template <class R>
int count_theirs(const std::vector<R>& records, const std::string& rep_id) {
  return int(std::count_if(records.begin(), records.end(), [&](const R& r) { return is_theirs(r, rep_id); }));
}

}  // namespace

RepRecords records_of_rep(const Workspace& w, const std::string& rep_id) {
  RepRecords r;
  r.coaching_sessions = count_theirs(w.coaching_sessions, rep_id);
  r.objectives = count_theirs(w.objectives, rep_id);
  r.funnel_periods = count_theirs(w.funnel_periods, rep_id);
  r.kpis = count_theirs(w.kpis, rep_id);
  r.roi_cases = count_theirs(w.roi_cases, rep_id);
  r.rfm_analyses = count_theirs(w.rfm_analyses, rep_id);
  return r;
}

void remove_rep(Workspace& w, const std::string& rep_id, const std::string& now) {
  if (rep_id.empty()) return;  // "" is the workspace's own user, never a member of the team
  const auto theirs = [&](const auto& r) { return is_theirs(r, rep_id); };
  std::erase_if(w.coaching_sessions, theirs);
  std::vector<std::string> objectives;
  for (const auto& o : w.objectives)
    if (is_theirs(o, rep_id)) objectives.push_back(o.id);
  for (const std::string& id : objectives) okr::remove_objective(w.objectives, w.key_results, w.check_ins, id, now);
  std::unordered_set<std::string> kpis;
  for (const auto& k : w.kpis)
    if (is_theirs(k, rep_id)) kpis.insert(k.id);
  std::erase_if(w.kpi_entries, [&](const auto& e) { return kpis.contains(e.kpi_id); });
  std::erase_if(w.kpis, theirs);
  std::erase_if(w.funnel_periods, theirs);
  std::erase_if(w.roi_cases, theirs);
  std::erase_if(w.rfm_analyses, theirs);
  std::erase_if(w.team, [&](const auto& r) { return r.id == rep_id; });
}

}  // namespace fieldbook::workspace
