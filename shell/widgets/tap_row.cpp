#include "widgets/tap_row.h"

#include "imgui.h"
#include "widgets/test_ids.h"
#include "widgets/theme.h"

namespace fieldbook::shell {

bool tap_row(const std::string& test_id, const std::function<void(float inner_width)>& content, bool selected) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float width = ImGui::GetContentRegionAvail().x;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::PushID(test_id.c_str());
  // The content first (on top), then the tappable area behind it, sized to what the content took.
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->ChannelsSplit(2);
  dl->ChannelsSetCurrent(1);
  ImGui::SetCursorScreenPos(ImVec2(p.x + style.FramePadding.x, p.y + style.FramePadding.y));
  ImGui::BeginGroup();
  content(width - style.FramePadding.x * 2);
  ImGui::EndGroup();
  const float h = ImGui::GetItemRectMax().y - p.y + style.FramePadding.y;
  dl->ChannelsSetCurrent(0);
  ImGui::SetCursorScreenPos(p);
  const bool tapped = ImGui::Selectable("##row", selected, ImGuiSelectableFlags_AllowOverlap, ImVec2(width, h));
  tag_item(test_id);
  dl->ChannelsMerge();
  dl->AddLine(ImVec2(p.x, p.y + h), ImVec2(p.x + width, p.y + h), colors::Border);
  ImGui::PopID();
  return tapped;
}

}  // namespace fieldbook::shell
