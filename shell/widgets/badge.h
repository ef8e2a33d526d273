#pragma once
// A small rounded label in a soft colour, on the current line: "逾期 2", "教练型", "进展正常".
#include "imgui.h"

namespace fieldbook::shell {

void badge(const char* text, ImU32 text_color, ImU32 fill);

}  // namespace fieldbook::shell
