#pragma once
// Progress bar for key results: a track filled to `value` (0..1), an optional target tick (e.g.
// where the team should be by today), and a label that stays readable over the fill. Tags: "<id>".
#include <cmath>
#include <string>

#include "widgets/charts/chart_common.h"

namespace fieldbook::shell::charts {

struct ProgressBar {
  double value = 0;      // fraction done; drawn clamped to 0..1; NaN/inf: unknown
  double target = NAN;   // optional tick, 0..1
  std::string label;     // e.g. "7 / 10 家"; empty: the percentage
  ImU32 color = 0;       // 0: palette::Blue
};

// Draws the bar (default height: 1.6 font sizes) and returns true when clicked or tapped.
bool progress(const char* id, const ProgressBar& spec, ImVec2 size = ImVec2(0, 0));

}  // namespace fieldbook::shell::charts
