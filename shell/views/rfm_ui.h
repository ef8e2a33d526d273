#pragma once
// What the RFM screens remember between frames that is not part of the workspace: the import in
// progress, the selected analysis, the filter and sort of the customer list, the drafts of the
// scoring and rule forms, and the data derived from the customer table for the views (index
// vectors and chart inputs, rebuilt only when the table, the filter or the sort changes — never
// per frame). Kept by App (App::state<RfmUi>()).
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "imgui.h"
#include "rfm/analysis_record.h"
#include "rfm/customer_query.h"
#include "rfm/import_job.h"
#include "widgets/draft.h"

namespace fieldbook::shell {

class App;

struct RfmImportUi {
  enum class Step { Closed, Working, Mapping, DateOrder, Errors, Scoring, Failed, Cancelled };
  Step step = Step::Closed;
  std::string file_name;
  std::unique_ptr<rfm::ImportJob> job;
  std::vector<rfm::Role> roles;    // the mapping as the person edits it
  rfm::Level level = rfm::Level::Auto;
  bool mapping_loaded = false;
  std::string error;
  bool scoring_shown = false;      // the "Scoring…" frame was drawn; score in the next one
  double budget_ms = 30.0;         // work per frame (tests may lower it)
  double started_ms = 0;
};

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

// The forms' drafts follow the analysis when it changes underneath (undo, redo, an import): each
// field takes the document's value unless it is being edited (widgets/draft.h).
struct RfmScoringDraft {
  std::string analysis_id;
  Draft<int> bins{5, 5};
  Draft<rfm::ScoreMethod> method;
  Draft<std::string> date;
  Draft<std::string> breaks[3];
  std::string error;
};

struct RfmRulesDraft {
  std::string analysis_id;
  Draft<rfm::RuleSet> rules;    // applied as a whole, so it follows as a whole
  bool editing = false;         // a slider is held or a name typed in: keep the draft
  std::string error;
  int add_industry = 0;
};

struct RfmUi {
  RfmImportUi import;
  std::string selected_id;
  int tab = 0;
  RfmFilterState filter;
  rfm::SortColumn sort = rfm::SortColumn::Monetary;
  bool descending = true;
  RfmDerived derived;
  RfmScoringDraft scoring;
  RfmRulesDraft rules;
  bool confirm_delete = false;
};

// rfm_import_view.cpp
void start_rfm_import(App& app, std::string_view name, std::string_view bytes);
void draw_rfm_import(App& app, RfmUi& ui);

// rfm_derived.cpp
const RfmDerived& rfm_derived(RfmUi& ui, const rfm::AnalysisRecord& analysis);
void rfm_select_segment(RfmUi& ui, std::optional<int> row);

// rfm_summary.cpp, rfm_customers_table.cpp, rfm_charts.cpp, rfm_scoring_view.cpp, rfm_rules_editor.cpp
void draw_rfm_summary(App& app, RfmUi& ui, const rfm::AnalysisRecord& analysis);
void draw_rfm_segment_bars(RfmUi& ui, const rfm::AnalysisRecord& analysis, const char* id, float height);
void draw_rfm_customers_table(App& app, RfmUi& ui, const rfm::AnalysisRecord& analysis);
void draw_rfm_charts(App& app, RfmUi& ui, const rfm::AnalysisRecord& analysis);
void draw_rfm_scoring(App& app, RfmUi& ui, const rfm::AnalysisRecord& analysis);
void export_rfm_thresholds(App& app, const rfm::AnalysisRecord& analysis);
void draw_rfm_rules_editor(App& app, RfmUi& ui, const rfm::AnalysisRecord& analysis);

// rfm_format.cpp: shared display helpers.
std::string rfm_count(double value);                          // 12,345
std::string rfm_money(double value, std::string_view currency);  // ¥12,345 / ¥1.2万
std::string rfm_percent(double fraction);                     // 34.4%
ImU32 rfm_segment_color(int row, int named);                  // Others grey
const char* rfm_role_label(rfm::Role role);

}  // namespace fieldbook::shell
