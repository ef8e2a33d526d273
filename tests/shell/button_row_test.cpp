// The button row (widgets/button_row.h): buttons side by side while they fit, the next one on a new
// line at the row's start when it would pass the right edge — never past it — and a row that goes
// on from a field beside it or under it.
#include "widgets/button_row.h"

#include <gtest/gtest.h>

#include <functional>
#include <string>

#include "imgui.h"
#include "platform/headless/headless_context.h"
#include "widgets/test_ids.h"

using namespace fieldbook::shell;

namespace {

const char* kLabels[] = {"Meeting mode", "Share link", "Print summary", "Duplicate", "Delete"};

// One window filling the display, `width` px wide, with five buttons in a row indented by 20 px.
std::function<void()> row_of_five(float width, int* lines) {
  return [width, lines] {
    begin_test_frame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(width, 600));
    ImGui::Begin("##row", nullptr, ImGuiWindowFlags_NoDecoration);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + 20.0f);
    ButtonRow row;
    for (int i = 0; i < 5; ++i) {
      row.button(kLabels[i]);
      tag_item("b." + std::to_string(i));
    }
    *lines = row.lines();
    ImGui::End();
    end_test_frame();
  };
}

}  // namespace

TEST(ButtonRow, KeepsOneLineWhereItFits) {
  HeadlessContext imgui(ImVec2(1200, 600));
  int lines = 0;
  imgui.frames(row_of_five(1200, &lines));
  EXPECT_EQ(lines, 1);
  for (int i = 1; i < 5; ++i) {
    const Rect a = *item_rect("b." + std::to_string(i - 1)), b = *item_rect("b." + std::to_string(i));
    EXPECT_FLOAT_EQ(a.y, b.y) << i;
    EXPECT_NEAR(b.x, a.x + a.w + ImGui::GetStyle().ItemSpacing.x, 0.5f) << "SameLine's spacing";
  }
}

TEST(ButtonRow, WrapsAtTheRightEdgeAndStartsEachLineWhereTheRowStarted) {
  HeadlessContext imgui(ImVec2(240, 600));
  int lines = 0;
  imgui.frames(row_of_five(240, &lines));
  EXPECT_GT(lines, 1);
  const Rect first = *item_rect("b.0");
  const float right = 240 - ImGui::GetStyle().WindowPadding.x;
  float y = first.y;
  int seen_lines = 1;
  for (int i = 0; i < 5; ++i) {
    const Rect r = *item_rect("b." + std::to_string(i));
    EXPECT_LE(r.x + r.w, right + 0.5f) << kLabels[i] << " passes the right edge";
    if (r.y > y + 0.5f) {
      ++seen_lines;
      y = r.y;
      EXPECT_FLOAT_EQ(r.x, first.x) << kLabels[i] << ": a new line starts at the row's start, not the window's";
    }
  }
  EXPECT_EQ(seen_lines, lines);
}

TEST(ButtonRow, AButtonWiderThanTheRowTakesALineOfItsOwn) {
  HeadlessContext imgui(ImVec2(90, 600));
  int lines = 0;
  imgui.frames(row_of_five(90, &lines));
  EXPECT_EQ(lines, 5) << "each on its own line; none beside another";
}

TEST(ButtonRow, AfterPreviousGoesBesideAFieldOrUnderIt) {
  for (const float width : {600.0f, 200.0f}) {
    HeadlessContext imgui(ImVec2(width, 400));
    imgui.frames([width] {
      begin_test_frame();
      ImGui::SetNextWindowPos(ImVec2(0, 0));
      ImGui::SetNextWindowSize(ImVec2(width, 400));
      ImGui::Begin("##row", nullptr, ImGuiWindowFlags_NoDecoration);
      ImGui::Button("A field of 150 px", ImVec2(150, 0));
      tag_item("field");
      ButtonRow row = ButtonRow::after_previous();
      row.button("Remove");
      tag_item("remove");
      ImGui::End();
      end_test_frame();
    });
    const Rect field = *item_rect("field"), remove = *item_rect("remove");
    if (width > 300) {
      EXPECT_FLOAT_EQ(remove.y, field.y) << "beside the field";
    } else {
      EXPECT_GT(remove.y, field.y + field.h - 0.5f) << "under the field";
      EXPECT_FLOAT_EQ(remove.x, field.x);
    }
    EXPECT_LE(remove.x + remove.w, width);
  }
}
