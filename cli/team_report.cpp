// fieldbook team report WORKSPACE.json [--as-of=YYYY-MM-DD] [--measure=signed|kpi:<id>|revenue]:
// the team dashboard and the progress board as of a day, one JSON object
// (dashboard/summary_json.h has the keys). Arguments, loading and exit codes are every report's
// (workspace_report.h); --measure is this one's own: a word it does not know exits 2 with the
// usage, and so does a KPI id the workspace does not hold. The measure defaults to signed.
#include <optional>
#include <string>
#include <vector>

#include "dashboard/progress_board.h"
#include "dashboard/summary_json.h"
#include "workspace_report.h"

namespace fieldbook::cli {

namespace {

constexpr std::string_view kReportUsage =
    "usage: fieldbook team report WORKSPACE.json [--as-of=YYYY-MM-DD] [--measure=signed|kpi:<id>|revenue]";

}  // namespace

int run_team_report(std::span<const std::string_view> args, Io io) {
  auto usage_error = [&](const std::string& message) {
    io.err << "fieldbook team report: " << message << "\n" << kReportUsage << "\n";
    return 2;
  };
  // --measure is taken out here; the rest is every report's.
  std::optional<dashboard::Measure> measure;
  std::vector<std::string_view> rest;
  for (std::string_view arg : args) {
    std::string_view key, value;
    if (!split_option(arg, key, value) || key != "measure") {
      rest.push_back(arg);
      continue;
    }
    if (measure) return usage_error("--measure given twice");
    std::string error;
    measure = dashboard::parse_measure(value, error);
    if (!measure) return usage_error("--measure: " + error);
  }
  const dashboard::Measure m = measure.value_or(dashboard::Measure{});
  return run_workspace_report("team report", kReportUsage, rest, io, [&](const workspace::Workspace& w, Date as_of) {
    if (const std::string problem = dashboard::measure_problem(w, m); !problem.empty())
      throw BadArgument("--measure: " + problem + " in the workspace");
    return dashboard::team_report_json(w, as_of, m);
  });
}

}  // namespace fieldbook::cli
