#pragma once
// What the GROW screens share (grow_view.cpp: the team and the follow-up list; grow_rep_view.cpp:
// a rep's page; grow_worksheet.cpp: one session's worksheet).
#include <string>

#include "grow/coaching_session.h"
#include "grow/follow_up.h"
#include "team/team.h"

namespace fieldbook::shell {

class App;

void draw_rep_page(App& app, const team::Rep& rep);
void draw_worksheet(App& app, const team::Rep& rep, const grow::CoachingSession& session);

// One action of the follow-up list: a done/open toggle (one tap), its text, and under it the
// rep, the due date, how late. `tag` is its test id ("grow.followUp.overdue.0").
void draw_action_row(App& app, const grow::ActionItem& item, const std::string& tag, bool show_rep);

// The session's printable summary (grow/session_summary_html.h) in the UI's language, printed by
// the browser; its HTML for tests.
void print_session_summary(App& app, const team::Rep& rep, const grow::CoachingSession& session);
std::string session_summary_html(App& app, const team::Rep& rep, const grow::CoachingSession& session);

// "New" / "新人期" ...
const char* stage_label(team::RepStage stage);
// The rep's name, or "(no name yet)".
const char* rep_name(const team::Rep& rep);

}  // namespace fieldbook::shell
