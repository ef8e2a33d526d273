#pragma once
// Merging another workspace file into this one, record by record, by id. Merge is a function of
// the records only: merge(A, B) holds the same records as merge(B, A), merge(merge(A, B), C) as
// merge(A, merge(B, C)), and merge(M, M) is M — so a manager who imports the team's files in any
// order, or one twice, ends with the same workspace (tests/core/workspace_merge_property_test.cpp).
// For each id:
//   - the copy with the newer updatedAt wins; on a tie, the copy whose JSON sorts last (any rule
//     both sides compute alike would do; "this device's copy" would not);
//   - a tombstone (tombstone.h) removes the record unless the winning copy is newer than the
//     deletion; tombstones are kept from both sides (the later deletion of an id).
// A record only one side has is kept. Differing copies are listed as conflicts so the user sees
// them. Settings and the name of who exported stay this device's own; the lists keep this
// device's order, records new to it appended in the incoming order.
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
  int added = 0;      // records new to this side
  int updated = 0;    // the incoming copy was newer and replaced this side's
  int older = 0;      // the incoming copy was older (or lost the tie): this side's kept
  int deleted = 0;    // records of this side removed by an incoming tombstone
  int unchanged = 0;  // identical on both sides
  std::vector<MergeConflict> conflicts;  // every pair that differed (updated and older)
};

Workspace merge(const Workspace& local, const Workspace& incoming, MergeReport& report);
// The same, in place: `local` becomes the merge (what a team import of many files does).
void merge_into(Workspace& local, const Workspace& incoming, MergeReport& report);

// What a file holds, for the import preview: records per collection and whose it is.
struct CollectionCount {
  std::string key;  // "roiCases"
  LocalizedText label;  // "ROI cases" / "ROI 案例"
  int records = 0;
};
struct Contents {
  std::vector<CollectionCount> collections;  // every collection, in the file's order
  int count(std::string_view key) const;     // the records of one collection
  int deletions = 0;                         // the tombstones it carries
  std::string exported_by;
  std::string owner_id;      // the file's settings.ownerId ("" before schema 6)
  std::string last_changed;  // the newest updatedAt of any record (ISO-8601), or ""
  bool sample = false;
};
Contents contents_of(const Workspace& workspace);

}  // namespace fieldbook::workspace
