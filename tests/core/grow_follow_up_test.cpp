// Following up on coaching (grow/follow_up.h, grow/team_summary.h): which list each action is in
// and in what order, the open actions a new session starts from, and the team summary the views
// and `fieldbook grow` read.
#include "grow/follow_up.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "grow/leadership.h"
#include "grow/session_record.h"
#include "grow/team_summary.h"
#include "team/team.h"
#include "workspace/validate.h"
#include "workspace/workspace.h"

namespace fieldbook::grow {
namespace {

using team::Rep;
using team::RepStage;

Date day(const char* iso) { return *parse_iso_date(iso); }

Action action(std::string id, std::string due, ActionStatus status = ActionStatus::Open, std::string done_on = "") {
  return {id, "Do " + id, ActionOwner::Rep, std::move(due), status, std::move(done_on)};
}

CoachingSession session(std::string id, std::string rep_id, std::string date, std::vector<Action> actions = {},
                        std::optional<int> commitment = std::nullopt) {
  CoachingSession s;
  s.id = std::move(id);
  s.rep_id = std::move(rep_id);
  s.date = std::move(date);
  s.actions = std::move(actions);
  s.will.commitment = commitment;
  return s;
}

// The action ids of a list, in its order.
std::vector<std::string> ids(const std::vector<ActionItem>& items) {
  std::vector<std::string> out;
  for (const ActionItem& item : items) out.push_back(item.action->id);
  return out;
}

using Ids = std::vector<std::string>;

// ---------------------------------------------------------------- the follow-up lists

// One rep's actions as of Monday 2026-11-30: the week runs to Sunday 2026-12-06.
std::vector<CoachingSession> one_rep() {
  return {session("s1", "rep-a", "2026-11-16",
                  {action("undated", ""), action("next-monday", "2026-12-07"), action("sunday", "2026-12-06"),
                   action("today", "2026-11-30"), action("friday-before", "2026-11-27"),
                   action("done-early", "2026-11-20", ActionStatus::Done, "2026-11-19"),
                   action("dropped", "2026-11-01", ActionStatus::Dropped),
                   action("done-late", "2026-11-25", ActionStatus::Done, "2026-11-28"),
                   action("tuesday", "2026-12-01"), action("far", "2027-01-15")})};
}

TEST(GrowFollowUp, OnAMondayTheWeekRunsToSunday) {
  ASSERT_EQ(day_of_week(day("2026-11-30")), Weekday::Monday);
  const auto sessions = one_rep();
  const FollowUp f = follow_up(sessions, day("2026-11-30"));
  EXPECT_EQ(ids(f.overdue), (Ids{"friday-before"}));
  EXPECT_EQ(f.overdue.at(0).days_overdue, 3);
  // Due today is due, not overdue; Sunday ends the week; the next Monday is later.
  EXPECT_EQ(ids(f.this_week), (Ids{"today", "tuesday", "sunday"}));
  EXPECT_EQ(ids(f.later), (Ids{"next-monday", "far", "undated"}));
  EXPECT_EQ(ids(f.done), (Ids{"done-late", "done-early"}));
  for (const auto* list : {&f.this_week, &f.later, &f.done})
    for (const ActionItem& item : *list) EXPECT_EQ(item.days_overdue, 0) << item.action->id;
}

TEST(GrowFollowUp, OnASundayTheWeekEndsThatDay) {
  ASSERT_EQ(day_of_week(day("2026-11-29")), Weekday::Sunday);
  const std::vector<CoachingSession> sessions = {
      session("s1", "rep-a", "2026-11-16",
              {action("monday", "2026-11-30"), action("sunday", "2026-11-29"), action("saturday", "2026-11-28")})};
  const FollowUp f = follow_up(sessions, day("2026-11-29"));
  EXPECT_EQ(ids(f.overdue), (Ids{"saturday"}));
  EXPECT_EQ(f.overdue.at(0).days_overdue, 1);
  EXPECT_EQ(ids(f.this_week), (Ids{"sunday"}));
  EXPECT_EQ(ids(f.later), (Ids{"monday"}));
}

TEST(GrowFollowUp, LaterListsDatedActionsBeforeUndatedOnes) {
  const std::vector<CoachingSession> sessions = {
      session("s1", "rep-a", "2026-11-16", {action("undated-1", ""), action("march", "2027-03-01")}),
      session("s2", "rep-b", "2026-11-17", {action("undated-2", ""), action("january", "2027-01-04")})};
  const FollowUp f = follow_up(sessions, day("2026-11-30"));
  EXPECT_EQ(ids(f.later), (Ids{"january", "march", "undated-1", "undated-2"}));
}

TEST(GrowFollowUp, DoneIsMostRecentlyDoneFirstAndDroppedIsInNoList) {
  const std::vector<CoachingSession> sessions = {
      session("s1", "rep-a", "2026-11-02",
              {action("done-1", "2026-11-20", ActionStatus::Done, "2026-11-10"),
               action("dropped-1", "2026-11-20", ActionStatus::Dropped),
               action("dropped-2", "", ActionStatus::Dropped)}),
      session("s2", "rep-b", "2026-11-16",
              {action("done-3", "", ActionStatus::Done, "2026-11-29"),
               action("done-2", "2026-12-20", ActionStatus::Done, "2026-11-21")})};
  const FollowUp f = follow_up(sessions, day("2026-11-30"));
  EXPECT_EQ(ids(f.done), (Ids{"done-3", "done-2", "done-1"}));
  EXPECT_TRUE(f.overdue.empty());
  EXPECT_TRUE(f.this_week.empty());
  EXPECT_TRUE(f.later.empty());
}

TEST(GrowFollowUp, OverdueIsByDueDateThenRep) {
  // In the list rep-b comes first and its later due date first: neither order may leak through.
  const std::vector<CoachingSession> sessions = {
      session("s-b", "rep-b", "2026-11-01", {action("b-25", "2026-11-25"), action("b-20", "2026-11-20")}),
      session("s-c", "rep-c", "2026-11-02", {action("c-25", "2026-11-25")}),
      session("s-a", "rep-a", "2026-11-03", {action("a-25", "2026-11-25"), action("a-28", "2026-11-28")})};
  const FollowUp f = follow_up(sessions, day("2026-11-30"));
  EXPECT_EQ(ids(f.overdue), (Ids{"b-20", "a-25", "b-25", "c-25", "a-28"}));
  std::vector<int> days;
  for (const ActionItem& item : f.overdue) days.push_back(item.days_overdue);
  EXPECT_EQ(days, (std::vector<int>{10, 5, 5, 5, 2}));
  // Each item points at its session.
  EXPECT_EQ(f.overdue.at(0).session, &sessions[0]);
  EXPECT_EQ(f.overdue.at(1).session, &sessions[2]);
}

TEST(GrowFollowUp, DaysOverdueCountCalendarDaysAcrossMonthsAndYears) {
  const std::vector<CoachingSession> sessions = {
      session("s1", "rep-a", "2025-12-01", {action("new-year", "2025-12-31"), action("leap", "2028-02-28")})};
  EXPECT_EQ(follow_up(sessions, day("2026-03-01")).overdue.at(0).days_overdue, 60);  // 31 + 28 + 1
  EXPECT_EQ(follow_up(sessions, day("2028-03-01")).overdue.at(1).days_overdue, 2);   // through 29 February
}

TEST(GrowFollowUp, ARepIdKeepsOnlyThatRepsActions) {
  const std::vector<CoachingSession> sessions = {
      session("s-a", "rep-a", "2026-11-02",
              {action("a-overdue", "2026-11-20"), action("a-week", "2026-12-02"), action("a-later", ""),
               action("a-done", "", ActionStatus::Done, "2026-11-03")}),
      session("s-b", "rep-b", "2026-11-03",
              {action("b-overdue", "2026-11-20"), action("b-week", "2026-12-02"), action("b-later", ""),
               action("b-done", "", ActionStatus::Done, "2026-11-04")})};
  const FollowUp a = follow_up(sessions, day("2026-11-30"), "rep-a");
  EXPECT_EQ(ids(a.overdue), (Ids{"a-overdue"}));
  EXPECT_EQ(ids(a.this_week), (Ids{"a-week"}));
  EXPECT_EQ(ids(a.later), (Ids{"a-later"}));
  EXPECT_EQ(ids(a.done), (Ids{"a-done"}));
  const FollowUp everyone = follow_up(sessions, day("2026-11-30"));
  EXPECT_EQ(ids(everyone.overdue), (Ids{"a-overdue", "b-overdue"}));
  EXPECT_EQ(ids(everyone.done), (Ids{"b-done", "a-done"}));
  EXPECT_TRUE(follow_up(sessions, day("2026-11-30"), "rep-z").later.empty());
}

// ---------------------------------------------------------------- a rep's sessions

// rep-a's latest session by date is listed before an older one; rep-b's is the newest of all.
std::vector<CoachingSession> two_reps() {
  CoachingSession latest = session("s-latest", "rep-a", "2026-11-16",
                                   {action("quote", "2026-11-23"), action("call", ""),
                                    action("done", "2026-11-20", ActionStatus::Done, "2026-11-19"),
                                    action("dropped", "2026-11-20", ActionStatus::Dropped)});
  latest.actions[0].text = "Send a customised quote";
  latest.actions[1].text = "Call the new director";
  CoachingSession older = session("s-older", "rep-a", "2026-11-02", {action("older-open", "2026-11-09")});
  CoachingSession other = session("s-other", "rep-b", "2026-11-20", {action("b-open", "2026-11-27")});
  return {latest, other, older};
}

TEST(GrowSessions, ARepsSessionsAreInDateOrderAndTheLatestIsByDate) {
  const auto sessions = two_reps();
  const auto a = sessions_of(sessions, "rep-a");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0]->id, "s-older");
  EXPECT_EQ(a[1]->id, "s-latest");
  EXPECT_EQ(latest_session(sessions, "rep-a")->id, "s-latest");
  EXPECT_EQ(latest_session(sessions, "rep-z"), nullptr);
  EXPECT_TRUE(sessions_of(sessions, "rep-z").empty());
}

TEST(GrowNewSession, CarriesOnlyTheOpenActionsOfTheRepsLatestSession) {
  const auto sessions = two_reps();
  const CoachingSession s = new_session(sessions, "rep-a", "s-new", "2026-11-30", Language::En, "2026-11-30T08:00:00Z");
  EXPECT_EQ(s.reality.text,
            "Open from 2026-11-16:\n"
            "• Send a customised quote (due 2026-11-23)\n"
            "• Call the new director");
  EXPECT_EQ(s.id, "s-new");
  EXPECT_EQ(s.rep_id, "rep-a");
  EXPECT_EQ(s.date, "2026-11-30");
  EXPECT_EQ(s.updated_at, "2026-11-30T08:00:00Z");
  // A new worksheet: nothing but the carried actions is filled in.
  EXPECT_TRUE(s.actions.empty());
  EXPECT_TRUE(s.options.empty());
  EXPECT_EQ(s.will.commitment, std::nullopt);
  EXPECT_EQ(s.goal.text, "");
  EXPECT_EQ(s.reality.tried, "");
}

TEST(GrowNewSession, CarriesTheOpenActionsInChineseToo) {
  const auto sessions = two_reps();
  const CoachingSession s = new_session(sessions, "rep-a", "s-new", "2026-11-30", Language::Zh, "2026-11-30T08:00:00Z");
  EXPECT_EQ(s.reality.text,
            "上次（2026-11-16）未完成的行动：\n"
            "• Send a customised quote（截止 2026-11-23）\n"
            "• Call the new director");
}

TEST(GrowNewSession, StartsEmptyWithNoEarlierSessionOrNothingOpen) {
  const auto sessions = two_reps();
  EXPECT_EQ(new_session(sessions, "rep-c", "s-new", "2026-11-30", Language::En, "").reality.text, "");
  EXPECT_EQ(new_session({}, "rep-a", "s-new", "2026-11-30", Language::Zh, "").reality.text, "");
  // The latest session's actions are all done or dropped: the older session's open one stays there.
  auto closed = sessions;
  for (Action& a : closed[0].actions) a.status = a.status == ActionStatus::Open ? ActionStatus::Dropped : a.status;
  EXPECT_EQ(new_session(closed, "rep-a", "s-new", "2026-11-30", Language::En, "").reality.text, "");
}

TEST(GrowNewSession, IsAValidRecordOnceTheRepIsInTheTeam) {
  workspace::Workspace w;
  w.team = {{.id = "rep-a", .name = "Wang Lei", .stage = RepStage::Mature},
            {.id = "rep-b", .name = "Li Na", .stage = RepStage::Growing}};
  w.coaching_sessions = two_reps();
  const CoachingSession s =
      new_session(w.coaching_sessions, "rep-a", "s-new", "2026-11-30", Language::En, "2026-11-30T08:00:00Z");
  EXPECT_TRUE(check_record(s).empty());
  w.coaching_sessions.push_back(s);
  EXPECT_TRUE(workspace::validate(w).empty()) << workspace::validate(w).front().path;
  // With its rep gone from the team, the same session is refused.
  w.team.erase(w.team.begin());
  const auto issues = workspace::validate(w);
  ASSERT_FALSE(issues.empty());
  EXPECT_EQ(issues.front().path, "coachingSessions[0].repId");
}

// ---------------------------------------------------------------- the team summary

Rep rep(std::string id, RepStage stage, std::string started_on = "") {
  return {.id = id, .name = "Name of " + id, .stage = stage, .started_on = std::move(started_on)};
}

TEST(GrowTeamSummary, StyleFollowsTheStageAndTheLatestCommitmentByDate) {
  const std::vector<Rep> team = {rep("new", RepStage::New, "2026-10-01"),
                                 rep("growing", RepStage::Growing, "2026-03-01"),
                                 rep("wavering", RepStage::Mature),
                                 rep("fell-back", RepStage::Mature, "2020-02-29"),
                                 rep("firm", RepStage::Mature, "2021-06-01"),
                                 rep("idle", RepStage::Mature)};
  const std::vector<CoachingSession> sessions = {
      session("n1", "new", "2026-11-20", {}, 3),          // a low commitment does not change directing
      session("g1", "growing", "2026-11-20", {}, 3),      // nor coaching
      session("w2", "wavering", "2026-11-20", {}, 6),     // the latest by date, listed first ...
      session("w1", "wavering", "2026-11-01", {}, 9),     // ... the earlier 9 does not count
      session("f1", "fell-back", "2026-11-02", {}, 5),
      session("f2", "fell-back", "2026-11-23"),           // latest, no commitment: f1's 5 counts
      session("x1", "firm", "2026-11-23", {}, 7)};
  const auto summary = summarize_team(team, sessions, day("2026-11-30"));
  ASSERT_EQ(summary.size(), team.size());
  for (std::size_t i = 0; i < team.size(); ++i) EXPECT_EQ(summary[i].rep, &team[i]) << "team order";

  auto style = [&](std::size_t i) { return std::string(style_code(summary[i].style)); };
  EXPECT_EQ(style(0), "directing");
  EXPECT_EQ(style(1), "coaching");
  EXPECT_EQ(style(2), "supporting");
  EXPECT_EQ(summary[2].latest_commitment, 6);
  EXPECT_EQ(summary[2].last_session, "2026-11-20");
  EXPECT_EQ(style(3), "supporting");
  EXPECT_EQ(summary[3].latest_commitment, 5);
  EXPECT_EQ(summary[3].last_session, "2026-11-23");
  EXPECT_EQ(style(4), "delegating");
  EXPECT_EQ(summary[4].latest_commitment, 7);
  EXPECT_EQ(style(5), "delegating") << "no commitment on record";
  EXPECT_EQ(summary[5].latest_commitment, std::nullopt);

  EXPECT_EQ(summary[2].sessions, 2);
  EXPECT_EQ(summary[5].sessions, 0);
  EXPECT_EQ(summary[5].last_session, "");
}

TEST(GrowTeamSummary, CountsOpenAndOverdueActionsOfEachRep) {
  const std::vector<Rep> team = {rep("a", RepStage::Growing), rep("b", RepStage::New), rep("c", RepStage::New)};
  const std::vector<CoachingSession> sessions = {
      session("a1", "a", "2026-11-02", {action("a1-overdue", "2026-11-10")}),
      session("a2", "a", "2026-11-23",
              {action("a2-overdue", "2026-11-25"), action("a2-week", "2026-12-04"), action("a2-undated", ""),
               action("a2-done", "2026-11-20", ActionStatus::Done, "2026-11-20"),
               action("a2-dropped", "2026-11-01", ActionStatus::Dropped)}),
      session("b1", "b", "2026-11-23", {action("b1-today", "2026-11-30"), action("b1-later", "2027-01-01")})};
  const auto summary = summarize_team(team, sessions, day("2026-11-30"));
  EXPECT_EQ(summary[0].open_actions, 4);
  EXPECT_EQ(summary[0].overdue_actions, 2);
  EXPECT_EQ(summary[1].open_actions, 2);
  EXPECT_EQ(summary[1].overdue_actions, 0) << "due today is not overdue";
  EXPECT_EQ(summary[2].open_actions, 0);
  EXPECT_EQ(summary[2].overdue_actions, 0);
  // The day after, b's action due today is overdue.
  EXPECT_EQ(summarize_team(team, sessions, day("2026-12-01"))[1].overdue_actions, 1);
}

TEST(GrowTeamSummary, SuggestsAStageFromTheStartDateWhenThereIsOne) {
  const std::vector<Rep> team = {rep("started-jan", RepStage::New, "2026-01-15"),
                                 rep("veteran", RepStage::Growing, "2020-02-29"),
                                 rep("unknown", RepStage::Mature, "")};
  const auto summary = summarize_team(team, {}, day("2026-11-30"));
  EXPECT_TRUE(summary[0].has_start_date);
  EXPECT_EQ(summary[0].suggested_stage, RepStage::Growing);  // 10 months in; the manager still says New
  EXPECT_EQ(summary[0].style, LeadershipStyle::Directing);   // the style follows the manager's stage
  EXPECT_EQ(summary[1].suggested_stage, RepStage::Mature);
  EXPECT_FALSE(summary[2].has_start_date);
  EXPECT_EQ(summary[2].suggested_stage, RepStage::Mature);  // nothing to suggest: the rep's own stage
  EXPECT_TRUE(summarize_team({}, {}, day("2026-11-30")).empty());
}

}  // namespace
}  // namespace fieldbook::grow
