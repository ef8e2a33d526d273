// Deleting a member of the team (workspace/remove_rep.h) takes what is theirs in every tool and
// leaves a workspace that validates: nothing names someone who is gone.
#include <gtest/gtest.h>

#include <algorithm>

#include "workspace/remove_rep.h"
#include "workspace/sample.h"
#include "workspace/validate.h"

namespace fieldbook::workspace {
namespace {

const std::string kNow = "2026-11-30T08:00:00Z";

TEST(WorkspaceRemoveRep, EveryRepOfTheSampleGoesWithEverythingOfTheirsAndTheRestValidates) {
  const Workspace sample = make_sample_workspace("zh", kNow);
  for (const auto& rep : sample.team) {
    SCOPED_TRACE(rep.id);
    Workspace w = sample;
    const RepRecords counted = records_of_rep(w, rep.id);
    remove_rep(w, rep.id, "2026-12-01T08:00:00Z");
    EXPECT_EQ(w.team.size(), sample.team.size() - 1);
    const auto issues = validate(w);
    EXPECT_TRUE(issues.empty()) << issues.front().path << ": " << issues.front().message;
    EXPECT_EQ(int(sample.coaching_sessions.size() - w.coaching_sessions.size()), counted.coaching_sessions);
    EXPECT_EQ(int(sample.objectives.size() - w.objectives.size()), counted.objectives);
    EXPECT_EQ(int(sample.funnel_periods.size() - w.funnel_periods.size()), counted.funnel_periods);
    EXPECT_EQ(records_of_rep(w, rep.id).coaching_sessions + records_of_rep(w, rep.id).objectives +
                  records_of_rep(w, rep.id).funnel_periods,
              0);
  }
}

TEST(WorkspaceRemoveRep, TheirObjectivesTakeKeyResultsAndCheckInsAndWhatWasAlignedUnderMovesUp) {
  Workspace w;
  w.team = {{.id = "li", .name = "Li Na"}};
  w.objectives = {{"mine", "Team", "", "2026-10-01", "2026-12-31", okr::ObjectiveKind::Committed, "", "", "", ""},
                  {"hers", "Hers", "li", "2026-10-01", "2026-12-31", okr::ObjectiveKind::Committed, "mine", "", "", ""},
                  {"under", "Under hers", "", "2026-10-01", "2026-12-31", okr::ObjectiveKind::Committed, "hers", "", "", ""}};
  w.key_results = {{"k-hers", "hers", "Proposals", okr::KeyResultType::Increase, 0, 8, 1, okr::Unit::Count, "", ""},
                   {"k-mine", "mine", "Revenue", okr::KeyResultType::Increase, 0, 1, 1, okr::Unit::Count, "", ""}};
  w.check_ins = {{"c-hers", "k-hers", "2026-11-01", 2, 6, "", ""}, {"c-mine", "k-mine", "2026-11-01", 0.5, 6, "", ""}};
  w.funnel_periods.push_back({.id = "f", .owner_id = "li", .period_start = "2026-11-23", .period_end = "2026-11-29",
                              .counts = {1, 0}});
  ASSERT_TRUE(validate(w).empty());
  remove_rep(w, "li", "2026-12-01T08:00:00Z");
  ASSERT_EQ(w.objectives.size(), 2u);
  EXPECT_EQ(w.objectives[1].id, "under");
  EXPECT_EQ(w.objectives[1].parent_id, "mine");  // moved up to her objective's parent
  EXPECT_EQ(w.objectives[1].updated_at, "2026-12-01T08:00:00Z");
  ASSERT_EQ(w.key_results.size(), 1u);
  EXPECT_EQ(w.key_results[0].id, "k-mine");
  ASSERT_EQ(w.check_ins.size(), 1u);
  EXPECT_EQ(w.check_ins[0].id, "c-mine");
  EXPECT_TRUE(w.funnel_periods.empty());
  EXPECT_TRUE(w.team.empty());
  EXPECT_TRUE(validate(w).empty());
}

// After a team import a rep owns KPIs, ROI cases and RFM analyses too: they go with the rep, or
// the workspace would name someone who is gone and no longer load.
TEST(WorkspaceRemoveRep, ImportedRecordsOfEveryToolGoWithTheRep) {
  Workspace w;
  w.team = {{.id = "li", .name = "Li Na"}};
  w.kpis = {{.id = "k-hers", .name = "Visits", .target = 5, .owner_id = "li"},
            {.id = "k-mine", .name = "Visits", .target = 5}};
  w.kpi_entries = {{"e-hers", "k-hers", "2026-11-16", 3, ""}, {"e-mine", "k-mine", "2026-11-16", 3, ""}};
  // Sound records to copy: the sample's first case and analysis.
  const Workspace sample = make_sample_workspace("en", kNow);
  ASSERT_FALSE(sample.roi_cases.empty());
  ASSERT_FALSE(sample.rfm_analyses.empty());
  w.roi_cases = {sample.roi_cases[0], sample.roi_cases[0]};
  w.roi_cases[0].id = "r-hers";
  w.roi_cases[0].owner_id = "li";
  w.roi_cases[1].id = "r-mine";
  w.rfm_analyses = {sample.rfm_analyses[0], sample.rfm_analyses[0]};
  w.rfm_analyses[0].id = "a-hers";
  w.rfm_analyses[0].owner_id = "li";
  w.rfm_analyses[1].id = "a-mine";
  ASSERT_TRUE(validate(w).empty()) << validate(w).front().path << ": " << validate(w).front().message;
  const RepRecords counted = records_of_rep(w, "li");
  EXPECT_EQ(counted.kpis, 1);
  EXPECT_EQ(counted.roi_cases, 1);
  EXPECT_EQ(counted.rfm_analyses, 1);
  remove_rep(w, "li", kNow);
  const auto issues = validate(w);
  EXPECT_TRUE(issues.empty()) << issues.front().path << ": " << issues.front().message;
  ASSERT_EQ(w.kpis.size(), 1u);
  EXPECT_EQ(w.kpis[0].id, "k-mine");
  ASSERT_EQ(w.kpi_entries.size(), 1u);
  EXPECT_EQ(w.kpi_entries[0].id, "e-mine");
  ASSERT_EQ(w.roi_cases.size(), 1u);
  EXPECT_EQ(w.roi_cases[0].id, "r-mine");
  ASSERT_EQ(w.rfm_analyses.size(), 1u);
  EXPECT_EQ(w.rfm_analyses[0].id, "a-mine");
}

// A senior rep who coached a new one: deleting the coach takes the sessions they led (they named
// the coach, who is gone), and leaves the new rep's sessions with the manager.
TEST(WorkspaceRemoveRep, TheSessionsACoachLedGoWithTheCoach) {
  Workspace w = make_sample_workspace("en", kNow);
  ASSERT_GE(w.team.size(), 2u);
  ASSERT_FALSE(w.coaching_sessions.empty());
  const std::string coach = w.team[0].id, coached = w.team[1].id;
  grow::CoachingSession led = w.coaching_sessions[0];
  led.id = "led-by-a-rep";
  led.rep_id = coached;
  led.owner_id = coach;
  w.coaching_sessions.push_back(led);
  ASSERT_TRUE(validate(w).empty()) << validate(w).front().path << ": " << validate(w).front().message;
  const int about_coached = int(std::count_if(w.coaching_sessions.begin(), w.coaching_sessions.end(),
                                              [&](const auto& s) { return s.rep_id == coached && s.owner_id.empty(); }));
  EXPECT_GE(records_of_rep(w, coach).coaching_sessions, 1) << "counted in what deleting them takes";
  remove_rep(w, coach, kNow);
  const auto issues = validate(w);
  EXPECT_TRUE(issues.empty()) << issues.front().path << ": " << issues.front().message;
  EXPECT_TRUE(std::none_of(w.coaching_sessions.begin(), w.coaching_sessions.end(), [](const auto& s) { return s.id == "led-by-a-rep"; }));
  EXPECT_EQ(int(std::count_if(w.coaching_sessions.begin(), w.coaching_sessions.end(),
                              [&](const auto& s) { return s.rep_id == coached && s.owner_id.empty(); })),
            about_coached);
}

TEST(WorkspaceRemoveRep, TheUsersOwnRecordsAreNeverARepsToRemove) {
  Workspace w = make_sample_workspace("en", kNow);
  const Workspace before = w;
  remove_rep(w, "", kNow);
  EXPECT_EQ(w.objectives.size(), before.objectives.size());
  EXPECT_EQ(w.funnel_periods.size(), before.funnel_periods.size());
}

}  // namespace
}  // namespace fieldbook::workspace
