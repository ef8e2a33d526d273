#pragma once
// Helpers shared by the headless shell tests.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "widgets/test_ids.h"
#include "imgui.h"
#include "imgui_internal.h"

namespace fieldbook::shell::testing {

// The centre of the widget drawn under `id` in the last frame (a test failure when absent).
inline ImVec2 center_of(std::string_view id) {
  auto r = item_rect(id);
  EXPECT_TRUE(r.has_value()) << id << " was not drawn";
  return r ? ImVec2(r->x + r->w / 2, r->y + r->h / 2) : ImVec2(-1, -1);
}

// Every piece of text a frame drew through ImGui (labels, values, tiles), via ImGui's log: runs
// one frame of `ctx` calling `draw`.
template <class Context, class Draw>
std::string frame_text(Context& ctx, Draw&& draw) {
  std::string text;
  ctx.frame([&] {
    ImGui::LogToBuffer();
    draw();
    text = ImGui::GetCurrentContext()->LogBuffer.c_str();
    ImGui::LogFinish();
  });
  return text;
}

}  // namespace fieldbook::shell::testing
