#include "workspace/merge.h"

#include <unordered_map>

#include "common/date.h"
#include "workspace/json_writer.h"
#include "workspace/schema.h"

namespace fieldbook::workspace {
namespace {

// An empty or unreadable time counts as older than any real one.
std::int64_t time_of(const std::string& updated_at) {
  const auto t = parse_iso_timestamp(updated_at);
  return t ? t->ms : INT64_MIN;
}

template <class Record>
std::string fingerprint(const Record& r) {
  return write_json(r, 0);
}

template <class Record, class NameOf>
void merge_list(const char* collection, std::vector<Record>& into, const std::vector<Record>& incoming, NameOf name_of,
                MergeReport& report) {
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < into.size(); ++i) index.emplace(into[i].id, i);
  for (const Record& r : incoming) {
    auto it = index.find(r.id);
    if (it == index.end()) {
      index.emplace(r.id, into.size());
      into.push_back(r);
      ++report.added;
      continue;
    }
    Record& mine = into[it->second];
    if (fingerprint(mine) == fingerprint(r)) {
      ++report.unchanged;
      continue;
    }
    const bool take = time_of(r.updated_at) > time_of(mine.updated_at);
    report.conflicts.push_back({collection, r.id, name_of(take ? r : mine), take});
    if (take) {
      mine = r;
      ++report.replaced;
    }
  }
}

}  // namespace

Workspace merge(const Workspace& local, const Workspace& incoming, MergeReport& report) {
  report = {};
  Workspace out = local;
  out.sample = local.sample && incoming.sample;
  merge_list("team", out.team, incoming.team, [](const Rep& r) { return r.name; }, report);
  merge_list("roiCases", out.roi_cases, incoming.roi_cases,
             [](const roi::Case& c) { return c.customer_name.empty() ? c.name : c.customer_name + " · " + c.name; }, report);
  merge_list("rfmAnalyses", out.rfm_analyses, incoming.rfm_analyses, [](const rfm::AnalysisRecord& a) { return a.name; },
             report);
  return out;
}

Contents contents_of(const Workspace& w) {
  Contents c;
  c.team = static_cast<int>(w.team.size());
  c.roi_cases = static_cast<int>(w.roi_cases.size());
  c.rfm_analyses = static_cast<int>(w.rfm_analyses.size());
  c.exported_by = w.exported_by;
  std::int64_t newest = INT64_MIN;
  auto consider = [&](const std::string& t) {
    if (time_of(t) > newest) {
      newest = time_of(t);
      c.last_changed = t;
    }
  };
  consider(w.settings.updated_at);
  for (const auto& r : w.team) consider(r.updated_at);
  for (const auto& r : w.roi_cases) consider(r.updated_at);
  for (const auto& r : w.rfm_analyses) consider(r.updated_at);
  c.sample = w.sample;
  return c;
}

}  // namespace fieldbook::workspace
