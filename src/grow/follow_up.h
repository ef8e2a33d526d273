#pragma once
// Following up on coaching: the actions the sessions produced, across the team or for one rep —
// overdue, due this week, later, done — and the rep's sessions in order. A new session with a rep
// starts from what is still open from the last one.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/date.h"
#include "common/localized_text.h"
#include "grow/coaching_session.h"

namespace fieldbook::grow {

// One action, with the session it came from.
struct ActionItem {
  const CoachingSession* session = nullptr;
  const Action* action = nullptr;
  int days_overdue = 0;  // > 0 only in FollowUp::overdue
};

struct FollowUp {
  std::vector<ActionItem> overdue;    // open, due before as_of: by due date, then rep id
  std::vector<ActionItem> this_week;  // open, due from as_of to the Sunday of its week: by due date
  std::vector<ActionItem> later;      // open, due later or undated: dated first, by due date
  std::vector<ActionItem> done;       // done: the most recently done first
};

// The actions of `sessions` (of one rep when `rep_id` is not empty) as of `as_of`. Dropped ones
// are in none of the lists. Items point into `sessions`.
FollowUp follow_up(const std::vector<CoachingSession>& sessions, Date as_of, std::string_view rep_id = {});

// The rep's sessions, oldest first (by date, then id).
std::vector<const CoachingSession*> sessions_of(const std::vector<CoachingSession>& sessions, std::string_view rep_id);

// The rep's latest session (by date), or nullptr.
const CoachingSession* latest_session(const std::vector<CoachingSession>& sessions, std::string_view rep_id);

// The commitment of the rep's latest session that has one.
std::optional<int> latest_commitment(const std::vector<CoachingSession>& sessions, std::string_view rep_id);

// A new, empty worksheet with the rep on `date`. When the rep's latest session still has open
// actions, its Reality starts with them, one line each, in `lang`:
//   "Open from 2026-11-16:\n• Send a customised quote (due 2026-11-23)".
CoachingSession new_session(const std::vector<CoachingSession>& sessions, std::string_view rep_id, std::string id,
                            std::string date, Language lang, std::string now);

}  // namespace fieldbook::grow
