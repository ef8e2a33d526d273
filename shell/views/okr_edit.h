#pragma once
// The OKR screens' changes to the workspace — objectives, key results, check-ins — each one
// undoable edit through the session, with updatedAt stamped on what changed. The rules stay in
// src/okr. (KPIs: okr_kpi_edit.h; the funnel board: okr_funnel_edit.h.)
#include <string>
#include <string_view>

#include "okr/objective.h"
#include "workspace/workspace.h"

namespace fieldbook::shell {

class App;

const okr::Objective* find_objective(const workspace::Workspace& w, std::string_view id);
const okr::KeyResult* find_key_result(const workspace::Workspace& w, std::string_view id);

// A new objective of the current quarter, owned by me (under `parent_id` when given), opened.
void add_objective(App& app, const std::string& parent_id = {});
// Edits with the same key in quick succession (typing) are one undo step.
void save_objective(App& app, std::string_view coalesce_key, okr::Objective o);
// Deletes the objective, its key results and their check-ins; what was aligned under it moves up
// to its parent. One undo step.
void delete_objective(App& app, std::string_view id);

// The handbook's example (objectives, key results, check-ins, KPIs, funnel) under new ids.
void add_handbook_example(App& app);

void add_key_result(App& app, const std::string& objective_id);
void save_key_result(App& app, std::string_view coalesce_key, okr::KeyResult kr);
void delete_key_result(App& app, std::string_view id);

// A check-in as entered in the panel (OkrViewState::check_in), under a new id.
void add_check_in(App& app, okr::CheckIn c);
void delete_check_in(App& app, std::string_view id);

// The key result's copy in the next period, starting at `current` (okr/carry_over.h).
void carry_over(App& app, const okr::Objective& o, const okr::KeyResult& kr, double current);

}  // namespace fieldbook::shell
