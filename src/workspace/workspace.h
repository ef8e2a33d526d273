#pragma once
// The workspace: the one document that holds a user's data — settings, the team, and each tool's
// records. Every record has a stable string id (so files from different reps merge) and an
// updatedAt timestamp (so a merge keeps the newer copy). Each list of records is a collection
// declared in collections.h, which everything that handles every record loops over. The JSON
// format is documented in docs/workspace.schema.json and README.md ("The workspace file").
#include <string>
#include <vector>

#include "grow/coaching_session.h"
#include "okr/funnel.h"
#include "okr/kpi.h"
#include "okr/objective.h"
#include "rfm/analysis_record.h"
#include "roi/case.h"
#include "workspace/settings.h"
#include "workspace/tombstone.h"
#include "team/team.h"

namespace fieldbook::workspace {

// The team's record lives in its own folder (team/team.h): every tool that speaks of a rep uses it.
using team::Disc;
using team::Rep;
using team::RepStage;

// Version history (each step has a migration in migrations.cpp and a golden file in tests/data):
//   1 — settings only (the first release of the app frame)
//   2 — team, ROI cases, exportedBy, the sample flag
//   3 — RFM analyses (customer aggregates, scores, thresholds, rules)
//   4 — GROW coaching: coaching sessions; team members gained a start date, a DISC type and notes
//   5 — OKR tracking: objectives, key results, check-ins, KPIs and their entries, funnel periods
//   6 — the team view: settings.ownerId, whose each record is (ownerId), the team member's own
//       workspace (team[].ownerId), and the tombstones of deleted records (deleted)
inline constexpr int kSchemaVersion = 6;

struct Workspace {
  // The document's own fields (kDocumentFields in collections.h counts them) ...
  int schema_version = kSchemaVersion;
  bool sample = false;           // the first-visit sample data, cleared with one tap
  // The user's name when the file was exported. (No export time: the same workspace always
  // exports to the same bytes; each record's updatedAt says when it changed.)
  std::string exported_by;
  Settings settings;
  // ... then one member per collection, each declared in collections.h.
  std::vector<Rep> team;
  std::vector<roi::Case> roi_cases;
  std::vector<rfm::AnalysisRecord> rfm_analyses;  // each shares its customer table between copies
  std::vector<grow::CoachingSession> coaching_sessions;
  std::vector<okr::Objective> objectives;
  std::vector<okr::KeyResult> key_results;
  std::vector<okr::CheckIn> check_ins;
  std::vector<okr::Kpi> kpis;
  std::vector<okr::KpiEntry> kpi_entries;
  std::vector<okr::FunnelPeriod> funnel_periods;
  // ... and last, the tombstones of deleted records (a document field: merge reads them apart).
  std::vector<Tombstone> deleted;
};

}  // namespace fieldbook::workspace
