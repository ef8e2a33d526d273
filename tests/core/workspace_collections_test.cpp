// The collection registry (workspace/collections.h): what each declared collection gets without a
// line of its own — the sample, clearing it, merge, validation, the import preview's counts and
// its place in the file. Each test runs over every collection and names it when it fails.
#include <gtest/gtest.h>
#include <gmock/gmock.h>

#include <rapidjson/document.h>

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "workspace/collections.h"
#include "workspace/merge.h"
#include "workspace/sample.h"
#include "workspace/validate.h"
#include "workspace/workspace_io.h"
#include "workspace_fixtures.h"

namespace fieldbook::workspace {
namespace {

using ::testing::ElementsAreArray;
using testing::parse_test_json;

const std::string kNow = "2026-11-30T08:00:00Z";
const fieldbook::Date kToday = *fieldbook::parse_iso_date("2026-11-30");

std::string trace(const char* key) { return std::string("collection ") + key + " (workspace/collections.h)"; }

// A workspace holding only one collection's sample records.
template <class C>
Workspace only(const C& c, std::string_view language = "en") {
  Workspace w;
  w.*c.member = c.sample(language, kNow, kToday);
  // ... and the sample of each collection its records name (a session's team), and of what those
  // name in turn (a check-in's key result's objective's owner), so it is whole.
  for (bool added = true; added;) {
    added = false;
    for_each_collection([&](const auto& named_by) {
      if (!named_by.references) return;
      for (const auto& record : w.*named_by.member)
        for (const RecordReference& ref : named_by.references(record))
          for_each_collection([&](const auto& other) {
            if (!ref.id.empty() && other.key == ref.collection && (w.*other.member).empty()) {
              w.*other.member = other.sample(language, kNow, kToday);
              added = true;
            }
          });
    });
  }
  return w;
}

// Records in every collection of `w`.
int records_in(const Workspace& w) {
  int n = 0;
  for_each_collection([&](const auto& c) { n += static_cast<int>((w.*c.member).size()); });
  return n;
}

TEST(WorkspaceCollections, KeysAndLabelsAreUniqueAndNamed) {
  std::set<std::string> keys, labels_en, labels_zh;
  for_each_collection([&](const auto& c) {
    SCOPED_TRACE(trace(c.key));
    EXPECT_TRUE(keys.insert(c.key).second);
    EXPECT_TRUE(labels_en.insert(c.label.en).second);
    EXPECT_TRUE(labels_zh.insert(c.label.zh).second);
    EXPECT_NE(c.label.en, "");
    EXPECT_NE(c.label.zh, "");
    EXPECT_NE(c.name_of, nullptr);
    EXPECT_NE(c.sample, nullptr);
  });
  EXPECT_EQ(keys.size(), kCollectionCount);
}

TEST(WorkspaceCollections, TheSampleHasRecordsOfEveryCollectionInBothLanguages) {
  for (const char* language : {"zh", "en"}) {
    const Workspace w = make_sample_workspace(language, kNow);
    EXPECT_TRUE(validate(w).empty()) << validate(w).front().path << ": " << validate(w).front().message;
    for_each_collection([&](const auto& c) {
      SCOPED_TRACE(trace(c.key) + " in " + language);
      const auto& records = w.*c.member;
      ASSERT_FALSE(records.empty()) << "the sample workspace shows no " << c.label.en;
      for (const auto& r : records) {
        EXPECT_TRUE(is_sample_id(r.id)) << r.id;
        EXPECT_EQ(r.updated_at, kNow);
        EXPECT_FALSE(c.name_of(r).empty());
      }
    });
  }
}

TEST(WorkspaceCollections, ClearingTheSampleKeepsWhatTheUserMade) {
  Workspace w = make_sample_workspace("zh", kNow);
  for_each_collection([&](const auto& c) {
    auto mine = (w.*c.member).front();
    mine.id = std::string("mine-") + c.key;
    (w.*c.member).push_back(mine);
  });
  const Workspace cleared = without_sample(w, "2026-12-01T08:00:00Z");
  EXPECT_FALSE(cleared.sample);
  // What stays of the sample is exactly what the user's records name.
  std::set<std::pair<std::string, std::string>> named;
  for_each_collection([&](const auto& c) {
    if (c.references)
      for (const auto& r : cleared.*c.member)
        for (const RecordReference& ref : c.references(r)) named.emplace(std::string(ref.collection), ref.id);
  });
  for_each_collection([&](const auto& c) {
    SCOPED_TRACE(trace(c.key));
    const auto& records = cleared.*c.member;
    int mine = 0;
    for (const auto& r : records) {
      if (r.id == std::string("mine-") + c.key)
        ++mine;
      else
        EXPECT_TRUE(named.contains({c.key, r.id})) << r.id << " is sample and named by nothing";
    }
    EXPECT_EQ(mine, 1);
  });
  EXPECT_TRUE(validate(cleared).empty()) << validate(cleared).front().path << ": " << validate(cleared).front().message;
}

// A record that names a record of another collection (a session's rep) is refused, with the
// reference's path, when that record is not there.
TEST(WorkspaceCollections, AReferenceToAMissingRecordIsRefusedWithItsPath) {
  int checked = 0;
  for_each_collection([&](const auto& c) {
    if (!c.references) return;
    SCOPED_TRACE(trace(c.key));
    Workspace w = only(c);
    ASSERT_TRUE(validate(w).empty()) << validate(w).front().path << ": " << validate(w).front().message;
    // The first record that names a record of another collection ("" names nothing: an
    // objective's owner "me"), and that reference.
    std::size_t index = 0;
    std::optional<RecordReference> ref;
    for (; index < (w.*c.member).size() && !ref; ++index)
      for (const RecordReference& r : c.references((w.*c.member)[index]))
        if (!r.id.empty() && r.collection != c.key && !ref) ref = r;
    if (!ref) return;  // the sample's records name nothing (the manager's own funnel)
    --index;
    for_each_collection([&](const auto& target) {
      if (target.key == ref->collection) (w.*target.member).clear();
    });
    const auto issues = validate(w);
    ASSERT_FALSE(issues.empty());
    EXPECT_EQ(issues.front().path, std::string(c.key) + "[" + std::to_string(index) + "]." + ref->path);
    EXPECT_EQ(issues.front().message,
              "names \"" + ref->id + "\", which is not in " + std::string(ref->collection));
    EXPECT_THROW(load_workspace(save_workspace(w, 0)), Error);
    ++checked;
  });
  EXPECT_GE(checked, 1);  // coaching sessions name their rep
}

TEST(WorkspaceCollections, MergeAddsNewRecordsAndKeepsTheNewerCopy) {
  for_each_collection([&](const auto& c) {
    SCOPED_TRACE(trace(c.key));
    const Workspace theirs = only(c);
    const auto& record = (theirs.*c.member).front();
    MergeReport report;

    // Only the incoming file has it: added, nothing else touched.
    Workspace merged = merge(Workspace{}, theirs, report);
    EXPECT_EQ(report.added, records_in(theirs));
    EXPECT_EQ((merged.*c.member).size(), (theirs.*c.member).size());
    EXPECT_TRUE(report.conflicts.empty());

    // Both have it, identical: unchanged.
    merge(theirs, theirs, report);
    EXPECT_EQ(report.added, 0);
    EXPECT_EQ(report.unchanged, records_in(theirs));

    // Both have it and theirs is newer: theirs wins, and the conflict names the record.
    Workspace newer = theirs;
    (newer.*c.member).front().updated_at = "2026-12-01T08:00:00Z";
    merged = merge(theirs, newer, report);
    EXPECT_EQ(report.updated, 1);
    ASSERT_EQ(report.conflicts.size(), 1u);
    EXPECT_EQ(report.conflicts[0].collection, c.key);
    EXPECT_EQ(report.conflicts[0].id, record.id);
    EXPECT_EQ(report.conflicts[0].name, c.name_of(record));
    EXPECT_TRUE(report.conflicts[0].kept_incoming);
    EXPECT_EQ((merged.*c.member).front().updated_at, "2026-12-01T08:00:00Z");

    // Theirs is older: mine stays, still listed.
    merged = merge(newer, theirs, report);
    EXPECT_EQ(report.updated, 0);
    ASSERT_EQ(report.conflicts.size(), 1u);
    EXPECT_FALSE(report.conflicts[0].kept_incoming);
    EXPECT_EQ((merged.*c.member).front().updated_at, "2026-12-01T08:00:00Z");
  });
}

TEST(WorkspaceCollections, ValidationChecksEveryCollectionsIdsAndTimes) {
  for_each_collection([&](const auto& c) {
    SCOPED_TRACE(trace(c.key));
    const std::string key = c.key;
    Workspace w = only(c);
    ASSERT_TRUE(validate(w).empty()) << validate(w).front().path << ": " << validate(w).front().message;

    Workspace twice = w;
    (twice.*c.member).push_back((w.*c.member).front());
    const auto dup = validate(twice);
    ASSERT_FALSE(dup.empty());
    EXPECT_EQ(dup.front().path, key + "[" + std::to_string((w.*c.member).size()) + "].id");
    EXPECT_EQ(dup.front().message, "duplicates the id of " + key + "[0]");

    Workspace no_id = w;
    (no_id.*c.member).front().id.clear();
    ASSERT_FALSE(validate(no_id).empty());
    EXPECT_EQ(validate(no_id).front().path, key + "[0].id");
    EXPECT_EQ(validate(no_id).front().message, "must not be empty");

    Workspace bad_time = w;
    (bad_time.*c.member).front().updated_at = "yesterday";
    ASSERT_FALSE(validate(bad_time).empty());
    EXPECT_EQ(validate(bad_time).front().path, key + "[0].updatedAt");
  });
}

TEST(WorkspaceCollections, TheImportPreviewCountsEveryCollection) {
  const Workspace w = make_sample_workspace("en", kNow);
  const Contents contents = contents_of(w);
  std::vector<std::string> listed;
  for (const auto& entry : contents.collections) listed.push_back(entry.key);
  std::vector<std::string> declared;
  for_each_collection([&](const auto& c) {
    SCOPED_TRACE(trace(c.key));
    declared.emplace_back(c.key);
    EXPECT_EQ(contents.count(c.key), static_cast<int>((w.*c.member).size()));
  });
  EXPECT_THAT(listed, ElementsAreArray(declared));
}

TEST(WorkspaceCollections, TheFileHasTheDocumentsFieldsThenOneListPerCollectionThenTheDeletions) {
  rapidjson::Document d;
  ASSERT_TRUE(parse_test_json(save_workspace(make_sample_workspace("zh", kNow)), d));
  std::vector<std::string> keys;
  for (auto m = d.MemberBegin(); m != d.MemberEnd(); ++m) keys.emplace_back(m->name.GetString());
  std::vector<std::string> expected = {"schemaVersion", "sample", "exportedBy", "settings"};
  for_each_collection([&](const auto& c) { expected.emplace_back(c.key); });
  expected.emplace_back("deleted");  // the tombstones, last
  ASSERT_EQ(expected.size(), kDocumentFields + kCollectionCount);
  EXPECT_EQ(keys, expected);
}

TEST(WorkspaceCollections, EveryCollectionsRecordsSurviveSaveAndLoad) {
  for_each_collection([&](const auto& c) {
    SCOPED_TRACE(trace(c.key));
    const Workspace w = only(c, "zh");
    const std::string saved = save_workspace(w, 2);
    const Workspace loaded = load_workspace(saved);
    EXPECT_EQ((loaded.*c.member).size(), (w.*c.member).size());
    EXPECT_EQ(save_workspace(loaded, 2), saved);
  });
}

}  // namespace
}  // namespace fieldbook::workspace
