#pragma once
// A small rounded label in a soft colour, on the current line: "逾期 2", "教练型", "进展正常".
#include "imgui.h"

namespace fieldbook::shell {

// The width badge(text, ...) takes (a row that wraps places it before drawing it).
float badge_width(const char* text);
void badge(const char* text, ImU32 text_color, ImU32 fill);

}  // namespace fieldbook::shell
