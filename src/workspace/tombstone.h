#pragma once
// What a deletion leaves behind: the record's collection and id, and when it was deleted. A merge
// carries tombstones to the other side and removes the record there too, unless that copy was
// changed after the deletion (then the change wins, as a newer copy would). Without them a record
// one rep deleted came back with the next file from a device that still had it.
#include <cstdint>
#include <string>
#include <vector>

namespace fieldbook::workspace {

struct Tombstone {
  std::string collection;  // the collection's key: "roiCases"
  std::string id;
  std::string deleted_at;  // ISO-8601 UTC

  bool operator==(const Tombstone&) const = default;
};

// Tombstones are kept this long, then dropped: a file older than that may bring a record back.
inline constexpr int kTombstoneDays = 180;

}  // namespace fieldbook::workspace
