// fieldbook validate / fieldbook migrate: the workspace file from the command line, through the
// same restore path the app uses (workspace::load_workspace).
//
//   fieldbook validate FILE.json      prints OK (exit 0), or the error with its path (exit 1)
//   fieldbook migrate IN OUT [--force]
//                                     writes IN upgraded to the current schema, indented for people.
//                                     OUT '-' writes to stdout. An existing OUT (IN included) is
//                                     only replaced with --force, and always whole: the new file is
//                                     written to OUT.tmp and renamed over OUT.
#include <filesystem>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "command.h"
#include "common/error.h"
#include "text_file.h"
#include "common/json_codec.h"
#include "workspace/workspace_io.h"

namespace fieldbook::cli {
namespace {

int usage(Io io, std::string_view command, const std::string& message, std::string_view usage_line) {
  io.err << "fieldbook " << command << ": " << message << "\nusage: fieldbook " << usage_line << "\n";
  return 2;
}

constexpr std::string_view kValidateUsage = "validate FILE.json";
constexpr std::string_view kMigrateUsage = "migrate IN.json OUT.json|- [--force]";

}  // namespace

int run_validate(std::span<const std::string_view> args, Io io) {
  std::vector<std::string> files;
  for (std::string_view arg : args) {
    if (arg.size() > 1 && arg.front() == '-') return usage(io, "validate", "unknown option '" + std::string(arg) + "'", kValidateUsage);
    files.emplace_back(arg);
  }
  if (files.size() != 1) return usage(io, "validate", "give exactly one file", kValidateUsage);
  std::string text, reason;
  if (!read_text_file(files[0], workspace::kMaxFileBytes, text, reason)) {
    io.err << "fieldbook validate: cannot read " << files[0] << ": " << reason << "\n";
    return 1;
  }
  try {
    workspace::load_workspace(text);
  } catch (const Error& e) {
    io.err << "fieldbook validate: " << files[0] << ": " << e.what() << "\n";
    return 1;
  }
  io.out << "OK\n";
  return 0;
}

int run_migrate(std::span<const std::string_view> args, Io io) {
  std::vector<std::string> files;
  bool force = false;
  for (std::string_view arg : args) {
    if (arg == "--force") {
      force = true;
    } else if (arg.size() > 1 && arg.front() == '-') {
      return usage(io, "migrate", "unknown option '" + std::string(arg) + "'", kMigrateUsage);
    } else {
      files.emplace_back(arg);
    }
  }
  if (files.size() != 2) return usage(io, "migrate", "give the input file and the output file (or -)", kMigrateUsage);
  const std::string& in = files[0];
  const std::string& out = files[1];
  const bool to_stdout = out == "-";

  std::error_code ec;
  if (!to_stdout && !force && std::filesystem::exists(out, ec)) {
    std::error_code same_ec;
    const bool same = std::filesystem::equivalent(in, out, same_ec);
    return usage(io, "migrate",
                 same ? "OUT is the input file; pass --force to replace it with the migrated file"
                      : out + " exists; pass --force to replace it",
                 kMigrateUsage);
  }

  std::string text, reason;
  if (!read_text_file(in, workspace::kMaxFileBytes, text, reason)) {
    io.err << "fieldbook migrate: cannot read " << in << ": " << reason << "\n";
    return 1;
  }
  std::string migrated;
  try {
    migrated = workspace::migrate_workspace_json(text, 2);
  } catch (const Error& e) {
    io.err << "fieldbook migrate: " << in << ": " << e.what() << "\n";
    return 1;
  }
  if (to_stdout) {
    io.out << migrated << "\n";
    return 0;
  }
  if (!write_file_atomically(out, migrated, reason)) {
    io.err << "fieldbook migrate: cannot write " << out << ": " << reason << "\n";
    return 1;
  }
  return 0;
}

}  // namespace fieldbook::cli
