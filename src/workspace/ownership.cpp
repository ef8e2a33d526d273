#include "workspace/ownership.h"

#include <algorithm>
#include <unordered_set>

#include "workspace/sample.h"

namespace fieldbook::workspace {
namespace {

template <class R>
std::vector<R> mine(const std::vector<R>& records) {
  std::vector<R> out;
  for (const R& r : records)
    if (r.owner_id.empty() && !is_sample_id(r.id)) out.push_back(r);
  return out;
}

template <class R, class Parent>
std::vector<R> under(const std::vector<R>& records, const std::vector<Parent>& parents, std::string R::*parent_id) {
  std::unordered_set<std::string_view> ids;
  for (const Parent& p : parents) ids.insert(p.id);
  std::vector<R> out;
  for (const R& r : records)
    if (ids.contains(r.*parent_id)) out.push_back(r);
  return out;
}

}  // namespace

bool has_owner(std::string_view key) {
  return key == "roiCases" || key == "rfmAnalyses" || key == "coachingSessions" || key == "objectives" ||
         key == "kpis" || key == "funnelPeriods";
}

Workspace own_records(const Workspace& w) {
  Workspace out;
  out.settings = w.settings;
  out.exported_by = w.settings.user_name;
  out.roi_cases = mine(w.roi_cases);
  out.rfm_analyses = mine(w.rfm_analyses);
  out.objectives = mine(w.objectives);
  std::unordered_set<std::string_view> objective_ids;
  for (const auto& o : out.objectives) objective_ids.insert(o.id);
  for (auto& o : out.objectives)
    if (!objective_ids.contains(o.parent_id)) o.parent_id.clear();
  out.key_results = under(w.key_results, out.objectives, &okr::KeyResult::objective_id);
  out.check_ins = under(w.check_ins, out.key_results, &okr::CheckIn::key_result_id);
  out.kpis = mine(w.kpis);
  out.kpi_entries = under(w.kpi_entries, out.kpis, &okr::KpiEntry::kpi_id);
  out.funnel_periods = mine(w.funnel_periods);
  // A deleted record's owner is gone with it; its id means nothing to anyone who never had it.
  for (const Tombstone& t : w.deleted)
    if (t.collection != "team" && t.collection != "coachingSessions" && !is_sample_id(t.id)) out.deleted.push_back(t);
  return out;
}

std::string own_file_name(std::string_view user_name, std::string_view day) {
  std::string name;
  for (char c : user_name) {
    const bool unsafe = std::string_view("/\\:*?\"<>|").find(c) != std::string_view::npos ||
                        static_cast<unsigned char>(c) < 0x20;
    name += unsafe || c == ' ' ? '_' : c;
  }
  return "fieldbook-" + (name.empty() ? std::string() : name + "-") + std::string(day) + ".json";
}

}  // namespace fieldbook::workspace
