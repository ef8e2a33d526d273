#include "widgets/badge.h"

namespace fieldbook::shell {

float badge_width(const char* text) { return ImGui::CalcTextSize(text).x + ImGui::GetFontSize() * 0.8f; }

void badge(const char* text, ImU32 text_color, ImU32 fill) {
  const ImVec2 pad(ImGui::GetFontSize() * 0.4f, ImGui::GetFontSize() * 0.1f);
  const ImVec2 size = ImGui::CalcTextSize(text);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + size.x + pad.x * 2, p.y + size.y + pad.y * 2), fill,
                                            ImGui::GetFontSize() * 0.3f);
  ImGui::SetCursorScreenPos(ImVec2(p.x + pad.x, p.y + pad.y));
  ImGui::PushStyleColor(ImGuiCol_Text, text_color);
  ImGui::TextUnformatted(text);
  ImGui::PopStyleColor();
  ImGui::SetCursorScreenPos(p);
  ImGui::Dummy(ImVec2(size.x + pad.x * 2, size.y + pad.y * 2));
}

}  // namespace fieldbook::shell
