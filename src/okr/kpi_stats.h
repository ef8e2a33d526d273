#pragma once
// A KPI's entries added up: whether each met the target, the share that did (hit rate), how many
// in a row up to the latest did (the streak), and the latest value. Pure functions, for the views,
// the CLI and the team view.
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "okr/kpi.h"

namespace fieldbook::okr {

bool meets(const Kpi& k, double value);  // at least: value ≥ target; at most: value ≤ target

struct KpiStats {
  std::vector<const KpiEntry*> entries;  // the KPI's, by period start (list order on a tie)
  std::optional<double> hit_rate;        // met / entries; none without entries
  int met = 0;
  int streak = 0;                     // entries in a row, back from the latest, that met the target
  const KpiEntry* latest = nullptr;   // the entry with the latest period start
  std::optional<bool> latest_met;
};

KpiStats kpi_stats(const Kpi& k, std::span<const KpiEntry> entries);

// The first day of the week (Monday) or month that holds `day`, as the entries record it.
std::string kpi_period_start(KpiFrequency f, const std::string& day);

}  // namespace fieldbook::okr
