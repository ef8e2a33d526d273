#pragma once
// Every wrapped text in the app — paragraphs, hints, table cells, banners, errors — goes through
// wrapped_text(), so Chinese and English lines break by one set of rules (common/line_break.h): no
// line starts with 。，）」 or ends with （「, Chinese breaks between any two characters, Latin
// words and numbers with their units (¥1,280, 30%, 8.8 个月) stay whole. Never use ImGui's own
// TextWrapped / PushTextWrapPos for text: it breaks Chinese only at 。、 and cuts anywhere else.
#include <string>
#include <string_view>
#include <vector>

#include "common/line_break.h"
#include "imgui.h"

namespace fieldbook::shell {

// The lines `text` falls into at `width` px in the current font.
std::vector<TextLine> wrap_lines(std::string_view text, float width);

// The size wrapped_text() takes with the same arguments (x: its widest line).
ImVec2 wrapped_text_size(std::string_view text, float width = 0.0f, float line_gap = 0.0f);

// Draws `text` in lines no wider than `width` px (<= 0: up to the right edge of the content region,
// as ImGui::PushTextWrapPos(0) did), with `line_gap` px between lines. One TextUnformatted per line,
// all in one group, so the next tag_item() names the whole text.
void wrapped_text(std::string_view text, float width = 0.0f, float line_gap = 0.0f);

#ifndef __EMSCRIPTEN__
// Headless tests: the lines wrapped_text() drew in the current frame (the last one, between two
// frames), with their rectangles. Not in the web build.
struct DrawnLine {
  std::string text;
  ImVec2 min, max;
};
const std::vector<DrawnLine>& drawn_lines();
#endif

}  // namespace fieldbook::shell
