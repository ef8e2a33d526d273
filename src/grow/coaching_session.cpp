#include "grow/coaching_session.h"

namespace fieldbook::grow {

Action* find_action(CoachingSession& session, std::string_view id) {
  for (Action& a : session.actions)
    if (a.id == id) return &a;
  return nullptr;
}

const Action* find_action(const CoachingSession& session, std::string_view id) {
  return find_action(const_cast<CoachingSession&>(session), id);
}

void set_status(Action& action, ActionStatus status, const std::string& today) {
  action.status = status;
  action.done_on = status == ActionStatus::Done ? today : std::string();
}

bool asks_for_eight(const Will& will) { return will.commitment && *will.commitment < kFirmCommitment; }

}  // namespace fieldbook::grow
