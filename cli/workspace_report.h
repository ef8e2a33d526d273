#pragma once
// A command that reads one workspace file and reports on it as of a day, as JSON: `fieldbook grow`,
// `fieldbook okr`. One argument parser, one loader, one set of exit codes for all of them:
// - the file is loaded as `fieldbook validate` loads it (workspace::load_workspace): a refused
//   file exits 1 with the error and its path;
// - --as-of=YYYY-MM-DD defaults to today in UTC, so the answer does not depend on the machine's
//   zone; a bad argument exits 2 with the usage.
// A report may refuse an argument only the workspace can judge (`team report --measure=kpi:x`
// naming no KPI of the file): it throws BadArgument, which exits 2 with its message and the usage.
#include <functional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>

#include "command.h"
#include "common/date.h"
#include "workspace/workspace.h"

namespace fieldbook::cli {

// A function, so that a command with options of its own (team report's --measure, taken out of
// the arguments before) hands them to its report.
using WorkspaceReport = std::function<std::string(const workspace::Workspace& w, Date as_of)>;

struct BadArgument : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// `name` is the command's ("okr"), `usage` its usage line.
int run_workspace_report(std::string_view name, std::string_view usage, std::span<const std::string_view> args, Io io,
                         WorkspaceReport report);

}  // namespace fieldbook::cli
