#pragma once
// The OKRs, KPIs and funnel board as of a day, as one JSON object: what `fieldbook okr
// WORKSPACE.json` prints. A contract (the CLI's tests read it): keep the key names and their order.
//
//   {"asOf":"2026-11-30",
//    "objectives":[{"id","title","progress","expected","status","grade","missedCommitment",
//                   "keyResults":[{"id","current","progress","progressRaw","grade","status",
//                                  "confidence":7|null}, ...]}, ...],      (list order, both)
//    "kpis":[{"id","hitRate":0.5|null,"latest":4|null,"met":false|null}, ...],   (list order)
//    "funnels":[{"id","conversions":[0.5,null,...],"bottleneck":1|null}, ...]}     (list order)
//
// Each objective's and key result's figures are objective_state()'s (progress.h): progress
// clamped to 0–1 (progressRaw is the key result's unclamped one), expected progress on asOf,
// status as status_code() words ("onTrack", "atRisk", "offTrack", "done"), the grade rounded to
// one decimal, missedCommitment once a committed objective's period has ended below 1.0;
// confidence is the latest check-in's, null without one. A KPI's are kpi_stats()' (kpi_stats.h):
// the share of entries that met the target, the latest entry's value and whether it met it, all
// null without entries. A funnel's are conversions() and bottleneck() (funnel_board.h): one
// conversion per step (null where the stage is 0) and the index of the bottleneck step (0 =
// first → second), null when no step converts. asOf moves the expected progress and the end of
// a period; every check-in and entry counts, whatever its date.
//
// Numbers are unrounded (grades aside), each in the shortest text that reads back to the same
// double (shortest_number(): 1, 0.5, 0.3333333333333333). A number JSON cannot hold (an overflow
// from extreme values: a progressRaw of infinity) is null.
#include <span>
#include <string>

#include "common/date.h"
#include "okr/funnel.h"
#include "okr/kpi.h"
#include "okr/objective.h"

namespace fieldbook::okr {

std::string okr_summary_json(std::span<const Objective> objectives, std::span<const KeyResult> key_results,
                             std::span<const CheckIn> check_ins, std::span<const Kpi> kpis,
                             std::span<const KpiEntry> kpi_entries, std::span<const FunnelPeriod> funnel_periods,
                             Date as_of);

}  // namespace fieldbook::okr
