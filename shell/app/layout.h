#pragma once
// Where the navigation and the content go for a given screen: a sidebar when wide, a bottom tab
// bar when narrow (portrait tablets, phones), inside the safe area.
#include "imgui.h"

namespace fieldbook::shell {

struct SafeArea {
  float top = 0, right = 0, bottom = 0, left = 0;  // CSS px (env(safe-area-inset-*))
};

struct Layout {
  bool sidebar = true;  // false: bottom tab bar
  ImVec2 nav_pos, nav_size;
  ImVec2 content_pos, content_size;
};

// Width (CSS px) from which the sidebar is used. 900 keeps a 768-wide portrait tablet on tabs and
// a 1024-wide landscape tablet on the sidebar.
inline constexpr float kSidebarMinWidth = 900.0f;

Layout compute_layout(ImVec2 display, const SafeArea& safe, float ui_scale, bool touch_mode);

}  // namespace fieldbook::shell
