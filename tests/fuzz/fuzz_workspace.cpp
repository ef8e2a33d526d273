// Loading a workspace file must never crash, hang or read out of bounds, whatever the bytes; and
// whatever loads must save and load back to exactly the same bytes (compact and indented), so a
// file the app accepted once is a file it keeps accepting. A bare ROI case file (fieldbook roi)
// goes through the same checks, and so does a segment rules file: every JSON the app or the CLI
// reads comes through parse_json(). Whatever loads also has an OKR summary (fieldbook okr) and a
// team report (fieldbook team report) that are JSON, whatever its numbers; merged with itself it
// stays valid and merging it again changes nothing; and as a rep's file in a team import it
// either is refused with a reason or merges into a valid workspace.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

#include "common/date.h"
#include "common/error.h"
#include "common/json_parse.h"
#include "dashboard/progress_board.h"
#include "dashboard/summary_json.h"
#include "okr/summary_json.h"
#include "workspace/merge.h"
#include "workspace/team_import.h"
#include "rfm/segments.h"
#include "workspace/validate.h"
#include "workspace/workspace_io.h"

namespace {

void check_round_trip(const fieldbook::workspace::Workspace& w) {
  using namespace fieldbook::workspace;
  if (!validate(w).empty()) std::abort();  // load_workspace() returned an invalid workspace
  for (int indent : {0, 2}) {
    const std::string first = save_workspace(w, indent);
    const std::string second = save_workspace(load_workspace(first), indent);  // throws = a finding
    if (first != second) std::abort();
  }
}

// A number the writer cannot write (an overflow to infinity) must not break the JSON.
void check_okr_summary(const fieldbook::workspace::Workspace& w) {
  const fieldbook::Date as_of = fieldbook::date_from_civil(2026, 11, 30);
  const std::string json = fieldbook::okr::okr_summary_json(w.objectives, w.key_results, w.check_ins, w.kpis,
                                                            w.kpi_entries, w.funnel_periods, as_of);
  rapidjson::Document doc;
  fieldbook::parse_json(json, doc, 8);  // throws = a finding
  if (!doc.IsObject()) std::abort();
}

void check_team_report(const fieldbook::workspace::Workspace& w) {
  const std::string json = fieldbook::dashboard::team_report_json(w, fieldbook::date_from_civil(2026, 11, 30),
                                                                   fieldbook::dashboard::Measure{});
  rapidjson::Document doc;
  fieldbook::parse_json(json, doc, 8);  // throws = a finding
  if (!doc.IsObject()) std::abort();
}

void check_merge(const fieldbook::workspace::Workspace& w) {
  using namespace fieldbook::workspace;
  MergeReport report;
  const Workspace once = merge(w, w, report);
  if (!validate(once).empty()) std::abort();
  const Workspace twice = merge(once, w, report);
  if (report.added + report.updated + report.deleted != 0) std::abort();
  if (save_workspace(twice) != save_workspace(once)) std::abort();
}

void check_team_import(const fieldbook::workspace::Workspace& w, std::string_view text) {
  using namespace fieldbook::workspace;
  Workspace manager;
  manager.settings.owner_id = "u-fuzz-manager";
  TeamImport import(manager, "2026-11-30T08:00:00Z");
  import.add("rep.json", text);
  const bool read = import.files().back().error.empty();
  // A file that says whose it is (someone else's) is read; one that does not is refused.
  if (w.settings.owner_id.empty() ? read : (w.settings.owner_id != "u-fuzz-manager" && !read)) std::abort();
  if (import.ok() && !validate(import.merged()).empty()) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::optional<fieldbook::workspace::Workspace> loaded;
  try {
    loaded = fieldbook::workspace::load_workspace(text);
  } catch (const fieldbook::Error&) {
    // refused: fine
  }
  // Outside the try: an Error while saving or reloading what loaded is a finding (it aborts).
  if (loaded) {
    check_round_trip(*loaded);
    check_okr_summary(*loaded);
    check_team_report(*loaded);
    check_merge(*loaded);
    check_team_import(*loaded, text);
  }
  try {
    fieldbook::workspace::load_case_file(text);
  } catch (const fieldbook::Error&) {
  }
  try {
    fieldbook::rfm::parse_rule_set_json(text);  // the CLI's --rules=FILE.json
  } catch (const fieldbook::Error&) {
  }
  return 0;
}
