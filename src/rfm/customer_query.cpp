#include "rfm/customer_query.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

namespace fieldbook::rfm {

namespace {

char fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

const std::string& text_of(const Customer& c, TextColumn column) {
  switch (column) {
    case TextColumn::Industry: return c.industry;
    case TextColumn::Region: return c.region;
    case TextColumn::Rep: return c.rep;
  }
  return c.industry;
}

}  // namespace

SegmentGroups segment_groups(const RuleSet& rules) {
  SegmentGroups g;
  std::map<std::string, int> by_name;
  g.row_of_rule.reserve(rules.rules.size());
  for (std::size_t i = 0; i < rules.rules.size(); ++i) {
    auto [it, inserted] = by_name.emplace(segment_label(rules, static_cast<std::int32_t>(i)).en, g.named);
    if (inserted) ++g.named;
    g.row_of_rule.push_back(it->second);
  }
  return g;
}

bool contains_folded(std::string_view haystack, std::string_view needle) {
  if (needle.empty()) return true;
  if (needle.size() > haystack.size()) return false;
  const char first = fold(needle[0]);
  for (std::size_t i = 0; i + needle.size() <= haystack.size(); ++i) {
    if (fold(haystack[i]) != first) continue;
    std::size_t k = 1;
    while (k < needle.size() && fold(haystack[i + k]) == fold(needle[k])) ++k;
    if (k == needle.size()) return true;
  }
  return false;
}

std::vector<Index> filter_customers(std::span<const Customer> customers, const SegmentGroups& groups,
                                    const CustomerFilter& filter) {
  std::vector<Index> out;
  out.reserve(filter.empty() ? customers.size() : customers.size() / 4);
  for (std::size_t i = 0; i < customers.size(); ++i) {
    const Customer& c = customers[i];
    if (filter.segment_row && groups.row_of(c.segment) != *filter.segment_row) continue;
    if (filter.industry && c.industry != *filter.industry) continue;
    if (filter.rep && c.rep != *filter.rep) continue;
    if (!filter.search.empty() && !contains_folded(c.id, filter.search) && !contains_folded(c.name, filter.search))
      continue;
    out.push_back(static_cast<Index>(i));
  }
  return out;
}

void sort_customers(std::span<const Customer> customers, std::vector<Index>& rows, SortColumn column,
                    bool descending, const SegmentGroups& groups) {
  auto by = [&](auto key) {
    std::sort(rows.begin(), rows.end(), [&](Index a, Index b) {
      const auto ka = key(customers[a]);
      const auto kb = key(customers[b]);
      if (ka != kb) return descending ? kb < ka : ka < kb;
      return a < b;  // the table is sorted by id: index order is id order
    });
  };
  switch (column) {
    case SortColumn::Id: by([](const Customer& c) -> const std::string& { return c.id; }); break;
    case SortColumn::Name: by([](const Customer& c) -> const std::string& { return c.name.empty() ? c.id : c.name; }); break;
    case SortColumn::Industry: by([](const Customer& c) -> const std::string& { return c.industry; }); break;
    case SortColumn::Region: by([](const Customer& c) -> const std::string& { return c.region; }); break;
    case SortColumn::Rep: by([](const Customer& c) -> const std::string& { return c.rep; }); break;
    case SortColumn::Recency: by([](const Customer& c) { return c.recency_days; }); break;
    case SortColumn::Frequency: by([](const Customer& c) { return c.frequency; }); break;
    case SortColumn::Monetary: by([](const Customer& c) { return c.monetary; }); break;
    case SortColumn::Score: by([](const Customer& c) { return c.rfm_score(); }); break;
    case SortColumn::Segment: by([&](const Customer& c) { return groups.row_of(c.segment); }); break;
    case SortColumn::LastOrder: by([](const Customer& c) { return c.last_order.value_or(INT32_MIN); }); break;
  }
}

std::vector<std::string> distinct_values(std::span<const Customer> customers, TextColumn column) {
  std::set<std::string_view> seen;
  for (const Customer& c : customers) {
    const std::string& v = text_of(c, column);
    if (!v.empty()) seen.insert(v);
  }
  return {seen.begin(), seen.end()};
}

RfGrid rf_grid(std::span<const Customer> customers, std::span<const Index> rows, int r_bins, int f_bins) {
  RfGrid g;
  g.r_bins = std::max(r_bins, 0);
  g.f_bins = std::max(f_bins, 0);
  const auto cells = static_cast<std::size_t>(g.r_bins * g.f_bins);
  std::vector<double> sums(cells, 0.0);
  g.counts.assign(cells, 0);
  for (Index i : rows) {
    const Customer& c = customers[i];
    if (c.r_score < 1 || c.r_score > g.r_bins || c.f_score < 1 || c.f_score > g.f_bins) continue;
    const auto cell = static_cast<std::size_t>((c.r_score - 1) * g.f_bins + (c.f_score - 1));
    sums[cell] += c.monetary;
    ++g.counts[cell];
  }
  g.mean_monetary.resize(cells);
  for (std::size_t k = 0; k < cells; ++k)
    g.mean_monetary[k] = g.counts[k] ? sums[k] / static_cast<double>(g.counts[k]) : NAN;
  return g;
}

SegmentCounts count_segments(std::span<const Customer> customers, std::span<const Index> rows,
                             const SegmentGroups& groups) {
  SegmentCounts s;
  const auto n = static_cast<std::size_t>(groups.named + 1);
  s.customers.assign(n, 0);
  s.orders.assign(n, 0);
  s.revenue.assign(n, 0.0);
  for (Index i : rows) {
    const Customer& c = customers[i];
    const auto row = static_cast<std::size_t>(groups.row_of(c.segment));
    ++s.customers[row];
    s.orders[row] += c.frequency;
    s.revenue[row] += c.monetary;
  }
  return s;
}

}  // namespace fieldbook::rfm
