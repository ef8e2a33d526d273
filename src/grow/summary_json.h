#pragma once
// The team's coaching as of a day, as one JSON object: what `fieldbook grow WORKSPACE.json`
// prints. A contract (the CLI's tests read it): keep the key names and their order.
//
//   {"asOf":"2026-11-30",
//    "reps":[{"id","name","stage":"new"|"growing"|"mature",
//             "style":"directing"|"coaching"|"supporting"|"delegating",
//             "sessions":2,"lastSession":"2026-11-16"|null,"latestCommitment":6|null,
//             "openActions":3,"overdueActions":1}, ...],                 (team order)
//    "overdue":[{"sessionId","actionId","repId","text","dueDate","daysOverdue"}, ...]}
//
// Each rep's figures are summarize_team()'s (team_summary.h); `overdue` is follow_up()'s
// (follow_up.h): open actions due before asOf, by due date, then rep id.
#include <string>
#include <vector>

#include "common/date.h"
#include "grow/coaching_session.h"
#include "team/team.h"

namespace fieldbook::grow {

std::string grow_summary_json(const std::vector<team::Rep>& team, const std::vector<CoachingSession>& sessions,
                              Date as_of);

}  // namespace fieldbook::grow
