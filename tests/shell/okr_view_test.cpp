// The OKR tool's objectives over a headless ImGui context, at a tablet held upright (768×1024)
// and a projector (1920×1080): a manager writes an objective and two key results by taps and
// typing and checks in with two taps and a number; the list shows the status the core computes;
// deleting an objective asks first and takes its key results and check-ins, as one undo step; an
// unfinished key result is carried into the next quarter, starting where it stopped.
#include <gtest/gtest.h>

#include <string>

#include "app/app.h"
#include "imgui_internal.h"
#include "okr/progress.h"
#include "platform/headless/headless_context.h"
#include "platform/headless/headless_platform.h"
#include "test_support.h"
#include "views/okr_state.h"
#include "widgets/test_ids.h"

using namespace fieldbook::shell;
namespace okr = fieldbook::okr;
using fieldbook::workspace::Workspace;
using fieldbook::shell::testing::center_of;

namespace {

struct OkrFixture : ::testing::TestWithParam<ImVec2> {
  HeadlessPlatform platform;
  HeadlessContext imgui{GetParam()};
  App app{platform};
  std::function<void()> build = [this] { app.frame(); };

  void SetUp() override {
    platform.clock_ms = 1'795'000'000'000;  // 2026-11-18T...Z: the 49th day of Q4 (Oct 1 – Dec 31)
    app.session().edit("", [](Workspace& w) { w = Workspace{}; });  // no sample
    app.navigate("okr");
    imgui.frames(build);
  }

  std::string frame_text() { return fieldbook::shell::testing::frame_text(imgui, [&] { app.frame(); }); }

  // Scrolls the content until `id` is drawn inside it, then taps it.
  void tap(const std::string& id) { fieldbook::shell::testing::tap_revealed(imgui, build, id, GetParam().y); }
  void type_into(const std::string& id, const char* text) {
    tap(id);
    imgui.type(text, build);
    imgui.frames(build);
  }
  // Selects all of a field's text and types over it.
  void retype(const std::string& id, const char* text) {
    tap(id);
    imgui.key(ImGuiKey_A, build, ImGuiMod_Ctrl);
    imgui.type(text, build);
    imgui.frames(build);
  }

  const Workspace& doc() { return app.session().doc(); }

  // An objective of this quarter with a key result 0 → 4 and, when `checked_in`, one check-in.
  void seed(bool checked_in) {
    app.session().edit("", [&](Workspace& w) {
      w.objectives = {{"o1", "Sign the education bureaus", "", "2026-10-01", "2026-12-31", okr::ObjectiveKind::Committed,
                       "", "", "", ""}};
      w.key_results = {{"k1", "o1", "Bureaus signed", okr::KeyResultType::Increase, 0, 4, 1, okr::Unit::Count, "", ""}};
      if (checked_in) w.check_ins = {{"c1", "k1", "2026-11-01", 1, 6, "Pudong", ""}};
    });
    imgui.frames(build);
  }
};

TEST_P(OkrFixture, AManagerWritesAnObjectiveAndTwoKeyResultsAndChecksInByTaps) {
  tap("okr.addObjective");
  ASSERT_EQ(doc().objectives.size(), 1u);
  const okr::Objective& o = doc().objectives[0];
  // A new objective is mine, of this quarter.
  EXPECT_EQ(o.owner_id, "");
  EXPECT_EQ(o.period_start, "2026-10-01");
  EXPECT_EQ(o.period_end, "2026-12-31");
  type_into("okr.objective.title", "No. 1 in East China");
  EXPECT_EQ(doc().objectives[0].title, "No. 1 in East China");
  tap("okr.objective.kind.aspirational");
  EXPECT_EQ(doc().objectives[0].kind, okr::ObjectiveKind::Aspirational);

  // Two key results: a count 0 → 3, and a share 25 → 40 %.
  tap("okr.addKeyResult");
  ASSERT_EQ(doc().key_results.size(), 1u);
  type_into("okr.kr.title", "Sign 3 bureaus");
  retype("okr.kr.target", "3");
  EXPECT_EQ(doc().key_results[0].target, 3);
  tap("okr.kr.back");
  tap("okr.addKeyResult");
  ASSERT_EQ(doc().key_results.size(), 2u);
  type_into("okr.kr.title", "Education share");
  retype("okr.kr.start", "25");
  retype("okr.kr.target", "40");
  tap("okr.kr.unit.percent");
  const okr::KeyResult& share = doc().key_results[1];
  EXPECT_EQ(share.start, 25);
  EXPECT_EQ(share.target, 40);
  EXPECT_EQ(share.unit, okr::Unit::Percent);
  tap("okr.kr.back");

  // Check in on the first: tap, a number, a confidence, save.
  tap("okr.kr.0.checkIn");
  retype("okr.checkIn.value", "2");
  tap("okr.checkIn.confidence.3");
  tap("okr.checkIn.save");
  ASSERT_EQ(doc().check_ins.size(), 1u);
  const okr::CheckIn& c = doc().check_ins[0];
  EXPECT_EQ(c.key_result_id, doc().key_results[0].id);
  EXPECT_EQ(c.value, 2);
  EXPECT_EQ(c.confidence, 3);
  EXPECT_EQ(c.date, "2026-11-18");
  EXPECT_FALSE(item_rect("okr.checkIn.save").has_value());  // the panel closed
  // 2 of 3 is ahead of the 53 % expected by today, but a confidence of 3 puts it at risk.
  EXPECT_NE(frame_text().find("At risk"), std::string::npos);
}

TEST_P(OkrFixture, TheListShowsTheStatusAndGradeTheCoreComputes) {
  seed(true);
  const okr::ObjectiveState s =
      okr::objective_state(doc().objectives[0], doc().key_results, doc().check_ins, *fieldbook::parse_iso_date("2026-11-18"));
  // 1 of 4 = 25 % done; 48 of 91 days = 53 % expected: a gap of 0.28, off track; grade 0.3.
  EXPECT_EQ(s.status, okr::Status::OffTrack);
  EXPECT_DOUBLE_EQ(s.grade, 0.3);
  const std::string text = frame_text();
  EXPECT_NE(text.find("Off track"), std::string::npos);
  EXPECT_NE(text.find("0.3"), std::string::npos);
  EXPECT_NE(text.find("25% done"), std::string::npos);
  EXPECT_NE(text.find("53% expected"), std::string::npos);
  tap("okr.objective.0");
  EXPECT_TRUE(item_rect("okr.objective.tile.status").has_value());
  tap("okr.kr.0");
  EXPECT_TRUE(item_rect("okr.kr.historyChart").has_value());
  EXPECT_TRUE(item_rect("okr.kr.confidenceChart").has_value());
  EXPECT_TRUE(item_rect("okr.kr.checkIn.0").has_value());
}

TEST_P(OkrFixture, DeletingAnObjectiveAsksFirstAndTakesItsKeyResultsAsOneUndoStep) {
  seed(true);
  tap("okr.objective.0");
  tap("okr.objective.delete");
  EXPECT_EQ(doc().objectives.size(), 1u);  // asked, not done
  tap("okr.objective.delete.confirm");
  EXPECT_TRUE(doc().objectives.empty());
  EXPECT_TRUE(doc().key_results.empty());
  EXPECT_TRUE(doc().check_ins.empty());
  app.session().undo();
  imgui.frames(build);
  EXPECT_EQ(doc().objectives.size(), 1u);
  EXPECT_EQ(doc().key_results.size(), 1u);
  EXPECT_EQ(doc().check_ins.size(), 1u);
}

TEST_P(OkrFixture, AnUnfinishedKeyResultIsCarriedIntoTheNextQuarterWhereItStopped) {
  app.session().edit("", [&](Workspace& w) {
    w.objectives = {{"o1", "Q3 goal", "", "2026-07-01", "2026-09-30", okr::ObjectiveKind::Committed, "", "", "", ""}};
    w.key_results = {{"k1", "o1", "Bureaus", okr::KeyResultType::Increase, 0, 4, 1, okr::Unit::Count, "", ""}};
    w.check_ins = {{"c1", "k1", "2026-09-20", 3, 6, "", ""}};
  });
  app.state<OkrViewState>().period = "all";
  imgui.frames(build);
  tap("okr.objective.0");
  // Ended below 1.0 and committed: graded, flagged, carried.
  EXPECT_TRUE(item_rect("okr.objective.missedCommitment").has_value());
  tap("okr.kr.0.carryOver");
  ASSERT_EQ(doc().objectives.size(), 2u);
  ASSERT_EQ(doc().key_results.size(), 2u);
  const okr::Objective& next = doc().objectives[1];
  EXPECT_EQ(next.period_start, "2026-10-01");
  EXPECT_EQ(next.period_end, "2026-12-31");
  EXPECT_EQ(next.carried_from, "o1");
  const okr::KeyResult& copy = doc().key_results[1];
  EXPECT_EQ(copy.objective_id, next.id);
  EXPECT_EQ(copy.start, 3);
  EXPECT_EQ(copy.target, 4);
  EXPECT_FALSE(item_rect("okr.kr.0.carryOver").has_value());  // carried once
}

TEST_P(OkrFixture, NothingIsDrawnBeyondTheScreensRightEdge) {
  seed(true);
  tap("okr.objective.0");
  tap("okr.kr.0.checkIn");
  for (const char* id : {"okr.objective.title", "okr.objective.period.custom", "okr.checkIn.confidence.10",
                         "okr.checkIn.save", "okr.objective.tile.grade"}) {
    const auto r = item_rect(id);
    ASSERT_TRUE(r.has_value()) << id;
    EXPECT_LE(r->x + r->w, GetParam().x + 0.5f) << id;
  }
  tap("okr.checkIn.cancel");
  tap("okr.kr.0");
  for (const char* id : {"okr.kr.type.milestone", "okr.kr.historyChart", "okr.kr.checkIn.0.remove", "okr.kr.delete"}) {
    const auto r = item_rect(id);
    ASSERT_TRUE(r.has_value()) << id;
    EXPECT_LE(r->x + r->w, GetParam().x + 0.5f) << id;
  }
}

// A long list draws only what is in sight; a row scrolled to from far below is drawn whole and
// opens its objective.
TEST_P(OkrFixture, ALongListScrollsToItsLastObjective) {
  app.session().edit("", [&](Workspace& w) {
    for (int i = 0; i < 60; ++i)
      w.objectives.push_back({"o" + std::to_string(i), "Objective " + std::to_string(i), "", "2026-10-01", "2026-12-31",
                              okr::ObjectiveKind::Committed, "", "", "", ""});
  });
  imgui.frames(build);
  tap("okr.objective.59");
  EXPECT_EQ(app.state<OkrViewState>().open_objective_id, "o59");
  EXPECT_EQ(doc().objectives.size(), 60u);
}

INSTANTIATE_TEST_SUITE_P(Screens, OkrFixture, ::testing::Values(ImVec2(768, 1024), ImVec2(1920, 1080)),
                         [](const auto& info) { return info.param.x < 1000 ? std::string("Tablet") : std::string("Projector"); });

}  // namespace
