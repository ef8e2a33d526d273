#pragma once
// A command that reads one workspace file and reports on it as of a day, as JSON: `fieldbook grow`,
// `fieldbook okr`. One argument parser, one loader, one set of exit codes for all of them:
// - the file is loaded as `fieldbook validate` loads it (workspace::load_workspace): a refused
//   file exits 1 with the error and its path;
// - --as-of=YYYY-MM-DD defaults to today in UTC, so the answer does not depend on the machine's
//   zone; a bad argument exits 2 with the usage.
#include <span>
#include <string>
#include <string_view>

#include "command.h"
#include "common/date.h"
#include "workspace/workspace.h"

namespace fieldbook::cli {

using WorkspaceReport = std::string (*)(const workspace::Workspace& w, Date as_of);

// `name` is the command's ("okr"), `usage` its usage line.
int run_workspace_report(std::string_view name, std::string_view usage, std::span<const std::string_view> args, Io io,
                         WorkspaceReport report);

}  // namespace fieldbook::cli
