#pragma once
// Questions the views ask of a scored customer table, answered with index vectors into it (the
// rows themselves are never copied): which customers pass a filter (segment, industry, rep,
// search text), in which order for a sort column, the segment groups (rules sharing a name are one
// segment, as in summarize_segments), the R x F grid of mean monetary, and the distinct
// industries and reps to filter by.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rfm/analysis.h"
#include "rfm/segments.h"

namespace fieldbook::rfm {

using Index = std::uint32_t;

// Segments as the summary shows them: rule index -> row of summarize_segments(); customers
// matching no rule ("Others") get the row after the named ones.
struct SegmentGroups {
  std::vector<int> row_of_rule;
  int named = 0;  // rows with a name from the rules; Others is row `named`
  int row_of(std::int32_t segment) const {
    return segment >= 0 && static_cast<std::size_t>(segment) < row_of_rule.size()
               ? row_of_rule[static_cast<std::size_t>(segment)]
               : named;
  }
};
SegmentGroups segment_groups(const RuleSet& rules);

struct CustomerFilter {
  std::optional<int> segment_row;  // a SegmentGroups row
  std::optional<std::string> industry;  // exact match ("" = customers without one)
  std::optional<std::string> rep;
  std::string search;  // substring of id or name, case-insensitive for ASCII letters
  bool empty() const { return !segment_row && !industry && !rep && search.empty(); }
};

// Indices of the customers passing the filter, in table order.
std::vector<Index> filter_customers(std::span<const Customer> customers, const SegmentGroups& groups,
                                    const CustomerFilter& filter);

enum class SortColumn : std::uint8_t {
  Id, Name, Industry, Region, Rep, Recency, Frequency, Monetary, Score, Segment, LastOrder
};

// Sorts `rows` (indices into customers) by a column, ties by id; stable and total.
void sort_customers(std::span<const Customer> customers, std::vector<Index>& rows, SortColumn column,
                    bool descending, const SegmentGroups& groups);

// ASCII case-insensitive substring test (other bytes compare exactly).
bool contains_folded(std::string_view haystack, std::string_view needle);

// Distinct non-empty values of a text column, sorted (byte order).
enum class TextColumn : std::uint8_t { Industry, Region, Rep };
std::vector<std::string> distinct_values(std::span<const Customer> customers, TextColumn column);

// Mean monetary per (R score, F score) over `rows`: cell (r - 1) * f_bins + (f - 1); NaN where a
// cell has no customer. counts: customers per cell.
struct RfGrid {
  int r_bins = 0, f_bins = 0;
  std::vector<double> mean_monetary;
  std::vector<std::size_t> counts;
};
RfGrid rf_grid(std::span<const Customer> customers, std::span<const Index> rows, int r_bins, int f_bins);

// Per segment row: customers, orders and revenue over `rows` (a filtered subset).
struct SegmentCounts {
  std::vector<std::size_t> customers;
  std::vector<std::int64_t> orders;
  std::vector<double> revenue;
};
SegmentCounts count_segments(std::span<const Customer> customers, std::span<const Index> rows,
                             const SegmentGroups& groups);

}  // namespace fieldbook::rfm
