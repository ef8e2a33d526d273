#include "command.h"

#include <vector>

namespace fieldbook::cli {

// Each tool's command is declared next to the others here so that --help lists them in one place.
// (Add yours: declare the function, then add a row.)
int run_grow(std::span<const std::string_view>, Io);
int run_okr(std::span<const std::string_view>, Io);
int run_roi(std::span<const std::string_view>, Io);
int run_rfm(std::span<const std::string_view>, Io);
int run_team(std::span<const std::string_view>, Io);
int run_validate(std::span<const std::string_view>, Io);
int run_migrate(std::span<const std::string_view>, Io);

std::span<const Command> commands() {
  static const std::vector<Command> table = {
      {"grow", "grow WORKSPACE.json [--as-of=YYYY-MM-DD]",
       "each rep's leadership style, sessions and open actions, and the overdue actions, as of a day, as JSON",
       run_grow},
      {"okr", "okr WORKSPACE.json [--as-of=YYYY-MM-DD]",
       "each objective's and key result's progress, status and grade, KPI hit rates and funnel bottlenecks, as JSON",
       run_okr},
      {"rfm", "rfm FILE.csv [--level=order|customer] [...]",
       "RFM segmentation of an order or customer export; prints a JSON summary", run_rfm},
      {"roi", "roi --flows=F0,F1,... --rate=R [--finance-rate=F --reinvest-rate=R] | roi CASE.json [--case=ID]",
       "ROI outputs of a cash-flow series, or of the ROI cases in a case or workspace file, as JSON", run_roi},
      {"team", "team merge OUT.json BASE.json REP.json... | team report WORKSPACE.json [--as-of=] [--measure=]",
       "merges reps' files into the manager's workspace; reports on each rep and the progress board, as JSON",
       run_team},
      {"validate", "validate FILE.json",
       "checks a workspace file as the app loads it; prints OK or the error with its path", run_validate},
      {"migrate", "migrate IN.json OUT.json|- [--force]",
       "writes a workspace file upgraded to the current schema version", run_migrate},
  };
  return table;
}

bool split_option(std::string_view arg, std::string_view& key, std::string_view& value) {
  if (arg.size() < 3 || arg.substr(0, 2) != "--") return false;
  const auto eq = arg.find('=');
  if (eq == std::string_view::npos) {
    key = arg.substr(2);
    value = {};
  } else {
    key = arg.substr(2, eq - 2);
    value = arg.substr(eq + 1);
  }
  return !key.empty();
}

}  // namespace fieldbook::cli
