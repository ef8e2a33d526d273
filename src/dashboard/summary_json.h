#pragma once
// The team as of a day, as one JSON object: what `fieldbook team report WORKSPACE.json` prints. A
// contract (the CLI's tests read it): keep the key names and their order.
//
//   {"asOf":"2026-11-30",
//    "reps":[{"id","name","stage":"new"|"growing"|"mature",
//             "style":"directing"|"coaching"|"supporting"|"delegating",
//             "okrProgress":0.4|null,"okrExpected":0.5|null,"okrStatus":"atRisk"|null,
//             "kpiHitRate":0.75|null,"bottleneck":"商机 → 提案"|null,
//             "openActions":2,"overdueActions":1,"daysSinceLastSession":14|null}, ...],  (team order)
//    "progressBoard":[{"repId","rank":1|null,"thisMonth","lastMonth","growth","growthPercent"}, ...]}
//
// The reps' figures are team_dashboard()'s (team_dashboard.h), the KPI hit rate this month's only
// (null while the dashboard shows last month's); the bottleneck is the step's two stage names
// (okr::stage_names: the period's own, or the handbook's in the workspace's language, Chinese
// unless it is English). The board is progress_board()'s (progress_board.h): ranked rows
// by rank, then the unranked with rank null; values null where there are none. Numbers are
// unrounded, in the shortest text that reads back to the same double.
#include <string>

#include "common/date.h"
#include "dashboard/progress_board.h"
#include "workspace/workspace.h"

namespace fieldbook::dashboard {

std::string team_report_json(const workspace::Workspace& w, Date as_of, const Measure& measure);

}  // namespace fieldbook::dashboard
