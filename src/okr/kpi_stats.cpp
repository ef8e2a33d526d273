#include "okr/kpi_stats.h"

#include <algorithm>

#include "okr/period.h"

namespace fieldbook::okr {

bool meets(const Kpi& k, double value) {
  return k.direction == KpiDirection::AtLeast ? value >= k.target : value <= k.target;
}

KpiStats kpi_stats(const Kpi& k, std::span<const KpiEntry> entries) {
  KpiStats s;
  for (const KpiEntry& e : entries)
    if (e.kpi_id == k.id) s.entries.push_back(&e);
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
