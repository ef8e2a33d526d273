#pragma once
// Touch gestures on top of ImGui, which knows only a mouse:
// - a tap is one click (down and up at the same place);
// - a drag that starts on something not itself draggable scrolls the region under the finger,
//   with inertia after the finger lifts (ImGui has none), and never clicks;
// - a long press on a widget that has a context menu opens it (a right click); elsewhere a
//   press held long is still a tap, so a slow frame can never swallow one;
// - a pinch changes the UI scale (not the page zoom);
// - a tap on a region still gliding from a flick only stops it.
// Sliders and other draggable widgets opt in with mark_touch_draggable(), widgets with a context
// menu with mark_touch_context_menu().
#include <functional>
#include <unordered_map>

#include "imgui.h"

namespace fieldbook::shell {

// Call right after a widget that should follow the finger (sliders, chart brushes).
void mark_touch_draggable();
// Call right after a widget that opens a context menu on a right click (BeginPopupContextItem).
void mark_touch_context_menu();

class TouchInput {
 public:
  struct Config {
    float slop_px = 8.0f;            // movement before a press becomes a drag or a scroll
    double long_press_ms = 550.0;
    float friction_per_s = 4.0f;     // velocity decays by e^(-friction·t)
    float min_velocity = 30.0f;      // px/s below which a glide stops
    float swallow_velocity = 120.0f; // a tap on a glide faster than this only stops it
  };

  TouchInput() = default;
  explicit TouchInput(Config config) : config_(config) {}

  // Pinch results go here (the new UI scale, already clamped).
  std::function<void(float)> on_scale;
  float ui_scale = 1.0f;

  // Events in CSS px, times in ms.
  void down(int pointer, ImVec2 pos, double t_ms);
  void move(int pointer, ImVec2 pos, double t_ms);
  void up(int pointer, ImVec2 pos, double t_ms);
  void cancel(int pointer);
  // The app could not take input for `ms` (it drew a frame, or an event waited that long to be
  // delivered): a finger lifting meanwhile is not seen yet, so a long press does not count that
  // time. Slow frames (software rendering) must not turn a quick tap into a long press.
  void count_busy(double ms);

  // Once per frame, before ImGui::NewFrame(). Returns when the next frame is needed:
  // 0 now (gliding), N ms (a long press is due), -1 not for touch.
  double update(double t_ms);

  bool scrolling() const { return phase_ == Phase::Scrolling || glide_window_ != 0; }
  bool finger_down() const { return !pointers_.empty(); }

 private:
  enum class Phase { Idle, Pressed, Dragging, Scrolling, LongPressed, Pinching, Swallowed };

  void cancel_press();
  void start_scroll();
  void scroll_by(ImVec2 delta);

  Config config_;
  Phase phase_ = Phase::Idle;
  int primary_ = -1;
  ImVec2 start_{}, last_{};
  double down_t_ = 0, last_t_ = 0;
  double busy_ms_ = 0;  // since the press, time the app could not take input
  ImVec2 velocity_{};  // px/s, smoothed
  ImGuiID scroll_window_ = 0;
  ImGuiID glide_window_ = 0;
  ImVec2 glide_velocity_{};
  double glide_t_ = 0;
  std::unordered_map<int, ImVec2> pointers_;
  float pinch_start_distance_ = 0, pinch_start_scale_ = 1;
};

}  // namespace fieldbook::shell
