#pragma once
// A KPI's entries added up: whether each met the target, the share that did (hit rate), how many
// in a row up to the latest did (the streak), and the latest value. Pure functions, for the views,
// the CLI and the team view.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "okr/kpi.h"

namespace fieldbook::okr {

bool meets(const Kpi& k, double value);  // at least: value ≥ target; at most: value ≤ target

struct KpiStats {
  std::vector<const KpiEntry*> entries;  // the KPI's that count, one per period, by period start
  std::optional<double> hit_rate;        // met / entries; none without entries
  int met = 0;
  int streak = 0;                     // entries in a row, back from the latest, that met the target
  const KpiEntry* latest = nullptr;   // the entry with the latest period start
  std::optional<bool> latest_met;
};

KpiStats kpi_stats(const Kpi& k, std::span<const KpiEntry> entries);

// A KPI has one value per period. Entries of the same week made on two devices before the id
// below both come through a merge (their ids differ): the one that counts is the newer (updatedAt;
// on a tie the larger id, a rule every device computes alike). The others stay in the file and
// count nowhere: kpi_stats() and counted_entries() leave them out.
bool supersedes(const KpiEntry& a, const KpiEntry& b);  // a counts rather than b (same KPI and period)
std::vector<const KpiEntry*> counted_entries(std::span<const KpiEntry> entries);  // in list order

// The id of a KPI's entry for the period starting `period_start`: the same on every device, so
// the week's value typed on a phone and on a tablet is one record, and a merge keeps the newer.
std::string kpi_entry_id(std::string_view kpi_id, std::string_view period_start);

// The first day of the week (Monday) or month that holds `day`, as the entries record it.
std::string kpi_period_start(KpiFrequency f, const std::string& day);

}  // namespace fieldbook::okr
