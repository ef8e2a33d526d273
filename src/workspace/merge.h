#pragma once
// Merging another workspace file into this one, record by record, by id: a record only the
// incoming file has is added; one both have and that differs keeps the copy with the newer
// updatedAt (this device's copy on a tie) and is listed as a conflict so the user sees it.
// Settings stay this device's own.
#include <string>
#include <string_view>
#include <vector>

#include "common/localized_text.h"
#include "workspace/workspace.h"

namespace fieldbook::workspace {

struct MergeConflict {
  std::string collection;  // its key: "roiCases", "team", ...
  std::string id;
  std::string name;        // what the user calls the record
  bool kept_incoming = false;
};

struct MergeReport {
  int added = 0;
  int replaced = 0;   // the incoming copy was newer
  int unchanged = 0;  // identical on both sides
  std::vector<MergeConflict> conflicts;
};

Workspace merge(const Workspace& local, const Workspace& incoming, MergeReport& report);

// What a file holds, for the import preview: records per collection and whose it is.
struct CollectionCount {
  std::string key;  // "roiCases"
  LocalizedText label;  // "ROI cases" / "ROI 案例"
  int records = 0;
};
struct Contents {
  std::vector<CollectionCount> collections;  // every collection, in the file's order
  int count(std::string_view key) const;     // the records of one collection
  std::string exported_by;
  std::string last_changed;  // the newest updatedAt of any record (ISO-8601), or ""
  bool sample = false;
};
Contents contents_of(const Workspace& workspace);

}  // namespace fieldbook::workspace
