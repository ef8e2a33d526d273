#pragma once
// One explicit step per schema version, applied to the parsed document in order: step N turns a
// version-N file into a version-(N+1) file. A file of every released version lives in
// tests/data/workspace/ and must keep loading forever.
#include <rapidjson/document.h>

namespace fieldbook::workspace {

// Upgrades `doc` from `from_version` to kSchemaVersion (throws Error when a step cannot apply).
void migrate(rapidjson::Document& doc, int from_version);

}  // namespace fieldbook::workspace
