#pragma once
// One function per view; each draws into the content region the app has opened.
namespace fieldbook::shell {

class App;

void draw_settings_view(App& app);
void draw_about_view(App& app);

}  // namespace fieldbook::shell
