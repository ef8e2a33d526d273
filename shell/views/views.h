#pragma once
// One function per view; each draws into the content region the app has opened.
namespace fieldbook::shell {

class App;

void draw_settings_view(App& app);
void draw_about_view(App& app);
void draw_roi_view(App& app);
// Meeting mode: the whole screen for one case (App::roi_state().meeting_case_id).
void draw_meeting_view(App& app);

}  // namespace fieldbook::shell
