// fieldbook grow WORKSPACE.json [--as-of=YYYY-MM-DD]: the team's coaching as of a day, one JSON
// object (grow/summary_json.h has the keys): each rep's leadership style, sessions, latest
// commitment and action counts, and the overdue actions across the team.
//
// The file is loaded as `fieldbook validate` loads it (workspace::load_workspace): a refused file
// exits 1 with the error and its path (`coachingSessions[0].repId: names "rep-9", which is not in
// team`). --as-of defaults to today, in UTC, so the answer does not depend on the machine's zone.
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
#include "grow/summary_json.h"
#include "text_file.h"
#include "workspace/workspace_io.h"

namespace fieldbook::cli {
namespace {

constexpr std::string_view kUsage = "usage: fieldbook grow WORKSPACE.json [--as-of=YYYY-MM-DD]";

int usage_error(Io io, const std::string& message) {
  io.err << "fieldbook grow: " << message << "\n" << kUsage << "\n";
  return 2;
}

Date today_utc() {
  const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return Date{static_cast<std::int32_t>(days.time_since_epoch().count())};
}

}  // namespace

int run_grow(std::span<const std::string_view> args, Io io) {
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
    io.err << "fieldbook grow: cannot read " << *file << ": " << reason << "\n";
    return 1;
  }
  workspace::Workspace w;
  try {
    w = workspace::load_workspace(text);
  } catch (const Error& e) {
    io.err << "fieldbook grow: " << *file << ": " << e.what() << "\n";
    return 1;
  }
  io.out << grow::grow_summary_json(w.team, w.coaching_sessions, as_of.value_or(today_utc())) << "\n";
  return 0;
}

}  // namespace fieldbook::cli
