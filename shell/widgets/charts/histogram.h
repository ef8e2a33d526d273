#pragma once
// Histogram: adjacent bars over a numeric axis, from raw values and a bin count or from bins the
// caller computed. Tags: "<id>", "<id>.bar.<bin>".
#include <span>
#include <string>
#include <vector>

#include "widgets/charts/chart_common.h"

namespace fieldbook::shell::charts {

struct Bins {
  std::vector<double> edges;   // ascending, counts.size() + 1 of them; bin i is [edges[i], edges[i+1])
  std::vector<double> counts;  // the last bin also holds values equal to its upper edge
};

// Equal-width bins over the finite values' range (NaN/inf are skipped). All values equal: one bin
// [v - 0.5, v + 0.5]. No finite values: no bins. bin_count is clamped to 1..1000.
Bins make_bins(std::span<const double> values, int bin_count);

struct Histogram {
  std::span<const double> values;  // raw values (must outlive the call) ...
  int bin_count = 10;              // ... binned into this many bins
  Bins bins;                       // or precomputed bins, used when non-empty
  ImU32 color = 0;                 // 0: palette::Blue
  bool value_labels = true;        // counts above the bars, where they fit
  int selected = -1;
  Format format;                   // bin edges (the x axis)
  Format count_format;             // counts (default: whole numbers)
  const char* empty_text = nullptr;
};

// Returns the bin clicked or tapped in this frame, else -1.
int histogram(const char* id, const Histogram& spec, ImVec2 size = ImVec2(0, 0), ChartHit* hit = nullptr);

}  // namespace fieldbook::shell::charts
