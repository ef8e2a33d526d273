#include "okr/removal.h"

#include <algorithm>
#include <set>

namespace fieldbook::okr {

namespace {

void remove_key_results_where(std::vector<KeyResult>& key_results, std::vector<CheckIn>& check_ins,
                              const auto& gone) {
  std::set<std::string> removed;
  for (const KeyResult& k : key_results)
    if (gone(k)) removed.insert(k.id);
  std::erase_if(key_results, gone);
  std::erase_if(check_ins, [&](const CheckIn& c) { return removed.contains(c.key_result_id); });
}

}  // namespace

void remove_key_result(std::vector<KeyResult>& key_results, std::vector<CheckIn>& check_ins, const std::string& id) {
  remove_key_results_where(key_results, check_ins, [&](const KeyResult& k) { return k.id == id; });
}

void remove_objective(std::vector<Objective>& objectives, std::vector<KeyResult>& key_results,
                      std::vector<CheckIn>& check_ins, const std::string& id, const std::string& now) {
  const auto gone = std::find_if(objectives.begin(), objectives.end(), [&](const Objective& o) { return o.id == id; });
  if (gone == objectives.end()) return;
  const std::string parent = gone->parent_id == id ? std::string() : gone->parent_id;
  for (Objective& o : objectives)
    if (o.parent_id == id && o.id != id) {
      o.parent_id = parent;
      o.updated_at = now;
    }
  remove_key_results_where(key_results, check_ins, [&](const KeyResult& k) { return k.objective_id == id; });
  std::erase_if(objectives, [&](const Objective& o) { return o.id == id; });
}

}  // namespace fieldbook::okr
