#pragma once
// Helpers shared by the headless shell tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "widgets/test_ids.h"
#include "imgui.h"
#include "imgui_internal.h"

namespace fieldbook::shell::testing {

// Scrolls the content window until `id` is drawn inside it (under the toolbar, above a tablet's
// tab bar), 200 px a step, at most 40 steps; `screen_h` bounds it when there is no content window.
template <class Context, class Draw>
void reveal(Context& ctx, Draw&& draw, std::string_view id, float screen_h) {
  for (int i = 0; i < 40; ++i) {
    const auto r = item_rect(id);
    const ImGuiWindow* content = ImGui::FindWindowByName("##content");
    const float top = content ? content->InnerRect.Min.y : 0, bottom = content ? content->InnerRect.Max.y : screen_h;
    if (r && r->y >= top && r->y + r->h <= bottom) break;
    ctx.frame([&] {
      draw();
      if (ImGuiWindow* w = ImGui::FindWindowByName("##content")) ImGui::SetScrollY(w, w->Scroll.y + (r && r->y < top ? -200 : 200));
    });
    ctx.frames(draw);
  }
}

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

// `text` without line breaks and spaces: a long text wraps at a space or, in Chinese, between any
// two characters, so a sentence is found in a frame's text by its flat form.
inline std::string flat(std::string text) {
  std::erase_if(text, [](char c) { return c == '\n' || c == ' '; });
  return text;
}

// The runs of Latin letters in `text` other than the `allowed` names (Fieldbook, CSV, UTF): in a
// Chinese text, English words.
inline std::vector<std::string> latin_words(std::string_view text, std::initializer_list<std::string_view> allowed = {}) {
  std::vector<std::string> words;
  std::string word;
  const auto end_word = [&] {
    if (!word.empty() && std::find(allowed.begin(), allowed.end(), word) == allowed.end()) words.push_back(word);
    word.clear();
  };
  for (char c : text) {
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
      word += c;
    else
      end_word();
  }
  end_word();
  return words;
}

// Reveals `id`, taps its centre and draws the frames the tap asks for.
template <class Context, class Draw>
void tap_revealed(Context& ctx, Draw&& draw, std::string_view id, float screen_h) {
  reveal(ctx, draw, id, screen_h);
  ctx.tap(center_of(id), draw);
  ctx.frames(draw);
}

}  // namespace fieldbook::shell::testing
