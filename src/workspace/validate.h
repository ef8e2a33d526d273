#pragma once
// The rules a loaded workspace must meet beyond its types: ranges, ids (present, unique),
// timestamps, currency codes, and each tool's own rules (roi::validate, ...).
#include <string>
#include <vector>

#include "common/issue.h"
#include "workspace/workspace.h"

namespace fieldbook::workspace {

// A problem with its path in the document: "roiCases[2].years", "must be between 1 and 10".
using fieldbook::Issue;

// Every problem, in document order; empty when the workspace is valid.
std::vector<Issue> validate(const Workspace& workspace);

}  // namespace fieldbook::workspace
