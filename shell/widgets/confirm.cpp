#include "widgets/button_row.h"
#include "widgets/confirm.h"

#include <string>

#include "widgets/test_ids.h"
#include "i18n/i18n.h"
#include "imgui.h"
#include "widgets/theme.h"
#include "widgets/wrapped_text.h"

namespace fieldbook::shell {

Confirmation confirm_box(const char* test_id, const char* question, const char* action) {
  Confirmation result = Confirmation::Pending;
  ImGui::PushID(test_id);
  ImGui::PushStyleColor(ImGuiCol_ChildBg, colors::ErrorSoft);
  ImGui::BeginChild("##confirm", ImVec2(0, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
  wrapped_text(question);
  ImGui::PushStyleColor(ImGuiCol_Button, colors::Error);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colors::ErrorStrong);
  ImGui::PushStyleColor(ImGuiCol_Text, colors::TextInverse);
  ButtonRow row;
  if (row.button(action)) result = Confirmation::Confirmed;
  ImGui::PopStyleColor(3);
  tag_item(std::string(test_id) + ".confirm");
  if (row.button(tr(S::CommonCancel))) result = Confirmation::Cancelled;
  tag_item(std::string(test_id) + ".cancel");
  ImGui::EndChild();
  ImGui::PopStyleColor();
  ImGui::PopID();
  ImGui::Spacing();
  return result;
}

}  // namespace fieldbook::shell
