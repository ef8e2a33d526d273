#pragma once
// An ImGui context without a renderer: the font atlas is built with ImGui's embedded font
// (no browser needed), frames run with synthetic input, and draw data is produced but not drawn.
#include <functional>

#include "imgui.h"

namespace fieldbook::shell {

class HeadlessContext {
 public:
  explicit HeadlessContext(ImVec2 display = ImVec2(1280, 800), float dpr = 1.0f);
  ~HeadlessContext();
  HeadlessContext(const HeadlessContext&) = delete;
  HeadlessContext& operator=(const HeadlessContext&) = delete;

  // Runs one frame that calls `build` between NewFrame and Render.
  void frame(const std::function<void()>& build);
  // Runs frames until ImGui's input queue is drained and `extra` more have passed.
  void frames(const std::function<void()>& build, int extra = 2);

  // Input, as a person would give it (positions in CSS px).
  void mouse_click(ImVec2 pos, const std::function<void()>& build);
  void tap(ImVec2 pos, const std::function<void()>& build);
  void type(const char* utf8, const std::function<void()>& build);
  void key(ImGuiKey key, const std::function<void()>& build, ImGuiKeyChord mods = 0);

 private:
  ImGuiContext* ctx_ = nullptr;
};

}  // namespace fieldbook::shell
