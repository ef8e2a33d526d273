#pragma once
// The rules a loaded workspace must meet beyond its types: ranges, ids (present, unique),
// timestamps, currency codes, and each tool's own rules (roi::validate, ...).
#include <string>
#include <vector>

#include "workspace/workspace.h"

namespace fieldbook::workspace {

struct Issue {
  std::string path;     // "roiCases[2].years"
  std::string message;  // "must be between 1 and 10"
};

// Every problem, in document order; empty when the workspace is valid.
std::vector<Issue> validate(const Workspace& workspace);

}  // namespace fieldbook::workspace
