// The coaching session as a record of the workspace file (grow/session_record.h,
// grow/session_schema.h): a file holding only the contract's fields loads, each broken rule is
// refused with its path and message, and sessions from several reps' files merge into the
// manager's workspace.
#include <gtest/gtest.h>

#include <rapidjson/document.h>

#include <functional>
#include <string>
#include <vector>

#include "grow/session_record.h"
#include "workspace/merge.h"
#include "workspace/validate.h"
#include "workspace/workspace_io.h"
#include "workspace_fixtures.h"

namespace fieldbook::grow {
namespace {

using workspace::Workspace;
using workspace::testing::edited;
using workspace::testing::load_error;
using Doc = rapidjson::Document;
using Alloc = rapidjson::Document::AllocatorType;

// Exactly the fields the GROW file contract names, and no other: what another tool writing
// coaching sessions may send.
constexpr const char* kContractFile = R"({
  "schemaVersion": 4,
  "sample": false,
  "exportedBy": "Zhang Wei",
  "settings": {"language": "en", "currency": "CNY", "userName": "Zhang Wei", "updatedAt": "2026-11-20T09:30:00Z"},
  "roiCases": [],
  "rfmAnalyses": [],
  "team": [
    {"id": "rep-1", "name": "Wang Lei", "stage": "mature", "startedOn": "2020-02-29"},
    {"id": "rep-2", "name": "Li Na", "stage": "growing", "startedOn": ""}
  ],
  "coachingSessions": [
    {
      "id": "session-1",
      "repId": "rep-1",
      "date": "2026-11-16",
      "topic": "Renewal of the education bureau framework",
      "goal": {"text": "Renew by year end", "measure": "A signed contract", "dueDate": "2026-12-31"},
      "reality": {"text": "A new IT director, lukewarm on the platform"},
      "options": [
        {"id": "o1", "text": "Invite the director to a research session", "pros": "Builds the relationship",
         "cons": "Two weeks to prepare", "chosen": true},
        {"id": "o2", "text": "Run a usage-data diagnosis", "pros": "Data speaks", "cons": "May surface problems",
         "chosen": false}
      ],
      "will": {"commitment": 6, "support": "The manager joins the visit"},
      "actions": [
        {"id": "a1", "text": "Book a meeting with the director", "owner": "rep", "dueDate": "2026-11-23",
         "status": "open", "doneOn": ""},
        {"id": "a2", "text": "Prepare last year's usage report", "owner": "manager", "dueDate": "",
         "status": "done", "doneOn": "2026-11-20"},
        {"id": "a3", "text": "Offer a discount", "owner": "rep", "dueDate": "2026-11-18",
         "status": "dropped", "doneOn": ""}
      ],
      "nextSessionOn": "2026-11-30"
    },
    {
      "id": "session-2",
      "repId": "rep-2",
      "date": "2026-11-20",
      "topic": "",
      "goal": {"text": "", "measure": "", "dueDate": ""},
      "reality": {"text": ""},
      "options": [],
      "will": {"commitment": null, "support": ""},
      "actions": [],
      "nextSessionOn": ""
    }
  ]
})";

TEST(GrowSessionFile, AFileWithOnlyTheContractsFieldsLoads) {
  Workspace w;
  ASSERT_NO_THROW(w = workspace::load_workspace(kContractFile)) << load_error(kContractFile);
  EXPECT_TRUE(workspace::validate(w).empty());
  ASSERT_EQ(w.team.size(), 2u);
  EXPECT_EQ(w.team[0].started_on, "2020-02-29");
  EXPECT_EQ(w.team[0].disc, std::nullopt);
  EXPECT_EQ(w.team[0].updated_at, "");
  ASSERT_EQ(w.coaching_sessions.size(), 2u);
  const CoachingSession& s = w.coaching_sessions[0];
  EXPECT_EQ(s.rep_id, "rep-1");
  EXPECT_EQ(s.goal.due_date, "2026-12-31");
  EXPECT_EQ(s.reality.text, "A new IT director, lukewarm on the platform");
  EXPECT_EQ(s.reality.tried, "");
  ASSERT_EQ(s.options.size(), 2u);
  EXPECT_TRUE(s.options[0].chosen);
  EXPECT_EQ(s.will.commitment, 6);
  EXPECT_EQ(s.will.to_make_it_eight, "");
  ASSERT_EQ(s.actions.size(), 3u);
  EXPECT_EQ(s.actions[1].owner, ActionOwner::Manager);
  EXPECT_EQ(s.actions[1].status, ActionStatus::Done);
  EXPECT_EQ(s.actions[1].done_on, "2026-11-20");
  EXPECT_EQ(s.actions[2].status, ActionStatus::Dropped);
  EXPECT_EQ(s.next_session_on, "2026-11-30");
  EXPECT_TRUE(s.practice.empty());
  EXPECT_EQ(s.updated_at, "");
  EXPECT_EQ(w.coaching_sessions[1].will.commitment, std::nullopt) << "null: not asked";
}

// The contract file with one session field changed.
std::string with(const std::function<void(rapidjson::Value& session, Alloc&)>& change) {
  return edited([&](Doc& d, Alloc& a) { change(d["coachingSessions"][0], a); }, kContractFile);
}

void set_text(rapidjson::Value& v, const char* key, const char* text, Alloc& a) { v[key].SetString(text, a); }

TEST(GrowSessionFile, EachBrokenRuleIsRefusedWithItsPath) {
  const struct {
    const char* what;
    std::string json;
    std::string error;
  } cases[] = {
      {"a rep not in the team", with([](auto& s, auto& a) { set_text(s, "repId", "rep-9", a); }),
       "coachingSessions[0].repId: names \"rep-9\", which is not in team"},
      {"no rep", with([](auto& s, auto& a) { set_text(s, "repId", "", a); }),
       "coachingSessions[0].repId: must name a member of the team"},
      {"commitment 11", with([](auto& s, auto&) { s["will"]["commitment"].SetInt(11); }),
       "coachingSessions[0].will.commitment: must be between 1 and 10, or null when not asked"},
      {"commitment 0", with([](auto& s, auto&) { s["will"]["commitment"].SetInt(0); }),
       "coachingSessions[0].will.commitment: must be between 1 and 10, or null when not asked"},
      {"an action due on 30 February",
       with([](auto& s, auto& a) { set_text(s["actions"][0], "dueDate", "2026-02-30", a); }),
       "coachingSessions[0].actions[0].dueDate: must be a date such as 2026-02-28"},
      {"a goal due on 30 February", with([](auto& s, auto& a) { set_text(s["goal"], "dueDate", "2026-02-30", a); }),
       "coachingSessions[0].goal.dueDate: must be a date such as 2026-02-28"},
      {"an empty date", with([](auto& s, auto& a) { set_text(s, "date", "", a); }),
       "coachingSessions[0].date: must be a date such as 2026-02-28"},
      {"a date on 30 February", with([](auto& s, auto& a) { set_text(s, "date", "2026-02-30", a); }),
       "coachingSessions[0].date: must be a date such as 2026-02-28"},
      {"a next session that is not a date", with([](auto& s, auto& a) { set_text(s, "nextSessionOn", "Monday", a); }),
       "coachingSessions[0].nextSessionOn: must be a date such as 2026-02-28"},
      {"a done date on an open action",
       with([](auto& s, auto& a) { set_text(s["actions"][0], "doneOn", "2026-11-20", a); }),
       "coachingSessions[0].actions[0].doneOn: must be empty unless the action is done"},
      {"a done date on a dropped action",
       with([](auto& s, auto& a) { set_text(s["actions"][2], "doneOn", "2026-11-20", a); }),
       "coachingSessions[0].actions[2].doneOn: must be empty unless the action is done"},
      {"two actions with one id", with([](auto& s, auto& a) { set_text(s["actions"][2], "id", "a1", a); }),
       "coachingSessions[0].actions[2].id: duplicates the id of coachingSessions[0].actions[0]"},
      {"two options with one id", with([](auto& s, auto& a) { set_text(s["options"][1], "id", "o1", a); }),
       "coachingSessions[0].options[1].id: duplicates the id of coachingSessions[0].options[0]"},
      {"an action without an id", with([](auto& s, auto& a) { set_text(s["actions"][1], "id", "", a); }),
       "coachingSessions[0].actions[1].id: must not be empty"},
      {"a status the tool does not know", with([](auto& s, auto& a) { set_text(s["actions"][0], "status", "later", a); }),
       "coachingSessions[0].actions[0].status: must be one of: open, done, dropped"},
      {"a contract field left out", with([](auto& s, auto&) { s.RemoveMember("nextSessionOn"); }),
       "coachingSessions[0].nextSessionOn: is missing"},
  };
  for (const auto& c : cases) EXPECT_EQ(load_error(c.json), c.error) << c.what;
}

TEST(GrowSessionRecord, PathsAreInsideTheSession) {
  CoachingSession s;
  s.id = "s1";
  s.rep_id = "rep-1";
  s.date = "2026-11-16";
  s.actions = {{"a1", "One", ActionOwner::Rep, "", ActionStatus::Open, ""},
               {"a2", "Two", ActionOwner::Rep, "", ActionStatus::Open, ""},
               {"a1", "Three", ActionOwner::Rep, "", ActionStatus::Open, ""}};
  EXPECT_TRUE(check_record(CoachingSession{.id = "s", .rep_id = "r", .date = "2026-11-16"}).empty());
  const auto issues = check_record(s);
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].path, "actions[2].id");
  EXPECT_EQ(issues[0].message, "duplicates the id of actions[0]");
  // The commitment's bounds are 1 and 10 themselves.
  s.actions.pop_back();
  for (int c : {1, 10}) {
    s.will.commitment = c;
    EXPECT_TRUE(check_record(s).empty()) << c;
  }
}

TEST(GrowSessionRecord, ANameForMessages) {
  CoachingSession s;
  s.date = "2026-11-30";
  EXPECT_EQ(record_name(s), "2026-11-30");
  s.topic = "Sign Huadong Education in Q4";
  EXPECT_EQ(record_name(s), "2026-11-30 · Sign Huadong Education in Q4");
}

// ---------------------------------------------------------------- merge

team::Rep rep(std::string id, std::string name) {
  return {.id = std::move(id), .name = std::move(name), .stage = team::RepStage::Growing,
          .started_on = "2026-03-01", .updated_at = "2026-11-01T00:00:00Z"};
}

CoachingSession session(std::string id, std::string rep_id, std::string date, std::string topic,
                        std::string updated_at) {
  CoachingSession s;
  s.id = std::move(id);
  s.rep_id = std::move(rep_id);
  s.date = std::move(date);
  s.topic = std::move(topic);
  s.actions = {{"a1", "Call the customer", ActionOwner::Rep, "2026-12-01", ActionStatus::Open, ""}};
  s.updated_at = std::move(updated_at);
  return s;
}

// What a rep sends the manager: a workspace of their own, with themselves in the team.
Workspace reps_file(const team::Rep& r, std::vector<CoachingSession> sessions) {
  Workspace w;
  w.exported_by = r.name;
  w.team = {r};
  w.coaching_sessions = std::move(sessions);
  return w;
}

TEST(GrowSessionMerge, TwoRepsFilesMergeIntoTheManagersWorkspace) {
  const team::Rep a = rep("rep-a", "Wang Lei");
  const team::Rep b = rep("rep-b", "Li Na");
  Workspace manager;
  manager.team = {a};
  manager.coaching_sessions = {session("m-1", "rep-a", "2026-11-02", "Kick-off", "2026-11-02T09:00:00Z")};
  const Workspace from_a = reps_file(a, {session("a-1", "rep-a", "2026-11-09", "Pipeline", "2026-11-09T09:00:00Z"),
                                         session("a-2", "rep-a", "2026-11-16", "Renewal", "2026-11-16T09:00:00Z")});
  const Workspace from_b = reps_file(b, {session("b-1", "rep-b", "2026-11-10", "First deal", "2026-11-10T09:00:00Z")});

  workspace::MergeReport report;
  Workspace merged = workspace::merge(manager, from_a, report);
  EXPECT_EQ(report.added, 2);
  EXPECT_EQ(report.unchanged, 1);  // rep-a, the same on both sides
  merged = workspace::merge(merged, from_b, report);
  EXPECT_EQ(report.added, 2);  // rep-b and b-1
  EXPECT_TRUE(report.conflicts.empty());

  std::vector<std::string> ids;
  for (const CoachingSession& s : merged.coaching_sessions) ids.push_back(s.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"m-1", "a-1", "a-2", "b-1"}));
  ASSERT_EQ(merged.team.size(), 2u);
  EXPECT_EQ(merged.team[1].id, "rep-b");
  EXPECT_TRUE(workspace::validate(merged).empty()) << workspace::validate(merged).front().path;
  EXPECT_NO_THROW(workspace::load_workspace(workspace::save_workspace(merged)));
}

TEST(GrowSessionMerge, TheSameSessionEditedOnBothSidesKeepsTheNewerCopy) {
  const team::Rep a = rep("rep-a", "Wang Lei");
  Workspace manager;
  manager.team = {a};
  manager.coaching_sessions = {session("s-1", "rep-a", "2026-11-16", "Renewal", "2026-11-16T09:00:00Z")};
  // The manager retitles the session in the morning; the rep marks the action done in the afternoon.
  manager.coaching_sessions[0].topic = "Renewal: the new director";
  manager.coaching_sessions[0].updated_at = "2026-11-20T09:00:00Z";
  CoachingSession reps_copy = session("s-1", "rep-a", "2026-11-16", "Renewal", "2026-11-20T15:00:00Z");
  set_status(reps_copy.actions[0], ActionStatus::Done, "2026-11-20");
  const Workspace from_a = reps_file(a, {reps_copy});

  workspace::MergeReport report;
  const Workspace merged = workspace::merge(manager, from_a, report);
  EXPECT_EQ(report.updated, 1);
  ASSERT_EQ(report.conflicts.size(), 1u);
  EXPECT_EQ(report.conflicts[0].collection, "coachingSessions");
  EXPECT_EQ(report.conflicts[0].id, "s-1");
  EXPECT_EQ(report.conflicts[0].name, "2026-11-16 · Renewal");  // record_name of the copy kept
  EXPECT_TRUE(report.conflicts[0].kept_incoming);
  ASSERT_EQ(merged.coaching_sessions.size(), 1u);
  EXPECT_EQ(merged.coaching_sessions[0].actions[0].status, ActionStatus::Done);
  EXPECT_EQ(merged.coaching_sessions[0].topic, "Renewal");

  // The other way round the manager's copy is the older one and gives way; merging the rep's
  // older copy into the newer one keeps the newer, and names it.
  const Workspace back = workspace::merge(from_a, manager, report);
  EXPECT_EQ(report.updated, 0);
  ASSERT_EQ(report.conflicts.size(), 1u);
  EXPECT_FALSE(report.conflicts[0].kept_incoming);
  EXPECT_EQ(report.conflicts[0].name, "2026-11-16 · Renewal");
  EXPECT_EQ(back.coaching_sessions[0].actions[0].status, ActionStatus::Done);
  EXPECT_TRUE(workspace::validate(merged).empty());
}

}  // namespace
}  // namespace fieldbook::grow
