#include "app/layout.h"

#include <algorithm>

namespace fieldbook::shell {

Layout compute_layout(ImVec2 display, const SafeArea& safe, float ui_scale, bool touch_mode) {
  Layout l;
  const ImVec2 origin(safe.left, safe.top);
  const ImVec2 avail(std::max(0.0f, display.x - safe.left - safe.right),
                     std::max(0.0f, display.y - safe.top - safe.bottom));
  l.sidebar = avail.x >= kSidebarMinWidth;
  if (l.sidebar) {
    const float w = std::min(240.0f * ui_scale, avail.x * 0.3f);
    l.nav_pos = origin;
    l.nav_size = ImVec2(w, avail.y);
    l.content_pos = ImVec2(origin.x + w, origin.y);
    l.content_size = ImVec2(avail.x - w, avail.y);
  } else {
    const float h = std::min((touch_mode ? 64.0f : 58.0f) * ui_scale, avail.y * 0.25f);
    l.content_pos = origin;
    l.content_size = ImVec2(avail.x, avail.y - h);
    // The tab bar reaches into the bottom safe area with its background, not its buttons.
    l.nav_pos = ImVec2(origin.x, origin.y + avail.y - h);
    l.nav_size = ImVec2(avail.x, h);
  }
  return l;
}

}  // namespace fieldbook::shell
