#pragma once
// The app's state between frames and the frame itself: navigation, the document the views edit,
// and the settings that shape the UI. Views read this and call its edit functions; the rules of
// the domain live in the core (src/).
#include <string>
#include <string_view>

#include "app/layout.h"
#include "i18n/i18n.h"
#include "platform/platform.h"
#include "widgets/theme.h"
#include "workspace/settings.h"

namespace fieldbook::shell {

enum class ViewId { Roi, Rfm, Grow, Okr, Settings, About };

class App {
 public:
  explicit App(Platform& platform);

  // Builds one frame's UI (between ImGui::NewFrame and ImGui::Render).
  void frame();

  // The screen: CSS size and safe-area insets; set by the platform before each frame.
  void set_safe_area(const SafeArea& safe) { safe_area_ = safe; }
  void set_touch_mode(bool on);
  bool touch_mode() const { return theme_.touch_mode; }

  ViewId view() const { return view_; }
  void navigate(ViewId view);
  int navigation_count() const { return navigation_count_; }  // for tests: activations so far

  const workspace::Settings& settings() const { return settings_; }
  void edit_settings(const workspace::Settings& settings);  // applied, then saved

  // The language the UI speaks now (settings, or the browser's when set to follow it).
  Language ui_language() const;

  std::string export_json() const;

 private:
  void apply_settings();
  void draw_navigation(const Layout& layout);
  void draw_content(const Layout& layout);

  Platform& platform_;
  workspace::Settings settings_;
  ThemeOptions theme_;
  bool theme_dirty_ = true;
  SafeArea safe_area_;
  ViewId view_ = ViewId::Settings;
  int navigation_count_ = 0;
};

}  // namespace fieldbook::shell
