#pragma once
// Deleting a member of the team deletes what is theirs in every tool (ownership.h, is_theirs), so
// no record is left naming someone who is gone (validation would refuse the workspace): the
// coaching sessions about them, the objectives they own (with their key results and check-ins;
// objectives aligned under one move up), their KPIs (with their entries), their funnel periods,
// ROI cases and RFM analyses (a team import makes a rep's own records theirs).
#include <string>

#include "workspace/workspace.h"

namespace fieldbook::workspace {

// How many records of each kind are the rep's: what a confirmation says, and what the team
// dashboard's tap on a rep opens.
struct RepRecords {
  int coaching_sessions = 0;
  int objectives = 0;
  int funnel_periods = 0;
  int kpis = 0;
  int roi_cases = 0;
  int rfm_analyses = 0;
};

RepRecords records_of_rep(const Workspace& w, const std::string& rep_id);

// `now` stamps what changed but stays (an objective that moved up).
void remove_rep(Workspace& w, const std::string& rep_id, const std::string& now);

}  // namespace fieldbook::workspace
