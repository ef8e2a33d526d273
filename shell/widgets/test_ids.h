#pragma once
// Test ids: stable dotted names ("nav.roi", "settings.language") for the widgets a person touches,
// recorded with their rectangle every frame so that tests (window.fieldbook.itemRect) click and
// type like a person. The list is documented in tests/e2e/README.md.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "imgui.h"

namespace fieldbook::shell {

struct Rect {
  float x, y, w, h;
};

// Records the last submitted item under `id`.
void tag_item(std::string_view id);
// Records an explicit rectangle under `id`.
void tag_rect(std::string_view id, ImVec2 min, ImVec2 max);

// Bracket each frame: what was tagged between them becomes what item_rect() answers.
void begin_test_frame();
void end_test_frame();
// The rectangle drawn under `id` in the last complete frame.
std::optional<Rect> item_rect(std::string_view id);
// Every id drawn in the last complete frame, sorted: a layout rule checks them all (nothing past
// a phone's right edge) without a list that goes stale.
std::vector<std::string> item_ids();

}  // namespace fieldbook::shell
