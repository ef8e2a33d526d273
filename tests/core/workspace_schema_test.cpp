// docs/workspace.schema.json and the visit() functions of src/workspace/schema.h describe the same
// format. This test keeps them in step: for every record, the schema's properties (in order) are
// the fields the writer emits, required is every field but the optional ones, unknown fields are
// refused; the enums match; and a small JSON Schema checker (the keywords the file uses) finds the
// golden and sample files valid and refuses the malformed files the schema can describe.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <rapidjson/document.h>

#include <cmath>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "common/utf8.h"
#include "common/json_writer.h"
#include "workspace/collections.h"
#include "workspace/sample.h"
#include "workspace/schema.h"
#include "workspace/validate.h"
#include "workspace_fixtures.h"

namespace fieldbook::workspace {
namespace {

using namespace testing;
using rapidjson::Value;

const Value& schema() {
  static rapidjson::Document doc = [] {
    const std::string text = read_file(std::string(FIELDBOOK_TEST_DATA) + "/../../docs/workspace.schema.json");
    rapidjson::Document d;
    if (!parse_test_json(text, d) || !d.IsObject()) throw std::runtime_error("docs/workspace.schema.json is not a JSON object");
    return d;
  }();
  return doc;
}

const Value& def(const std::string& name) {
  const Value& defs = schema()["$defs"];
  auto it = defs.FindMember(name.c_str());
  if (it == defs.MemberEnd()) throw std::runtime_error("no $defs/" + name);
  return it->value;
}

std::vector<std::string> keys(const Value& object) {
  std::vector<std::string> out;
  for (auto m = object.MemberBegin(); m != object.MemberEnd(); ++m) out.emplace_back(m->name.GetString());
  return out;
}

std::vector<std::string> strings(const Value& array) {
  std::vector<std::string> out;
  for (const Value& v : array.GetArray()) out.emplace_back(v.GetString());
  return out;
}

// The fields a visit() function lists: names in order, and which are optional.
struct FieldList {
  std::vector<std::string> names;
  std::vector<std::string> required;
  template <class T>
  void operator()(const char* name, T&) {
    names.emplace_back(name);
    if (!json::IsOptional<T>::value) required.emplace_back(name);
  }
  template <class T>
  void operator()(const char* name, T&, json::MayBeAbsent) {
    names.emplace_back(name);
  }
};

template <class T>
FieldList fields_of() {
  FieldList list;
  T record{};
  visit(list, record);
  return list;
}

// The keys the writer emits for `record` (fully populated by the caller).
template <class T>
std::vector<std::string> written_keys(const T& record) {
  const std::string json = json::write_json(record, 0);
  rapidjson::Document d;
  parse_test_json(json, d);
  return keys(d);
}

template <class T>
void expect_record(const char* def_name, const Value& object_schema, const T& populated) {
  SCOPED_TRACE(def_name);
  const FieldList fields = fields_of<T>();
  ASSERT_TRUE(object_schema.HasMember("properties"));
  EXPECT_EQ(keys(object_schema["properties"]), fields.names);
  EXPECT_EQ(written_keys(populated), fields.names);  // every field, optional ones included, in order
  ASSERT_TRUE(object_schema.HasMember("required"));
  EXPECT_EQ(strings(object_schema["required"]), fields.required);
  ASSERT_TRUE(object_schema.HasMember("additionalProperties"));
  EXPECT_TRUE(object_schema["additionalProperties"].IsFalse());
  EXPECT_EQ(std::string(object_schema["type"].GetString()), "object");
}

TEST(WorkspaceSchema, IsDraft202012) {
  EXPECT_EQ(std::string(schema()["$schema"].GetString()), "https://json-schema.org/draft/2020-12/schema");
  EXPECT_EQ(schema()["properties"]["schemaVersion"]["const"].GetInt(), kSchemaVersion);
}

TEST(WorkspaceSchema, EveryRecordHasExactlyTheWritersFields) {
  const Workspace w = full_workspace();
  const roi::Case& c = w.roi_cases.at(0);
  ASSERT_TRUE(c.benefits.at(1).margin_percent.has_value());
  expect_record("(root)", schema(), w);
  expect_record("settings", def("settings"), w.settings);
  expect_record("rep", def("rep"), w.team.at(0));
  expect_record("roiCase", def("roiCase"), c);
  expect_record("oneTimeCost", def("oneTimeCost"), c.one_time_costs.at(0));
  expect_record("recurringCost", def("recurringCost"), c.recurring_costs.at(0));
  expect_record("benefitLine", def("benefitLine"), c.benefits.at(1));
  expect_record("scenarioSet", def("scenarioSet"), c.scenarios);
  expect_record("scenarioFactors", def("scenarioFactors"), c.scenarios.expected);
  expect_record("note", def("note"), c.notes.at(0));
  // RFM (schema 3): the golden file's analysis has every field set.
  const Workspace g = load_workspace(read_file(data_path("workspace/v3.json")));
  const rfm::AnalysisRecord& a = g.rfm_analyses.at(0);
  expect_record("rfmAnalysis", def("rfmAnalysis"), a);
  expect_record("rfmScoringOptions", def("rfmScoringOptions"), a.options);
  expect_record("rfmDimensionOptions", def("rfmDimensionOptions"), a.options.recency);
  expect_record("rfmThresholds", def("rfmThresholds"), a.thresholds[0]);
  expect_record("rfmRuleSet", def("rfmRuleSet"), a.rules);
  expect_record("rfmRule", def("rfmRule"), a.rules.rules.at(0));
  expect_record("rfmCustomers", def("rfmCustomers"), rfm::to_columns(a.list(), 100));
  // GROW (schema 4)
  const grow::CoachingSession& s = w.coaching_sessions.at(0);
  expect_record("coachingSession", def("coachingSession"), s);
  expect_record("coachingGoal", def("coachingGoal"), s.goal);
  expect_record("coachingReality", def("coachingReality"), s.reality);
  expect_record("coachingOption", def("coachingOption"), s.options.at(0));
  expect_record("coachingWill", def("coachingWill"), s.will);
  expect_record("coachingAction", def("coachingAction"), s.actions.at(0));
  expect_record("practiceRun", def("practiceRun"), s.practice.at(0));
  EXPECT_EQ(keys(def("rfmThresholdSet")["properties"]), (std::vector<std::string>{"recency", "frequency", "monetary"}));
}

// Every declared collection is in the schema document: a list under its key whose items are a
// record definition with exactly the fields of the collection's record (the sample's first one).
TEST(WorkspaceSchema, EveryCollectionIsDocumented) {
  const Workspace sample = make_sample_workspace("zh", "2026-11-30T08:00:00Z");
  for_each_collection([&](const auto& c) {
    SCOPED_TRACE(std::string("collection ") + c.key + " (workspace/collections.h) in docs/workspace.schema.json");
    const Value& properties = schema()["properties"];
    ASSERT_TRUE(properties.HasMember(c.key)) << "no properties." << c.key;
    const Value& list = properties[c.key];
    ASSERT_TRUE(list.HasMember("type") && std::string(list["type"].GetString()) == "array");
    ASSERT_TRUE(list.HasMember("items") && list["items"].HasMember("$ref"));
    const std::string ref = list["items"]["$ref"].GetString();
    ASSERT_TRUE(ref.starts_with("#/$defs/")) << ref;
    const auto& records = sample.*c.member;
    ASSERT_FALSE(records.empty());
    expect_record(ref.c_str(), def(ref.substr(8)), records.front());
    EXPECT_THAT(strings(schema()["required"]), ::testing::Contains(std::string(c.key)));
  });
}

template <class E>
std::vector<std::string> enum_names() {
  std::vector<std::string> out;
  for (const auto& e : json::EnumNames<E>::values) out.emplace_back(e.name);
  return out;
}

TEST(WorkspaceSchema, EnumsMatch) {
  EXPECT_EQ(strings(def("settings")["properties"]["language"]["enum"]), enum_names<LanguagePreference>());
  EXPECT_EQ(strings(def("rep")["properties"]["stage"]["enum"]), enum_names<RepStage>());
  EXPECT_EQ(strings(def("roiCase")["properties"]["period"]["enum"]), enum_names<roi::PeriodKind>());
  EXPECT_EQ(strings(def("benefitLine")["properties"]["kind"]["enum"]), enum_names<roi::BenefitKind>());
  EXPECT_EQ(strings(def("benefitLine")["properties"]["hoursBasis"]["enum"]), enum_names<roi::HoursBasis>());
  EXPECT_EQ(strings(def("rfmAnalysis")["properties"]["level"]["enum"]), enum_names<rfm::Level>());
  EXPECT_EQ(strings(def("objective")["properties"]["kind"]["enum"]), enum_names<okr::ObjectiveKind>());
  EXPECT_EQ(strings(def("keyResult")["properties"]["type"]["enum"]), enum_names<okr::KeyResultType>());
  EXPECT_EQ(strings(def("unit")["enum"]), enum_names<okr::Unit>());
  EXPECT_EQ(strings(def("kpi")["properties"]["direction"]["enum"]), enum_names<okr::KpiDirection>());
  EXPECT_EQ(strings(def("kpi")["properties"]["frequency"]["enum"]), enum_names<okr::KpiFrequency>());
  EXPECT_EQ(strings(def("pdca")["properties"]["decision"]["enum"]), enum_names<okr::PdcaDecision>());
  EXPECT_EQ(strings(def("rfmScoringOptions")["properties"]["method"]["enum"]), enum_names<rfm::ScoreMethod>());
  // Each currency the schema lists loads, and no other three capitals do.
  std::set<std::string> listed;
  for (const auto& code : strings(def("currency")["enum"])) listed.insert(code);
  for (char a = 'A'; a <= 'Z'; ++a)
    for (char b = 'A'; b <= 'Z'; ++b)
      for (char c : {'D', 'P', 'R', 'Y'}) {  // the last letters of the supported codes
        Workspace w;
        w.settings.currency = std::string{a, b, c};
        EXPECT_EQ(validate(w).empty(), listed.count(w.settings.currency) == 1) << w.settings.currency;
      }
  EXPECT_EQ(listed.size(), 6u);
  EXPECT_EQ(def("text")["maxLength"].GetUint64(), json::kMaxStringLength);
  EXPECT_EQ(def("roiCase")["properties"]["years"]["minimum"].GetInt(), roi::kMinYears);
  EXPECT_EQ(def("roiCase")["properties"]["years"]["maximum"].GetInt(), roi::kMaxYears);
}

// ---------------------------------------------------------------- a small JSON Schema checker

class Checker {
 public:
  std::vector<std::string> errors;

  void check(const Value& s, const Value& v, const std::string& at) {
    for (auto m = s.MemberBegin(); m != s.MemberEnd(); ++m) {
      const std::string k = m->name.GetString();
      if (!kKnown.count(k)) errors.push_back("the checker does not know the keyword " + k + " (at " + at + ")");
    }
    if (s.HasMember("$ref")) {
      const std::string ref = s["$ref"].GetString();
      const std::string prefix = "#/$defs/";
      if (ref.rfind(prefix, 0) != 0) errors.push_back("unsupported $ref " + ref);
      else check(def(ref.substr(prefix.size())), v, at);
    }
    if (s.HasMember("type") && !type_ok(s["type"], v)) errors.push_back(at + ": wrong type");
    if (s.HasMember("enum")) {
      bool found = false;
      for (const Value& e : s["enum"].GetArray()) found |= e == v;
      if (!found) errors.push_back(at + ": not in enum");
    }
    if (s.HasMember("const") && !(s["const"] == v)) errors.push_back(at + ": not the const");
    if (v.IsNumber()) {
      if (s.HasMember("minimum") && v.GetDouble() < s["minimum"].GetDouble()) errors.push_back(at + ": below minimum");
      if (s.HasMember("maximum") && v.GetDouble() > s["maximum"].GetDouble()) errors.push_back(at + ": above maximum");
      if (s.HasMember("exclusiveMinimum") && v.GetDouble() <= s["exclusiveMinimum"].GetDouble())
        errors.push_back(at + ": not above exclusiveMinimum");
    }
    if (v.IsString()) {
      const std::string_view text(v.GetString(), v.GetStringLength());
      const std::size_t length = utf8_length(text);
      if (s.HasMember("minLength") && length < s["minLength"].GetUint64()) errors.push_back(at + ": too short");
      if (s.HasMember("maxLength") && length > s["maxLength"].GetUint64()) errors.push_back(at + ": too long");
      if (s.HasMember("pattern") && !std::regex_search(std::string(text), std::regex(s["pattern"].GetString())))
        errors.push_back(at + ": does not match the pattern");
    }
    if (v.IsObject()) {
      if (s.HasMember("required"))
        for (const Value& r : s["required"].GetArray())
          if (!v.HasMember(r.GetString())) errors.push_back(at + "." + r.GetString() + ": required");
      for (auto m = v.MemberBegin(); m != v.MemberEnd(); ++m) {
        const std::string name = m->name.GetString();
        if (s.HasMember("properties") && s["properties"].HasMember(name.c_str()))
          check(s["properties"][name.c_str()], m->value, at + "." + name);
        else if (s.HasMember("additionalProperties") && s["additionalProperties"].IsFalse())
          errors.push_back(at + "." + name + ": not allowed");
      }
    }
    if (v.IsArray() && s.HasMember("minItems") && v.Size() < s["minItems"].GetUint()) errors.push_back(at + ": too few items");
    if (v.IsArray() && s.HasMember("maxItems") && v.Size() > s["maxItems"].GetUint()) errors.push_back(at + ": too many items");
    if (v.IsArray() && s.HasMember("items"))
      for (rapidjson::SizeType i = 0; i < v.Size(); ++i) check(s["items"], v[i], at + "[" + std::to_string(i) + "]");
    if (s.HasMember("allOf"))
      for (const Value& sub : s["allOf"].GetArray()) check(sub, v, at);
    if (s.HasMember("anyOf")) {
      bool any = false;
      for (const Value& sub : s["anyOf"].GetArray()) any |= passes(sub, v);
      if (!any) errors.push_back(at + ": matches none of anyOf");
    }
    if (s.HasMember("if") && passes(s["if"], v) && s.HasMember("then")) check(s["then"], v, at);
  }

 private:
  bool passes(const Value& s, const Value& v) {
    Checker sub;
    sub.check(s, v, "");
    return sub.errors.empty();
  }

  static bool type_ok(const Value& type, const Value& v) {
    if (type.IsArray()) {
      for (const Value& t : type.GetArray())
        if (type_ok(t, v)) return true;
      return false;
    }
    const std::string t = type.GetString();
    if (t == "object") return v.IsObject();
    if (t == "array") return v.IsArray();
    if (t == "string") return v.IsString();
    if (t == "boolean") return v.IsBool();
    if (t == "null") return v.IsNull();
    if (t == "number") return v.IsNumber();
    if (t == "integer") return v.IsInt64() || v.IsUint64() || (v.IsDouble() && std::trunc(v.GetDouble()) == v.GetDouble());
    return false;
  }

  inline static const std::set<std::string> kKnown = {
      "$schema", "$id", "$defs", "$ref", "title", "description", "type", "enum", "const", "minimum", "maximum",
      "exclusiveMinimum", "minItems", "maxItems", "minLength", "maxLength", "pattern", "properties", "required", "additionalProperties", "items", "allOf", "anyOf",
      "if", "then"};
};

std::vector<std::string> schema_errors(const std::string& json) {
  rapidjson::Document d;
  if (!parse_test_json(json, d)) return {"not JSON"};
  Checker c;
  c.check(schema(), d, "$");
  return c.errors;
}

TEST(WorkspaceSchema, TheFilesTheAppWritesAreValid) {
  EXPECT_EQ(schema_errors(read_file(data_path("workspace/v6.json"))), std::vector<std::string>{});
  EXPECT_EQ(schema_errors(save_workspace(full_workspace())), std::vector<std::string>{});
  EXPECT_EQ(schema_errors(save_workspace(minimal_workspace())), std::vector<std::string>{});
  EXPECT_EQ(schema_errors(save_workspace(make_sample_workspace("zh", "2026-11-27T08:00:00Z"))), std::vector<std::string>{});
  EXPECT_EQ(schema_errors(migrate_workspace_json(read_file(data_path("workspace/v1.json")))), std::vector<std::string>{});
}

TEST(WorkspaceSchema, RefusesEveryMalformedFileItCanDescribe) {
  // What the schema cannot say: unique ids, calendar dates, encoding and parser limits.
  const std::set<std::string> beyond_the_schema = {
      "duplicate-case-id.json", "duplicate-line-id.json", "duplicate-rep-id.json", "updated-at-impossible-date.json",
      "lone-surrogate.json",    "invalid-utf8.json",
      // a reference to another list, and real calendar days in the coaching dates
      "session-rep-unknown.json", "session-due-date-impossible.json", "rep-started-on-impossible.json",
      "checkin-key-result-unknown.json", "owner-unknown.json",
      // one field compared with another, a deletion with the record it names
      "objective-period-reversed.json", "tombstone-of-a-kept-record.json"};
  rapidjson::Document expected;
  const std::string table = read_file(data_path("workspace/malformed/expected.json"));
  ASSERT_TRUE(parse_test_json(table, expected));
  ASSERT_TRUE(expected.IsObject());
  const Value& files = expected;
  for (auto m = files.MemberBegin(); m != files.MemberEnd(); ++m) {
    const std::string name = m->name.GetString();
    if (beyond_the_schema.count(name)) continue;
    EXPECT_FALSE(schema_errors(read_file(data_path("workspace/malformed/" + name))).empty()) << name;
  }
}

}  // namespace
}  // namespace fieldbook::workspace
