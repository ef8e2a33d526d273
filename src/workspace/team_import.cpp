#include "workspace/team_import.h"

#include <algorithm>
#include <memory>
#include <unordered_set>

#include "common/error.h"
#include "common/json_parse.h"
#include "workspace/ownership.h"
#include "workspace/sample.h"
#include "workspace/validate.h"
#include "workspace/workspace_io.h"

namespace fieldbook::workspace {
namespace {

// The owner's records of one collection, now `rep_id`'s; the others counted.
template <class R>
std::vector<R> owned(const std::vector<R>& records, const std::string& rep_id, int& left_out) {
  std::vector<R> out;
  for (const R& r : records) {
    if (r.owner_id.empty() && !is_sample_id(r.id)) {
      out.push_back(r);
      out.back().owner_id = rep_id;
    } else {
      ++left_out;
    }
  }
  return out;
}

template <class R, class Parent>
std::vector<R> under(const std::vector<R>& records, const std::vector<Parent>& parents, std::string R::*parent_id,
                     int& left_out) {
  std::unordered_set<std::string_view> ids;
  for (const Parent& p : parents) ids.insert(p.id);
  std::vector<R> out;
  for (const R& r : records) {
    if (ids.contains(r.*parent_id))
      out.push_back(r);
    else
      ++left_out;
  }
  return out;
}

std::string trimmed(std::string_view s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return std::string(s.substr(first, s.find_last_not_of(" \t") - first + 1));
}

// A name for someone new: theirs, or the file's name without its extension.
std::string name_of(const Workspace& file, std::string_view file_name) {
  for (const std::string& n : {file.settings.user_name, file.exported_by})
    if (!trimmed(n).empty()) return trimmed(n);
  std::string stem(file_name.substr(0, file_name.rfind('.')));
  return stem.empty() ? std::string("?") : stem;
}

}  // namespace

Workspace attribute(const Workspace& file, const std::string& rep_id, const Workspace& into, int& left_out) {
  Workspace out;
  left_out += static_cast<int>(file.team.size() + file.coaching_sessions.size());
  out.roi_cases = owned(file.roi_cases, rep_id, left_out);
  out.rfm_analyses = owned(file.rfm_analyses, rep_id, left_out);
  out.objectives = owned(file.objectives, rep_id, left_out);
  out.key_results = under(file.key_results, out.objectives, &okr::KeyResult::objective_id, left_out);
  out.check_ins = under(file.check_ins, out.key_results, &okr::CheckIn::key_result_id, left_out);
  out.kpis = owned(file.kpis, rep_id, left_out);
  out.kpi_entries = under(file.kpi_entries, out.kpis, &okr::KpiEntry::kpi_id, left_out);
  out.funnel_periods = owned(file.funnel_periods, rep_id, left_out);
  // An objective aligned under one neither side has shows at the top.
  std::unordered_set<std::string_view> objectives;
  for (const auto& o : out.objectives) objectives.insert(o.id);
  for (const auto& o : into.objectives) objectives.insert(o.id);
  for (auto& o : out.objectives)
    if (!objectives.contains(o.parent_id)) o.parent_id.clear();
  for (const Tombstone& t : file.deleted)
    if (t.collection != "team" && t.collection != "coachingSessions" && !is_sample_id(t.id)) out.deleted.push_back(t);
  out.sample = into.sample;  // a team file never makes the manager's workspace a sample, nor unmakes it
  return out;
}

TeamImport::TeamImport(const Workspace& local, std::string now) : merged_(local), now_(std::move(now)) {}

bool TeamImport::ok() const {
  return std::all_of(files_.begin(), files_.end(), [](const TeamFileResult& f) { return f.error.empty(); }) &&
         problem().empty();
}

void TeamImport::add(std::string file_name, std::string_view json) {
  TeamFileResult& r = files_.emplace_back();
  r.file_name = std::move(file_name);
  Workspace file;
  // Each kind of error kept as its own type: what the app says depends on it.
  const auto unreadable = [&r](std::shared_ptr<const Error> e) {
    r.error = e->what();
    r.refusal = TeamFileRefusal::Unreadable;
    r.cause = std::move(e);
  };
  try {
    file = load_workspace(json);
  } catch (const FileError& e) {
    return unreadable(std::make_shared<FileError>(e));
  } catch (const JsonError& e) {
    return unreadable(std::make_shared<JsonError>(e));
  } catch (const Error& e) {
    return unreadable(std::make_shared<Error>(e));
  }
  const std::string& owner = file.settings.owner_id;
  if (owner.empty()) {
    r.error = "the file does not say whose it is (it was saved before Fieldbook knew owners): ask the rep to send "
              "it again with \"Send to my manager\"";
    r.refusal = TeamFileRefusal::NoOwner;
    return;
  }
  if (owner == merged_.settings.owner_id) {
    r.error = "this file is your own workspace: bring it in with Import → Merge";
    r.refusal = TeamFileRefusal::OwnWorkspace;
    return;
  }
  r.last_changed = contents_of(file).last_changed;
  auto& team = merged_.team;
  auto member = std::find_if(team.begin(), team.end(), [&](const team::Rep& m) { return m.owner_id == owner; });
  if (member != team.end()) {
    r.match = RepMatch::Linked;
  } else {
    const std::string name = name_of(file, r.file_name);
    member = std::find_if(team.begin(), team.end(),
                          [&](const team::Rep& m) { return m.owner_id.empty() && trimmed(m.name) == name; });
    if (member != team.end()) {
      r.match = RepMatch::SameName;
    } else {
      r.match = RepMatch::Added;
      team.push_back({.id = "rep-" + owner, .name = name});
      member = team.end() - 1;
    }
    member->owner_id = owner;
    member->updated_at = now_;
  }
  r.rep_id = member->id;
  r.rep_name = member->name;
  const Workspace theirs = attribute(file, r.rep_id, merged_, r.left_out);
  merge_into(merged_, theirs, r.report);
  checked_ = false;
}

const std::string& TeamImport::problem() const {
  // Once, at the end: each file was checked as it was read; what remains is how they fit together
  // (a key result from one file under an objective another file deleted).
  if (!checked_) {
    const auto issues = validate(merged_);
    problem_issue_ = issues.empty() ? Issue{} : issues.front();
    problem_ = issues.empty() ? std::string()
                              : "merged, the workspace would not be valid: " + issues.front().path + ": " +
                                    issues.front().message;
    checked_ = true;
  }
  return problem_;
}

const Issue& TeamImport::problem_issue() const {
  (void)problem();
  return problem_issue_;
}

}  // namespace fieldbook::workspace
