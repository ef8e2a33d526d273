#pragma once
// One function per view; each draws into the content region the app has opened.
#include <string_view>

namespace fieldbook::shell {

class App;

void draw_settings_view(App& app);
void draw_about_view(App& app);
void draw_roi_view(App& app);
// Meeting mode: the whole screen for one case (App::roi_state().meeting_case_id).
void draw_meeting_view(App& app);
void draw_rfm_view(App& app);
// Starts the RFM import wizard on a CSV the user picked or dropped (views/rfm_import_view.cpp).
void start_rfm_import(App& app, std::string_view name, std::string_view bytes);

}  // namespace fieldbook::shell
