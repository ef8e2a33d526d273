#pragma once
// Loading and saving the workspace file. The one restore path: every file, whatever its schema
// version or origin (storage, an imported file, a backup), goes through load_workspace(), which
// checks sizes and encoding, parses, migrates older versions forward, reads every field strictly
// and validates the result — and yields a whole workspace or an Error naming where the file is
// wrong. Never half a workspace.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "workspace/workspace.h"

namespace fieldbook::workspace {

// The largest file load_workspace() reads. A manager's workspace with a team of 30, each rep with
// RFM analyses of 10,000 customers, is ~50 MB compact and ~140 MB as an exported (indented) file.
inline constexpr std::size_t kMaxFileBytes = 200u * 1024u * 1024u;

// A file that is not a workspace this app can read at all, as a kind a UI says in its own words.
// load_workspace()'s other refusals are a syntax error (an Error with a line and column) or a
// value's problem (an Error with the value's path).
enum class FileProblem : std::uint8_t {
  TooLarge,       // over kMaxFileBytes
  Empty,
  NotAWorkspace,  // not one JSON object, or no schemaVersion
  NewerVersion,   // made by a newer Fieldbook: version() says which schema
};

class FileError : public Error {
 public:
  FileError(FileProblem problem, std::string message, Position position = {}, int version = 0)
      : Error(std::move(message), std::move(position)), problem_(problem), version_(version) {}
  FileProblem problem() const { return problem_; }
  int version() const { return version_; }

 private:
  FileProblem problem_;
  int version_;
};

enum class LoadMode {
  File,           // any file: every problem refuses it
  DeviceStorage,  // this device's own saved copy: a record may hold values the editor shows at
                  // their inputs (Issue::at_input), as it did when it was saved
};
Workspace load_workspace(std::string_view json, LoadMode mode = LoadMode::File);

// indent 0: compact (browser storage); 2: for people (exported files). Throws Error naming the
// path when a number is NaN or infinite (JSON cannot hold it; the file could not be opened again).
std::string save_workspace(const Workspace& workspace, int indent = 0);

// A file of ROI cases (fieldbook roi FILE): a workspace file (it has a top-level schemaVersion;
// all its cases), or one bare ROI case (an object with the case's fields, as in roiCases[i]).
// Both are read and checked exactly as load_workspace() does; a bare case's error paths start
// at the case (`years: must be between 1 and 10`).
struct CaseFile {
  bool is_workspace = false;
  std::vector<roi::Case> cases;
};
CaseFile load_case_file(std::string_view json);

// Brings an older file to the current schema (fieldbook migrate): loads it as load_workspace()
// does, so the result is a valid current-schema file, or Error.
std::string migrate_workspace_json(std::string_view json, int indent = 2);

// The schemaVersion a file declares, or -1 when it cannot be read.
int declared_schema_version(std::string_view json);

}  // namespace fieldbook::workspace
