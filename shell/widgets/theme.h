#pragma once
// The look: one light theme that reads well on a projector and a tablet in daylight, sized in CSS
// pixels (the framebuffer scale makes it crisp), with larger targets in touch mode.
#include "imgui.h"

namespace fieldbook::shell {

struct ThemeOptions {
  float ui_scale = 1.0f;    // user zoom (pinch), 0.75 .. 2
  bool touch_mode = false;  // targets of at least 44 CSS px
};

void apply_theme(const ThemeOptions& options);

// Base text size in CSS pixels before ui_scale.
inline constexpr float kBaseFontSize = 16.0f;

// Every colour the views use (the charts have their palette in widgets/charts/chart_common.h).
namespace colors {
inline constexpr ImU32 Accent = IM_COL32(37, 99, 235, 255);         // buttons, selection
inline constexpr ImU32 AccentHovered = IM_COL32(29, 78, 216, 255);  // a filled accent button under the pointer
inline constexpr ImU32 AccentActive = IM_COL32(30, 64, 175, 255);   // ... while pressed
inline constexpr ImU32 AccentSoft = IM_COL32(219, 234, 254, 255);   // selected nav item
inline constexpr ImU32 Text = IM_COL32(17, 24, 39, 255);
inline constexpr ImU32 TextMuted = IM_COL32(100, 116, 139, 255);
inline constexpr ImU32 TextInverse = IM_COL32(255, 255, 255, 255);  // on a filled accent or error button
inline constexpr ImU32 Sidebar = IM_COL32(241, 245, 249, 255);
inline constexpr ImU32 Border = IM_COL32(226, 232, 240, 255);
inline constexpr ImU32 Background = IM_COL32(255, 255, 255, 255);

// Messages: a text colour, and the soft ground it reads on in banners and boxes.
// Problems: the text and outline at a field (form::error; 6.5:1 on white) and a button that
// deletes; the stronger red is a banner's text and that button under the pointer.
inline constexpr ImU32 Error = IM_COL32(185, 28, 28, 255);
inline constexpr ImU32 ErrorStrong = IM_COL32(153, 27, 27, 255);
inline constexpr ImU32 ErrorSoft = IM_COL32(254, 242, 242, 255);
inline constexpr ImU32 ErrorSoftHovered = IM_COL32(254, 226, 226, 255);  // a row of an error box under the pointer
// Something to see to (amber), and news (blue).
inline constexpr ImU32 Warning = IM_COL32(146, 64, 14, 255);
inline constexpr ImU32 WarningSoft = IM_COL32(255, 251, 235, 255);
// Reached, on track (green; 5.0:1 on white).
inline constexpr ImU32 Success = IM_COL32(21, 128, 61, 255);
inline constexpr ImU32 SuccessSoft = IM_COL32(240, 253, 244, 255);
inline constexpr ImU32 Info = AccentActive;
inline constexpr ImU32 InfoSoft = IM_COL32(239, 246, 255, 255);
}  // namespace colors

}  // namespace fieldbook::shell
