#pragma once
// A record's reference to a record of another collection of the workspace: a coaching session's
// rep (its repId names a member of `team`). Validation requires each to resolve, so a file whose
// session names no one in the team is refused with the reference's path.
#include <string>
#include <string_view>

namespace fieldbook {

struct RecordReference {
  std::string path;             // inside the record: "repId"
  std::string_view collection;  // the collection's key: "team"
  std::string id;               // the record it names
};

}  // namespace fieldbook
