#include "widgets/draft.h"

#include "imgui.h"
#include "imgui_internal.h"

namespace fieldbook::shell {

bool editing(const char* id) {
  const ImGuiID active = ImGui::GetActiveID();
  return active != 0 && active == ImGui::GetID(id);
}

}  // namespace fieldbook::shell
