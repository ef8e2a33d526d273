// fieldbook okr WORKSPACE.json [--as-of=YYYY-MM-DD]: the OKRs, KPIs and funnel board as of a
// day, one JSON object (okr/summary_json.h has the keys): each objective's progress, expected
// progress, status and grade with its key results', each KPI's hit rate and latest entry, and
// each funnel period's conversions and bottleneck. Arguments, loading and exit codes are every
// report's (workspace_report.h): a refused file exits 1 with its path
// (`checkIns[0].confidence: must be between 0 and 10`).
#include "okr/summary_json.h"
#include "workspace_report.h"

namespace fieldbook::cli {

int run_okr(std::span<const std::string_view> args, Io io) {
  return run_workspace_report("okr", "usage: fieldbook okr WORKSPACE.json [--as-of=YYYY-MM-DD]", args, io,
                              [](const workspace::Workspace& w, Date as_of) {
                                return okr::okr_summary_json(w.objectives, w.key_results, w.check_ins, w.kpis,
                                                             w.kpi_entries, w.funnel_periods, as_of);
                              });
}

}  // namespace fieldbook::cli
