#include "widgets/badge.h"

#include "imgui_internal.h"

namespace fieldbook::shell {

float badge_width(const char* text) { return ImGui::CalcTextSize(text).x + ImGui::GetFontSize() * 0.8f; }

void badge(const char* text, ImU32 text_color, ImU32 fill) {
  const ImVec2 pad(ImGui::GetFontSize() * 0.4f, ImGui::GetFontSize() * 0.1f);
  const ImVec2 size = ImGui::CalcTextSize(text);
  // Beside text aligned to a frame (AlignTextToFramePadding, then SameLine) ImGui draws text lower
  // by the line's text offset: the pill moves down with it, so it stays around its word.
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const ImVec2 p(at.x, at.y + ImGui::GetCurrentWindow()->DC.CurrLineTextBaseOffset);
  ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + size.x + pad.x * 2, p.y + size.y + pad.y * 2), fill,
                                            ImGui::GetFontSize() * 0.3f);
  ImGui::SetCursorScreenPos(ImVec2(at.x + pad.x, at.y + pad.y));  // the text adds the line's offset itself
  ImGui::PushStyleColor(ImGuiCol_Text, text_color);
  ImGui::TextUnformatted(text);
  ImGui::PopStyleColor();
  ImGui::SetCursorScreenPos(at);
  ImGui::Dummy(ImVec2(size.x + pad.x * 2, size.y + pad.y * 2));
}

}  // namespace fieldbook::shell
