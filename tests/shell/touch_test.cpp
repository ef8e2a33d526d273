// Touch gestures over a headless ImGui context: scroll by dragging (with inertia), tap = one
// click (also right after a scroll), long press = context menu, pinch = UI scale, sliders keep
// following the finger.
#include <gtest/gtest.h>

#include "app/touch_input.h"
#include "imgui_internal.h"
#include "platform/headless/headless_context.h"

using namespace fieldbook::shell;

namespace {

struct ListScreen {
  int clicks[200] = {};
  float row_y[200] = {};  // centre of each row on the screen
  int context_opened = 0;
  float slider = 0.5f;
  float scroll_y = 0;
  float max_scroll = 0;

  void draw() {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(400, 600));
    ImGui::Begin("list", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
    ImGui::SliderFloat("##slider", &slider, 0.0f, 1.0f);
    mark_touch_draggable();
    ImGui::BeginChild("rows", ImVec2(0, 0));
    for (int i = 0; i < 200; ++i) {
      ImGui::PushID(i);
      if (ImGui::Button("row", ImVec2(-FLT_MIN, 40))) ++clicks[i];
      row_y[i] = (ImGui::GetItemRectMin().y + ImGui::GetItemRectMax().y) * 0.5f;
      if (i != 6) mark_touch_context_menu();  // row 6 has none
      if (ImGui::BeginPopupContextItem("menu")) {
        if (ImGui::IsWindowAppearing()) ++context_opened;
        ImGui::EndPopup();
      }
      ImGui::PopID();
    }
    scroll_y = ImGui::GetScrollY();
    max_scroll = ImGui::GetScrollMaxY();
    ImGui::EndChild();
    ImGui::End();
  }
};

struct TouchFixture : ::testing::Test {
  HeadlessContext imgui{ImVec2(400, 600)};
  ListScreen screen;
  TouchInput touch;
  double t = 1000;
  std::function<void()> build = [this] { screen.draw(); };

  void SetUp() override { imgui.frames(build); }

  void step(int frames = 1) {
    for (int i = 0; i < frames; ++i) {
      t += 16;
      touch.update(t);
      imgui.frame(build);
    }
  }
  void drag(ImVec2 from, ImVec2 to, int moves, double ms_per_move = 16) {
    touch.down(0, from, t);
    step();
    for (int i = 1; i <= moves; ++i) {
      const float k = float(i) / float(moves);
      t += ms_per_move;
      touch.move(0, ImVec2(from.x + (to.x - from.x) * k, from.y + (to.y - from.y) * k), t);
      step();
    }
    touch.up(0, to, t);
    step();
  }
  void tap(ImVec2 at) {
    touch.down(0, at, t);
    step();
    touch.up(0, at, t + 10);
    imgui.frames(build, 2);
  }
  int total_clicks() const {
    int n = 0;
    for (int c : screen.clicks) n += c;
    return n;
  }
};

}  // namespace

TEST_F(TouchFixture, ATapClicksExactlyOnce) {
  tap(ImVec2(200, 80));
  EXPECT_EQ(total_clicks(), 1);
}

TEST_F(TouchFixture, ADragScrollsTheListAndClicksNothing) {
  ASSERT_GT(screen.max_scroll, 1000.0f);
  drag(ImVec2(200, 500), ImVec2(200, 200), 20, 40);  // slow: no glide
  EXPECT_NEAR(screen.scroll_y, 300.0f, 30.0f);
  EXPECT_EQ(total_clicks(), 0);
}

TEST_F(TouchFixture, AFlickKeepsGlidingThenStops) {
  drag(ImVec2(200, 500), ImVec2(200, 300), 5, 10);  // fast
  const float after_release = screen.scroll_y;
  step(10);
  EXPECT_GT(screen.scroll_y, after_release + 20.0f);  // inertia
  step(300);
  EXPECT_FALSE(touch.scrolling());  // and it comes to rest
  EXPECT_EQ(total_clicks(), 0);
}

TEST_F(TouchFixture, TheTapAfterAScrollClicksOnce) {
  drag(ImVec2(200, 500), ImVec2(200, 200), 20, 40);
  for (int i = 0; i < 300 && touch.scrolling(); ++i) step();  // the glide comes to rest
  ASSERT_FALSE(touch.scrolling());
  tap(ImVec2(200, 300));
  EXPECT_EQ(total_clicks(), 1);
}

TEST_F(TouchFixture, ATapOnAFastGlideOnlyStopsIt) {
  drag(ImVec2(200, 550), ImVec2(200, 250), 3, 8);
  step(2);
  ASSERT_TRUE(touch.scrolling());
  tap(ImVec2(200, 300));
  EXPECT_EQ(total_clicks(), 0);
  const float stopped_at = screen.scroll_y;
  step(20);
  EXPECT_FLOAT_EQ(screen.scroll_y, stopped_at);
}

TEST_F(TouchFixture, ALongPressOpensTheContextMenuWithoutAClick) {
  touch.down(0, ImVec2(200, 120), t);
  step(45);  // 720 ms
  touch.up(0, ImVec2(200, 120), t);
  imgui.frames(build, 3);
  EXPECT_EQ(screen.context_opened, 1);
  EXPECT_EQ(total_clicks(), 0);
}

TEST_F(TouchFixture, AFingerHeldOnAWidgetWithoutAContextMenuStillTaps) {
  // Row 6 has no context menu: a press held long (or a quick tap the page could only deliver
  // late) is a tap, never swallowed.
  const float y = screen.row_y[6];
  ASSERT_GT(y, 0.0f);
  ASSERT_LT(y, 600.0f);
  touch.down(0, ImVec2(200, y), t);
  step(45);  // 720 ms
  touch.up(0, ImVec2(200, y), t);
  imgui.frames(build, 3);
  EXPECT_EQ(screen.context_opened, 0);
  EXPECT_EQ(screen.clicks[6], 1);
}

TEST_F(TouchFixture, SlowFramesWhileTakingThePressDoNotMakeATapALongPress) {
  // The page draws frames that take longer than a long press (software rendering at DPR 2 on a
  // busy machine), and the release is delivered only after them.
  const ImVec2 at(200, 120);
  touch.down(0, at, t);
  for (int i = 0; i < 4; ++i) {
    touch.update(t);
    imgui.frame(build);
    t += 450;
    touch.count_busy(450);
  }
  t += 20;
  touch.update(t);
  imgui.frame(build);
  touch.up(0, at, t);
  imgui.frames(build, 2);
  EXPECT_EQ(screen.context_opened, 0);
  EXPECT_EQ(total_clicks(), 1);
}

TEST_F(TouchFixture, ASliderFollowsTheFingerInsteadOfScrolling) {
  const ImGuiWindow* w = ImGui::FindWindowByName("list");
  ASSERT_NE(w, nullptr);
  // The slider is the first item of the window.
  const float y = w->Pos.y + ImGui::GetStyle().WindowPadding.y + ImGui::GetFrameHeight() * 0.5f;
  drag(ImVec2(150, y), ImVec2(20, y), 10, 16);
  EXPECT_LT(screen.slider, 0.2f);
  EXPECT_FLOAT_EQ(screen.scroll_y, 0.0f);
}

TEST_F(TouchFixture, APinchChangesTheUiScale) {
  float scale = 0;
  touch.on_scale = [&](float s) { scale = s; };
  touch.down(0, ImVec2(150, 300), t);
  step();
  touch.down(1, ImVec2(250, 300), t);
  step();
  touch.move(0, ImVec2(100, 300), t + 16);
  touch.move(1, ImVec2(300, 300), t + 16);
  step();
  touch.up(0, ImVec2(100, 300), t);
  touch.up(1, ImVec2(300, 300), t);
  imgui.frames(build, 2);
  EXPECT_NEAR(scale, 2.0f, 0.01f);  // the fingers moved twice as far apart (clamped at 2)
  EXPECT_EQ(total_clicks(), 0);
}
