#pragma once
// Funnel: stages top to bottom (lead -> opportunity -> proposal -> signed), each a centred bar as
// wide as its value relative to the largest, with the conversion rate between stages. Tags: "<id>",
// "<id>.bar.<stage>".
#include <string>
#include <vector>

#include "widgets/charts/chart_common.h"

namespace fieldbook::shell::charts {

struct FunnelStage {
  std::string label;
  double value = 0;  // NaN/inf: unknown ("—")
};

struct Funnel {
  std::vector<FunnelStage> stages;
  bool show_rates = true;  // the conversion between consecutive stages
  ImU32 color = 0;         // 0: palette::Blue
  int selected = -1;
  Format format;           // stage values
  Format rate_format;      // conversion as a fraction (0.42); default "42%"
  const char* empty_text = nullptr;
};

// value[i + 1] / value[i], or NaN when value[i] is not a positive finite number.
double conversion_rate(double from, double to);
// "42%", "7.5%", "—".
std::string format_percent(double fraction);

// Returns the stage clicked or tapped in this frame, else -1.
int funnel(const char* id, const Funnel& spec, ImVec2 size = ImVec2(0, 0), ChartHit* hit = nullptr);

}  // namespace fieldbook::shell::charts
