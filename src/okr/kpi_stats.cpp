#include "okr/kpi_stats.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

#include "common/date.h"
#include "okr/period.h"

namespace fieldbook::okr {

bool meets(const Kpi& k, double value) {
  return k.direction == KpiDirection::AtLeast ? value >= k.target : value <= k.target;
}

bool supersedes(const KpiEntry& a, const KpiEntry& b) {
  // As times, not as text ("…09:00:00.5Z" is after "…09:00:00Z"); unknown (empty) is oldest.
  const auto written = [](const KpiEntry& e) { return parse_iso_timestamp(e.updated_at).value_or(Timestamp{INT64_MIN}).ms; };
  const std::int64_t wa = written(a), wb = written(b);
  return wa != wb ? wa > wb : a.id > b.id;
}

namespace {

// Drops from `entries` each that another of the same KPI and period supersedes, keeping order.
void keep_counted(std::vector<const KpiEntry*>& entries) {
  std::unordered_map<std::string, std::size_t> at;  // KPI and period -> index of the one kept
  at.reserve(entries.size());
  std::size_t kept = 0;
  for (const KpiEntry* e : entries) {
    const auto [it, added] = at.try_emplace(e->kpi_id + '\n' + e->period_start, kept);
    if (added)
      entries[kept++] = e;
    else if (supersedes(*e, *entries[it->second]))
      entries[it->second] = e;
  }
  entries.resize(kept);
}

}  // namespace

std::vector<const KpiEntry*> counted_entries(std::span<const KpiEntry> entries) {
  std::vector<const KpiEntry*> out;
  out.reserve(entries.size());
  for (const KpiEntry& e : entries) out.push_back(&e);
  keep_counted(out);
  return out;
}

std::string kpi_entry_id(std::string_view kpi_id, std::string_view period_start) {
  return "kpientry-" + std::string(kpi_id) + "-" + std::string(period_start);
}

KpiStats kpi_stats(const Kpi& k, std::span<const KpiEntry> entries) {
  KpiStats s;
  for (const KpiEntry& e : entries)
    if (e.kpi_id == k.id) s.entries.push_back(&e);
  keep_counted(s.entries);
  std::stable_sort(s.entries.begin(), s.entries.end(),
                   [](const KpiEntry* a, const KpiEntry* b) { return a->period_start < b->period_start; });
  if (s.entries.empty()) return s;
  for (const KpiEntry* e : s.entries) s.met += meets(k, e->value) ? 1 : 0;
  s.hit_rate = static_cast<double>(s.met) / static_cast<double>(s.entries.size());
  for (auto it = s.entries.rbegin(); it != s.entries.rend() && meets(k, (*it)->value); ++it) ++s.streak;
  s.latest = s.entries.back();
  s.latest_met = meets(k, s.latest->value);
  return s;
}

std::string kpi_period_start(KpiFrequency f, const std::string& day) {
  const auto d = parse_iso_date(day);
  if (!d) return day;
  return format_iso_date(f == KpiFrequency::Weekly ? week_containing(*d).first : month_containing(*d).first);
}

}  // namespace fieldbook::okr
