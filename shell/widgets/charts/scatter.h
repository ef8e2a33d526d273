#pragma once
// Scatter plot for many points (RFM: recency vs monetary, 100,000 customers). Up to
// kScatterDirectLimit points are drawn as dots; more are binned to a pixel grid (one square per
// occupied cell, coloured by its most common group, darker where denser), so the draw list stays
// small whatever the count. Hit-testing still finds the exact nearest point. Tags: "<id>".
#include <span>
#include <string>
#include <vector>

#include "widgets/charts/chart_common.h"

namespace fieldbook::shell::charts {

inline constexpr int kScatterDirectLimit = 1500;
inline constexpr int kScatterMaxCells = 6000;  // the binned drawing's cell budget

struct ScatterPlot {
  std::span<const double> x, y;           // the points (must outlive the call); NaN/inf skipped
  std::span<const int> group;             // optional: a colour group per point (e.g. segment)
  std::vector<std::string> group_labels;  // the legend, and the first line of a point's label
  std::vector<ImU32> group_colors;        // a colour per group; missing or 0: the palette
  std::string x_title, y_title;           // e.g. "R (天)", "M (¥)"
  float marker_radius = 3.0f;             // CSS px at 16 px text (grows with the text)
  int selected = -1;                      // a point index, ringed
  Format x_format, y_format;
  const char* empty_text = nullptr;
};

// Returns the point clicked or tapped in this frame (nearest within a finger's reach), else -1.
int scatter(const char* id, const ScatterPlot& spec, ImVec2 size = ImVec2(0, 0), ChartHit* hit = nullptr);

}  // namespace fieldbook::shell::charts
