#pragma once
// Heatmap: a rows x cols grid of values coloured on a sequential scale (sequential_color), with
// row/column labels, the value in each cell where it fits, and a colour legend. Missing cells
// (NaN/inf) are drawn blank. Tags: "<id>", "<id>.cell.<row * cols + col>".
#include <string>
#include <vector>

#include "widgets/charts/chart_common.h"

namespace fieldbook::shell::charts {

struct Heatmap {
  int rows = 0, cols = 0;
  std::vector<double> values;           // row-major, rows * cols
  std::vector<std::string> row_labels;  // drawn left, top to bottom
  std::vector<std::string> col_labels;  // drawn below, left to right
  std::string row_title;                // e.g. "R" (above the row labels)
  std::string col_title;                // e.g. "F" (under the column labels)
  bool cell_labels = true;
  bool legend = true;
  double min = NAN, max = NAN;          // the colour scale's ends; NaN: the data's
  int selected = -1;                    // a cell index
  Format format;                        // cell values and the legend
  const char* empty_text = nullptr;
};

// The colour position (0..1) of `v` on a scale from lo to hi (0.5 when lo == hi; NaN if v is).
double heat_position(double v, double lo, double hi);

// Returns the cell (row * cols + col) clicked or tapped in this frame, else -1.
int heatmap(const char* id, const Heatmap& spec, ImVec2 size = ImVec2(0, 0), ChartHit* hit = nullptr);

}  // namespace fieldbook::shell::charts
