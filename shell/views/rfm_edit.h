#pragma once
// The RFM screens' changes to the workspace, each one undoable edit through the session, with
// updatedAt stamped on what changed. Scoring and segmenting stay in src/rfm; the views call these
// and never build or replace records themselves.
#include <optional>
#include <string>
#include <string_view>

#include "rfm/analysis_record.h"
#include "rfm/import_job.h"
#include "workspace/workspace.h"

namespace fieldbook::shell {

class App;

const rfm::AnalysisRecord* find_analysis(const workspace::Workspace& w, std::string_view id);

// The analysis of a finished import (the job's table scored with the default options and rules,
// named after the file) joins the workspace and is shown: selected, on the summary, unfiltered.
// Throws Error when it cannot be scored (nothing changes then).
void add_imported_analysis(App& app, rfm::ImportJob& job, std::string_view file_name);
// The same in two parts (the browser scores between frames): the scored analysis, then the edit.
rfm::AnalysisRecord score_imported_analysis(App& app, rfm::ImportJob& job, std::string_view file_name);
void add_scored_analysis(App& app, rfm::AnalysisRecord a);
void delete_analysis(App& app, std::string_view id);

// Scores the analysis again with `options`, counting recency to `analysis_date` when given, and
// returns it as saved. Throws Error when the options do not fit its customers (nothing changes).
rfm::AnalysisRecord rescore_analysis(App& app, const rfm::AnalysisRecord& a, const rfm::ScoringOptions& options,
                                     std::optional<rfm::Day> analysis_date);
// Segments the analysis's customers by `rules`. Throws Error when the rules are not valid
// (rfm::validate; nothing changes).
void apply_rule_set(App& app, const rfm::AnalysisRecord& a, const rfm::RuleSet& rules);

// New rules for the rule editor's draft, applied with apply_rule_set: a rule over the whole
// scale named "New segment" in both languages, and copies of the general rules (those for any
// industry) for one industry, put above them so they match first.
rfm::SegmentRule new_rule(App& app, int scale);
void add_industry_rules(App& app, rfm::RuleSet& rules, const std::string& industry);

}  // namespace fieldbook::shell
