#pragma once
// A row of buttons (or any widgets) that flows onto a new line when the next one would pass the
// right edge of the content region, so a row of actions never runs off a phone's screen and stays
// one line on a tablet. Every place that lays buttons side by side uses it instead of SameLine:
//
//   ButtonRow row;
//   if (row.button(tr(S::RoiMeeting))) ...;  tag_item("roi.meeting");
//   if (row.button(tr(S::ShareAction))) ...; tag_item("roi.share");
//   row.place(ImGui::GetFontSize() * 9.0f); date_field(...);   // any widget of a known width
//
// A widget made of several items goes in a BeginGroup/EndGroup after its place().
#include "imgui.h"

namespace fieldbook::shell {

class ButtonRow {
 public:
  // The row starts at the cursor and ends at the content region's right edge (or `width` px
  // from the start when > 0). Its new lines start where it started.
  explicit ButtonRow(float width = 0.0f);
  // A row that goes on from the item just drawn (a field, a label): its first item goes beside
  // that one when it fits, else at the start of the next line.
  static ButtonRow after_previous(float width = 0.0f);

  // Places the next item, `width` px wide: beside the previous one when it fits, else at the
  // start of a new line. The first item stays where the row started.
  void place(float width);
  // place() for a button of `label` and draws it (`size` as ImGui::Button's).
  bool button(const char* label, ImVec2 size = ImVec2(0, 0));

  // The width ImGui::Button(label) takes: its text (up to "##") and the frame's padding.
  static float button_width(const char* label);
  // How many lines the row has used so far.
  int lines() const { return lines_; }

 private:
  float left_ = 0.0f;   // screen x where each line starts
  float right_ = 0.0f;  // screen x no item may pass
  int items_ = 0;
  int lines_ = 1;
};

}  // namespace fieldbook::shell
