#pragma once
// The pieces of the ROI tool's screens, one file each: the case editor, the live outputs, and the
// cumulative cash-flow chart that the outputs and meeting mode share.
#include "imgui.h"
#include "roi/case.h"

namespace fieldbook::shell {

class App;

void draw_roi_case_editor(App& app, const roi::Case& c);
void draw_roi_outputs(App& app, const roi::Case& c);
// Meeting mode: the whole screen for one case (RoiViewState::meeting_case_id).
void draw_meeting_view(App& app);

// Cumulative net cash flow by period with the payback point marked; `id` is its test id.
void draw_cumulative_chart(const char* id, const roi::Case& c, roi::Scenario s, const roi::Outputs& o, ImVec2 size);

}  // namespace fieldbook::shell
