#pragma once
// Loading and saving the workspace file. The one restore path: every file, whatever its schema
// version or origin (storage, an imported file, a backup), goes through load_workspace(), which
// checks sizes and encoding, parses, migrates older versions forward, reads every field strictly
// and validates the result — and yields a whole workspace or an Error naming where the file is
// wrong. Never half a workspace.
#include <string>
#include <string_view>

#include "workspace/workspace.h"

namespace fieldbook::workspace {

Workspace load_workspace(std::string_view json);

// indent 0: compact (browser storage); 2: for people (exported files).
std::string save_workspace(const Workspace& workspace, int indent = 0);

// Brings an older file to the current schema without validating it fully (fieldbook migrate).
std::string migrate_workspace_json(std::string_view json, int indent = 2);

// The schemaVersion a file declares, or -1 when it cannot be read.
int declared_schema_version(std::string_view json);

}  // namespace fieldbook::workspace
