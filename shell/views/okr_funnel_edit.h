#pragma once
// The funnel board's changes to the workspace — funnel periods, their counts, stage names, step
// targets, 5 Whys and PDCA — each one undoable edit through the session, with updatedAt stamped.
// The arithmetic (conversions, bottleneck, warnings) stays in src/okr (funnel_board.h).
#include <string>
#include <string_view>

#include "okr/funnel.h"
#include "workspace/workspace.h"

namespace fieldbook::shell {

class App;

const okr::FunnelPeriod* find_funnel_period(const workspace::Workspace& w, std::string_view id);

enum class FunnelSpan { Week, Month };

// A period of `owner_id`'s funnel after their latest one (the week or month that starts after
// its last day; with none yet, the current week or month), with the latest one's stage names and
// step targets and every count 0. Opened on the board. Returns its id.
std::string add_funnel_period(App& app, const std::string& owner_id, FunnelSpan span);
// Edits with the same key in quick succession (typing) are one undo step.
void save_funnel_period(App& app, std::string_view coalesce_key, okr::FunnelPeriod f);
void delete_funnel_period(App& app, std::string_view id);

}  // namespace fieldbook::shell
