#include "widgets/date_field.h"

#include <unordered_map>

#include "widgets/test_ids.h"
#include "common/date.h"
#include "i18n/i18n.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "widgets/form.h"
#include "widgets/theme.h"

namespace fieldbook::shell {

namespace {

// The text of each date field being typed in, by ImGui id; dropped when the field is left.
std::unordered_map<ImGuiID, std::string>& typing() {
  static std::unordered_map<ImGuiID, std::string> texts;
  return texts;
}

}  // namespace

bool date_field(const char* id, std::string& value, const char* test_id, float width) {
  const ImGuiID key = ImGui::GetID(id);
  auto& texts = typing();
  auto it = texts.find(key);
  std::string text = it != texts.end() ? it->second : value;
  ImGui::SetNextItemWidth(width > 0.0f ? width : form::field_width());
  bool changed = false;
  const bool edited = ImGui::InputTextWithHint(id, "YYYY-MM-DD", &text, ImGuiInputTextFlags_CharsNoBlank);
  tag_item(test_id);
  const bool valid = is_empty_or_date(text);
  if (edited) {
    if (valid && text != value) {
      value = text;
      changed = true;
    }
  }
  if (ImGui::IsItemActive())
    texts[key] = text;
  else
    texts.erase(key);
  if (!valid && ImGui::IsItemActive()) {
    form::error(tr(S::DateFieldProblem));
    tag_item(std::string(test_id) + ".error");
  }
  return changed;
}

}  // namespace fieldbook::shell
