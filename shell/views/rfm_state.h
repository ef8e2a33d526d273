#pragma once
// What the RFM screens remember between frames that is not part of the workspace: the import in
// progress, the selected analysis, the filter and sort of the customer list, the drafts of the
// scoring and rule forms, and the data derived from the customer table for the views (index
// vectors and chart inputs, rebuilt only when the table, the filter or the sort changes — never
// per frame). Kept by App (App::state<RfmViewState>(): one per app, so tests with several apps
// do not share it).
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "rfm/analysis_record.h"
#include "rfm/customer_query.h"
#include "rfm/import_job.h"
#include "widgets/draft.h"

namespace fieldbook::shell {

struct RfmFilterState {
  std::optional<int> segment_row;
  std::optional<std::string> industry;
  std::optional<std::string> rep;
  std::string search;
};

// Derived from one customer table for the views.
struct RfmDerived {
  rfm::SharedCustomers table;  // what this was built from (kept alive, so identity is safe)
  std::string rules_key;       // the rule set it was grouped by
  rfm::SegmentGroups groups;
  std::vector<rfm::SegmentSummary> summary;
  std::vector<std::string> industries, reps;
  bool has_region = false;

  // The filter in force and what passes it (table order), then sorted for the list.
  rfm::CustomerFilter filter;
  std::vector<rfm::Index> filtered;
  std::vector<rfm::Index> rows;
  rfm::SortColumn sort = rfm::SortColumn::Monetary;
  bool descending = true;
  bool sorted = false;

  // Chart inputs over the filtered customers.
  std::vector<double> recency, frequency, monetary;
  std::vector<int> group;
  rfm::RfGrid grid;
  rfm::SegmentCounts counts;
};

struct RfmImportState {
  enum class Step { Closed, Working, Mapping, DateOrder, Errors, Scoring, Failed, Cancelled };
  Step step = Step::Closed;
  std::string file_name;
  std::unique_ptr<rfm::ImportJob> job;
  std::vector<rfm::Role> roles;    // the mapping as the person edits it
  rfm::Level level = rfm::Level::Auto;
  bool mapping_loaded = false;
  std::string error;                // why it failed, in the core's English (the wizard says it in the UI's language)
  bool scoring_shown = false;      // the "Scoring…" frame was drawn; score in the next one
  double budget_ms = 30.0;         // work per frame (tests may lower it)
  // Where the platform works between frames (App::work_between_frames; the browser: fb_work,
  // scheduler.js) it reads the rows and scores them there (step_rfm_import_in_background) and
  // frames do none of it. A frame costs the browser more than the app's part of it (the canvas
  // drawn and composited; under software rendering tens of ms), so the browser draws fewer frames
  // while the rows are read, and no frame holds a step of the import or the scoring of 100,000
  // customers.
  std::optional<rfm::AnalysisRecord> scored;  // between frames: scored, added in the next step
  double started_ms = 0;
};

// The forms' drafts follow the analysis when it changes underneath (undo, redo, an import): each
// field takes the document's value unless it is being edited (widgets/draft.h).
struct RfmScoringDraft {
  std::string analysis_id;
  Draft<int> bins{5, 5};
  Draft<rfm::ScoreMethod> method;
  Draft<std::string> date;
  Draft<std::string> breaks[3];
  std::string error;  // why the last Apply was refused, in the UI's language
};

struct RfmRulesDraft {
  std::string analysis_id;
  Draft<rfm::RuleSet> rules;    // applied as a whole, so it follows as a whole
  bool editing = false;         // a slider is held or a name typed in: keep the draft
  std::string error;            // why the last change was not applied, in the UI's language
  int add_industry = 0;
};

struct RfmViewState {
  RfmImportState import;
  std::string selected_id;      // the analysis shown; empty or gone: the newest
  int tab = 0;                  // summary, customers, charts, scoring, rules
  RfmFilterState filter;
  rfm::SortColumn sort = rfm::SortColumn::Monetary;
  bool descending = true;
  RfmDerived derived;
  RfmScoringDraft scoring;
  RfmRulesDraft rules;
  bool confirm_delete = false;
};

}  // namespace fieldbook::shell
