#pragma once
// The handbook's OKR example, dated around a day: the year's objective, the quarter's "become the
// No. 1 education-sector supplier in East China" with its two key results (sign 3 education
// bureaus; raise the education share of revenue to 40 %), a rep's objective, the two KPIs (5 new
// qualified opportunities a week; visit conversion ≥ 30 %) with their entries, and a weekly
// funnel whose 商机 → 提案 step is weak, with its 5 Whys and PDCA. The first visit's sample, and a
// template a person can start from (with_new_ids).
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "common/date.h"
#include "common/localized_text.h"
#include "okr/funnel.h"
#include "okr/kpi.h"
#include "okr/objective.h"

namespace fieldbook::okr {

struct OkrSet {
  std::vector<Objective> objectives;
  std::vector<KeyResult> key_results;
  std::vector<CheckIn> check_ins;
  std::vector<Kpi> kpis;
  std::vector<KpiEntry> kpi_entries;
  std::vector<FunnelPeriod> funnel_periods;
};

// Ids start with "sample-"; the rep's objective belongs to the sample team's sample-rep-2
// (team/team.h); every record is stamped `now`.
OkrSet handbook_example(Language language, Date today, const std::string& now);

// The same records under fresh ids (`new_id("objective")`), each reference following its record;
// a reference to a record outside the set (a rep) becomes "" (me).
OkrSet with_new_ids(OkrSet set, const std::function<std::string(std::string_view kind)>& new_id);

}  // namespace fieldbook::okr
