// fieldbook team merge|report: the manager's team view on the command line.
//   team merge OUT.json BASE.json REP1.json [REP2.json ...] [--force]
//     the app's team import (workspace/team_import.h): each rep's file matched to the team of
//     BASE (or added to it), its records made that rep's, everything merged; prints what each
//     input brought as JSON and writes OUT whole (atomically). All or none: a file that cannot be
//     read exits 1 naming it, and OUT is not written. An existing OUT is only replaced with
//     --force (OUT may be BASE).
//   team report WORKSPACE.json [--as-of=YYYY-MM-DD] [--measure=signed|kpi:<id>|revenue]
//     each rep's row of the team dashboard and the progress board, as JSON (team_report.cpp).
#include <chrono>
#include <filesystem>
#include <ostream>
#include <vector>

#include "command.h"
#include "common/date.h"
#include "common/error.h"
#include "text_file.h"
#include "workspace/team_import.h"
#include "workspace/workspace_io.h"

namespace fieldbook::cli {
namespace {

constexpr std::string_view kUsage =
    "usage: fieldbook team merge OUT.json BASE.json REP1.json [REP2.json ...] [--force]\n"
    "       fieldbook team report WORKSPACE.json [--as-of=YYYY-MM-DD] [--measure=signed|kpi:<id>|revenue]";

int usage(Io io) {
  io.err << kUsage << "\n";
  return 2;
}

bool read_input(const std::string& path, std::string& text, Io io) {
  std::string error;
  if (!read_text_file(path, workspace::kMaxFileBytes, text, error)) {
    io.err << path << ": " << error << "\n";
    return false;
  }
  return true;
}

int run_merge(std::span<const std::string_view> args, Io io) {
  std::vector<std::string> paths;
  bool force = false;
  for (std::string_view a : args) {
    if (a == "--force")
      force = true;
    else if (a.starts_with("--"))
      return usage(io);
    else
      paths.emplace_back(a);
  }
  if (paths.size() < 3) return usage(io);
  const std::string& out = paths[0];
  std::error_code ec;
  if (!force && std::filesystem::exists(out, ec)) {
    io.err << out << ": exists; add --force to replace it\n";
    return 2;
  }
  std::string text;
  if (!read_input(paths[1], text, io)) return 1;
  workspace::Workspace base;
  try {
    base = workspace::load_workspace(text);
  } catch (const Error& e) {
    io.err << paths[1] << ": " << e.what() << "\n";
    return 1;
  }
  const auto now_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::system_clock::now().time_since_epoch())
                          .count();
  workspace::TeamImport import(base, format_iso_timestamp(Timestamp{now_ms}));
  for (std::size_t i = 2; i < paths.size(); ++i) {
    if (!read_input(paths[i], text, io)) return 1;
    import.add(paths[i], text);
    if (const auto& error = import.files().back().error; !error.empty()) {
      io.err << paths[i] << ": " << error << "\n";
      return 1;
    }
  }
  if (!import.problem().empty()) {
    io.err << import.problem() << "\n";
    return 1;
  }
  std::string json;
  try {
    json = workspace::save_workspace(import.merged(), 0);
  } catch (const Error& e) {
    io.err << e.what() << "\n";
    return 1;
  }
  if (std::string error; !write_file_atomically(out, json, error)) {
    io.err << out << ": " << error << "\n";
    return 1;
  }
  io.out << workspace::team_import_json(import) << "\n";
  return 0;
}

}  // namespace

int run_team_report(std::span<const std::string_view> args, Io io);

int run_team(std::span<const std::string_view> args, Io io) {
  if (args.empty()) return usage(io);
  if (args[0] == "merge") return run_merge(args.subspan(1), io);
  if (args[0] == "report") return run_team_report(args.subspan(1), io);
  return usage(io);
}

}  // namespace fieldbook::cli
