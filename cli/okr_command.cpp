// fieldbook okr WORKSPACE.json [--as-of=YYYY-MM-DD]: the OKRs, KPIs and funnel board as of a
// day, one JSON object (okr/summary_json.h has the keys): each objective's progress, expected
// progress, status and grade with its key results', each KPI's hit rate and latest entry, and
// each funnel period's conversions and bottleneck.
//
// The file is loaded as `fieldbook validate` loads it (workspace::load_workspace): a refused file
// exits 1 with the error and its path (`checkIns[0].confidence: must be between 0 and 10`).
// --as-of defaults to today, in UTC, so the answer does not depend on the machine's zone.
#include <chrono>
#include <cstdint>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

#include "command.h"
#include "common/date.h"
#include "common/error.h"
#include "okr/summary_json.h"
#include "text_file.h"
#include "workspace/workspace_io.h"

namespace fieldbook::cli {
namespace {

constexpr std::string_view kUsage = "usage: fieldbook okr WORKSPACE.json [--as-of=YYYY-MM-DD]";

int usage_error(Io io, const std::string& message) {
  io.err << "fieldbook okr: " << message << "\n" << kUsage << "\n";
  return 2;
}

Date today_utc() {
  const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return Date{static_cast<std::int32_t>(days.time_since_epoch().count())};
}

}  // namespace

int run_okr(std::span<const std::string_view> args, Io io) {
  std::optional<std::string> file;
  std::optional<Date> as_of;
  for (std::string_view arg : args) {
    std::string_view key, value;
    if (!split_option(arg, key, value)) {
      if (arg.empty() || arg.front() == '-') return usage_error(io, "unexpected argument '" + std::string(arg) + "'");
      if (file) return usage_error(io, "give one workspace file, not '" + *file + "' and '" + std::string(arg) + "'");
      file = std::string(arg);
      continue;
    }
    if (key != "as-of") return usage_error(io, "unknown option '--" + std::string(key) + "'");
    if (as_of) return usage_error(io, "--as-of given twice");
    if (value.empty()) return usage_error(io, "--as-of needs a date (--as-of=YYYY-MM-DD)");
    as_of = parse_iso_date(value);
    if (!as_of) return usage_error(io, "--as-of: '" + std::string(value) + "' is not a date such as 2026-02-28");
  }
  if (!file) return usage_error(io, "give the workspace file");

  std::string text, reason;
  if (!read_text_file(*file, workspace::kMaxFileBytes, text, reason)) {
    io.err << "fieldbook okr: cannot read " << *file << ": " << reason << "\n";
    return 1;
  }
  workspace::Workspace w;
  try {
    w = workspace::load_workspace(text);
  } catch (const Error& e) {
    io.err << "fieldbook okr: " << *file << ": " << e.what() << "\n";
    return 1;
  }
  io.out << okr::okr_summary_json(w.objectives, w.key_results, w.check_ins, w.kpis, w.kpi_entries, w.funnel_periods,
                                  as_of.value_or(today_utc()))
         << "\n";
  return 0;
}

}  // namespace fieldbook::cli
