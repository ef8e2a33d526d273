// The views' data over one customer table: rebuilt when the table (a new import, re-scoring, new
// rules, an undo) changes, re-filtered when the filter changes, re-sorted when the sort changes.
// Every frame in between reuses the index vectors: no row is copied per frame.
#include "views/rfm_parts.h"

namespace fieldbook::shell {

namespace {

std::string rules_key(const rfm::RuleSet& rules) {
  std::string key = rules.id;
  for (const auto& r : rules.rules) key += "|" + r.name_en + "/" + r.name_zh + "/" + r.action_en + "/" + r.action_zh;
  return key;
}

rfm::CustomerFilter to_filter(const RfmFilterState& f) {
  rfm::CustomerFilter out;
  out.segment_row = f.segment_row;
  out.industry = f.industry;
  out.rep = f.rep;
  out.search = f.search;
  return out;
}

bool same(const rfm::CustomerFilter& a, const rfm::CustomerFilter& b) {
  return a.segment_row == b.segment_row && a.industry == b.industry && a.rep == b.rep && a.search == b.search;
}

void rebuild_filtered(RfmDerived& d) {
  const auto& list = *d.table;
  d.filtered = rfm::filter_customers(list, d.groups, d.filter);
  d.rows = d.filtered;
  d.sorted = false;
  const std::size_t n = d.filtered.size();
  d.recency.resize(n);
  d.frequency.resize(n);
  d.monetary.resize(n);
  d.group.resize(n);
  int r_bins = 1, f_bins = 1;
  for (std::size_t k = 0; k < n; ++k) {
    const rfm::Customer& c = list[d.filtered[k]];
    d.recency[k] = c.recency_days;
    d.frequency[k] = static_cast<double>(c.frequency);
    d.monetary[k] = c.monetary;
    d.group[k] = d.groups.row_of(c.segment);
  }
  for (const auto& c : list) {
    r_bins = std::max(r_bins, static_cast<int>(c.r_score));
    f_bins = std::max(f_bins, static_cast<int>(c.f_score));
  }
  d.grid = rfm::rf_grid(list, d.filtered, r_bins, f_bins);
  d.counts = rfm::count_segments(list, d.filtered, d.groups);
}

}  // namespace

const RfmDerived& rfm_derived(RfmViewState& ui, const rfm::AnalysisRecord& a) {
  RfmDerived& d = ui.derived;
  const std::string key = rules_key(a.rules);
  const bool new_table = d.table != a.customers || d.rules_key != key;
  if (new_table) {
    d.table = a.customers;
    d.rules_key = key;
    d.groups = rfm::segment_groups(a.rules);
    d.summary = rfm::summarize_segments(*d.table, a.rules);
    d.industries = rfm::distinct_values(*d.table, rfm::TextColumn::Industry);
    d.reps = rfm::distinct_values(*d.table, rfm::TextColumn::Rep);
    d.has_region = !rfm::distinct_values(*d.table, rfm::TextColumn::Region).empty();
    // A segment row that no longer exists (other rules) is dropped from the filter.
    if (ui.filter.segment_row && *ui.filter.segment_row > d.groups.named) ui.filter.segment_row.reset();
  }
  const rfm::CustomerFilter f = to_filter(ui.filter);
  if (new_table || !same(f, d.filter)) {
    d.filter = f;
    rebuild_filtered(d);
  }
  if (!d.sorted || d.sort != ui.sort || d.descending != ui.descending) {
    d.sort = ui.sort;
    d.descending = ui.descending;
    rfm::sort_customers(*d.table, d.rows, d.sort, d.descending, d.groups);
    d.sorted = true;
  }
  return d;
}

void rfm_select_segment(RfmViewState& ui, std::optional<int> row) {
  ui.filter.segment_row = ui.filter.segment_row == row ? std::nullopt : row;  // a second tap clears it
}

}  // namespace fieldbook::shell
