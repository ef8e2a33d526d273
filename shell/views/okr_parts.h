#pragma once
// What the OKR screens share (okr_view.cpp: the pages and the objectives list;
// okr_objective_view.cpp: an objective; okr_key_result_view.cpp: a key result; okr_check_in.cpp:
// the check-in panel; okr_kpi_view.cpp; okr_funnel_view.cpp) — how a status, a grade, a value in
// its unit and an owner read on screen.
#include <optional>
#include <string>

#include "common/date.h"
#include "imgui.h"
#include "okr/objective.h"
#include "okr/progress.h"
#include "team/team.h"

namespace fieldbook::shell {

class App;

void draw_objective_page(App& app, const okr::Objective& objective);
void draw_key_result_page(App& app, const okr::Objective& objective, const okr::KeyResult& kr);
void draw_kpi_page(App& app);
void draw_funnel_page(App& app);

// The check-in panel for `kr` when it is the one open (OkrViewState::check_in); returns true
// while it is drawn. Its test ids start "okr.checkIn.".
bool draw_check_in_panel(App& app, const okr::KeyResult& kr);
// Opens the panel for `kr`, starting from its current value and latest confidence, today.
void open_check_in(App& app, const okr::KeyResult& kr, double current, std::optional<int> confidence);

Date today_of(App& app);

// Long lists (objectives, check-ins): a row scrolled out of sight takes the height it had when
// last drawn, and keeps its test id, so a list of thousands costs what its visible rows cost.
// `skip_row` draws the stand-in and returns true when the row is out of sight; otherwise the row
// is drawn and `remember_row` records its height (from `top`, the cursor's y before it).
bool skip_row(App& app, const std::string& key, float width, const std::string& tag);
void remember_row(App& app, const std::string& key, float top);

// A row of several choices (a key result's five types, the period presets): wider than a field,
// so each choice's words fit, and never wider than the column.
float choices_width();

const char* status_label(okr::Status s);
ImU32 status_color(okr::Status s);
ImU32 status_fill(okr::Status s);
void status_badge(okr::Status s);
ImU32 grade_color(double grade);
// "0.6" in its colour, as a badge.
void grade_badge(double grade);

// A value in its unit: "3", "¥1,200,000", "40%".
std::string format_value(App& app, okr::Unit unit, double value);
// A share as a percentage: "64%", "120%".
std::string format_share(double share);
// "Me" or the rep's name.
std::string owner_name(App& app, const std::string& owner_id);
// "2026 Q4", "2026, the whole year", or "2026-11-03 – 2026-12-15".
std::string period_label(const std::string& first, const std::string& last);
const char* kind_label(okr::ObjectiveKind k);
const char* type_label(okr::KeyResultType t);
// "0 → 3", "stay below 20%", "milestone".
std::string key_result_goal(App& app, const okr::KeyResult& kr);

}  // namespace fieldbook::shell
