#pragma once
// The pieces of the RFM tool's screens, one file each: the import wizard, the summary, the
// customer list, the charts, the scoring settings and the rule editor, over the data the views
// derive from the selected analysis (rfm_derived.cpp). Their changes to the workspace go through
// views/rfm_edit.h.
#include <optional>
#include <string_view>

#include "rfm/analysis_record.h"
#include "views/rfm_state.h"

namespace fieldbook::shell {

class App;

// rfm_import_view.cpp: the import wizard, started on a CSV the user picked or dropped.
void start_rfm_import(App& app, std::string_view name, std::string_view bytes);
void draw_rfm_import(App& app, RfmViewState& ui);
// The import's work between frames (App::work_between_frames; the tool's `background` hook): a
// step of budget_ms; returns whether more remains (the rows or the table), and asks for a frame
// when it does not.
bool step_rfm_import_in_background(App& app);
bool rfm_import_has_work(App& app);

// rfm_derived.cpp
const RfmDerived& rfm_derived(RfmViewState& ui, const rfm::AnalysisRecord& analysis);
void rfm_select_segment(RfmViewState& ui, std::optional<int> row);

// rfm_summary.cpp, rfm_customers_table.cpp, rfm_charts.cpp, rfm_scoring_view.cpp, rfm_rules_editor.cpp
void draw_rfm_summary(App& app, RfmViewState& ui, const rfm::AnalysisRecord& analysis);
void draw_rfm_segment_bars(RfmViewState& ui, const rfm::AnalysisRecord& analysis, const char* id, float height);
void draw_rfm_customers_table(App& app, RfmViewState& ui, const rfm::AnalysisRecord& analysis);
void draw_rfm_charts(App& app, RfmViewState& ui, const rfm::AnalysisRecord& analysis);
void draw_rfm_scoring(App& app, RfmViewState& ui, const rfm::AnalysisRecord& analysis);
void draw_rfm_rules_editor(App& app, RfmViewState& ui, const rfm::AnalysisRecord& analysis);

// rfm_view.cpp: the thresholds as a CSV file (from the scoring tab).
void export_rfm_thresholds(App& app, const rfm::AnalysisRecord& analysis);

}  // namespace fieldbook::shell
