#include "workspace_report.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <ostream>

#include "common/error.h"
#include "text_file.h"
#include "workspace/workspace_io.h"

namespace fieldbook::cli {
namespace {

Date today_utc() {
  const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return Date{static_cast<std::int32_t>(days.time_since_epoch().count())};
}

}  // namespace

int run_workspace_report(std::string_view name, std::string_view usage, std::span<const std::string_view> args, Io io,
                         WorkspaceReport report) {
  const std::string prefix = "fieldbook " + std::string(name) + ": ";
  auto usage_error = [&](const std::string& message) {
    io.err << prefix << message << "\n" << usage << "\n";
    return 2;
  };
  std::optional<std::string> file;
  std::optional<Date> as_of;
  for (std::string_view arg : args) {
    std::string_view key, value;
    if (!split_option(arg, key, value)) {
      if (arg.empty() || arg.front() == '-') return usage_error("unexpected argument '" + std::string(arg) + "'");
      if (file) return usage_error("give one workspace file, not '" + *file + "' and '" + std::string(arg) + "'");
      file = std::string(arg);
      continue;
    }
    if (key != "as-of") return usage_error("unknown option '--" + std::string(key) + "'");
    if (as_of) return usage_error("--as-of given twice");
    if (value.empty()) return usage_error("--as-of needs a date (--as-of=YYYY-MM-DD)");
    as_of = parse_iso_date(value);
    if (!as_of) return usage_error("--as-of: '" + std::string(value) + "' is not a date such as 2026-02-28");
  }
  if (!file) return usage_error("give the workspace file");

  std::string text, reason;
  if (!read_text_file(*file, workspace::kMaxFileBytes, text, reason)) {
    io.err << prefix << "cannot read " << *file << ": " << reason << "\n";
    return 1;
  }
  workspace::Workspace w;
  try {
    w = workspace::load_workspace(text);
  } catch (const Error& e) {
    io.err << prefix << *file << ": " << e.what() << "\n";
    return 1;
  }
  std::string json;
  try {
    json = report(w, as_of.value_or(today_utc()));
  } catch (const BadArgument& e) {
    return usage_error(e.what());
  }
  io.out << json << "\n";
  return 0;
}

}  // namespace fieldbook::cli
