#include "rfm/scoring.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>

#include "common/error.h"

namespace fieldbook::rfm {

std::string_view to_string(ScoreMethod method) {
  return method == ScoreMethod::Rank ? "rank" : "quantile";
}

std::optional<ScoreMethod> parse_score_method(std::string_view text) {
  if (text == "quantile") return ScoreMethod::Quantile;
  if (text == "rank") return ScoreMethod::Rank;
  return std::nullopt;
}

std::string_view to_string(Dimension dimension) {
  switch (dimension) {
    case Dimension::Recency: return "recency";
    case Dimension::Frequency: return "frequency";
    case Dimension::Monetary: return "monetary";
  }
  return "recency";
}

double quantile_type7(std::span<const double> sorted, double p) {
  if (sorted.empty()) throw Error("quantile of an empty set");
  // R's quantile.default, type 7: index = 1 + (n - 1) * p, lo = floor, hi = ceiling,
  // q = (1 - h) * x[lo] + h * x[hi] with h = index - lo (only when x[hi] != x[lo]).
  const double index = 1.0 + static_cast<double>(sorted.size() - 1) * p;
  const double lo_f = std::floor(index);
  const double hi_f = std::ceil(index);
  const auto lo = static_cast<std::size_t>(lo_f) - 1;
  const auto hi = std::min(static_cast<std::size_t>(hi_f) - 1, sorted.size() - 1);
  const double qs = sorted[lo];
  if (index > lo_f && sorted[hi] != qs) {
    const double h = index - lo_f;
    return (1.0 - h) * qs + h * sorted[hi];
  }
  return qs;
}

namespace {

void check_bins(int bins) {
  if (bins < kMinBins || bins > kMaxBins) {
    throw Error("bins must be " + std::to_string(kMinBins) + ".." + std::to_string(kMaxBins) + ", got " +
                std::to_string(bins));
  }
}

// The thresholds typed for one dimension; an error names the dimension ("recency") as its path
// and the rule broken, for a UI to say in its own words.
void check_breaks(std::span<const double> breaks, Dimension dimension) {
  const std::string path(to_string(dimension));
  if (breaks.size() + 1 > static_cast<std::size_t>(kMaxBins)) {
    throw Error::at_path(path, "at most " + std::to_string(kMaxBins - 1) + " custom thresholds",
                         rule::at_most_values(kMaxBins - 1));
  }
  for (std::size_t i = 0; i < breaks.size(); ++i) {
    if (!std::isfinite(breaks[i])) throw Error::at_path(path, "threshold is not a number", rule::is(ValueRule::Kind::Number));
    if (i > 0 && !(breaks[i] > breaks[i - 1])) {
      throw Error::at_path(path, "thresholds must be strictly ascending", rule::ascending());
    }
  }
}

DimensionThresholds from_breaks(std::span<const double> sorted, std::vector<double> breaks, bool reversed,
                                bool custom) {
  DimensionThresholds t;
  t.method = ScoreMethod::Quantile;
  t.custom = custom;
  t.reversed = reversed;
  t.bins = static_cast<int>(breaks.size()) + 1;
  t.lower.reserve(breaks.size() + 1);
  t.lower.push_back(sorted.front());
  t.lower.insert(t.lower.end(), breaks.begin(), breaks.end());
  t.upper = std::move(breaks);
  t.upper.push_back(sorted.back() + 1.0);
  t.counts.assign(static_cast<std::size_t>(t.bins), 0);
  return t;
}

// Puts the values at the given 0-based ranks where a full sort would put them (each
// std::nth_element works on what lies right of the rank before): for 100,000 customers several
// times faster than sorting them all.
void place_ranks(std::vector<double>& v, std::vector<std::size_t> ranks) {
  std::sort(ranks.begin(), ranks.end());
  auto from = v.begin();
  for (const std::size_t r : ranks) {
    const auto nth = v.begin() + static_cast<std::ptrdiff_t>(r);
    if (nth < from) continue;  // a repeated rank
    std::nth_element(from, nth, v.end());
    from = nth + 1;
  }
}

// The 0-based bin of x: the number of interior breaks <= x (the intervals are contiguous, so this
// is exactly R's "lower[i] <= x < upper[i]" loop, including empty bins from duplicate breaks).
int bin_of(const DimensionThresholds& t, double x) {
  const auto first = t.lower.begin() + 1;
  return static_cast<int>(std::upper_bound(first, t.lower.end(), x) - first);
}

}  // namespace

void validate(const ScoringOptions& options) {
  const DimensionOptions* dims[] = {&options.recency, &options.frequency, &options.monetary};
  const Dimension names[] = {Dimension::Recency, Dimension::Frequency, Dimension::Monetary};
  for (int i = 0; i < 3; ++i) {
    if (dims[i]->custom_breaks.empty()) {
      check_bins(dims[i]->bins);
    } else {
      check_breaks(dims[i]->custom_breaks, names[i]);
    }
  }
}

DimensionThresholds quantile_thresholds(std::span<const double> sorted, int bins, bool reversed) {
  check_bins(bins);
  if (sorted.empty()) throw Error("no customers to score");
  std::vector<double> breaks;
  breaks.reserve(static_cast<std::size_t>(bins - 1));
  const double by = 1.0 / static_cast<double>(bins);  // R: seq(0, 1, length.out = bins + 1)
  for (int k = 1; k < bins; ++k) breaks.push_back(quantile_type7(sorted, static_cast<double>(k) * by) + 1.0);
  return from_breaks(sorted, std::move(breaks), reversed, false);
}

DimensionThresholds custom_thresholds(std::span<const double> sorted, std::span<const double> breaks,
                                      bool reversed) {
  if (sorted.empty()) throw Error("no customers to score");
  return from_breaks(sorted, std::vector<double>(breaks.begin(), breaks.end()), reversed, true);
}

int ntile_of_rank(std::size_t rank, std::size_t n, int bins) {
  // dplyr 1.1 ntile(): groups differ in size by at most one, larger groups first.
  const std::size_t nb = static_cast<std::size_t>(bins);
  const std::size_t n_larger = n % nb;
  const std::size_t larger_size = (n + nb - 1) / nb;
  const std::size_t smaller_size = n / nb;
  const std::size_t larger_threshold = larger_size * n_larger;
  if (rank <= larger_threshold) return static_cast<int>((rank + larger_size - 1) / larger_size);
  return static_cast<int>((rank - larger_threshold + smaller_size - 1) / smaller_size + n_larger);
}

DimensionThresholds score_dimension(std::span<const double> values, Dimension dimension, ScoreMethod method,
                                    const DimensionOptions& options, std::span<std::uint8_t> out) {
  if (values.empty()) throw Error("no customers to score");
  if (out.size() != values.size()) throw Error("score buffer has the wrong size");
  for (double v : values) {
    if (!std::isfinite(v)) throw Error(std::string(to_string(dimension)) + ": value is not a finite number");
  }
  const bool reversed = dimension == Dimension::Recency;
  const bool custom = !options.custom_breaks.empty();
  if (custom) {
    check_breaks(options.custom_breaks, dimension);
  } else {
    check_bins(options.bins);
  }

  if (method == ScoreMethod::Rank && !custom) {
    const std::size_t n = values.size();
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return values[a] < values[b]; });
    DimensionThresholds t;
    t.method = ScoreMethod::Rank;
    t.reversed = reversed;
    t.bins = options.bins;
    t.lower.assign(static_cast<std::size_t>(t.bins), 0.0);
    t.upper.assign(static_cast<std::size_t>(t.bins), 0.0);
    t.counts.assign(static_cast<std::size_t>(t.bins), 0);
    for (std::size_t r = 0; r < n; ++r) {
      const int bin = ntile_of_rank(r + 1, n, t.bins) - 1;
      const double v = values[order[r]];
      auto& count = t.counts[static_cast<std::size_t>(bin)];
      if (count == 0) t.lower[static_cast<std::size_t>(bin)] = v;
      t.upper[static_cast<std::size_t>(bin)] = v;  // rank bins: upper is the bin's (inclusive) maximum
      ++count;
      out[order[r]] = static_cast<std::uint8_t>(t.score_of_bin(bin));
    }
    for (auto c : t.counts) t.empty_bins += c == 0 ? 1 : 0;
    return t;
  }

  // Quantile and custom breaks read the smallest and largest value and, for quantiles, the two
  // order statistics around each break (quantile_type7): only those ranks are put in place.
  std::vector<double> sorted(values.begin(), values.end());
  const std::size_t n = sorted.size();
  std::vector<std::size_t> ranks{0, n - 1};
  if (!custom) {
    const double by = 1.0 / static_cast<double>(options.bins);  // as quantile_thresholds
    for (int k = 1; k < options.bins; ++k) {
      const double index = 1.0 + static_cast<double>(n - 1) * (static_cast<double>(k) * by);
      ranks.push_back(static_cast<std::size_t>(std::floor(index)) - 1);
      ranks.push_back(std::min(static_cast<std::size_t>(std::ceil(index)) - 1, n - 1));
    }
  }
  place_ranks(sorted, ranks);
  DimensionThresholds t = custom ? custom_thresholds(sorted, options.custom_breaks, reversed)
                                 : quantile_thresholds(sorted, options.bins, reversed);
  for (std::size_t i = 0; i < values.size(); ++i) {
    const int bin = bin_of(t, values[i]);
    ++t.counts[static_cast<std::size_t>(bin)];
    out[i] = static_cast<std::uint8_t>(t.score_of_bin(bin));
  }
  for (auto c : t.counts) t.empty_bins += c == 0 ? 1 : 0;
  return t;
}

}  // namespace fieldbook::rfm
