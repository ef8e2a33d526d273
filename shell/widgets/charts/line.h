#pragma once
// Line charts: one or more series over shared x positions, with markers, an optional filled area
// (to zero), a zero line, and vertical marker lines with a label (e.g. the payback point). The
// hovered or last tapped x shows every series' value there. Tags: "<id>", "<id>.point.<x index>"
// (a band around each x), "<id>.marker.<index>" (the label of each vertical marker).
#include <string>
#include <vector>

#include "widgets/charts/chart_common.h"

namespace fieldbook::shell::charts {

struct LineSeries {
  std::string label;           // the legend entry (a legend is drawn when there are 2+ series)
  std::vector<double> values;  // one per x; NaN/inf = a gap in the line
  ImU32 color = 0;             // 0: the palette's colour for this series
  bool markers = true;         // a dot on each point
  bool fill = false;           // shade the area between the line and zero
};

struct VerticalMarker {
  double x = 0;       // in x units (the index when LineChart::x is empty); may fall between points
  std::string label;  // e.g. "回本 2.4 年"
  ImU32 color = 0;    // 0: chart_colors::Zero
};

struct LineChart {
  std::vector<double> x;               // ascending x positions; empty: 0, 1, 2, ...
  std::vector<std::string> x_labels;   // a label per x (e.g. "第 1 年"); empty: x formatted
  std::vector<LineSeries> series;
  std::vector<VerticalMarker> markers;  // drawn when inside the x range
  bool include_zero = true;            // the value axis always shows zero (and the zero line)
  int selected = -1;                   // an x index drawn selected
  Format format;                       // values and the value axis
  Format x_format;                     // x ticks when there are no x_labels
  const char* empty_text = nullptr;
};

// Draws the chart and returns the x index clicked or tapped in this frame, else -1 (`hit.series`
// is the series nearest to the pointer at that x).
int line(const char* id, const LineChart& spec, ImVec2 size = ImVec2(0, 0), ChartHit* hit = nullptr);

}  // namespace fieldbook::shell::charts
