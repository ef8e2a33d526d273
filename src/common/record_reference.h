#pragma once
// A record's reference to a record of another collection of the workspace: a coaching session's
// rep (its repId names a member of `team`). Validation requires each to resolve, so a file whose
// session names no one in the team is refused with the reference's path.
#include <string>
#include <string_view>
#include <vector>

namespace fieldbook {

struct RecordReference {
  std::string path;             // inside the record: "repId"
  std::string_view collection;  // the collection's key: "team"
  std::string id;               // the record it names
};

// A record's owner (ownerId): a member of the team; "" = the workspace's own user, which names
// nothing and so always resolves.
inline std::vector<RecordReference> owner_references(const std::string& owner_id) {
  return {{"ownerId", "team", owner_id}};
}

}  // namespace fieldbook
