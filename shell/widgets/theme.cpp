#include "widgets/theme.h"

namespace fieldbook::shell {

void apply_theme(const ThemeOptions& options) {
  ImGuiStyle style;
  ImGui::StyleColorsLight(&style);
  style.WindowRounding = 0.0f;
  style.ChildRounding = 8.0f;
  style.FrameRounding = 6.0f;
  style.PopupRounding = 8.0f;
  style.GrabRounding = 6.0f;
  style.TabRounding = 6.0f;
  style.WindowBorderSize = 0.0f;
  style.FrameBorderSize = 1.0f;
  style.WindowPadding = ImVec2(20, 16);
  style.FramePadding = ImVec2(10, 7);
  style.ItemSpacing = ImVec2(10, 10);
  style.ItemInnerSpacing = ImVec2(8, 6);
  style.ScrollbarSize = 12.0f;
  style.GrabMinSize = 14.0f;
  if (options.touch_mode) {
    // 44 CSS px targets: 16 px text + 2 × 14 px padding.
    style.FramePadding = ImVec2(14, 14);
    style.ItemSpacing = ImVec2(12, 12);
    style.ScrollbarSize = 18.0f;
    style.GrabMinSize = 28.0f;
    style.TouchExtraPadding = ImVec2(4, 4);
  }

  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(colors::Text);
  c[ImGuiCol_TextDisabled] = ImGui::ColorConvertU32ToFloat4(colors::TextMuted);
  c[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(colors::Background);
  c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_Border] = ImGui::ColorConvertU32ToFloat4(colors::Border);
  c[ImGuiCol_FrameBg] = ImVec4(0.97f, 0.98f, 0.99f, 1.0f);
  c[ImGuiCol_FrameBgHovered] = ImVec4(0.93f, 0.95f, 0.98f, 1.0f);
  c[ImGuiCol_FrameBgActive] = ImVec4(0.89f, 0.93f, 0.99f, 1.0f);
  c[ImGuiCol_Button] = ImVec4(0.93f, 0.95f, 0.98f, 1.0f);
  c[ImGuiCol_ButtonHovered] = ImVec4(0.86f, 0.91f, 0.99f, 1.0f);
  c[ImGuiCol_ButtonActive] = ImVec4(0.78f, 0.86f, 0.99f, 1.0f);
  c[ImGuiCol_Header] = ImGui::ColorConvertU32ToFloat4(colors::AccentSoft);
  c[ImGuiCol_HeaderHovered] = ImVec4(0.88f, 0.93f, 1.0f, 1.0f);
  c[ImGuiCol_HeaderActive] = ImVec4(0.80f, 0.88f, 1.0f, 1.0f);
  c[ImGuiCol_CheckMark] = ImGui::ColorConvertU32ToFloat4(colors::Accent);
  c[ImGuiCol_SliderGrab] = ImGui::ColorConvertU32ToFloat4(colors::Accent);
  c[ImGuiCol_SliderGrabActive] = ImVec4(0.11f, 0.31f, 0.85f, 1.0f);
  c[ImGuiCol_PopupBg] = ImVec4(1, 1, 1, 0.99f);

  style.ScaleAllSizes(options.ui_scale);
  style.FontSizeBase = kBaseFontSize;
  style.FontScaleMain = options.ui_scale;
  ImGui::GetStyle() = style;
}

}  // namespace fieldbook::shell
