#pragma once
// Bar charts: vertical or horizontal, one series or several grouped side by side, with value
// labels, a selected category, and a value label on the hovered or last tapped bar. The whole
// category band is the touch target. Tags: "<id>" (chart), "<id>.bar.<category>" (the bars of a
// category), "<id>.bar.<category>.<series>" when there are several series.
#include <string>
#include <vector>

#include "widgets/charts/chart_common.h"

namespace fieldbook::shell::charts {

struct BarSeries {
  std::string label;           // the legend entry (a legend is drawn when there are 2+ series)
  std::vector<double> values;  // one per category; NaN/inf = missing (no bar, "—")
  ImU32 color = 0;             // 0: the palette's colour for this series
};

struct BarChart {
  std::vector<std::string> categories;
  std::vector<BarSeries> series;
  std::vector<ImU32> category_colors;  // single series: a colour per category (e.g. RFM segments)
  bool horizontal = false;             // categories down the left, values to the right
  bool value_labels = true;            // the value at the end of each bar, where it fits
  bool sign_colors = false;            // single series: positive/negative colours by sign
  int selected = -1;                   // this category drawn selected, the others dimmed
  Format format;                       // values and the value axis
  const char* empty_text = nullptr;    // nullptr: no_data_text()
};

// Draws the chart and returns the category clicked or tapped in this frame, else -1 (`hit` also
// gives the series and what is hovered).
int bars(const char* id, const BarChart& spec, ImVec2 size = ImVec2(0, 0), ChartHit* hit = nullptr);

}  // namespace fieldbook::shell::charts
