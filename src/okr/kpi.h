#pragma once
// KPIs: process measures tracked apart from the OKRs (the handbook's "5 new qualified
// opportunities a week", "visit conversion ≥ 30 %"), each with one entry per week or month. Two
// collections of the workspace (kpis, kpiEntries). What the entries add up to is in kpi_stats.h.
#include <string>

#include "okr/objective.h"

namespace fieldbook::okr {

enum class KpiDirection { AtLeast, AtMost };
enum class KpiFrequency { Weekly, Monthly };

struct Kpi {
  std::string id;
  std::string name;
  KpiDirection direction = KpiDirection::AtLeast;
  double target = 0;
  KpiFrequency frequency = KpiFrequency::Weekly;
  Unit unit = Unit::Count;
  std::string updated_at;
  // (last, so the records' positional initializers written before it stay right)
  std::string owner_id;  // whose it is: "" = this workspace's owner (me), else a member of the team
};

struct KpiEntry {
  std::string id;
  std::string kpi_id;
  std::string period_start;  // the Monday of its week, or the first of its month
  double value = 0;
  std::string updated_at;
};

}  // namespace fieldbook::okr
