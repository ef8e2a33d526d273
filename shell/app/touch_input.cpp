#include "app/touch_input.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <unordered_set>

#include "imgui_internal.h"

namespace fieldbook::shell {
namespace {

// Draggable widgets seen in the last frames (ids are stable across frames).
std::unordered_set<ImGuiID>& draggables() {
  static std::unordered_set<ImGuiID> ids;
  return ids;
}

// Widgets with a context menu seen in the last frames.
std::unordered_set<ImGuiID>& context_menus() {
  static std::unordered_set<ImGuiID> ids;
  return ids;
}

// A long press means something only on a widget with a context menu: the one the finger pressed.
bool has_context_menu() {
  const ImGuiContext& g = *GImGui;
  const ImGuiID id = g.ActiveId ? g.ActiveId : g.HoveredId;
  return id != 0 && context_menus().count(id) != 0;
}

float length(ImVec2 v) { return std::sqrt(v.x * v.x + v.y * v.y); }

bool is_draggable(ImGuiID id) {
  if (id == 0) return false;
  if (draggables().count(id)) return true;
  // Scrollbars follow the finger too.
  ImGuiContext& g = *GImGui;
  if (ImGuiWindow* w = g.ActiveIdWindow) {
    if (id == ImGui::GetWindowScrollbarID(w, ImGuiAxis_X) || id == ImGui::GetWindowScrollbarID(w, ImGuiAxis_Y)) return true;
  }
  return false;
}

// The innermost window under the finger that can scroll. Looked up at the finger's position, not
// from ImGui's hovered window, which is a frame old (or none, right after a tap lifted the mouse
// away) when a quick drag crosses the slop before the next frame.
ImGuiWindow* scrollable_at(ImVec2 pos) {
  ImGuiWindow* hovered = nullptr;
  ImGuiWindow* under_moving = nullptr;
  ImGui::FindHoveredWindowEx(pos, true, &hovered, &under_moving);
  for (ImGuiWindow* w = hovered; w; w = w->ParentWindow) {
    if (w->ScrollMax.y > 0.0f || w->ScrollMax.x > 0.0f) return w;
    if (!(w->Flags & ImGuiWindowFlags_ChildWindow)) break;
  }
  return nullptr;
}

}  // namespace

void mark_touch_draggable() { draggables().insert(ImGui::GetItemID()); }
void mark_touch_context_menu() { context_menus().insert(ImGui::GetItemID()); }

void TouchInput::cancel_press() {
  // Releasing away from every item means ImGui sees no click.
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
  io.AddMouseButtonEvent(0, false);
}

void TouchInput::down(int pointer, ImVec2 pos, double t) {
  ImGuiIO& io = ImGui::GetIO();
  pointers_[pointer] = pos;
  if (pointers_.size() == 2 && (phase_ == Phase::Pressed || phase_ == Phase::Scrolling || phase_ == Phase::Dragging)) {
    // A second finger: a pinch, not a press.
    if (phase_ == Phase::Pressed || phase_ == Phase::Dragging) cancel_press();
    phase_ = Phase::Pinching;
    auto it = pointers_.begin();
    const ImVec2 a = it->second;
    const ImVec2 b = (++it)->second;
    pinch_start_distance_ = std::max(1.0f, length(ImVec2(a.x - b.x, a.y - b.y)));
    pinch_start_scale_ = ui_scale;
    return;
  }
  if (pointers_.size() > 1) return;
  primary_ = pointer;
  start_ = last_ = pos;
  down_t_ = last_t_ = t;
  busy_ms_ = 0;
  velocity_ = ImVec2(0, 0);
  io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  if (glide_window_ != 0) {
    const bool fast = length(glide_velocity_) > config_.swallow_velocity;
    glide_window_ = 0;
    if (fast) {
      phase_ = Phase::Swallowed;  // this touch only stops the glide
      return;
    }
  }
  phase_ = Phase::Pressed;
  io.AddMousePosEvent(pos.x, pos.y);
  io.AddMouseButtonEvent(0, true);
}

void TouchInput::start_scroll() {
  ImGuiWindow* w = scrollable_at(start_);
  cancel_press();
  scroll_window_ = w ? w->ID : 0;
  phase_ = Phase::Scrolling;
}

void TouchInput::scroll_by(ImVec2 delta) {
  ImGuiWindow* w = scroll_window_ ? ImGui::FindWindowByID(scroll_window_) : nullptr;
  if (!w) return;
  // Content follows the finger: moving the finger up scrolls down.
  if (w->ScrollMax.y > 0.0f) ImGui::SetScrollY(w, std::clamp(w->Scroll.y - delta.y, 0.0f, w->ScrollMax.y));
  if (w->ScrollMax.x > 0.0f) ImGui::SetScrollX(w, std::clamp(w->Scroll.x - delta.x, 0.0f, w->ScrollMax.x));
}

void TouchInput::move(int pointer, ImVec2 pos, double t) {
  if (pointers_.count(pointer)) pointers_[pointer] = pos;
  if (phase_ == Phase::Pinching) {
    if (pointers_.size() < 2) return;
    auto it = pointers_.begin();
    const ImVec2 a = it->second;
    const ImVec2 b = (++it)->second;
    const float d = length(ImVec2(a.x - b.x, a.y - b.y));
    const float scale = std::clamp(pinch_start_scale_ * d / pinch_start_distance_, 0.75f, 2.0f);
    if (std::fabs(scale - ui_scale) > 0.01f) {
      ui_scale = scale;
      if (on_scale) on_scale(scale);
    }
    return;
  }
  if (pointer != primary_) return;
  const ImVec2 delta(pos.x - last_.x, pos.y - last_.y);
  const double dt = std::max(1.0, t - last_t_);
  // Smoothed velocity over the last moves, for the glide after release.
  const ImVec2 v(static_cast<float>(delta.x * 1000.0 / dt), static_cast<float>(delta.y * 1000.0 / dt));
  velocity_ = ImVec2(velocity_.x * 0.3f + v.x * 0.7f, velocity_.y * 0.3f + v.y * 0.7f);
  ImGuiIO& io = ImGui::GetIO();
  switch (phase_) {
    case Phase::Pressed:
      io.AddMousePosEvent(pos.x, pos.y);
      if (length(ImVec2(pos.x - start_.x, pos.y - start_.y)) > config_.slop_px) {
        if (is_draggable(GImGui->ActiveId)) {
          phase_ = Phase::Dragging;
        } else {
          start_scroll();
          scroll_by(ImVec2(pos.x - start_.x, pos.y - start_.y));
        }
      }
      break;
    case Phase::Dragging: io.AddMousePosEvent(pos.x, pos.y); break;
    case Phase::Scrolling: scroll_by(delta); break;
    default: break;
  }
  last_ = pos;
  last_t_ = t;
}

void TouchInput::up(int pointer, ImVec2 pos, double t) {
  pointers_.erase(pointer);
  if (phase_ == Phase::Pinching) {
    if (pointers_.empty()) phase_ = Phase::Idle;
    return;
  }
  if (pointer != primary_) return;
  ImGuiIO& io = ImGui::GetIO();
  switch (phase_) {
    case Phase::Pressed:
    case Phase::Dragging:
      io.AddMousePosEvent(pos.x, pos.y);
      io.AddMouseButtonEvent(0, false);
      // After a finger lifts nothing stays hovered.
      io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
      break;
    case Phase::Scrolling:
      // A finger that stopped before lifting does not glide.
      if (t - last_t_ < 80.0 && length(velocity_) > config_.min_velocity) {
        glide_window_ = scroll_window_;
        glide_velocity_ = velocity_;
        glide_t_ = t;
      }
      break;
    default: break;
  }
  phase_ = Phase::Idle;
  primary_ = -1;
}

void TouchInput::count_busy(double ms) {
  if (phase_ == Phase::Pressed && ms > 0) busy_ms_ += ms;
}

void TouchInput::cancel(int pointer) {
  pointers_.erase(pointer);
  if (pointer == primary_ && (phase_ == Phase::Pressed || phase_ == Phase::Dragging)) cancel_press();
  if (pointers_.empty()) {
    phase_ = Phase::Idle;
    primary_ = -1;
  }
}

double TouchInput::update(double t) {
  double next = -1;
  if (phase_ == Phase::Pressed && has_context_menu()) {
    const double due = down_t_ + busy_ms_ + config_.long_press_ms;
    if (t >= due) {
      // A long press: the context menu, and no click.
      cancel_press();
      ImGuiIO& io = ImGui::GetIO();
      io.AddMousePosEvent(start_.x, start_.y);
      io.AddMouseButtonEvent(1, true);
      io.AddMouseButtonEvent(1, false);
      phase_ = Phase::LongPressed;
    } else {
      next = due - t;
    }
  }
  if (glide_window_ != 0) {
    const float dt = static_cast<float>(std::clamp((t - glide_t_) / 1000.0, 0.0, 0.1));
    glide_t_ = t;
    const float decay = std::exp(-config_.friction_per_s * dt);
    glide_velocity_ = ImVec2(glide_velocity_.x * decay, glide_velocity_.y * decay);
    const ImGuiID keep = scroll_window_;
    scroll_window_ = glide_window_;
    scroll_by(ImVec2(glide_velocity_.x * dt, glide_velocity_.y * dt));
    scroll_window_ = keep;
    if (length(glide_velocity_) < config_.min_velocity) glide_window_ = 0;
    else next = 0;
  }
  return next;
}

}  // namespace fieldbook::shell
