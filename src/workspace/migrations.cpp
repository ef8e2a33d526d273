#include "workspace/migrations.h"

#include <string>

#include "common/error.h"
#include "workspace/workspace.h"

namespace fieldbook::workspace {
namespace {

using rapidjson::Document;
using rapidjson::Value;

void set_default(Value& object, const char* key, Value&& value, Document::AllocatorType& a) {
  if (!object.HasMember(key)) object.AddMember(Value(key, a), value, a);
}

// 1 → 2: settings gained userName and updatedAt; the document gained the team, ROI cases, the
// sample flag and the name of who exported it.
void v1_to_v2(Document& doc) {
  auto& a = doc.GetAllocator();
  if (!doc.HasMember("settings") || !doc["settings"].IsObject())
    throw Error::at_path("settings", "is missing (a version 1 file has its settings here)",
                         rule::is(ValueRule::Kind::Missing));
  Value& settings = doc["settings"];
  set_default(settings, "userName", Value("", a), a);
  set_default(settings, "updatedAt", Value("", a), a);
  set_default(doc, "sample", Value(false), a);
  set_default(doc, "exportedBy", Value("", a), a);
  set_default(doc, "team", Value(rapidjson::kArrayType), a);
  set_default(doc, "roiCases", Value(rapidjson::kArrayType), a);
}

// 2 → 3: RFM analyses.
void v2_to_v3(Document& doc) {
  auto& a = doc.GetAllocator();
  set_default(doc, "rfmAnalyses", Value(rapidjson::kArrayType), a);
}

// 3 → 4: coaching sessions; each team member gained a start date (unknown: empty).
void v3_to_v4(Document& doc) {
  auto& a = doc.GetAllocator();
  if (doc.HasMember("team") && doc["team"].IsArray())
    for (Value& rep : doc["team"].GetArray())
      if (rep.IsObject()) set_default(rep, "startedOn", Value("", a), a);
  set_default(doc, "coachingSessions", Value(rapidjson::kArrayType), a);
}

// 4 → 5: OKR tracking's lists.
void v4_to_v5(Document& doc) {
  auto& a = doc.GetAllocator();
  for (const char* key : {"objectives", "keyResults", "checkIns", "kpis", "kpiEntries", "funnelPeriods"})
    set_default(doc, key, Value(rapidjson::kArrayType), a);
}

// 5 → 6: the tombstones of deleted records. The owner ids (settings, team, records) may be absent:
// "" is the workspace's own user, which is what every record of an older file is.
void v5_to_v6(Document& doc) {
  auto& a = doc.GetAllocator();
  set_default(doc, "deleted", Value(rapidjson::kArrayType), a);
}

using Step = void (*)(Document&);
constexpr Step kSteps[] = {
    nullptr,  // there is no version 0
    v1_to_v2,
    v2_to_v3,
    v3_to_v4,
    v4_to_v5,
    v5_to_v6,
};
static_assert(sizeof(kSteps) / sizeof(kSteps[0]) == kSchemaVersion, "one migration step per older version");

}  // namespace

void migrate(Document& doc, int from_version) {
  for (int v = from_version; v < kSchemaVersion; ++v) {
    kSteps[v](doc);
    doc["schemaVersion"].SetInt(v + 1);
  }
}

}  // namespace fieldbook::workspace
