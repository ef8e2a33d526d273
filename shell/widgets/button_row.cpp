#include "widgets/button_row.h"

namespace fieldbook::shell {

ButtonRow::ButtonRow(float width) {
  left_ = ImGui::GetCursorScreenPos().x;
  right_ = left_ + (width > 0.0f ? width : ImGui::GetContentRegionAvail().x);
}

ButtonRow ButtonRow::after_previous(float width) {
  ButtonRow row(width);  // the cursor is at the start of the line under the previous item
  row.items_ = 1;
  return row;
}

void ButtonRow::place(float width) {
  if (items_++ == 0) return;
  // Where SameLine() would put it: after the previous item and the usual spacing.
  const float x = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x;
  if (x + width <= right_ + 0.5f) {  // half a pixel: widths that round to the edge still fit
    ImGui::SameLine();
    return;
  }
  // ImGui already put the cursor on the next line, at the window's indent: start at the row's own.
  ImGui::SetCursorScreenPos(ImVec2(left_, ImGui::GetCursorScreenPos().y));
  ++lines_;
}

bool ButtonRow::button(const char* label, ImVec2 size) {
  place(size.x > 0.0f ? size.x : button_width(label));
  return ImGui::Button(label, size);
}

float ButtonRow::button_width(const char* label) {
  return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2.0f;
}

}  // namespace fieldbook::shell
