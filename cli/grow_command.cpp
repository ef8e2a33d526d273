// fieldbook grow WORKSPACE.json [--as-of=YYYY-MM-DD]: the team's coaching as of a day, one JSON
// object (grow/summary_json.h has the keys): each rep's leadership style, sessions, latest
// commitment and action counts, and the overdue actions across the team. Arguments, loading and
// exit codes are every report's (workspace_report.h): a refused file exits 1 with its path
// (`coachingSessions[0].repId: names "rep-9", which is not in team`).
#include "grow/summary_json.h"
#include "workspace_report.h"

namespace fieldbook::cli {

int run_grow(std::span<const std::string_view> args, Io io) {
  return run_workspace_report("grow", "usage: fieldbook grow WORKSPACE.json [--as-of=YYYY-MM-DD]", args, io,
                              [](const workspace::Workspace& w, Date as_of) {
                                return grow::grow_summary_json(w.team, w.coaching_sessions, as_of);
                              });
}

}  // namespace fieldbook::cli
