#pragma once
// What the OKR screens remember between frames that is not part of the workspace: the page (OKRs,
// KPIs, the funnel board), the period the objectives list shows, the objective or key result
// open, the check-in being entered, a pending delete. Kept by App (App::state<OkrViewState>()).
#include <map>
#include <optional>
#include <string>
#include <unordered_map>

#include "widgets/draft.h"

namespace fieldbook::shell {

struct OkrViewState {
  enum class Page { Objectives, Kpis, Funnel };
  Page page = Page::Objectives;

  // The objectives list's period: "" = the current quarter, "all", "2026" (a year) or "2026-Q3".
  std::string period;
  std::string open_objective_id;   // an objective's page; empty: the list
  std::string open_key_result_id;  // a key result's page (of open_objective_id); empty: the objective
  // Each objective row's height when last drawn: a row out of sight takes it without being drawn.
  std::unordered_map<std::string, float> row_heights;

  // The check-in being entered (one at a time): its key result, and the draft.
  struct CheckInDraft {
    std::string key_result_id;  // empty: none open
    std::string date;
    double value = 0;
    int confidence = 5;
    std::string note;
  } check_in;

  std::string confirm_delete_objective_id;
  std::string confirm_delete_key_result_id;

  // KPIs: the KPI open (its entries), a pending delete.
  std::string open_kpi_id;
  std::string confirm_delete_kpi_id;
  // Each card's one-tap entry for this week or month, by KPI id: the value typed (none: empty),
  // following the entry saved for the period.
  std::map<std::string, Draft<std::optional<double>>> kpi_quick;
  // The KPI page's entry for any period: a day of it and the value.
  struct KpiEntryDraft {
    std::string kpi_id;  // the KPI it was started on; another KPI starts afresh
    std::string day;
    std::optional<double> value;
  } kpi_entry;

  // The funnel board: whose funnel ("" = mine), the period open, a pending delete.
  std::string funnel_owner_id;
  std::string open_funnel_id;
  std::string confirm_delete_funnel_id;
  // The board's long text (a why, the plan, ...) being typed in: its test id; the others show
  // their text wrapped.
  std::string funnel_editing_text;
  bool funnel_text_focus = false;  // it was just tapped: the keyboard goes to it
};

}  // namespace fieldbook::shell
