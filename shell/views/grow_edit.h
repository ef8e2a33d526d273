#pragma once
// The GROW screens' changes to the workspace — the team and the coaching sessions — each one
// undoable edit through the session, with updatedAt stamped on what changed. The coaching rules
// stay in src/grow.
#include <string>
#include <string_view>

#include "grow/coaching_session.h"
#include "team/team.h"
#include "workspace/workspace.h"

namespace fieldbook::shell {

class App;

const grow::CoachingSession* find_session(const workspace::Workspace& w, std::string_view id);

// Adds a rep (new, starting today, named "" for the person to fill in) and opens the rep's page.
void add_rep(App& app);
// Puts `rep` in place of the rep with its id. Edits with the same key in quick succession
// (typing) are one undo step.
void save_rep(App& app, std::string_view coalesce_key, team::Rep rep);
// Deletes the rep and everything of theirs in every tool (workspace/remove_rep.h), as one undo step.
void delete_rep(App& app, std::string_view id);

// Starts a worksheet with the rep today — from the open actions of the rep's last session
// (grow::new_session), or from the handbook's example — and opens it.
void start_session(App& app, std::string_view rep_id, bool from_example);
void save_session(App& app, std::string_view coalesce_key, grow::CoachingSession s);
void delete_session(App& app, std::string_view id);

// One tap on the follow-up list: done today, or open again.
void set_action_status(App& app, std::string_view session_id, std::string_view action_id, grow::ActionStatus status);

}  // namespace fieldbook::shell
