#pragma once
// What the team view's screens share (team_view.cpp: the tabs; team_dashboard_view.cpp: 团队看板;
// team_progress_view.cpp: 成长进步榜; team_rep_view.cpp: everything of one rep's).
#include <string>

#include "dashboard/team_dashboard.h"
#include "team/team.h"

namespace fieldbook::shell {

class App;

void draw_team_dashboard(App& app);
void draw_progress_board(App& app);
void draw_rep_records(App& app, const team::Rep& rep);

// The dashboard's columns, in the table's order, with their test-id names ("okrStatus").
inline constexpr dashboard::Column kTeamColumns[] = {
    dashboard::Column::Name,           dashboard::Column::Stage,          dashboard::Column::Style,
    dashboard::Column::OkrProgress,    dashboard::Column::OkrStatus,      dashboard::Column::KpiHitRate,
    dashboard::Column::FunnelConversion, dashboard::Column::Bottleneck,   dashboard::Column::OpenActions,
    dashboard::Column::OverdueActions, dashboard::Column::DaysSinceLastSession,
};
const char* column_label(dashboard::Column c);
const char* column_key(dashboard::Column c);

// A row's cells as text: "64% of 70% expected", "75% (8 entries)" (last month's named by its month:
// "Nov: 75% (4 entries)"), "商机 → 提案", "12 days", or a dash when the rep has no value there.
std::string okr_cell(const dashboard::TeamRow& row);
// `with_entries` false: the figure alone ("Nov: 75%", "75%", a dash), for a narrow column.
std::string kpi_cell(const dashboard::TeamRow& row, bool with_entries = true);
std::string conversion_cell(const dashboard::TeamRow& row);
std::string bottleneck_cell(App& app, const dashboard::TeamRow& row);
std::string last_session_cell(const dashboard::TeamRow& row);

}  // namespace fieldbook::shell
