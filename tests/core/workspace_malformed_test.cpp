// The malformed workspace files in tests/data/workspace/malformed/: each one is refused with
// exactly the error below and leaves the open workspace as it was. The browser tests import the
// same files and expect the same messages from malformed/expected.json, which this test keeps in
// step with the table (and with the folder: every file has a row, every row a file).
#include <gtest/gtest.h>

#include <rapidjson/document.h>

#include <filesystem>
#include <map>
#include <set>
#include <string>

#include "common/error.h"
#include "workspace/validate.h"
#include "workspace/workspace_io.h"
#include "workspace_fixtures.h"

namespace fieldbook::workspace {
namespace {

using namespace testing;
namespace fs = std::filesystem;

const std::map<std::string, std::string>& expected_errors() {
  static const std::map<std::string, std::string> table = {
    {"checkin-key-result-unknown.json", "checkIns[0].keyResultId: names \"kr-9\", which is not in keyResults"},
    {"checkin-confidence-eleven.json", "checkIns[0].confidence: must be between 0 and 10"},
    {"objective-period-reversed.json", "objectives[0].periodEnd: must not be before periodStart"},
    {"funnel-count-negative.json", "funnelPeriods[0].counts[1]: must not be negative"},
    {"owner-unknown.json", "roiCases[1].ownerId: names \"rep-gone\", which is not in team"},
    {"tombstone-collection-unknown.json", "deleted[1].collection: names \"orders\", which is not a list of the workspace"},
    {"tombstone-of-a-kept-record.json", "deleted[0].id: names a record the file still holds, unchanged since the deletion"},
    {"key-result-type-unknown.json", "keyResults[0].type: must be one of: increase, decrease, stayAbove, stayBelow, milestone"},
    {"rep-started-on-impossible.json", "team[0].startedOn: must be a date such as 2026-02-28"},
    {"session-commitment-eleven.json", "coachingSessions[0].will.commitment: must be between 1 and 10, or null when not asked"},
    {"session-due-date-impossible.json", "coachingSessions[0].actions[0].dueDate: must be a date such as 2026-02-28"},
    {"session-rep-unknown.json", "coachingSessions[0].repId: names \"rep-9\", which is not in team"},
    {"adoption-out-of-range.json", "roiCases[0].benefits[0].adoptionPercent[1]: must be between 0 and 100"},
    {"amount-negative.json", "roiCases[0].oneTimeCosts[0].amount: must be zero or more"},
    {"benefit-kind-unknown.json", "roiCases[0].benefits[0].kind: must be one of: costSaving, revenueGain, productivity"},
    {"bool-is-null.json", "roiCases[0].oneTimeCosts[0].live: must be true or false, not null"},
    {"bool-is-text.json", "sample: must be true or false, not text"},
    {"currency-lowercase.json", "roiCases[0].currency: is not a supported currency code (CNY, USD, EUR, HKD, JPY, GBP)"},
    {"currency-unknown.json", "settings.currency: is not a supported currency code (CNY, USD, EUR, HKD, JPY, GBP)"},
    {"discount-rate-is-text.json", "roiCases[0].discountRate: must be a number, not text"},
    {"discount-rate-out-of-range.json", "roiCases[0].discountRate: must be between 0 and 1 (0 % to 100 % a year)"},
    {"duplicate-case-id.json", "roiCases[1].id: duplicates the id of roiCases[0]"},
    {"duplicate-line-id.json", "roiCases[0].oneTimeCosts[1].id: duplicates the id of roiCases[0].oneTimeCosts[0]"},
    {"duplicate-rep-id.json", "team[1].id: duplicates the id of team[0]"},
    {"empty-case-id.json", "roiCases[0].id: must not be empty"},
    {"empty-rep-id.json", "team[0].id: must not be empty"},
    {"empty.json", "the file is empty"},
    {"hours-per-week-out-of-range.json", "roiCases[0].benefits[0].hours: must be between 0 and 168 hours a week"},
    {"hours-per-year-out-of-range.json", "roiCases[0].benefits[0].hours: must be between 0 and 8784 hours a year"},
    {"invalid-utf8.json", "line 1, column 161: the file is not valid UTF-8 text"},
    {"language-unknown.json", "settings.language: must be one of: auto, en, zh"},
    {"lone-surrogate.json", "team[0].name: is not valid UTF-8 (byte 5)"},
    {"margin-out-of-range.json", "roiCases[0].benefits[0].marginPercent: must be between 0 and 100"},
    {"name-too-long.json", "team[0].name: is longer than 10000 characters"},
    {"nan.json", "line 1, column 461: not valid JSON: Invalid value."},
    {"nested-too-deep.json", "line 1, column 87: nested deeper than 64 levels"},
    {"not-json.json", "line 3, column 15: not valid JSON: Invalid value."},
    {"note-id-empty.json", "roiCases[0].notes[0].id: must not be empty"},
    {"number-cached-power.json", "schemaVersion: must be a whole number"},
    {"number-exponent-wild.json", "roiCases[0].years: must be between 1 and 10"},
    {"number-long-fraction.json", "line 1, column 321: not valid JSON: a number longer than 100 characters"},
    {"number-too-big.json", "line 1, column 461: not valid JSON: Number too big to be stored in double."},
    {"number-zeros-crash.json", "line 1, column 10: not valid JSON: a number longer than 100 characters"},
    {"only-whitespace.json", "the file is empty"},
    {"people-negative.json", "roiCases[0].benefits[0].people: must be zero or more"},
    {"period-unknown.json", "roiCases[0].period: must be one of: yearly, monthly"},
    {"recurring-amount-negative.json", "roiCases[0].recurringCosts[0].amountPerYear: must be zero or more"},
    {"root-is-a-list.json", "not a Fieldbook workspace: the file must hold one JSON object"},
    {"root-is-text.json", "not a Fieldbook workspace: the file must hold one JSON object"},
    {"scenario-factor-out-of-range.json", "roiCases[0].scenarios.optimistic.costs: must be between 0 and 10"},
    {"scenario-missing.json", "roiCases[0].scenarios.expected: is missing"},
    {"schema-version-missing.json", "schemaVersion: is missing: this is not a Fieldbook workspace file"},
    {"schema-version-negative.json", "schemaVersion: must be at least 1"},
    {"schema-version-newer.json", "schemaVersion: is 99: the file was made by a newer Fieldbook (this one reads up to 6); update the app"},
    {"schema-version-only.json", "sample: is missing"},
    {"schema-version-text.json", "schemaVersion: must be a whole number"},
    {"schema-version-zero.json", "schemaVersion: must be at least 1"},
    {"settings-currency-rmb.json", "settings.currency: is not a supported currency code (CNY, USD, EUR, HKD, JPY, GBP)"},
    {"settings-is-a-list.json", "settings: must be an object, not a list"},
    {"settings-missing.json", "settings: is missing"},
    {"stage-unknown.json", "team[0].stage: must be one of: new, growing, mature"},
    {"team-is-an-object.json", "team: must be a list, not an object"},
    {"text-is-a-number.json", "settings.userName: must be text, not a number"},
    {"trailing-comma.json", "line 1, column 30: not valid JSON: Missing a name for object member."},
    {"truncated.json", "line 1, column 151: not valid JSON: Missing a name for object member."},
    {"unknown-field-in-benefit.json", "roiCases[0].benefits[0].hoursPerDay: is not a known field"},
    {"unknown-field.json", "colour: is not a known field"},
    {"updated-at-impossible-date.json", "roiCases[0].updatedAt: must be an ISO-8601 time such as 2026-11-27T08:00:00Z"},
    {"updated-at-not-iso.json", "team[0].updatedAt: must be an ISO-8601 time such as 2026-11-27T08:00:00Z"},
    {"v1-settings-missing.json", "settings: is missing (a version 1 file has its settings here)"},
    {"years-is-a-fraction.json", "roiCases[0].years: must be a whole number, not a fraction"},
    {"years-is-huge.json", "roiCases[0].years: is out of range"},
    {"years-out-of-range.json", "roiCases[0].years: must be between 1 and 10"},
    {"years-zero.json", "roiCases[0].years: must be between 1 and 10"},  };
  return table;
}

std::string malformed(const std::string& name) { return data_path("workspace/malformed/" + name); }

TEST(WorkspaceMalformed, EachFileIsRefusedWithItsExactError) {
  ASSERT_GE(expected_errors().size(), 20u);
  for (const auto& [file, error] : expected_errors()) {
    ASSERT_TRUE(fs::exists(malformed(file))) << file;
    EXPECT_EQ(load_error(read_file(malformed(file))), error) << file;
  }
}

// This device's own saved copy may hold what the editor let a person type and not fix yet (a
// value out of range, shown at its input): it opens again as it was saved. Everything else — a
// broken file, a wrong type, a missing or repeated id — is refused exactly as a file is.
TEST(WorkspaceMalformed, DeviceStorageKeepsOnlyValuesTheEditorShowsAtTheirInputs) {
  const std::set<std::string> kept = {
      "adoption-out-of-range.json", "amount-negative.json",         "discount-rate-out-of-range.json",
      "hours-per-week-out-of-range.json", "hours-per-year-out-of-range.json", "margin-out-of-range.json",
      "people-negative.json",        "recurring-amount-negative.json", "scenario-factor-out-of-range.json",
      "years-out-of-range.json",     "years-zero.json",                "number-exponent-wild.json"};
  for (const auto& [file, error] : expected_errors()) {
    const std::string text = read_file(malformed(file));
    if (kept.count(file)) {
      Workspace w;
      EXPECT_NO_THROW(w = load_workspace(text, LoadMode::DeviceStorage)) << file;
      ASSERT_EQ(w.roi_cases.size(), 1u) << file;
      // The value is kept as it was, and validation still names it.
      const auto issues = validate(w);
      ASSERT_FALSE(issues.empty()) << file;
      EXPECT_EQ(issues.front().path + ": " + issues.front().message, error) << file;
      EXPECT_TRUE(issues.front().at_input) << file;
    } else {
      try {
        load_workspace(text, LoadMode::DeviceStorage);
        ADD_FAILURE() << file << " loaded from device storage";
      } catch (const Error& e) {
        EXPECT_EQ(std::string(e.what()), error) << file;
      }
    }
  }
}

// A wrong value's refusal names the rule it breaks, with the values its words need, so the app
// can say it in the user's language; what() stays the English above. Only the rules of how a
// file's parts agree have no words of their own (Other).
TEST(WorkspaceMalformed, AValuesRefusalNamesItsRule) {
  using K = ValueRule::Kind;
  const std::set<std::string> without_words = {"tombstone-collection-unknown.json", "tombstone-of-a-kept-record.json"};
  const std::map<std::string, ValueRule> rules = {
      {"checkin-confidence-eleven.json", {.kind = K::Between, .low = 0, .high = 10}},
      {"years-zero.json", {.kind = K::Between, .low = 1, .high = 10}},
      {"hours-per-week-out-of-range.json", {.kind = K::Between, .low = 0, .high = 168}},
      {"schema-version-zero.json", {.kind = K::AtLeast, .low = 1}},
      {"name-too-long.json", {.kind = K::TooLong, .low = 10000}},
      {"checkin-key-result-unknown.json", {.kind = K::NoRecord, .name = "kr-9", .list = "keyResults"}},
      {"owner-unknown.json", {.kind = K::NoRecord, .name = "rep-gone", .list = "team"}},
      {"objective-period-reversed.json", {.kind = K::NotBefore, .name = "periodStart"}},
      {"duplicate-case-id.json", {.kind = K::DuplicateId, .name = "roiCases[0]"}},
      {"duplicate-line-id.json", {.kind = K::DuplicateId, .name = "roiCases[0].oneTimeCosts[0]"}},
      {"amount-negative.json", {.kind = K::NotNegative}},
      {"funnel-count-negative.json", {.kind = K::NotNegative}},
      {"empty-rep-id.json", {.kind = K::NotEmpty}},
      {"rep-started-on-impossible.json", {.kind = K::Date}},
      {"updated-at-not-iso.json", {.kind = K::Timestamp}},
      {"currency-unknown.json", {.kind = K::Currency}},
      {"scenario-missing.json", {.kind = K::Missing}},
      {"unknown-field.json", {.kind = K::UnknownField}},
      {"period-unknown.json", {.kind = K::Choice}},
      {"bool-is-text.json", {.kind = K::TrueFalse}},
      {"text-is-a-number.json", {.kind = K::Text}},
      {"discount-rate-is-text.json", {.kind = K::Number}},
      {"years-is-a-fraction.json", {.kind = K::WholeNumber}},
      {"years-is-huge.json", {.kind = K::OutOfRange}},
      {"team-is-an-object.json", {.kind = K::List}},
      {"settings-is-a-list.json", {.kind = K::Object}},
      {"lone-surrogate.json", {.kind = K::NotUtf8}},
  };
  for (const auto& [file, error] : expected_errors()) {
    try {
      load_workspace(read_file(malformed(file)));
    } catch (const FileError&) {
      continue;  // a kind of file, not a value
    } catch (const Error& e) {
      if (e.position().path.empty()) continue;  // where the text breaks
      EXPECT_EQ(e.rule().kind == K::Other, without_words.contains(file)) << file << ": " << e.what();
      if (const auto it = rules.find(file); it != rules.end()) {
        const ValueRule& want = it->second;
        EXPECT_EQ(e.rule().kind, want.kind) << file;
        EXPECT_EQ(e.rule().low, want.low) << file;
        EXPECT_EQ(e.rule().high, want.high) << file;
        EXPECT_EQ(e.rule().name, want.name) << file;
        EXPECT_EQ(e.rule().list, want.list) << file;
      }
    }
  }
}

TEST(WorkspaceMalformed, EveryFileInTheFolderHasAnExpectedError) {
  for (const auto& entry : fs::directory_iterator(data_path("workspace/malformed"))) {
    const std::string name = entry.path().filename().string();
    if (name == "expected.json") continue;
    EXPECT_TRUE(expected_errors().count(name)) << name << " has no expected error";
  }
}

TEST(WorkspaceMalformed, ExpectedJsonMatchesTheTable) {
  const std::string text = read_file(malformed("expected.json"));
  rapidjson::Document doc;
  ASSERT_TRUE(parse_test_json(text, doc));
  ASSERT_TRUE(doc.IsObject());
  std::map<std::string, std::string> from_json;
  const rapidjson::Value& root = doc;
  for (auto m = root.MemberBegin(); m != root.MemberEnd(); ++m) {
    ASSERT_TRUE(m->value.IsString()) << m->name.GetString();
    from_json[m->name.GetString()] = m->value.GetString();
  }
  EXPECT_EQ(from_json, expected_errors());
}

TEST(WorkspaceMalformed, ARefusedFileChangesNothing) {
  Workspace current = full_workspace();
  const std::string before = save_workspace(current, 2);
  for (const auto& [file, error] : expected_errors()) {
    try {
      current = load_workspace(read_file(malformed(file)));
      ADD_FAILURE() << file << " loaded";
    } catch (const Error& e) {
      EXPECT_EQ(e.what(), error);
    }
    ASSERT_EQ(save_workspace(current, 2), before) << file;
  }
}

}  // namespace
}  // namespace fieldbook::workspace
