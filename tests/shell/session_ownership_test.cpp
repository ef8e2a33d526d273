// The session's part in the team view: the workspace's owner id is made once and kept across
// reopening; every edit that deletes records leaves their tombstones (a case, a rep with all of
// theirs), undo takes them back with the records, and an import that replaces the workspace
// deletes nothing, so it leaves none.
#include <gtest/gtest.h>

#include <algorithm>

#include "app/app.h"
#include "platform/headless/headless_platform.h"
#include "workspace/remove_rep.h"
#include "workspace/workspace_io.h"

using namespace fieldbook::shell;
using fieldbook::workspace::Workspace;

namespace {

struct Ownership : ::testing::Test {
  HeadlessPlatform platform;
  App app{platform};
  Session& session() { return app.session(); }
  const Workspace& doc() { return app.session().doc(); }
  void SetUp() override { session().open_sample("zh"); }
  bool has_tombstone(std::string_view collection, const std::string& id) {
    return std::any_of(doc().deleted.begin(), doc().deleted.end(),
                       [&](const auto& t) { return t.collection == collection && t.id == id; });
  }
};

}  // namespace

TEST_F(Ownership, TheOwnerIdIsMadeOnceAndKept) {
  const std::string owner = doc().settings.owner_id;
  ASSERT_FALSE(owner.empty());
  EXPECT_TRUE(owner.starts_with("u-"));
  HeadlessPlatform next_platform;
  App next{next_platform};
  ASSERT_EQ(next.session().try_open(session().storage_snapshot()), "");
  EXPECT_EQ(next.session().doc().settings.owner_id, owner);
  // Another device's first visit is someone else.
  HeadlessPlatform other_platform;
  App other{other_platform};
  other.session().open_sample("zh");
  EXPECT_NE(other.session().doc().settings.owner_id, owner);
}

TEST_F(Ownership, DeletingLeavesTombstonesAndUndoTakesThemBack) {
  const std::string case_id = doc().roi_cases.at(0).id;
  session().edit("", [&](Workspace& w) { w.roi_cases.erase(w.roi_cases.begin()); });
  EXPECT_TRUE(has_tombstone("roiCases", case_id));
  ASSERT_TRUE(session().undo());
  EXPECT_FALSE(has_tombstone("roiCases", case_id));
  EXPECT_EQ(doc().roi_cases.at(0).id, case_id);

  // A rep with everything of theirs: each record its tombstone.
  const std::string rep = doc().team.at(0).id;
  const auto records = fieldbook::workspace::records_of_rep(doc(), rep);
  const std::string now = session().now_iso();
  session().edit("", [&](Workspace& w) { fieldbook::workspace::remove_rep(w, rep, now); });
  EXPECT_TRUE(has_tombstone("team", rep));
  const auto sessions = std::count_if(doc().deleted.begin(), doc().deleted.end(),
                                      [](const auto& t) { return t.collection == "coachingSessions"; });
  EXPECT_EQ(sessions, records.coaching_sessions);
}

TEST_F(Ownership, AnImportThatReplacesLeavesNoTombstonesAndKeepsTheOwner) {
  const std::string owner = doc().settings.owner_id;
  Workspace other;
  other.settings.owner_id = "u-someone-else";
  const ImportOutcome r = session().import_json(fieldbook::workspace::save_workspace(other, 2), ImportMode::Replace);
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_TRUE(doc().roi_cases.empty());
  EXPECT_TRUE(doc().deleted.empty());
  EXPECT_EQ(doc().settings.owner_id, owner);
}

TEST_F(Ownership, SendToMyManagerHoldsOnlyTheUsersOwnRecords) {
  session().edit("", [](Workspace& w) {
    w.settings.user_name = "李娜";
    fieldbook::roi::Case mine;
    mine.id = "roi-mine";
    mine.name = "我的方案";
    w.roi_cases.push_back(mine);
  });
  const Workspace sent = fieldbook::workspace::load_workspace(session().export_own_json());
  ASSERT_EQ(sent.roi_cases.size(), 1u);  // not the sample's
  EXPECT_EQ(sent.roi_cases[0].id, "roi-mine");
  EXPECT_TRUE(sent.team.empty());
  EXPECT_EQ(sent.settings.owner_id, doc().settings.owner_id);
  EXPECT_EQ(sent.settings.user_name, "李娜");
  EXPECT_TRUE(session().own_file_name().starts_with("fieldbook-李娜-"));
}
