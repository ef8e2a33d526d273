#pragma once
// A segmented control: a row of equal buttons, one selected (scenario switch, inputs/results).
#include <string>
#include <vector>

#include "imgui.h"

namespace fieldbook::shell {

// Draws the segments across `width` (<= 0: the available width), `height` tall (<= 0: a frame).
// Each segment is tagged with its test id. Returns true when the selection changed.
bool segmented(const char* id, int& selected, const std::vector<std::string>& labels,
               const std::vector<std::string>& test_ids, float width = 0, float height = 0);

}  // namespace fieldbook::shell
