// The team import (workspace/team_import.h) and "send to my manager" (workspace/ownership.h): a
// rep's own records go to the manager as that rep's, by the file's owner id; the same file twice
// changes nothing; a newer file updates; a deletion travels; a file that is not a rep's is
// refused with the reason, and nothing of the import is committed.
#include <gtest/gtest.h>

#include <string>

#include "common/json_parse.h"
#include "workspace/deletions.h"
#include "workspace/merge.h"
#include "workspace/ownership.h"
#include "workspace/sample.h"
#include "workspace/team_import.h"
#include "workspace/validate.h"
#include "workspace/workspace_io.h"

namespace fieldbook::workspace {
namespace {

const std::string kNow = "2026-11-30T08:00:00Z";

roi::Case roi_case(const std::string& id, const std::string& name, const std::string& at) {
  roi::Case c;
  c.id = id;
  c.name = name;
  c.updated_at = at;
  return c;
}

// A rep's workspace as their tablet holds it: their own records ("" = theirs), a member of their
// own team with a coaching session, the sample's team.
Workspace rep_workspace(const std::string& owner, const std::string& name) {
  Workspace w;
  w.settings.owner_id = owner;
  w.settings.user_name = name;
  w.roi_cases = {roi_case(owner + "-roi-1", "Deal", "2026-11-20T08:00:00Z")};
  okr::Objective o;
  o.id = owner + "-obj-1";
  o.title = "拿下新客户";
  o.period_start = "2026-10-01";
  o.period_end = "2026-12-31";
  o.parent_id = "";
  o.updated_at = "2026-11-20T08:00:00Z";
  okr::KeyResult kr;
  kr.id = owner + "-kr-1";
  kr.objective_id = o.id;
  kr.target = 10;
  okr::CheckIn c;
  c.id = owner + "-ci-1";
  c.key_result_id = kr.id;
  c.date = "2026-11-20";
  c.value = 4;
  w.objectives = {o};
  w.key_results = {kr};
  w.check_ins = {c};
  return w;
}

std::string file_of(const Workspace& w) { return save_workspace(own_records(w), 2); }

Workspace manager() {
  Workspace w;
  w.settings.owner_id = "u-manager";
  w.settings.user_name = "张伟";
  team::Rep li{.id = "rep-li", .name = "李娜", .updated_at = "2026-11-01T00:00:00Z"};
  w.team = {li};
  return w;
}

TEST(TeamImport, EachFileGoesToItsRepAddedLinkedByNameOrKnown) {
  TeamImport import(manager(), kNow);
  import.add("li.json", file_of(rep_workspace("u-li", "李娜")));     // on the team by name, no file yet
  import.add("wang.json", file_of(rep_workspace("u-wang", "王磊")));  // new
  ASSERT_TRUE(import.ok()) << import.problem();
  const auto& files = import.files();
  EXPECT_EQ(files[0].match, RepMatch::SameName);
  EXPECT_EQ(files[0].rep_id, "rep-li");
  EXPECT_EQ(files[1].match, RepMatch::Added);
  EXPECT_EQ(files[1].rep_id, "rep-u-wang");
  EXPECT_EQ(files[1].rep_name, "王磊");
  // An ROI case, an objective, its key result and its check-in from each.
  EXPECT_EQ(files[0].report.added, 4);
  EXPECT_EQ(files[1].report.added, 4);
  const Workspace& m = import.merged();
  ASSERT_EQ(m.team.size(), 2u);
  EXPECT_EQ(m.team[0].owner_id, "u-li");  // linked: the next file finds her by it
  EXPECT_EQ(m.team[0].updated_at, kNow);
  EXPECT_EQ(m.team[1].owner_id, "u-wang");
  for (const auto& c : m.roi_cases) EXPECT_EQ(c.owner_id, c.id.starts_with("u-li") ? "rep-li" : "rep-u-wang");
  for (const auto& o : m.objectives) EXPECT_EQ(o.owner_id, o.id.starts_with("u-li") ? "rep-li" : "rep-u-wang");
  EXPECT_TRUE(validate(m).empty());
  // The manager's own settings stay.
  EXPECT_EQ(m.settings.owner_id, "u-manager");
}

TEST(TeamImport, TheSameFileTwiceChangesNothingAndANewerFileUpdates) {
  Workspace rep = rep_workspace("u-li", "李娜");
  TeamImport first(manager(), kNow);
  first.add("li.json", file_of(rep));
  ASSERT_TRUE(first.ok());
  TeamImport again(first.merged(), "2026-12-01T08:00:00Z");
  again.add("li.json", file_of(rep));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again.files()[0].match, RepMatch::Linked);
  EXPECT_EQ(again.files()[0].report.unchanged, 4);
  EXPECT_EQ(save_workspace(again.merged()), save_workspace(first.merged()));

  rep.roi_cases[0].name = "Deal, revised";
  rep.roi_cases[0].updated_at = "2026-11-25T08:00:00Z";
  TeamImport newer(first.merged(), kNow);
  newer.add("li-2.json", file_of(rep));
  ASSERT_TRUE(newer.ok());
  EXPECT_EQ(newer.files()[0].report.updated, 1);
  EXPECT_EQ(newer.files()[0].report.unchanged, 3);
  EXPECT_EQ(newer.merged().roi_cases[0].name, "Deal, revised");
}

TEST(TeamImport, ARepsDeletionTravels) {
  Workspace rep = rep_workspace("u-li", "李娜");
  TeamImport first(manager(), kNow);
  first.add("li.json", file_of(rep));
  ASSERT_TRUE(first.ok());
  // She deletes her case on her tablet: the edit leaves a tombstone.
  const RecordIds before = record_ids(rep);
  rep.roi_cases.clear();
  note_deletions(before, rep, "2026-11-28T08:00:00Z");
  ASSERT_EQ(rep.deleted.size(), 1u);
  TeamImport second(first.merged(), kNow);
  second.add("li-2.json", file_of(rep));
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second.files()[0].report.deleted, 1);
  EXPECT_TRUE(second.merged().roi_cases.empty());
  EXPECT_EQ(second.merged().deleted.size(), 1u);
}

TEST(TeamImport, OnlyTheOwnersRecordsComeAndTheRestIsCounted) {
  Workspace rep = rep_workspace("u-li", "李娜");
  // Her own little team and a session she held with them: not hers to send.
  rep.team = {{.id = "rep-x", .name = "X"}};
  grow::CoachingSession s;
  s.id = "session-x";
  s.rep_id = "rep-x";
  s.date = "2026-11-20";
  rep.coaching_sessions = {s};
  rep.roi_cases.push_back(roi_case("roi-x", "X's", "2026-11-20T08:00:00Z"));
  rep.roi_cases.back().owner_id = "rep-x";
  // A full export (not "send to my manager") still imports only her own records.
  TeamImport import(manager(), kNow);
  import.add("li-full.json", save_workspace(rep, 2));
  ASSERT_TRUE(import.ok()) << import.problem();
  EXPECT_EQ(import.files()[0].left_out, 3);  // her team member, the session, the member's case
  EXPECT_EQ(import.merged().roi_cases.size(), 1u);
  EXPECT_TRUE(import.merged().coaching_sessions.empty());
  // "Send to my manager" leaves them out before the file leaves her tablet.
  const Workspace own = own_records(rep);
  EXPECT_TRUE(own.team.empty());
  EXPECT_TRUE(own.coaching_sessions.empty());
  EXPECT_EQ(own.roi_cases.size(), 1u);
  EXPECT_EQ(own.check_ins.size(), 1u);
  EXPECT_TRUE(validate(own).empty());
}

TEST(TeamImport, AFileThatIsNotARepsIsRefusedWithTheReason) {
  const Workspace m = manager();
  TeamImport import(m, kNow);
  import.add("broken.json", "{\"schemaVersion\": 6,");
  EXPECT_NE(import.files()[0].error.find("not valid JSON"), std::string::npos) << import.files()[0].error;
  Workspace no_owner = rep_workspace("", "Old");
  import.add("old.json", save_workspace(no_owner, 2));
  EXPECT_NE(import.files()[1].error.find("does not say whose it is"), std::string::npos);
  import.add("mine.json", save_workspace(m, 2));
  EXPECT_NE(import.files()[2].error.find("your own workspace"), std::string::npos);
  EXPECT_FALSE(import.ok());
  EXPECT_EQ(save_workspace(import.merged()), save_workspace(m));  // nothing of them got in
}

// Each refusal says its kind, and an unreadable file keeps the error as thrown, so the app can
// say it in the user's language; `error` keeps the English.
TEST(TeamImport, ARefusalNamesItsKindAndAnUnreadableFileKeepsItsError) {
  const Workspace m = manager();
  TeamImport import(m, kNow);
  import.add("broken.json", "{\"schemaVersion\": 6,");
  import.add("empty.json", "  ");
  import.add("newer.json", "{\"schemaVersion\": 99}");
  Workspace bad = rep_workspace("u-li", "李娜");
  bad.check_ins[0].confidence = 11;
  import.add("bad.json", save_workspace(bad, 2));
  import.add("old.json", save_workspace(rep_workspace("", "Old"), 2));
  import.add("mine.json", save_workspace(m, 2));
  const auto& f = import.files();
  ASSERT_EQ(f.size(), 6u);
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(f[i].refusal, TeamFileRefusal::Unreadable) << i;
    ASSERT_TRUE(f[i].cause) << i;
    EXPECT_EQ(f[i].error, f[i].cause->what()) << i;
  }
  const auto* json = dynamic_cast<const JsonError*>(f[0].cause.get());
  ASSERT_TRUE(json);
  EXPECT_EQ(json->kind(), JsonError::Kind::NotJson);
  EXPECT_EQ(json->position().line, 1u);
  const auto* empty = dynamic_cast<const FileError*>(f[1].cause.get());
  ASSERT_TRUE(empty);
  EXPECT_EQ(empty->problem(), FileProblem::Empty);
  const auto* newer = dynamic_cast<const FileError*>(f[2].cause.get());
  ASSERT_TRUE(newer);
  EXPECT_EQ(newer->problem(), FileProblem::NewerVersion);
  EXPECT_EQ(newer->version(), 99);
  EXPECT_EQ(f[3].cause->position().path, "checkIns[0].confidence");
  EXPECT_EQ(f[3].error, "checkIns[0].confidence: must be between 0 and 10");
  EXPECT_EQ(f[4].refusal, TeamFileRefusal::NoOwner);
  EXPECT_EQ(f[5].refusal, TeamFileRefusal::OwnWorkspace);
  EXPECT_FALSE(f[4].cause);
  EXPECT_FALSE(f[5].cause);
}

// Files that are each fine may not fit together: one deletes an objective another's key result
// is under. The import says which rule the merge would break, where, as a rule the app can say.
TEST(TeamImport, FilesThatDoNotFitTogetherNameTheRuleTheMergeWouldBreak) {
  TeamImport import(manager(), kNow);
  import.add("li.json", file_of(rep_workspace("u-li", "李娜")));
  Workspace wang = rep_workspace("u-wang", "王磊");
  wang.deleted.push_back({"objectives", "u-li-obj-1", "2026-11-25T08:00:00Z"});
  import.add("wang.json", file_of(wang));
  ASSERT_TRUE(import.files()[0].error.empty());
  ASSERT_TRUE(import.files()[1].error.empty()) << import.files()[1].error;
  EXPECT_FALSE(import.ok());
  EXPECT_EQ(import.problem(), "merged, the workspace would not be valid: keyResults[0].objectiveId: names \"u-li-obj-1\", "
                              "which is not in objectives");
  const Issue& issue = import.problem_issue();
  EXPECT_EQ(issue.path, "keyResults[0].objectiveId");
  EXPECT_EQ(issue.rule.kind, ValueRule::Kind::NoRecord);
  EXPECT_EQ(issue.rule.name, "u-li-obj-1");
  EXPECT_EQ(issue.rule.list, "objectives");
}

TEST(TeamImport, AnObjectiveAlignedUnderOneThatDoesNotComeShowsAtTheTop) {
  Workspace rep = rep_workspace("u-li", "李娜");
  // Her objective sits under one of a member of her own team, which stays out of the import.
  rep.team = {{.id = "rep-x", .name = "X"}};
  okr::Objective theirs = rep.objectives[0];
  theirs.id = "obj-x";
  theirs.owner_id = "rep-x";
  rep.objectives.push_back(theirs);
  rep.objectives[0].parent_id = "obj-x";
  ASSERT_TRUE(validate(rep).empty());
  TeamImport import(manager(), kNow);
  import.add("li.json", save_workspace(rep, 2));
  ASSERT_TRUE(import.ok()) << import.problem();
  ASSERT_EQ(import.merged().objectives.size(), 1u);
  EXPECT_EQ(import.merged().objectives[0].parent_id, "");
}

TEST(OwnRecords, TheFileIsNamedForTheRepAndTheDay) {
  EXPECT_EQ(own_file_name("李娜", "2026-11-30"), "fieldbook-李娜-2026-11-30.json");
  EXPECT_EQ(own_file_name("Li Na/East", "2026-11-30"), "fieldbook-Li_Na_East-2026-11-30.json");
  EXPECT_EQ(own_file_name("", "2026-11-30"), "fieldbook-2026-11-30.json");
}

TEST(OwnRecords, TheSampleStaysHome) {
  Workspace w = make_sample_workspace("zh", kNow);
  w.settings.owner_id = "u-li";
  const Workspace own = own_records(w);
  EXPECT_TRUE(own.roi_cases.empty());
  EXPECT_TRUE(own.objectives.empty());
  EXPECT_TRUE(own.rfm_analyses.empty());
}

TEST(Deletions, AnEditLeavesTombstonesAndOldOnesAreDropped) {
  Workspace w = rep_workspace("u-li", "李娜");
  const RecordIds before = record_ids(w);
  w.roi_cases.clear();
  w.check_ins.clear();
  note_deletions(before, w, kNow);
  ASSERT_EQ(w.deleted.size(), 2u);
  EXPECT_EQ(w.deleted[0].collection, "roiCases");
  EXPECT_EQ(w.deleted[1].collection, "checkIns");
  EXPECT_TRUE(validate(w).empty());
  // A record made again with its old id takes its tombstone back.
  const RecordIds after = record_ids(w);
  w.roi_cases.push_back(roi_case("u-li-roi-1", "Deal", "2026-12-01T08:00:00Z"));
  note_deletions(after, w, "2026-12-01T08:00:00Z");
  ASSERT_EQ(w.deleted.size(), 1u);
  EXPECT_EQ(w.deleted[0].collection, "checkIns");
  // 180 days on, the tombstone goes.
  prune_tombstones(w, *parse_iso_timestamp("2027-05-28T08:00:00Z"));  // 179 days after
  EXPECT_EQ(w.deleted.size(), 1u);
  prune_tombstones(w, *parse_iso_timestamp("2027-05-30T08:00:00Z"));  // 181 days after
  EXPECT_TRUE(w.deleted.empty());
}

}  // namespace
}  // namespace fieldbook::workspace
