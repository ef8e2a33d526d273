#include "widgets/banner.h"

#include <algorithm>
#include <string>

#include "widgets/button_row.h"
#include "widgets/test_ids.h"
#include "imgui.h"
#include "widgets/theme.h"
#include "widgets/wrapped_text.h"

namespace fieldbook::shell {

namespace {
// A text column narrower than this many em beside the buttons is too narrow to read well.
constexpr float kMinColumnEm = 16.0f;
}  // namespace

BannerChoice banner(const char* test_id, BannerKind kind, const char* text, const char* action, const char* dismiss) {
  ImU32 bg = colors::InfoSoft, fg = colors::Info;
  if (kind == BannerKind::Warning) bg = colors::WarningSoft, fg = colors::Warning;
  if (kind == BannerKind::Error) bg = colors::ErrorSoft, fg = colors::ErrorStrong;
  const ImGuiStyle& style = ImGui::GetStyle();
  const float width = ImGui::GetContentRegionAvail().x;
  const float action_w = action ? ButtonRow::button_width(action) : 0.0f;
  const float dismiss_w = dismiss ? ButtonRow::button_width(dismiss) : 0.0f;
  const float button_w = action_w + dismiss_w + (action && dismiss ? style.ItemSpacing.x : 0.0f);
  const bool buttons = action || dismiss;
  // The buttons go beside the text, or under it when beside them the text would be squeezed into
  // a narrow column (a phone) that costs it lines: "当前显示的是示例数/据。" reads badly.
  const float full_w = width - style.WindowPadding.x * 2;
  const float beside_w = full_w - button_w - (buttons ? style.ItemSpacing.x : 0.0f);
  const bool below = buttons && beside_w < ImGui::GetFontSize() * kMinColumnEm &&
                     wrap_lines(text, beside_w).size() > wrap_lines(text, full_w).size();
  const float text_w = below ? full_w : beside_w;
  const float text_h = wrapped_text_size(text, text_w).y;
  const float frame_h = ImGui::GetFrameHeight();
  float height = std::max(text_h, buttons && !below ? frame_h : 0.0f) + style.FramePadding.y * 2;
  // Below: the buttons in a row of their own (wrapping again if even they do not fit one line).
  int button_lines = 1;
  if (below) button_lines = (action && dismiss && button_w > full_w) ? 2 : 1;
  if (below) height += (frame_h + style.ItemSpacing.y) * float(button_lines);

  ImGui::PushID(test_id);
  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddRectFilled(p0, ImVec2(p0.x + width, p0.y + height), bg, style.FrameRounding);
  const float text_y = below ? p0.y + style.FramePadding.y : p0.y + (height - text_h) * 0.5f;
  ImGui::SetCursorScreenPos(ImVec2(p0.x + style.WindowPadding.x, text_y));
  ImGui::PushStyleColor(ImGuiCol_Text, fg);
  wrapped_text(text, text_w);
  ImGui::PopStyleColor();
  BannerChoice choice = BannerChoice::None;
  if (below) {
    ImGui::SetCursorScreenPos(ImVec2(p0.x + style.WindowPadding.x, text_y + text_h + style.ItemSpacing.y));
    ButtonRow row(full_w);
    if (action) {
      if (row.button(action)) choice = BannerChoice::Action;
      tag_item(std::string(test_id) + ".action");
    }
    if (dismiss) {
      if (row.button(dismiss)) choice = BannerChoice::Dismiss;
      tag_item(std::string(test_id) + ".dismiss");
    }
  } else {
    float x = p0.x + width - button_w - style.FramePadding.x;
    const float y = p0.y + (height - frame_h) * 0.5f;
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
