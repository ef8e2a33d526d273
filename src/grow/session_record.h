#pragma once
// The coaching session as a record of the workspace's coachingSessions collection
// (workspace/collections.h): how a message names it, its rules as a record of a file, the team
// member it belongs to, and the sessions of the sample workspace.
#include <string>
#include <string_view>
#include <vector>

#include "common/date.h"
#include "common/issue.h"
#include "common/record_reference.h"
#include "grow/coaching_session.h"

namespace fieldbook::grow {

// "2026-11-30 · Sign Huadong Education in Q4", or the date alone.
std::string record_name(const CoachingSession& s);

// Problems with paths inside the session ("actions[1].dueDate"): a real date, every due date a
// real day or empty, a commitment of 1–10, ids of options and actions present and unique, a
// done date only on a done action.
std::vector<Issue> check_record(const CoachingSession& s);

// The session's rep: it must be a member of the team (validation refuses a file otherwise).
std::vector<RecordReference> references(const CoachingSession& s);

// A few sessions with the sample team (workspace/team.h: sample-rep-1..3), dated back from
// `now`, with open, overdue and done actions, so the follow-up list has something in each part.
std::vector<CoachingSession> sample_sessions(std::string_view language, const std::string& now, Date today);

}  // namespace fieldbook::grow
