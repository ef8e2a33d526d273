#pragma once
// A coaching session: one GROW worksheet (Goal 目标, Reality 现状, Options 方案, Will 行动) that a
// manager fills in with a rep, before, during and after a 1:1, and the actions that come out of
// it. Sessions are the workspace's `coachingSessions` collection; each belongs to a rep of the
// team (repId). Dates are "YYYY-MM-DD" text, empty when not set; what makes a session valid is in
// session_record.h.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fieldbook::grow {

// What the rep wants to reach: what, how it is measured, by when.
struct Goal {
  std::string text;
  std::string measure;
  std::string due_date;
};

// Where things stand: the facts, what has been tried, what is in the way.
struct Reality {
  std::string text;
  std::string tried;
  std::string obstacles;
};

// One way forward the rep came up with; the chosen ones become actions.
struct Option {
  std::string id;
  std::string text;
  std::string pros;
  std::string cons;
  bool chosen = false;
};

// The rep's commitment to the plan (1–10) and the support asked of the manager.
inline constexpr int kMinCommitment = 1;
inline constexpr int kMaxCommitment = 10;
// Below this the worksheet asks "what would make it an 8?" (a prompt, never a block); a mature
// rep's latest commitment below it turns delegating into supporting (leadership.h).
inline constexpr int kFirmCommitment = 7;

struct Will {
  std::optional<int> commitment;  // none: not asked yet
  std::string support;
  std::string to_make_it_eight;  // the answer to "what would make it an 8?"
};

enum class ActionOwner { Rep, Manager };
enum class ActionStatus { Open, Done, Dropped };

struct Action {
  std::string id;
  std::string text;
  ActionOwner owner = ActionOwner::Rep;
  std::string due_date;
  ActionStatus status = ActionStatus::Open;
  std::string done_on;  // the day it was marked done
};

// A role-play in the session with one of the practice cards (practice_cards.h), and how it went.
enum class PracticeResult { Handled, Partly, Stuck };
struct PracticeRun {
  std::string card_id;
  PracticeResult result = PracticeResult::Partly;
  std::string notes;
};

struct CoachingSession {
  std::string id;
  std::string rep_id;
  std::string date;
  std::string topic;
  // What the session is about, when it is about one thing: a customer by name, an ROI case and
  // (later) an OKR key result by id. A link to a record that has since been deleted is shown as
  // such, never refused: deleting a case must not make the workspace unreadable.
  std::string customer;
  std::string roi_case_id;
  std::string key_result_id;
  Goal goal;
  Reality reality;
  std::vector<Option> options;
  Will will;
  std::vector<Action> actions;
  std::vector<PracticeRun> practice;
  std::string next_session_on;
  std::string updated_at;
  std::string owner_id;  // the coach: "" = this workspace's owner (me), else a member of the team
};

// The action or option with `id`, or nullptr.
Action* find_action(CoachingSession& session, std::string_view id);
const Action* find_action(const CoachingSession& session, std::string_view id);

// Marks an action done on `today` (done_on), dropped, or open again (done_on cleared).
void set_status(Action& action, ActionStatus status, const std::string& today);

// True when the worksheet should ask "what would make it an 8?".
bool asks_for_eight(const Will& will);

}  // namespace fieldbook::grow
