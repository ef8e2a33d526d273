#pragma once
// Opening a record where it lives, from another view (Today, the team view): shows its tool and
// sets that tool's screens to the record's page, as a tap inside the tool would. Each tool's
// state (grow_state.h, okr_state.h, roi_state.h) stays its own; this is the one place outside the
// tools that knows how they select a record. A record that is not there opens nothing (false).
#include <string>

namespace fieldbook::shell {

class App;

// A coaching session's worksheet (GROW); `at_actions` opens it on the Will step, where its
// actions are.
bool open_session(App& app, const std::string& session_id, bool at_actions = false);
// A rep's page in GROW (their profile, sessions and open actions).
bool open_rep_profile(App& app, const std::string& rep_id);
// An objective's page (OKR), or one of its key results' page when `key_result_id` is given.
bool open_objective(App& app, const std::string& objective_id, const std::string& key_result_id = "");
// A KPI's page (OKR, KPIs).
bool open_kpi(App& app, const std::string& kpi_id);
// A funnel period on the funnel board (OKR, Funnel), with its owner chosen.
bool open_funnel_period(App& app, const std::string& period_id);
// An ROI case in the editor.
bool open_roi_case(App& app, const std::string& case_id);
// The customer segments tool (an analysis is picked there).
bool open_rfm_analysis(App& app, const std::string& analysis_id);

}  // namespace fieldbook::shell
