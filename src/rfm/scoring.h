#pragma once
// RFM scoring: turns recency / frequency / monetary values into scores 1..bins.
//
// Method `Quantile` reproduces R package rfm 0.3 (rfm_table_order / rfm_table_customer, utils.R
// `bins`, `bins_lower`, `bins_upper`) exactly:
//   q_k    = quantile(values, k / bins, type = 7)            k = 1 .. bins-1
//   breaks = q_k + 1                                         (the interior cut points)
//   lower  = [min(values), breaks...]   upper = [breaks..., max(values) + 1]
//   score  = i  where lower[i] <= x < upper[i]               (right-open; the max falls in the last bin)
//   recency is reversed: score = bins + 1 - i, so the most recent customer scores highest.
// The package never calls cut(), so duplicate breaks do not fail in R: a bin whose lower and
// upper break are equal is simply empty. We keep that (it is what R prints), which gives a
// sensible answer for the all-ties case: when every value is equal, every customer lands in the
// first interval, i.e. frequency/monetary score 1 and recency score `bins` (nothing to tell apart,
// so nobody is promoted on that dimension, and "recent" means "as recent as everybody else").
// `DimensionThresholds::empty_bins` counts the empty bins so a UI can say so.
//
// Method `Rank` is dplyr::ntile (>= 1.1): values sorted ascending with ties broken by input order,
// then split into `bins` groups whose sizes differ by at most one, the larger groups first.
//
// Custom thresholds: the interior breaks are given (ascending, bins = breaks + 1) and are used
// as-is, like rfm_table_order(recency_bins = c(115, 181, 297, 482)).
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace fieldbook::rfm {

enum class Dimension : std::uint8_t { Recency, Frequency, Monetary };
enum class ScoreMethod : std::uint8_t { Quantile, Rank };

inline constexpr int kMinBins = 2;
inline constexpr int kMaxBins = 9;
inline constexpr int kDefaultBins = 5;

std::string_view to_string(ScoreMethod method);
std::optional<ScoreMethod> parse_score_method(std::string_view text);
std::string_view to_string(Dimension dimension);

// R's quantile(type = 7) on ascending `sorted` values; p in [0, 1]. Throws Error on empty input.
double quantile_type7(std::span<const double> sorted, double p);

// The interval table used for one dimension (what R returns in `threshold`). Bin i (0-based)
// covers lower[i] <= x < upper[i]; its score is i + 1, or bins - i for recency.
struct DimensionThresholds {
  ScoreMethod method = ScoreMethod::Quantile;
  bool custom = false;     // breaks came from the caller
  bool reversed = false;   // recency
  int bins = kDefaultBins;
  std::vector<double> lower;
  std::vector<double> upper;
  std::vector<std::size_t> counts;  // customers per bin (bin order, not score order)
  int empty_bins = 0;

  int score_of_bin(int bin) const { return reversed ? bins - bin : bin + 1; }
};

struct DimensionOptions {
  int bins = kDefaultBins;                 // used unless custom breaks are given
  std::vector<double> custom_breaks;       // interior breaks, ascending; empty = automatic
};

struct ScoringOptions {
  ScoreMethod method = ScoreMethod::Quantile;
  DimensionOptions recency;
  DimensionOptions frequency;
  DimensionOptions monetary;

  // Sets the same bin count on all three dimensions.
  void set_bins(int bins) { recency.bins = frequency.bins = monetary.bins = bins; }
};

// Validates bins (2..9) and custom breaks (finite, strictly ascending, at most 8); throws Error.
void validate(const ScoringOptions& options);

// Scores one dimension. `values` in input order; `out` receives one score per value (1..bins).
// Throws Error on empty input or invalid options. Non-finite values are refused.
DimensionThresholds score_dimension(std::span<const double> values, Dimension dimension,
                                    ScoreMethod method, const DimensionOptions& options,
                                    std::span<std::uint8_t> out);

// The R-compatible interval table from ascending values (method Quantile, no scoring).
DimensionThresholds quantile_thresholds(std::span<const double> sorted, int bins, bool reversed);
DimensionThresholds custom_thresholds(std::span<const double> sorted, std::span<const double> breaks,
                                      bool reversed);

// dplyr::ntile for the 1-based position `rank` (1..n) among n values.
int ntile_of_rank(std::size_t rank, std::size_t n, int bins);

}  // namespace fieldbook::rfm
