#include "widgets/popup.h"

#include "imgui.h"
#include "imgui_internal.h"

namespace fieldbook::shell {

void close_popup(const char* str_id) {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  const ImGuiID id = ImGui::GetID(str_id);
  for (int level = 0; level < g.OpenPopupStack.Size; ++level) {
    if (g.OpenPopupStack[level].PopupId == id) {
      ImGui::ClosePopupToLevel(level, true);
      return;
    }
  }
}

}  // namespace fieldbook::shell
