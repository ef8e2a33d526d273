#pragma once
// What the team view remembers between frames that is not part of the workspace: the tab (the
// dashboard or the progress board), the dashboard's sort, the rep whose records are open, the
// progress board's measure. Kept by App (App::state<TeamViewState>()).
#include <cstdint>
#include <string>
#include <vector>

#include "dashboard/progress_board.h"
#include "dashboard/team_dashboard.h"

namespace fieldbook::shell {

struct TeamViewState {
  enum class Tab { Dashboard, Progress };
  Tab tab = Tab::Dashboard;
  dashboard::Column sort = dashboard::Column::Name;
  bool descending = false;
  std::string open_rep_id;  // "everything of theirs"; empty: the tabs
  dashboard::Measure measure;  // a KPI measure whose KPI is gone falls back to signed deals
  bool last_months_board = false;  // the progress board of the month before (two whole months)

  // The dashboard's rows as last computed, sorted, and what they were computed from: a team of 30
  // costs a frame what its visible rows cost, not 30 reps' records walked on every frame. The
  // rows point into the document, which doc_version() says has not changed since.
  struct Rows {
    std::uint64_t doc_version = ~0ull;
    std::string day;
    dashboard::Column sort = dashboard::Column::Name;
    bool descending = false;
    std::vector<dashboard::TeamRow> rows;
  } rows;
  // A card's height as last drawn (every card has the same lines): a card out of sight takes it
  // without being drawn. 0: none drawn yet.
  float card_height = 0;
};

}  // namespace fieldbook::shell
