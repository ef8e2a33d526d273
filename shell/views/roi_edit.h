#pragma once
// The ROI screens' changes to the workspace, each one undoable edit through the session, with
// updatedAt stamped on what changed. The numbers' rules stay in src/roi.
#include <string>
#include <string_view>

#include "roi/case.h"
#include "workspace/workspace.h"

namespace fieldbook::shell {

class App;

const roi::Case* find_case(const workspace::Workspace& w, std::string_view id);

// Puts `c` in place of the case with its id (stamping the case). Edits with the same key in
// quick succession (typing, dragging) are one undo step.
void save_case(App& app, std::string_view coalesce_key, roi::Case c);
// Adds a case from a template in the UI's language, or a copy of a case; opens it.
void create_case_from_template(App& app, const roi::Template& t);
void duplicate_case(App& app, const roi::Case& c);
void delete_case(App& app, std::string_view id);

// Meeting mode: full screen (the browser's Fullscreen API, requested inside the tap).
void enter_meeting(App& app, const roi::Case& c);
void exit_meeting(App& app);
// A slider in meeting mode: one undo step per drag ("roi.<caseId>.<driverKey>").
void set_meeting_driver(App& app, const roi::Case& c, const roi::Driver& d, double value);

}  // namespace fieldbook::shell
