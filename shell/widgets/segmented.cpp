#include "widgets/segmented.h"

#include "widgets/test_ids.h"
#include "widgets/theme.h"

namespace fieldbook::shell {

bool segmented(const char* id, int& selected, const std::vector<std::string>& labels,
               const std::vector<std::string>& test_ids, float width, float height) {
  const int n = int(labels.size());
  if (n == 0) return false;
  if (width <= 0) width = ImGui::GetContentRegionAvail().x;
  if (height <= 0) height = ImGui::GetFrameHeight();
  const float gap = 2.0f;
  const float w = (width - gap * float(n - 1)) / float(n);
  bool changed = false;
  ImGui::PushID(id);
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, 0));
  for (int i = 0; i < n; ++i) {
    if (i) ImGui::SameLine();
    const bool on = i == selected;
    ImGui::PushStyleColor(ImGuiCol_Button, on ? colors::Accent : colors::Sidebar);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, on ? colors::Accent : colors::AccentSoft);
    ImGui::PushStyleColor(ImGuiCol_Text, on ? colors::TextInverse : colors::Text);
    ImGui::PushID(i);
    if (ImGui::Button(labels[size_t(i)].c_str(), ImVec2(w, height)) && !on) {
      selected = i;
      changed = true;
    }
    ImGui::PopID();
    ImGui::PopStyleColor(3);
    if (i < int(test_ids.size())) tag_item(test_ids[size_t(i)]);
  }
  ImGui::PopStyleVar();
  ImGui::PopID();
  return changed;
}

}  // namespace fieldbook::shell
