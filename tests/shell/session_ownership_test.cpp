// The session's part in the team view: the workspace's owner id is made once and kept across
// reopening; every edit that deletes records leaves their tombstones (a case, a rep with all of
// theirs), undo takes them back with the records, and an import that replaces the workspace
// deletes nothing, so it leaves none.
#include <gtest/gtest.h>

#include <algorithm>

#include "app/app.h"
#include "okr/kpi_stats.h"
#include "platform/headless/headless_platform.h"
#include "views/okr_kpi_edit.h"
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

// One rep, two devices (a phone and a tablet, the same workspace on both): this week's KPI value
// typed on each. Merged, the week holds one value, the newer, and the KPI counts it once; deleting
// it leaves the week empty.
TEST_F(Ownership, AWeeksKpiValueTypedOnTwoDevicesIsOneEntryAfterAMerge) {
  fieldbook::okr::Kpi kpi;  // a KPI of its own, with no entries yet
  kpi.id = "kpi-visits";
  kpi.name = "Customer visits";
  kpi.target = 5;
  session().edit("", [&](Workspace& w) { w.kpis.push_back(kpi); });
  HeadlessPlatform tablet_platform;
  App tablet{tablet_platform};
  ASSERT_EQ(tablet.session().try_open(session().storage_snapshot()), "");

  const std::string day = session().today_iso();
  const std::string on_phone = set_kpi_entry(app, kpi, day, 4);
  tablet_platform.clock_ms = platform.clock_ms + 60'000;  // a minute later
  const std::string on_tablet = set_kpi_entry(tablet, kpi, day, 9);
  EXPECT_EQ(on_phone, on_tablet) << "the same week's entry has the same id on every device";

  const auto outcome = tablet.session().import_json(session().export_json(), ImportMode::Merge);
  ASSERT_TRUE(outcome.error.empty()) << outcome.error;
  const auto& entries = tablet.session().doc().kpi_entries;
  const auto start = fieldbook::okr::kpi_period_start(kpi.frequency, day);
  const auto in_week = std::count_if(entries.begin(), entries.end(),
                                     [&](const auto& e) { return e.kpi_id == kpi.id && e.period_start == start; });
  EXPECT_EQ(in_week, 1);
  const auto stats = fieldbook::okr::kpi_stats(kpi, entries);
  ASSERT_NE(stats.latest, nullptr);
  EXPECT_EQ(stats.latest->period_start, start);
  EXPECT_DOUBLE_EQ(stats.latest->value, 9) << "the newer value";

  // The phone merges the tablet's file: the same.
  ASSERT_TRUE(session().import_json(tablet.session().export_json(), ImportMode::Merge).error.empty());
  EXPECT_DOUBLE_EQ(fieldbook::okr::kpi_stats(kpi, doc().kpi_entries).latest->value, 9);
}

// Two entries of one week from before the shared id (a merge kept both): the KPI shows the newer;
// deleting it deletes the week's value, rather than bringing the older one back.
TEST_F(Ownership, DeletingAWeeksValueDeletesAnOlderCopyOfItToo) {
  const fieldbook::okr::Kpi kpi = doc().kpis.front();
  const std::string start = fieldbook::okr::kpi_period_start(kpi.frequency, session().today_iso());
  session().edit("", [&](Workspace& w) {
    w.kpi_entries.push_back({"kpientry-old-phone", kpi.id, start, 4, "2026-11-17T08:00:00.000Z"});
    w.kpi_entries.push_back({"kpientry-old-tablet", kpi.id, start, 9, "2026-11-17T09:00:00.000Z"});
  });
  const auto stats = fieldbook::okr::kpi_stats(kpi, doc().kpi_entries);
  ASSERT_EQ(stats.latest->id, "kpientry-old-tablet");
  delete_kpi_entry(app, "kpientry-old-tablet");
  for (const auto& e : doc().kpi_entries) EXPECT_FALSE(e.kpi_id == kpi.id && e.period_start == start) << e.id;
  EXPECT_TRUE(has_tombstone("kpiEntries", "kpientry-old-phone")) << "both deletions travel with the next file";
  EXPECT_TRUE(has_tombstone("kpiEntries", "kpientry-old-tablet"));
}

// A rep in Shanghai opens the app at 07:30 on December 1st (still November 30th in UTC): the
// sample is dated from their day, so "two weeks ago" and the quarter agree with Today's view.
TEST(SampleDay, TheSampleIsDatedFromTheUsersOwnDay) {
  HeadlessPlatform platform;
  platform.utc_offset = 480;
  platform.clock_ms = 1'796'081'400'000;  // 2026-11-30T23:30:00Z
  App app{platform};
  app.session().open_sample("zh");
  ASSERT_EQ(app.session().today_iso(), "2026-12-01");
  const auto& sessions = app.session().doc().coaching_sessions;
  ASSERT_FALSE(sessions.empty());
  EXPECT_EQ(sessions.front().date, "2026-11-17") << "two weeks before the user's day, not before UTC's";
  const auto& team = app.session().doc().team;
  ASSERT_FALSE(team.empty());
  EXPECT_EQ(team.back().started_on, "2026-11-01") << "thirty days before December 1st";
  EXPECT_EQ(app.session().doc().settings.updated_at.substr(0, 10), "2026-11-30") << "times stay UTC";
}
