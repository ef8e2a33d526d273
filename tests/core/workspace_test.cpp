// The workspace document: round trip, every validation rule with its path-precise message, size
// limits, never half a workspace, merge, undo/redo and the sample workspace.
// (Golden files and migrations: workspace_golden_test.cpp; the malformed files the browser tests
// share: workspace_malformed_test.cpp; the JSON Schema: workspace_schema_test.cpp.)
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "workspace_fixtures.h"
#include "workspace/history.h"
#include "workspace/merge.h"
#include "workspace/sample.h"
#include "workspace/validate.h"

namespace fieldbook::workspace {
namespace {

using namespace testing;
using rapidjson::Document;
using rapidjson::Value;
using Alloc = Document::AllocatorType;

// ---------------------------------------------------------------- round trip

void expect_round_trip(const Workspace& w) {
  for (int indent : {0, 2}) {
    const std::string first = save_workspace(w, indent);
    const std::string second = save_workspace(load_workspace(first), indent);
    EXPECT_EQ(first, second) << "indent " << indent;
    // The other indent reads back to the same document too.
    EXPECT_EQ(save_workspace(load_workspace(save_workspace(w, 2 - indent)), indent), first);
  }
}

TEST(WorkspaceRoundTrip, SampleWorkspaceInBothLanguages) {
  expect_round_trip(make_sample_workspace("en", "2026-11-27T08:00:00Z"));
  expect_round_trip(make_sample_workspace("zh", "2026-11-27T08:00:00Z"));
}

TEST(WorkspaceRoundTrip, EveryOptionalFieldSet) { expect_round_trip(full_workspace()); }

TEST(WorkspaceRoundTrip, EveryOptionalFieldUnset) { expect_round_trip(minimal_workspace()); }

TEST(WorkspaceRoundTrip, KeepsEveryValueExactly) {
  const Workspace w = load_workspace(save_workspace(full_workspace()));
  EXPECT_EQ(w.exported_by, "张伟");
  EXPECT_EQ(w.settings.language, LanguagePreference::Zh);
  EXPECT_EQ(w.settings.user_name, "张伟 \"Zhang\" Wei");
  ASSERT_EQ(w.team.size(), 4u);
  EXPECT_EQ(w.team[2].name, "Chen\nChen");
  EXPECT_EQ(w.team[1].stage, RepStage::Growing);
  EXPECT_EQ(w.team[0].started_on, "2020-02-29");
  EXPECT_EQ(w.team[0].disc, Disc::D);
  EXPECT_EQ(w.team[0].notes, "攻坚型 \"opener\"");
  EXPECT_EQ(w.team[3].disc, Disc::C);
  const grow::CoachingSession& s = w.coaching_sessions.at(0);
  EXPECT_EQ(s.will.commitment, 6);
  EXPECT_EQ(s.actions.at(1).owner, grow::ActionOwner::Manager);
  EXPECT_EQ(s.actions.at(2).status, grow::ActionStatus::Dropped);
  EXPECT_EQ(s.practice.at(2).result, grow::PracticeResult::Stuck);
  EXPECT_EQ(w.coaching_sessions.at(1).will.commitment, std::nullopt);
  const roi::Case& a = w.roi_cases.at(0);
  EXPECT_EQ(a.years, 10);
  EXPECT_EQ(a.period, roi::PeriodKind::monthly);
  EXPECT_EQ(a.customer_name, "ACME \\ Co");
  EXPECT_EQ(a.one_time_costs.at(0).amount, 80000.5);
  EXPECT_EQ(a.recurring_costs.at(0).amount_per_year, 1e-3);
  EXPECT_EQ(a.benefits.at(0).adoption_percent.at(1), 33.333333333333336);  // every bit of a double
  EXPECT_EQ(a.benefits.at(0).hours_basis, roi::HoursBasis::per_year);
  EXPECT_TRUE(a.benefits.at(0).live_people);
  ASSERT_TRUE(a.benefits.at(1).margin_percent.has_value());
  EXPECT_EQ(*a.benefits.at(1).margin_percent, 32.5);
  EXPECT_EQ(a.benefits.at(1).amount_per_year, 123456789.125);
  EXPECT_FALSE(a.benefits.at(2).margin_percent.has_value());
  EXPECT_EQ(a.scenarios.optimistic.costs, 0.0);
  EXPECT_FALSE(a.notes.at(1).internal);
}

TEST(WorkspaceRoundTrip, AnAbsentOrNullOptionalReadsAsUnset) {
  const std::string with_null = edited([](Document& d, Alloc& a) {
    d["roiCases"][0]["benefits"][0].AddMember("marginPercent", Value(rapidjson::kNullType), a);
  });
  const Workspace w = load_workspace(with_null);
  EXPECT_FALSE(w.roi_cases[0].benefits[0].margin_percent.has_value());
  EXPECT_EQ(save_workspace(w), base_json());  // written without it
}

TEST(WorkspaceRoundTrip, AcceptsAByteOrderMarkAndWholeNumbersWrittenAsFractions) {
  EXPECT_EQ(load_error("\xEF\xBB\xBF" + base_json()), "loaded");
  std::string json = base_json();
  json.replace(json.find("\"years\":3"), 9, "\"years\":3.0");
  EXPECT_EQ(load_workspace(json).roi_cases[0].years, 3);
}

TEST(WorkspaceRoundTrip, CompactForStorageIndentedForPeople) {
  const std::string compact = save_workspace(minimal_workspace(), 0);
  EXPECT_EQ(compact,
            "{\"schemaVersion\":6,\"sample\":false,\"exportedBy\":\"\",\"settings\":{\"language\":\"auto\",\"currency\":"
            "\"CNY\",\"userName\":\"\",\"ownerId\":\"\",\"updatedAt\":\"\"},\"team\":[],\"roiCases\":[],\"rfmAnalyses\":[],\"coachingSessions\":[],\"objectives\":[],\"keyResults\":[],"
            "\"checkIns\":[],\"kpis\":[],\"kpiEntries\":[],\"funnelPeriods\":[],\"deleted\":[]}");
  const std::string pretty = save_workspace(minimal_workspace(), 2);
  EXPECT_EQ(pretty.substr(0, 24), "{\n  \"schemaVersion\": 6,\n");
}

// JSON cannot hold NaN or infinity: saving one would write a file that never opens again.
TEST(WorkspaceRoundTrip, SavingANonFiniteNumberFailsWithItsPathAndWritesNothing) {
  Workspace w = full_workspace();
  w.roi_cases[0].benefits[0].adoption_percent[2] = std::numeric_limits<double>::quiet_NaN();
  try {
    save_workspace(w);
    FAIL() << "saved a NaN";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(),
                 "roiCases[0].benefits[0].adoptionPercent[2]: is not a finite number (NaN or infinity), so the "
                 "workspace cannot be saved");
  }
  w = full_workspace();
  w.roi_cases[1].benefits.push_back({});
  w.roi_cases[1].benefits[0].id = "x";
  w.roi_cases[1].benefits[0].margin_percent = -std::numeric_limits<double>::infinity();
  try {
    save_workspace(w);
    FAIL() << "saved an infinity";
  } catch (const Error& e) {
    EXPECT_EQ(e.position().path, "roiCases[1].benefits[0].marginPercent");
  }
  w = full_workspace();
  w.roi_cases[0].scenarios.conservative.costs = std::numeric_limits<double>::infinity();
  try {
    save_workspace(w);
    FAIL() << "saved an infinity";
  } catch (const Error& e) {
    EXPECT_EQ(e.position().path, "roiCases[0].scenarios.conservative.costs");
  }
}

// ---------------------------------------------------------------- validation: structure and types

struct Rule {
  const char* what;
  std::function<void(Document&, Alloc&)> edit;
  const char* error;
};

void expect_rules(const std::vector<Rule>& rules) {
  for (const Rule& r : rules) EXPECT_EQ(load_error(edited(r.edit)), r.error) << r.what;
}

Value text(const char* s, Alloc& a) { return Value(s, a); }

TEST(WorkspaceValidation, TheBaseFileLoads) { EXPECT_EQ(load_error(base_json()), "loaded"); }

TEST(WorkspaceValidation, AMissingFieldOfEachRecordNamesItsPath) {
  expect_rules({
      {"root", [](Document& d, Alloc&) { d.RemoveMember("team"); }, "team: is missing"},
      {"root", [](Document& d, Alloc&) { d.RemoveMember("exportedBy"); }, "exportedBy: is missing"},
      {"settings", [](Document& d, Alloc&) { d["settings"].RemoveMember("language"); }, "settings.language: is missing"},
      {"rep", [](Document& d, Alloc&) { d["team"][0].RemoveMember("stage"); }, "team[0].stage: is missing"},
      {"case", [](Document& d, Alloc&) { d["roiCases"][0].RemoveMember("years"); }, "roiCases[0].years: is missing"},
      {"one-time cost", [](Document& d, Alloc&) { d["roiCases"][0]["oneTimeCosts"][0].RemoveMember("amount"); },
       "roiCases[0].oneTimeCosts[0].amount: is missing"},
      {"recurring cost", [](Document& d, Alloc&) { d["roiCases"][0]["recurringCosts"][0].RemoveMember("live"); },
       "roiCases[0].recurringCosts[0].live: is missing"},
      {"benefit", [](Document& d, Alloc&) { d["roiCases"][0]["benefits"][0].RemoveMember("adoptionPercent"); },
       "roiCases[0].benefits[0].adoptionPercent: is missing"},
      {"scenario set", [](Document& d, Alloc&) { d["roiCases"][0]["scenarios"].RemoveMember("optimistic"); },
       "roiCases[0].scenarios.optimistic: is missing"},
      {"scenario factors", [](Document& d, Alloc&) { d["roiCases"][0]["scenarios"]["expected"].RemoveMember("costs"); },
       "roiCases[0].scenarios.expected.costs: is missing"},
      {"note", [](Document& d, Alloc&) { d["roiCases"][0]["notes"][0].RemoveMember("updatedAt"); },
       "roiCases[0].notes[0].updatedAt: is missing"},
  });
}

TEST(WorkspaceValidation, AnUnknownFieldIsRefusedNotDropped) {
  expect_rules({
      {"root", [](Document& d, Alloc& a) { d.AddMember("colour", text("blue", a), a); }, "colour: is not a known field"},
      {"settings", [](Document& d, Alloc& a) { d["settings"].AddMember("theme", text("dark", a), a); },
       "settings.theme: is not a known field"},
      {"deep", [](Document& d, Alloc& a) { d["roiCases"][0]["scenarios"]["expected"].AddMember("risk", 1, a); },
       "roiCases[0].scenarios.expected.risk: is not a known field"},
      {"a misspelt key", [](Document& d, Alloc& a) {
         d["team"][0].RemoveMember("startedOn");
         d["team"][0].AddMember("started_on", text("", a), a);
       },
       "team[0].startedOn: is missing"},
      {"a misspelt optional key", [](Document& d, Alloc& a) {
         d["team"][0].RemoveMember("updatedAt");
         d["team"][0].AddMember("updated_at", text("", a), a);
       },
       "team[0].updated_at: is not a known field"},
  });
}

TEST(WorkspaceValidation, AWrongTypeOfEachKindSaysWhatItShouldBe) {
  expect_rules({
      {"text", [](Document& d, Alloc&) { d["settings"]["userName"].SetInt(42); },
       "settings.userName: must be text, not a number"},
      {"text vs list", [](Document& d, Alloc&) { d["team"][0]["name"].SetArray(); }, "team[0].name: must be text, not a list"},
      {"bool", [](Document& d, Alloc& a) { d["sample"] = text("yes", a); }, "sample: must be true or false, not text"},
      {"bool vs number", [](Document& d, Alloc&) { d["roiCases"][0]["liveDiscountRate"].SetInt(1); },
       "roiCases[0].liveDiscountRate: must be true or false, not a number"},
      {"enum", [](Document& d, Alloc& a) { d["team"][0]["stage"] = text("veteran", a); },
       "team[0].stage: must be one of: new, growing, mature"},
      {"enum vs number", [](Document& d, Alloc&) { d["settings"]["language"].SetInt(1); },
       "settings.language: must be one of: auto, en, zh"},
      {"enum is case-sensitive", [](Document& d, Alloc& a) { d["roiCases"][0]["period"] = text("Yearly", a); },
       "roiCases[0].period: must be one of: yearly, monthly"},
      {"hours basis", [](Document& d, Alloc& a) { d["roiCases"][0]["benefits"][0]["hoursBasis"] = text("perDay", a); },
       "roiCases[0].benefits[0].hoursBasis: must be one of: perWeek, perYear"},
      {"whole number vs text", [](Document& d, Alloc& a) { d["roiCases"][0]["years"] = text("3", a); },
       "roiCases[0].years: must be a whole number, not text"},
      {"whole number vs fraction", [](Document& d, Alloc&) { d["roiCases"][0]["years"].SetDouble(2.5); },
       "roiCases[0].years: must be a whole number, not a fraction"},
      {"number", [](Document& d, Alloc& a) { d["roiCases"][0]["discountRate"] = text("8%", a); },
       "roiCases[0].discountRate: must be a number, not text"},
      {"number vs bool", [](Document& d, Alloc&) { d["roiCases"][0]["oneTimeCosts"][0]["amount"].SetBool(true); },
       "roiCases[0].oneTimeCosts[0].amount: must be a number, not true/false"},
      {"list", [](Document& d, Alloc&) { d["team"].SetObject(); }, "team: must be a list, not an object"},
      {"list of numbers", [](Document& d, Alloc& a) { d["roiCases"][0]["benefits"][0]["adoptionPercent"].PushBack(text("x", a), a); },
       "roiCases[0].benefits[0].adoptionPercent[2]: must be a number, not text"},
      {"object", [](Document& d, Alloc&) { d["settings"].SetArray(); }, "settings: must be an object, not a list"},
      {"object in a list", [](Document& d, Alloc&) { d["team"][0].SetInt(1); }, "team[0]: must be an object, not a number"},
      {"null for a required field", [](Document& d, Alloc&) { d["roiCases"][0]["notes"][0]["text"].SetNull(); },
       "roiCases[0].notes[0].text: must be text, not null"},
      {"optional of the wrong type", [](Document& d, Alloc& a) {
         d["roiCases"][0]["benefits"][0].AddMember("marginPercent", text("30", a), a);
       },
       "roiCases[0].benefits[0].marginPercent: must be a number, not text"},
  });
}

TEST(WorkspaceValidation, WholeNumbersOutOfRange) {
  expect_rules({
      {"over int", [](Document& d, Alloc&) { d["roiCases"][0]["years"].SetInt64(3000000000); },
       "roiCases[0].years: is out of range"},
      {"under int", [](Document& d, Alloc&) { d["roiCases"][0]["years"].SetInt64(-3000000000); },
       "roiCases[0].years: is out of range"},
      {"over int64", [](Document& d, Alloc&) { d["roiCases"][0]["years"].SetUint64(18446744073709551615u); },
       "roiCases[0].years: is out of range"},
      {"a huge whole double", [](Document& d, Alloc&) { d["roiCases"][0]["years"].SetDouble(1e20); },
       "roiCases[0].years: is out of range"},
      {"schemaVersion over int", [](Document& d, Alloc&) { d["schemaVersion"].SetInt64(3000000000); },
       "schemaVersion: must be a whole number"},
  });
}

// RapidJSON refuses NaN, Infinity and numbers beyond the double range while parsing, so a
// non-finite number never reaches a record; the position says where it is.
TEST(WorkspaceValidation, NonFiniteNumbersAreRefusedWithTheirPosition) {
  std::string json = base_json();
  const std::size_t at = json.find("\"amount\":1000") + 9;
  const std::size_t column = at + 1;
  // (after a minus sign RapidJSON points at the character that follows it)
  for (const auto& [bad, offset] : {std::pair<const char*, std::size_t>{"NaN", 0}, {"Infinity", 0}, {"-Infinity", 1}, {"1e400", 0}, {"-1e400", 0}}) {
    std::string text = json;
    text.replace(at, 4, bad);
    const std::string err = load_error(text);
    EXPECT_EQ(err.rfind("line 1, column " + std::to_string(column + offset) + ": not valid JSON: ", 0), 0u) << bad << ": " << err;
  }
  std::string big = json;
  big.replace(at, 4, "1e400");
  EXPECT_EQ(load_error(big), "line 1, column " + std::to_string(column) + ": not valid JSON: Number too big to be stored in double.");
  // The rules themselves still refuse one made in memory.
  Workspace w = load_workspace(json);
  w.roi_cases[0].discount_rate = std::numeric_limits<double>::quiet_NaN();
  const auto issues = validate(w);
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].path, "roiCases[0].discountRate");
}

// ---------------------------------------------------------------- validation: text, sizes, nesting

TEST(WorkspaceValidation, InvalidUtf8IsRefusedWithItsPosition) {
  std::string json = base_json();
  json.replace(json.find("Wang Lei"), 8, "Wang \xFF Lei");
  const std::size_t column = base_json().find("Wang Lei") + 6;
  EXPECT_EQ(load_error(json), "line 1, column " + std::to_string(column) + ": the file is not valid UTF-8 text");
  // A truncated sequence, an overlong form and an encoded surrogate.
  for (const char* bad : {"\xE4\xB8", "\xC0\xAF", "\xED\xA0\x80"}) {
    std::string t = base_json();
    t.replace(t.find("Wang Lei"), 8, std::string("Wang ") + bad + " Lei");
    EXPECT_EQ(load_error(t), "line 1, column " + std::to_string(column) + ": the file is not valid UTF-8 text");
  }
  // Columns count characters, not bytes, so they match an editor: two lines, Chinese before the error.
  EXPECT_EQ(load_error("{\n\"名字\": \"\xFF\"}"), "line 2, column 8: the file is not valid UTF-8 text");
}

TEST(WorkspaceValidation, AnEscapedLoneSurrogateInAStringNamesTheField) {
  std::string json = base_json();
  json.replace(json.find("Wang Lei"), 8, "Wang \\udc00 Lei");
  EXPECT_EQ(load_error(json), "team[0].name: is not valid UTF-8 (byte 5)");
  std::string high = base_json();
  high.replace(high.find("Wang Lei"), 8, "\\ud800");
  EXPECT_NE(load_error(high), "loaded");  // RapidJSON itself refuses an unpaired high surrogate
  std::string pair = base_json();
  pair.replace(pair.find("Wang Lei"), 8, "\\ud83d\\ude00");  // a valid pair: 😀
  EXPECT_EQ(load_workspace(pair).team[0].name, "\xF0\x9F\x98\x80");
}

TEST(WorkspaceValidation, AStringOfMoreThan10000CharactersIsRefused) {
  auto with_name = [](const std::string& name) {
    return edited([&](Document& d, Alloc& a) { d["team"][0]["name"].SetString(name.data(), static_cast<rapidjson::SizeType>(name.size()), a); });
  };
  EXPECT_EQ(load_error(with_name(std::string(10000, 'x'))), "loaded");
  EXPECT_EQ(load_error(with_name(std::string(10001, 'x'))), "team[0].name: is longer than 10000 characters");
  // Characters, not bytes: 10,000 Chinese characters (30,000 bytes) are allowed.
  std::string chinese;
  for (int i = 0; i < 10000; ++i) chinese += "字";
  EXPECT_EQ(load_error(with_name(chinese)), "loaded");
  EXPECT_EQ(load_error(with_name(chinese + "字")), "team[0].name: is longer than 10000 characters");
  // Keys are held to it too (an unknown key is refused anyway).
  EXPECT_EQ(load_error(edited([](Document& d, Alloc& a) {
              d["roiCases"][0]["notes"][0]["text"].SetString(std::string(10001, 'n').c_str(), a);
            })),
            "roiCases[0].notes[0].text: is longer than 10000 characters");
}

TEST(WorkspaceValidation, MoreThanAMillionRecordsIsRefused) {
  // Every object counts: settings is the first, so 999,999 reps fill the limit exactly.
  auto with_reps = [](std::size_t n) {
    std::string json = "{\"schemaVersion\":2,\"sample\":false,\"exportedBy\":\"\",\"settings\":{\"language\":\"en\","
                       "\"currency\":\"CNY\",\"userName\":\"\",\"updatedAt\":\"\"},\"roiCases\":[],\"team\":[";
    json.reserve(json.size() + n * 48);
    for (std::size_t i = 0; i < n; ++i) {
      if (i) json += ',';
      json += "{\"id\":\"\",\"name\":\"\",\"stage\":\"new\",\"updatedAt\":\"\"}";
    }
    json += "]}";
    return json;
  };
  const std::string over = with_reps(1'000'000);
  ASSERT_LE(over.size(), kMaxFileBytes);
  EXPECT_EQ(load_error(over), "team[999999]: too many records (the limit is 1000000)");
  // At the limit the count passes; what stops this file is the next rule (ids must not be empty).
  EXPECT_EQ(load_error(with_reps(999'999)), "team[0].id: must not be empty");
}

TEST(WorkspaceValidation, NestingDeeperThan64IsRefusedAndAHugeDepthDoesNotCrash) {
  auto nested = [](std::size_t depth) {  // the root object is level 1
    return "{\"schemaVersion\":2,\"x\":" + std::string(depth - 1, '[') + std::string(depth - 1, ']') + "}";
  };
  const std::string column = std::to_string(std::string("{\"schemaVersion\":2,\"x\":").size() + 64);
  EXPECT_EQ(load_error(nested(65)), "line 1, column " + column + ": nested deeper than 64 levels");
  // 64 levels pass the check; the file then fails on its content.
  EXPECT_EQ(load_error(nested(64)), "sample: is missing");
  EXPECT_EQ(load_error(nested(100'000)), "line 1, column " + column + ": nested deeper than 64 levels");
  // Brackets inside strings (escaped quotes too) are text, not nesting.
  std::string name = "\\\"" + std::string(100, '[');
  EXPECT_EQ(load_error(edited([&](Document& d, Alloc& a) { d["team"][0]["name"].SetString(std::string(100, '{').c_str(), a); })),
            "loaded");
  std::string json = base_json();
  json.replace(json.find("Wang Lei"), 8, name);
  EXPECT_EQ(load_error(json), "loaded");
  // Unbalanced garbage of a million brackets is refused, not recursed into.
  EXPECT_EQ(load_error(std::string(1'000'000, '[')).find("nested deeper than 64 levels") != std::string::npos, true);
  EXPECT_NE(load_error(std::string(1'000'000, ']')), "loaded");
}

TEST(WorkspaceValidation, AFileOver200MegabytesIsRefusedBeforeParsing) {
  std::string json = base_json();
  json.append(kMaxFileBytes - json.size(), ' ');
  EXPECT_EQ(load_error(json), "loaded");  // exactly 200 MB (of mostly trailing spaces)
  json.push_back(' ');
  EXPECT_EQ(load_error(json), "the file is larger than 200 MB");
}

TEST(WorkspaceValidation, EmptyNotJsonOrNotAnObject) {
  EXPECT_EQ(load_error(""), "the file is empty");
  EXPECT_EQ(load_error(" \r\n\t "), "the file is empty");
  EXPECT_EQ(load_error("\xEF\xBB\xBF"), "the file is empty");
  EXPECT_EQ(load_error("{\n  \"schemaVersion\": 2,\n  \"settings\": oops\n}"),
            "line 3, column 15: not valid JSON: Invalid value.");
  EXPECT_EQ(load_error("{\"schemaVersion\":2,}"), "line 1, column 20: not valid JSON: Missing a name for object member.");
  EXPECT_EQ(load_error(base_json() + "{}"), "line 1, column " + std::to_string(base_json().size() + 1) +
                                                ": not valid JSON: The document root must not be followed by other values.");
  EXPECT_EQ(load_error(base_json().substr(0, 40)).rfind("line 1, column 41: not valid JSON: ", 0), 0u);
  for (const char* root : {"[]", "\"workspace\"", "42", "null", "true"})
    EXPECT_EQ(load_error(root), "not a Fieldbook workspace: the file must hold one JSON object") << root;
}

TEST(WorkspaceValidation, SchemaVersion) {
  expect_rules({
      {"missing", [](Document& d, Alloc&) { d.RemoveMember("schemaVersion"); },
       "schemaVersion: is missing: this is not a Fieldbook workspace file"},
      {"negative", [](Document& d, Alloc&) { d["schemaVersion"].SetInt(-1); }, "schemaVersion: must be at least 1"},
      {"zero", [](Document& d, Alloc&) { d["schemaVersion"].SetInt(0); }, "schemaVersion: must be at least 1"},
      {"newer", [](Document& d, Alloc&) { d["schemaVersion"].SetInt(kSchemaVersion + 1); },
       "schemaVersion: is 7: the file was made by a newer Fieldbook (this one reads up to 6); update the app"},
      {"text", [](Document& d, Alloc& a) { d["schemaVersion"] = text("2", a); }, "schemaVersion: must be a whole number"},
      {"fraction", [](Document& d, Alloc&) { d["schemaVersion"].SetDouble(1.5); }, "schemaVersion: must be a whole number"},
  });
}

// A file this app cannot read at all says which kind of file it is, for the UI to say in its words.
TEST(WorkspaceValidation, AFileThatIsNoWorkspaceSaysWhichKind) {
  auto problem = [](const std::string& json) -> std::optional<FileProblem> {
    try {
      load_workspace(json);
    } catch (const FileError& e) {
      return e.problem();
    } catch (const Error&) {
    }
    return std::nullopt;
  };
  EXPECT_EQ(problem(""), FileProblem::Empty);
  EXPECT_EQ(problem("[1, 2]"), FileProblem::NotAWorkspace);
  EXPECT_EQ(problem("{\"name\": \"a CRM export\"}"), FileProblem::NotAWorkspace);
  std::string big(kMaxFileBytes + 1, ' ');
  EXPECT_EQ(problem(big), FileProblem::TooLarge);
  std::string newer = base_json();
  newer.replace(newer.find("\"schemaVersion\":") + 16, 1, std::to_string(kSchemaVersion + 3));
  try {
    load_workspace(newer);
    ADD_FAILURE() << "a newer file loaded";
  } catch (const FileError& e) {
    EXPECT_EQ(e.problem(), FileProblem::NewerVersion);
    EXPECT_EQ(e.version(), kSchemaVersion + 3);
  }
  // A syntax error or a wrong value is not a kind of file: its position says where.
  EXPECT_EQ(problem("{\"schemaVersion\":2,}"), std::nullopt);
  EXPECT_EQ(problem(base_json()), std::nullopt);
}

// ---------------------------------------------------------------- validation: the rules

TEST(WorkspaceValidation, IdsArePresentAndUniqueInEveryList) {
  auto dup = [](const char* list) {
    return [list](Document& d, Alloc& a) {
      Value& l = d[list];
      Value copy(l[0], a);
      copy["name"].SetString("Other", a);
      l.PushBack(copy, a);
    };
  };
  auto dup_line = [](const char* list) {
    return [list](Document& d, Alloc& a) {
      Value& l = d["roiCases"][0][list];
      Value copy(l[0], a);
      l.PushBack(copy, a);
    };
  };
  expect_rules({
      {"rep", dup("team"), "team[1].id: duplicates the id of team[0]"},
      {"case", dup("roiCases"), "roiCases[1].id: duplicates the id of roiCases[0]"},
      {"one-time cost", dup_line("oneTimeCosts"),
       "roiCases[0].oneTimeCosts[1].id: duplicates the id of roiCases[0].oneTimeCosts[0]"},
      {"recurring cost", dup_line("recurringCosts"),
       "roiCases[0].recurringCosts[1].id: duplicates the id of roiCases[0].recurringCosts[0]"},
      {"benefit", dup_line("benefits"), "roiCases[0].benefits[1].id: duplicates the id of roiCases[0].benefits[0]"},
      {"note", dup_line("notes"), "roiCases[0].notes[1].id: duplicates the id of roiCases[0].notes[0]"},
      {"empty rep id", [](Document& d, Alloc& a) { d["team"][0]["id"] = text("", a); }, "team[0].id: must not be empty"},
      {"empty case id", [](Document& d, Alloc& a) { d["roiCases"][0]["id"] = text("", a); }, "roiCases[0].id: must not be empty"},
      {"empty line id", [](Document& d, Alloc& a) { d["roiCases"][0]["benefits"][0]["id"] = text("", a); },
       "roiCases[0].benefits[0].id: must not be empty"},
      {"empty note id", [](Document& d, Alloc& a) { d["roiCases"][0]["notes"][0]["id"] = text("", a); },
       "roiCases[0].notes[0].id: must not be empty"},
  });
  // Line ids are unique within their list, not across lists or cases.
  EXPECT_EQ(load_error(edited([](Document& d, Alloc& a) {
              d["roiCases"][0]["notes"][0]["id"] = text("impl", a);
              Value copy(d["roiCases"][0], a);
              copy["id"] = text("roi-2", a);
              d["roiCases"].PushBack(copy, a);
            })),
            "loaded");
}

TEST(WorkspaceValidation, EachProblemIsReportedOnce) {
  Workspace w = load_workspace(base_json());
  w.roi_cases[0].id = "";
  w.roi_cases[0].currency = "usd";
  w.roi_cases[0].one_time_costs.push_back(w.roi_cases[0].one_time_costs[0]);
  const auto issues = validate(w);
  std::vector<std::string> texts;
  for (const auto& i : issues) texts.push_back(i.path + ": " + i.message);
  EXPECT_EQ(texts, (std::vector<std::string>{
                       "roiCases[0].id: must not be empty",
                       "roiCases[0].currency: is not a supported currency code (CNY, USD, EUR, HKD, JPY, GBP)",
                       "roiCases[0].oneTimeCosts[1].id: duplicates the id of roiCases[0].oneTimeCosts[0]",
                   }));
}

TEST(WorkspaceValidation, UpdatedAtIsEmptyOrAnIsoTime) {
  const char* kMessage = "must be an ISO-8601 time such as 2026-11-27T08:00:00Z";
  auto at = [](std::function<Value&(Document&)> where, const char* value) {
    return [where, value](Document& d, Alloc& a) { where(d)["updatedAt"].SetString(value, a); };
  };
  const std::pair<const char*, std::function<Value&(Document&)>> places[] = {
      {"settings", [](Document& d) -> Value& { return d["settings"]; }},
      {"team[0]", [](Document& d) -> Value& { return d["team"][0]; }},
      {"roiCases[0]", [](Document& d) -> Value& { return d["roiCases"][0]; }},
      {"roiCases[0].oneTimeCosts[0]", [](Document& d) -> Value& { return d["roiCases"][0]["oneTimeCosts"][0]; }},
      {"roiCases[0].recurringCosts[0]", [](Document& d) -> Value& { return d["roiCases"][0]["recurringCosts"][0]; }},
      {"roiCases[0].benefits[0]", [](Document& d) -> Value& { return d["roiCases"][0]["benefits"][0]; }},
      {"roiCases[0].notes[0]", [](Document& d) -> Value& { return d["roiCases"][0]["notes"][0]; }},
  };
  for (const auto& [path, where] : places) {
    for (const char* bad : {"27/11/2026", "2026-02-30T08:00:00Z", "2026-11-27 08:00", "yesterday"})
      EXPECT_EQ(load_error(edited(at(where, bad))), std::string(path) + ".updatedAt: " + kMessage) << path << " " << bad;
    EXPECT_EQ(load_error(edited(at(where, "2026-11-27T08:00:00.5Z"))), "loaded") << path;
  }
}

TEST(WorkspaceValidation, CurrencyIsASupportedCodeExactlyAsTheAppWritesIt) {
  const char* kMessage = "is not a supported currency code (CNY, USD, EUR, HKD, JPY, GBP)";
  for (const char* good : {"CNY", "USD", "EUR", "HKD", "JPY", "GBP"}) {
    EXPECT_EQ(load_error(edited([&](Document& d, Alloc& a) { d["settings"]["currency"].SetString(good, a); })), "loaded");
    EXPECT_EQ(load_error(edited([&](Document& d, Alloc& a) { d["roiCases"][0]["currency"].SetString(good, a); })), "loaded");
  }
  for (const char* bad : {"XYZ", "", "usd", "RMB", " CNY", "CNYY"}) {
    EXPECT_EQ(load_error(edited([&](Document& d, Alloc& a) { d["settings"]["currency"].SetString(bad, a); })),
              std::string("settings.currency: ") + kMessage)
        << bad;
    EXPECT_EQ(load_error(edited([&](Document& d, Alloc& a) { d["roiCases"][0]["currency"].SetString(bad, a); })),
              std::string("roiCases[0].currency: ") + kMessage)
        << bad;
  }
}

// Each of roi::validate's rules, as it surfaces through the workspace.
TEST(WorkspaceValidation, TheRoiCaseRulesWithWorkspacePaths) {
  auto c0 = [](Document& d) -> Value& { return d["roiCases"][0]; };
  auto b0 = [](Document& d) -> Value& { return d["roiCases"][0]["benefits"][0]; };
  expect_rules({
      {"years over", [&](Document& d, Alloc&) { c0(d)["years"].SetInt(11); }, "roiCases[0].years: must be between 1 and 10"},
      {"years under", [&](Document& d, Alloc&) { c0(d)["years"].SetInt(0); }, "roiCases[0].years: must be between 1 and 10"},
      {"discount rate over", [&](Document& d, Alloc&) { c0(d)["discountRate"].SetDouble(1.01); },
       "roiCases[0].discountRate: must be between 0 and 1 (0 % to 100 % a year)"},
      {"discount rate under", [&](Document& d, Alloc&) { c0(d)["discountRate"].SetDouble(-0.01); },
       "roiCases[0].discountRate: must be between 0 and 1 (0 % to 100 % a year)"},
      {"one-time amount", [&](Document& d, Alloc&) { c0(d)["oneTimeCosts"][0]["amount"].SetDouble(-0.5); },
       "roiCases[0].oneTimeCosts[0].amount: must be zero or more"},
      {"recurring amount", [&](Document& d, Alloc&) { c0(d)["recurringCosts"][0]["amountPerYear"].SetInt(-1); },
       "roiCases[0].recurringCosts[0].amountPerYear: must be zero or more"},
      {"cost saving amount", [&](Document& d, Alloc& a) {
         b0(d)["kind"] = text("costSaving", a);
         b0(d)["amountPerYear"].SetInt(-1);
       },
       "roiCases[0].benefits[0].amountPerYear: must be zero or more"},
      {"revenue amount", [&](Document& d, Alloc& a) {
         b0(d)["kind"] = text("revenueGain", a);
         b0(d)["amountPerYear"].SetInt(-1);
       },
       "roiCases[0].benefits[0].amountPerYear: must be zero or more"},
      {"margin over", [&](Document& d, Alloc& a) {
         b0(d)["kind"] = text("revenueGain", a);
         b0(d).AddMember("marginPercent", 100.5, a);
       },
       "roiCases[0].benefits[0].marginPercent: must be between 0 and 100"},
      {"margin under", [&](Document& d, Alloc& a) {
         b0(d)["kind"] = text("revenueGain", a);
         b0(d).AddMember("marginPercent", -1, a);
       },
       "roiCases[0].benefits[0].marginPercent: must be between 0 and 100"},
      {"hours per week", [&](Document& d, Alloc&) { b0(d)["hours"].SetDouble(168.5); },
       "roiCases[0].benefits[0].hours: must be between 0 and 168 hours a week"},
      {"hours per year", [&](Document& d, Alloc& a) {
         b0(d)["hoursBasis"] = text("perYear", a);
         b0(d)["hours"].SetInt(8785);
       },
       "roiCases[0].benefits[0].hours: must be between 0 and 8784 hours a year"},
      {"negative hours", [&](Document& d, Alloc&) { b0(d)["hours"].SetInt(-1); },
       "roiCases[0].benefits[0].hours: must be between 0 and 168 hours a week"},
      {"hourly rate", [&](Document& d, Alloc&) { b0(d)["hourlyRate"].SetInt(-1); },
       "roiCases[0].benefits[0].hourlyRate: must be zero or more"},
      {"people", [&](Document& d, Alloc&) { b0(d)["people"].SetInt(-1); }, "roiCases[0].benefits[0].people: must be zero or more"},
      {"adoption over", [&](Document& d, Alloc&) { b0(d)["adoptionPercent"][1].SetDouble(100.01); },
       "roiCases[0].benefits[0].adoptionPercent[1]: must be between 0 and 100"},
      {"adoption under", [&](Document& d, Alloc&) { b0(d)["adoptionPercent"][0].SetInt(-1); },
       "roiCases[0].benefits[0].adoptionPercent[0]: must be between 0 and 100"},
      {"scenario benefits", [&](Document& d, Alloc&) { c0(d)["scenarios"]["conservative"]["benefits"].SetInt(-1); },
       "roiCases[0].scenarios.conservative.benefits: must be between 0 and 10"},
      {"scenario costs", [&](Document& d, Alloc&) { c0(d)["scenarios"]["optimistic"]["costs"].SetDouble(10.5); },
       "roiCases[0].scenarios.optimistic.costs: must be between 0 and 10"},
  });
  // The boundaries themselves are allowed.
  EXPECT_EQ(load_error(edited([&](Document& d, Alloc& a) {
              c0(d)["years"].SetInt(10);
              c0(d)["discountRate"].SetInt(1);
              b0(d)["hours"].SetInt(168);
              b0(d)["adoptionPercent"][0].SetInt(0);
              b0(d)["adoptionPercent"][1].SetInt(100);
              c0(d)["scenarios"]["optimistic"]["costs"].SetInt(10);
              c0(d)["scenarios"]["optimistic"]["benefits"].SetInt(0);
              c0(d)["benefits"].PushBack(Value(b0(d), a), a);
              c0(d)["benefits"][1]["id"] = text("b2", a);
              c0(d)["benefits"][1]["kind"] = text("revenueGain", a);
              c0(d)["benefits"][1].AddMember("marginPercent", 100, a);
            })),
            "loaded");
  // A rule for another kind's field does not apply: a cost-saving line's hours are not checked.
  EXPECT_EQ(load_error(edited([&](Document& d, Alloc& a) {
              b0(d)["kind"] = text("costSaving", a);
              b0(d)["hours"].SetInt(1000);
            })),
            "loaded");
}

TEST(WorkspaceValidation, TheFirstProblemInDocumentOrderIsTheOneReported) {
  EXPECT_EQ(load_error(edited([](Document& d, Alloc& a) {
              d["roiCases"][0]["years"].SetInt(0);
              d["roiCases"][0]["notes"][0]["id"] = text("", a);
            })),
            "roiCases[0].years: must be between 1 and 10");
  // Types are read before rules are checked: a type error anywhere comes first.
  EXPECT_EQ(load_error(edited([](Document& d, Alloc&) {
              d["roiCases"][0]["years"].SetInt(0);
              d["roiCases"][0]["notes"][0]["internal"].SetInt(0);
            })),
            "roiCases[0].notes[0].internal: must be true or false, not a number");
}

// ---------------------------------------------------------------- never half a workspace

TEST(WorkspaceLoad, AFailedLoadLeavesTheCallersWorkspaceUntouched) {
  // What Session does: assign the result of load_workspace, which throws before assigning.
  Workspace current = full_workspace();
  const std::string before = save_workspace(current);
  const std::vector<std::string> bad = {
      "", "{", "[]", edited([](Document& d, Alloc&) { d["roiCases"][0]["years"].SetInt(11); }),
      // Valid up to the last case: the reps and the first case must not leak into `current`.
      edited([](Document& d, Alloc& a) {
        Value copy(d["roiCases"][0], a);
        copy["id"].SetString("roi-2", a);
        copy["discountRate"].SetInt(5);
        d["roiCases"].PushBack(copy, a);
      })};
  for (const std::string& json : bad) {
    try {
      current = load_workspace(json);
      ADD_FAILURE() << "loaded " << json;
    } catch (const Error&) {
    }
    EXPECT_EQ(save_workspace(current), before);
  }
}

// ---------------------------------------------------------------- merge

Rep rep(const char* id, const char* name, const char* updated_at) {
  return {.id = id, .name = name, .stage = RepStage::New, .updated_at = updated_at};
}

roi::Case roi_case(const char* id, const char* name, const char* customer, const char* updated_at) {
  roi::Case c;
  c.id = id;
  c.name = name;
  c.customer_name = customer;
  c.updated_at = updated_at;
  return c;
}

TEST(WorkspaceMerge, AddsNewRecordsAndKeepsTheNewerCopyOfTheSameId) {
  Workspace local;
  local.settings.user_name = "Local";
  local.settings.language = LanguagePreference::En;
  local.team = {rep("a", "A local", "2026-11-01T00:00:00Z"), rep("b", "B local", "2026-11-05T00:00:00Z"),
                rep("c", "C", "2026-11-01T00:00:00Z"), rep("d", "D local", "2026-11-03T00:00:00Z")};
  local.roi_cases = {roi_case("x", "Deal", "ACME", "2026-11-01T00:00:00Z")};
  Workspace incoming;
  incoming.settings.user_name = "Incoming";
  incoming.settings.language = LanguagePreference::Zh;
  incoming.settings.currency = "USD";
  incoming.exported_by = "Incoming";
  incoming.team = {rep("a", "A incoming", "2026-11-02T00:00:00Z"),   // newer: wins
                   rep("b", "B incoming", "2026-11-04T00:00:00Z"),   // older: loses
                   rep("c", "C", "2026-11-01T00:00:00Z"),            // identical
                   rep("d", "D incoming", "2026-11-03T00:00:00Z"),   // same time: the greater JSON ("D l…") kept
                   rep("e", "E", "2026-11-01T00:00:00Z")};           // new
  incoming.roi_cases = {roi_case("x", "Deal v2", "ACME", "2026-11-09T00:00:00Z"), roi_case("y", "Other", "", "")};

  MergeReport report;
  report.added = 99;  // merge starts the report afresh
  const Workspace m = merge(local, incoming, report);
  ASSERT_EQ(m.team.size(), 5u);
  EXPECT_EQ(m.team[0].name, "A incoming");
  EXPECT_EQ(m.team[1].name, "B local");
  EXPECT_EQ(m.team[2].name, "C");
  EXPECT_EQ(m.team[3].name, "D local");
  EXPECT_EQ(m.team[4].id, "e");  // added at the end, in the incoming order
  ASSERT_EQ(m.roi_cases.size(), 2u);
  EXPECT_EQ(m.roi_cases[0].name, "Deal v2");
  EXPECT_EQ(m.roi_cases[1].id, "y");

  EXPECT_EQ(report.added, 2);
  EXPECT_EQ(report.updated, 2);
  EXPECT_EQ(report.unchanged, 1);
  ASSERT_EQ(report.conflicts.size(), 4u);
  auto expect_conflict = [&](std::size_t i, const char* collection, const char* id, const char* name, bool incoming_kept) {
    EXPECT_EQ(report.conflicts[i].collection, collection);
    EXPECT_EQ(report.conflicts[i].id, id);
    EXPECT_EQ(report.conflicts[i].name, name);  // the name of the copy that was kept
    EXPECT_EQ(report.conflicts[i].kept_incoming, incoming_kept);
  };
  expect_conflict(0, "team", "a", "A incoming", true);
  expect_conflict(1, "team", "b", "B local", false);
  expect_conflict(2, "team", "d", "D local", false);
  expect_conflict(3, "roiCases", "x", "ACME · Deal v2", true);

  // Settings stay this device's own; the merged document is valid and saves.
  EXPECT_EQ(m.settings, local.settings);
  EXPECT_EQ(m.exported_by, "");
  EXPECT_TRUE(validate(m).empty());
}

TEST(WorkspaceMerge, AnEmptyOrUnreadableTimeIsOlderThanAnyRealOne) {
  Workspace local;
  local.team = {rep("a", "local", "")};
  Workspace incoming;
  incoming.team = {rep("a", "incoming", "2000-01-01T00:00:00Z")};
  MergeReport report;
  EXPECT_EQ(merge(local, incoming, report).team[0].name, "incoming");
  EXPECT_EQ(merge(incoming, local, report).team[0].name, "incoming");  // and the other way round
  EXPECT_FALSE(report.conflicts.at(0).kept_incoming);
  // Two empty times are a tie: the greater JSON ("local" > "incoming") kept.
  incoming.team[0].updated_at = "";
  EXPECT_EQ(merge(local, incoming, report).team[0].name, "local");
  EXPECT_EQ(report.updated, 0);
  ASSERT_EQ(report.conflicts.size(), 1u);
}

TEST(WorkspaceMerge, MergingAFileIntoItselfChangesNothing) {
  const Workspace w = full_workspace();
  MergeReport report;
  const Workspace m = merge(w, w, report);
  EXPECT_EQ(save_workspace(m), save_workspace(w));
  EXPECT_EQ(report.added, 0);
  EXPECT_EQ(report.updated, 0);
  // 4 reps, 2 cases, 2 coaching sessions, 2 objectives, 5 key results, 2 check-ins, 2 KPIs, 2 KPI
  // entries, 3 funnel periods
  EXPECT_EQ(report.unchanged, 24);
  EXPECT_TRUE(report.conflicts.empty());
}

TEST(WorkspaceMerge, ADifferenceDeepInsideACaseIsAConflict) {
  Workspace local = full_workspace();
  Workspace incoming = full_workspace();
  incoming.roi_cases[0].benefits[0].adoption_percent[0] = 1;  // same updatedAt: the greater JSON ("1" > "0") wins
  MergeReport report;
  const Workspace m = merge(local, incoming, report);
  EXPECT_EQ(m.roi_cases[0].benefits[0].adoption_percent[0], 1);
  ASSERT_EQ(report.conflicts.size(), 1u);
  EXPECT_EQ(report.conflicts[0].name, "ACME \\ Co · CRM 订阅");
  EXPECT_TRUE(report.conflicts[0].kept_incoming);
  EXPECT_EQ(report.unchanged, 23);
  // Either device, merging the other's file, keeps the same copy.
  EXPECT_EQ(merge(incoming, local, report).roi_cases[0].benefits[0].adoption_percent[0], 1);
  EXPECT_FALSE(report.conflicts.at(0).kept_incoming);
}

TEST(WorkspaceMerge, TheSampleFlagSurvivesOnlyWhenBothAreSamples) {
  const Workspace sample = make_sample_workspace("en", "2026-11-27T08:00:00Z");
  Workspace mine;
  mine.team = {rep("r", "Mine", "")};
  MergeReport report;
  EXPECT_FALSE(merge(mine, sample, report).sample);
  EXPECT_FALSE(merge(sample, mine, report).sample);
  EXPECT_TRUE(merge(sample, sample, report).sample);
}

TEST(WorkspaceMerge, ContentsForTheImportPreview) {
  Workspace w = full_workspace();
  const Contents c = contents_of(w);
  EXPECT_EQ(c.count("team"), 4);
  EXPECT_EQ(c.count("roiCases"), 2);
  EXPECT_EQ(c.count("coachingSessions"), 2);
  EXPECT_EQ(c.exported_by, "张伟");
  EXPECT_EQ(c.last_changed, "2026-11-20T09:30:00Z");  // settings are the newest
  EXPECT_FALSE(c.sample);
  EXPECT_EQ(contents_of(minimal_workspace()).last_changed, "");
}

// ---------------------------------------------------------------- undo / redo

Workspace named(const std::string& user_name) {
  Workspace w;
  w.settings.user_name = user_name;
  return w;
}

// Applies an edit as Session does: record the state before it, then change the document.
void edit(History& h, Workspace& doc, const std::string& value, const std::string& key, std::int64_t now) {
  h.record(doc, key, now);
  doc.settings.user_name = value;
}

TEST(WorkspaceHistory, UndoAndRedoRestoreEachState) {
  History h;
  Workspace doc = named("0");
  EXPECT_FALSE(h.can_undo());
  EXPECT_FALSE(h.undo(doc));
  edit(h, doc, "1", "", 0);
  edit(h, doc, "2", "", 10);
  EXPECT_EQ(h.undo_steps(), 2u);
  ASSERT_TRUE(h.undo(doc));
  EXPECT_EQ(doc.settings.user_name, "1");
  ASSERT_TRUE(h.undo(doc));
  EXPECT_EQ(doc.settings.user_name, "0");
  EXPECT_FALSE(h.undo(doc));
  EXPECT_EQ(doc.settings.user_name, "0");
  ASSERT_TRUE(h.redo(doc));
  EXPECT_EQ(doc.settings.user_name, "1");
  ASSERT_TRUE(h.redo(doc));
  EXPECT_EQ(doc.settings.user_name, "2");
  EXPECT_FALSE(h.redo(doc));
  EXPECT_EQ(doc.settings.user_name, "2");
}

TEST(WorkspaceHistory, IsBoundedInSteps) {
  History h(3);
  Workspace doc = named("0");
  for (int i = 1; i <= 10; ++i) edit(h, doc, std::to_string(i), "", i * 5000);
  EXPECT_EQ(h.undo_steps(), 3u);
  while (h.undo(doc)) {
  }
  EXPECT_EQ(doc.settings.user_name, "7");  // the three newest steps only
  int redos = 0;
  while (h.redo(doc)) ++redos;
  EXPECT_EQ(redos, 3);
  EXPECT_EQ(doc.settings.user_name, "10");
}

TEST(WorkspaceHistory, EditsToOneFieldWithinASecondAreOneStep) {
  History h;
  Workspace doc = named("");
  edit(h, doc, "A", "settings.userName", 1000);
  edit(h, doc, "An", "settings.userName", 1500);
  edit(h, doc, "Ann", "settings.userName", 2499);  // 999 ms after the previous edit
  EXPECT_EQ(h.undo_steps(), 1u);
  ASSERT_TRUE(h.undo(doc));
  EXPECT_EQ(doc.settings.user_name, "");
}

TEST(WorkspaceHistory, NotAfterASecondNorAcrossFieldsNorWithoutAKey) {
  History h;
  Workspace doc = named("");
  edit(h, doc, "A", "settings.userName", 1000);
  edit(h, doc, "An", "settings.userName", 2000);  // exactly 1 s later: a new step
  EXPECT_EQ(h.undo_steps(), 2u);
  edit(h, doc, "Ann", "team[0].name", 2100);  // another field
  EXPECT_EQ(h.undo_steps(), 3u);
  edit(h, doc, "Anne", "", 2200);  // no key: never joins
  edit(h, doc, "Anne!", "", 2300);
  EXPECT_EQ(h.undo_steps(), 5u);
  ASSERT_TRUE(h.undo(doc));
  EXPECT_EQ(doc.settings.user_name, "Anne");
}

TEST(WorkspaceHistory, AfterAnUndoTheSameFieldStartsANewStep) {
  History h;
  Workspace doc = named("");
  edit(h, doc, "A", "k", 0);
  edit(h, doc, "B", "k", 100);  // joins: one step "" -> "B"
  ASSERT_TRUE(h.undo(doc));
  EXPECT_EQ(doc.settings.user_name, "");
  edit(h, doc, "C", "k", 200);  // within a second and the same key, but after an undo
  edit(h, doc, "D", "other", 300);
  ASSERT_TRUE(h.undo(doc));
  EXPECT_EQ(doc.settings.user_name, "C");
  ASSERT_TRUE(h.undo(doc));
  EXPECT_EQ(doc.settings.user_name, "");
}

TEST(WorkspaceHistory, ANewEditClearsRedo) {
  History h;
  Workspace doc = named("0");
  edit(h, doc, "1", "", 0);
  edit(h, doc, "2", "", 5000);
  ASSERT_TRUE(h.undo(doc));
  EXPECT_TRUE(h.can_redo());
  edit(h, doc, "3", "", 10000);
  EXPECT_FALSE(h.can_redo());
  EXPECT_FALSE(h.redo(doc));
  EXPECT_EQ(doc.settings.user_name, "3");
  ASSERT_TRUE(h.undo(doc));
  EXPECT_EQ(doc.settings.user_name, "1");
  // A coalesced edit clears redo too.
  edit(h, doc, "4", "k", 20000);
  ASSERT_TRUE(h.undo(doc));
  edit(h, doc, "5", "k", 20100);
  EXPECT_FALSE(h.can_redo());
  h.clear();
  EXPECT_FALSE(h.can_undo());
  EXPECT_FALSE(h.can_redo());
}

// ---------------------------------------------------------------- sample workspace

TEST(WorkspaceSample, IsValidMarkedAndHasDataForEveryLandedTool) {
  for (const char* language : {"en", "zh"}) {
    const Workspace w = make_sample_workspace(language, "2026-11-27T08:00:00Z");
    EXPECT_TRUE(w.sample);
    EXPECT_TRUE(validate(w).empty()) << validate(w).front().path << ": " << validate(w).front().message;
    EXPECT_TRUE(load_workspace(save_workspace(w)).sample);
    EXPECT_GE(w.team.size(), 1u);
    EXPECT_GE(w.roi_cases.size(), 2u);
    for (const auto& r : w.team) EXPECT_TRUE(is_sample_id(r.id)) << r.id;
    for (const auto& c : w.roi_cases) {
      EXPECT_TRUE(is_sample_id(c.id)) << c.id;
      EXPECT_EQ(c.updated_at, "2026-11-27T08:00:00Z");
      EXPECT_FALSE(c.customer_name.empty());
    }
    ASSERT_EQ(w.rfm_analyses.size(), 1u);
    EXPECT_TRUE(is_sample_id(w.rfm_analyses[0].id));
    EXPECT_EQ(w.rfm_analyses[0].list().size(), 995u);
  }
  EXPECT_EQ(make_sample_workspace("zh", "").team[0].name, "王磊");
  EXPECT_EQ(make_sample_workspace("en", "").team[0].name, "Wang Lei");
}

TEST(WorkspaceSample, WithoutSampleKeepsTheUsersRecordsAndSettings) {
  Workspace w = make_sample_workspace("en", "2026-11-27T08:00:00Z");
  w.settings.user_name = "Me";
  w.settings.language = LanguagePreference::Zh;
  w.team.push_back(rep("rep-mine", "My rep", "2026-11-27T09:00:00Z"));
  w.roi_cases.insert(w.roi_cases.begin() + 1, roi_case("roi-mine", "My case", "", "2026-11-27T09:00:00Z"));
  w.roi_cases.push_back(roi_case("sampler", "Not a sample id", "", ""));  // "sample-" is the prefix, not "sample"
  const Workspace cleared = without_sample(w, "2026-11-28T00:00:00Z");
  EXPECT_FALSE(cleared.sample);
  ASSERT_EQ(cleared.team.size(), 1u);
  EXPECT_EQ(cleared.team[0].id, "rep-mine");
  ASSERT_EQ(cleared.roi_cases.size(), 2u);
  EXPECT_EQ(cleared.roi_cases[0].id, "roi-mine");
  EXPECT_EQ(cleared.roi_cases[1].id, "sampler");
  EXPECT_EQ(cleared.settings.user_name, "Me");
  EXPECT_EQ(cleared.settings.language, LanguagePreference::Zh);
  EXPECT_EQ(cleared.settings.updated_at, "2026-11-28T00:00:00Z");
  EXPECT_TRUE(validate(cleared).empty());
  EXPECT_TRUE(w.sample);  // the input is not changed
  EXPECT_TRUE(is_sample_id("sample-x"));
  EXPECT_FALSE(is_sample_id("x-sample-"));
}

// ---------------------------------------------------------------- a bare ROI case (fieldbook roi CASE.json)

TEST(WorkspaceCaseFile, ReadsAWorkspaceOrABareCaseThroughTheSameChecks) {
  const std::string ws = base_json();
  const CaseFile a = load_case_file(ws);
  EXPECT_TRUE(a.is_workspace);
  ASSERT_EQ(a.cases.size(), 1u);
  EXPECT_EQ(a.cases[0].id, "roi-1");

  Document d;
  ASSERT_TRUE(parse_test_json(ws, d));
  const std::string bare = to_text(d["roiCases"][0]);
  const CaseFile b = load_case_file(bare);
  EXPECT_FALSE(b.is_workspace);
  ASSERT_EQ(b.cases.size(), 1u);
  EXPECT_EQ(b.cases[0].benefits.at(0).hours, 5);

  auto error = [](const std::string& json) {
    try {
      load_case_file(json);
      return std::string("loaded");
    } catch (const Error& e) {
      return std::string(e.what());
    }
  };
  auto bare_edited = [&](const std::function<void(Value&, Alloc&)>& edit) {
    return edited([&](Document& doc, Alloc& al) { edit(doc, al); }, bare);
  };
  EXPECT_EQ(error(bare_edited([](Value& c, Alloc&) { c["years"].SetInt(11); })), "years: must be between 1 and 10");
  EXPECT_EQ(error(bare_edited([](Value& c, Alloc&) { c.RemoveMember("notes"); })), "notes: is missing");
  EXPECT_EQ(error(bare_edited([](Value& c, Alloc& al) { c.AddMember("extra", 1, al); })), "extra: is not a known field");
  EXPECT_EQ(error(bare_edited([](Value& c, Alloc& al) { c["currency"].SetString("usd", al); })),
            "currency: is not a supported currency code (CNY, USD, EUR, HKD, JPY, GBP)");
  EXPECT_EQ(error(bare_edited([](Value& c, Alloc& al) { c["oneTimeCosts"].PushBack(Value(c["oneTimeCosts"][0], al), al); })),
            "oneTimeCosts[1].id: duplicates the id of oneTimeCosts[0]");
  EXPECT_EQ(error(bare_edited([](Value& c, Alloc& al) { c["updatedAt"].SetString("soon", al); })),
            "updatedAt: must be an ISO-8601 time such as 2026-11-27T08:00:00Z");
  EXPECT_EQ(error("[1]"), "not a Fieldbook workspace: the file must hold one JSON object");
  EXPECT_EQ(error(""), "the file is empty");
  EXPECT_EQ(error(edited([](Document& doc, Alloc&) { doc["roiCases"][0]["years"].SetInt(0); })),
            "roiCases[0].years: must be between 1 and 10");
}

}  // namespace
}  // namespace fieldbook::workspace
