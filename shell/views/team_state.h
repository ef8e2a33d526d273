#pragma once
// What the team view remembers between frames that is not part of the workspace: the tab (the
// dashboard or the progress board), the dashboard's sort, the rep whose records are open, the
// progress board's measure. Kept by App (App::state<TeamViewState>()).
#include <string>

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
};

}  // namespace fieldbook::shell
