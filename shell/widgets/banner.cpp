#include "widgets/banner.h"

#include <algorithm>
#include <string>

#include "widgets/test_ids.h"
#include "imgui.h"
#include "widgets/theme.h"
#include "widgets/wrapped_text.h"

namespace fieldbook::shell {

BannerChoice banner(const char* test_id, BannerKind kind, const char* text, const char* action, const char* dismiss) {
  ImU32 bg = colors::InfoSoft, fg = colors::Info;
  if (kind == BannerKind::Warning) bg = colors::WarningSoft, fg = colors::Warning;
  if (kind == BannerKind::Error) bg = colors::ErrorSoft, fg = colors::ErrorStrong;
  const ImGuiStyle& style = ImGui::GetStyle();
  const float width = ImGui::GetContentRegionAvail().x;
  const float action_w = action ? ImGui::CalcTextSize(action).x + style.FramePadding.x * 2 : 0.0f;
  const float dismiss_w = dismiss ? ImGui::CalcTextSize(dismiss).x + style.FramePadding.x * 2 : 0.0f;
  const float button_w = action_w + dismiss_w + (action && dismiss ? style.ItemSpacing.x : 0.0f);
  const bool buttons = action || dismiss;
  const float text_w = width - button_w - style.WindowPadding.x * 2 - (buttons ? style.ItemSpacing.x : 0.0f);
  const float text_h = wrapped_text_size(text, text_w).y;
  const float height = std::max(text_h, buttons ? ImGui::GetFrameHeight() : 0.0f) + style.FramePadding.y * 2;

  ImGui::PushID(test_id);
  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddRectFilled(p0, ImVec2(p0.x + width, p0.y + height), bg, style.FrameRounding);
  ImGui::SetCursorScreenPos(ImVec2(p0.x + style.WindowPadding.x, p0.y + (height - text_h) * 0.5f));
  ImGui::PushStyleColor(ImGuiCol_Text, fg);
  wrapped_text(text, text_w);
  ImGui::PopStyleColor();
  BannerChoice choice = BannerChoice::None;
  float x = p0.x + width - button_w - style.FramePadding.x;
  const float y = p0.y + (height - ImGui::GetFrameHeight()) * 0.5f;
  if (action) {
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    if (ImGui::Button(action)) choice = BannerChoice::Action;
    tag_item(std::string(test_id) + ".action");
    x += action_w + style.ItemSpacing.x;
  }
  if (dismiss) {
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    if (ImGui::Button(dismiss)) choice = BannerChoice::Dismiss;
    tag_item(std::string(test_id) + ".dismiss");
  }
  ImGui::SetCursorScreenPos(p0);
  ImGui::Dummy(ImVec2(width, height));
  tag_item(test_id);
  ImGui::PopID();
  return choice;
}

bool banner(const char* test_id, BannerKind kind, const char* text, const char* action) {
  return banner(test_id, kind, text, action, nullptr) == BannerChoice::Action;
}

}  // namespace fieldbook::shell
