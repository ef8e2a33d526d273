#pragma once
// Tornado (sensitivity) chart: one row per input, drawn top to bottom in the order given (sort by
// impact before calling), each with a bar from the base outcome to the outcome at the input's low
// value and one to the outcome at its high value. Tags: "<id>", "<id>.bar.<row>".
#include <string>
#include <vector>

#include "widgets/charts/chart_common.h"

namespace fieldbook::shell::charts {

struct TornadoRow {
  std::string label;  // the input, e.g. "折扣率"
  double low = 0;     // the outcome with the input at its low value (e.g. -20 %)
  double high = 0;    // the outcome with the input at its high value (e.g. +20 %)
};

struct TornadoChart {
  double base = 0;                  // the outcome with every input at its base value
  std::vector<TornadoRow> rows;     // drawn in this order, top to bottom
  std::string low_legend;           // e.g. "-20 %" (no legend when both are empty)
  std::string high_legend;          // e.g. "+20 %"
  ImU32 low_color = 0;              // 0: palette::Orange
  ImU32 high_color = 0;             // 0: palette::Blue
  bool value_labels = true;         // the outcome at each bar's outer end
  int selected = -1;
  Format format;                    // outcomes and the axis
  const char* empty_text = nullptr;
};

// Returns the row clicked or tapped in this frame, else -1 (`hit.series`: 0 low bar, 1 high bar).
int tornado(const char* id, const TornadoChart& spec, ImVec2 size = ImVec2(0, 0), ChartHit* hit = nullptr);

}  // namespace fieldbook::shell::charts
