#pragma once
// The team at a glance, as of a day: for each rep, the leadership style their stage and latest
// commitment call for, how often they have been coached, and how their actions stand. Worked out
// here only: the GROW views and `fieldbook grow` read it, so they cannot disagree.
#include <optional>
#include <string>
#include <vector>

#include "common/date.h"
#include "grow/coaching_session.h"
#include "grow/leadership.h"
#include "team/team.h"

namespace fieldbook::grow {

struct RepSummary {
  const team::Rep* rep = nullptr;  // points into the team
  LeadershipStyle style = LeadershipStyle::Directing;  // leadership_style(stage, latest_commitment)
  int sessions = 0;
  std::string last_session;              // the date of the latest session; empty when none
  std::optional<int> latest_commitment;  // of the latest session (by date) that has one
  int open_actions = 0;                  // every open action, the overdue ones included
  int overdue_actions = 0;               // open and due before as_of (follow_up's overdue)
  // The stage the rep's tenure suggests; the rep's own stage when the start date is not known.
  team::RepStage suggested_stage = team::RepStage::New;
  bool has_start_date = false;
};

// One summary per rep, in team order; items point into `team`.
std::vector<RepSummary> summarize_team(const std::vector<team::Rep>& team,
                                       const std::vector<CoachingSession>& sessions, Date as_of);

}  // namespace fieldbook::grow
