// The GROW coaching tool over a headless ImGui context, at a tablet held upright (768×1024) and a
// projector (1920×1080): a manager adds a rep and runs a session by taps and typing, the
// commitment prompt, an action followed up with one tap and undone; a new session carries the
// last one's open actions; the leadership guide follows the rep's latest commitment; deleting a
// rep asks first and takes their sessions with them, as one undo step.
#include <gtest/gtest.h>

#include <string>

#include "app/app.h"
#include "widgets/test_ids.h"
#include "grow/leadership.h"
#include "imgui_internal.h"
#include "platform/headless/headless_context.h"
#include "platform/headless/headless_platform.h"
#include "views/grow_state.h"
#include "test_support.h"

using namespace fieldbook::shell;
namespace grow = fieldbook::grow;
using fieldbook::team::Rep;
using fieldbook::team::RepStage;
using fieldbook::workspace::Workspace;
using fieldbook::shell::testing::center_of;

namespace {

struct GrowFixture : ::testing::TestWithParam<ImVec2> {
  HeadlessPlatform platform;
  HeadlessContext imgui{GetParam()};
  App app{platform};
  std::function<void()> build = [this] { app.frame(); };

  void SetUp() override {
    platform.clock_ms = 1'795'000'000'000;  // 2026-11-18T...Z
    app.session().edit("", [](Workspace& w) { w = Workspace{}; });  // no sample: an empty team
    app.navigate("grow");
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

  const grow::CoachingSession& only_session() {
    EXPECT_EQ(app.session().doc().coaching_sessions.size(), 1u);
    return app.session().doc().coaching_sessions.at(0);
  }
};

TEST_P(GrowFixture, AManagerAddsARepAndRunsASessionByTaps) {
  tap("grow.addRep");
  ASSERT_EQ(app.session().doc().team.size(), 1u);
  type_into("grow.rep.name", "Li Na");
  tap("grow.rep.stage.growing");
  const Rep& rep = app.session().doc().team.at(0);
  EXPECT_EQ(rep.name, "Li Na");
  EXPECT_EQ(rep.stage, RepStage::Growing);
  EXPECT_EQ(rep.started_on, app.session().today_iso());

  tap("grow.newSession");
  ASSERT_TRUE(item_rect("grow.step.goal").has_value());
  EXPECT_EQ(only_session().rep_id, rep.id);
  EXPECT_EQ(only_session().date, app.session().today_iso());
  type_into("grow.goal.text", "Sign Huadong in Q4");
  EXPECT_EQ(only_session().goal.text, "Sign Huadong in Q4");

  // A commitment below 7 asks what would make it an 8; it does not block anything.
  tap("grow.step.will");
  EXPECT_FALSE(item_rect("grow.will.eightPrompt").has_value());
  tap("grow.commitment.5");
  EXPECT_EQ(only_session().will.commitment, 5);
  EXPECT_TRUE(item_rect("grow.will.eightPrompt").has_value());
  tap("grow.commitment.8");
  EXPECT_FALSE(item_rect("grow.will.eightPrompt").has_value());

  tap("grow.addAction");
  type_into("grow.action.0.text", "Send the quote");
  ASSERT_EQ(only_session().actions.size(), 1u);
  EXPECT_EQ(only_session().actions[0].text, "Send the quote");
  EXPECT_EQ(only_session().actions[0].status, grow::ActionStatus::Open);

  // Back to the team, then the follow-up list: the action is there, one tap marks it done.
  tap("grow.worksheet.back");
  tap("grow.back");
  tap("grow.tab.followUp");
  ASSERT_TRUE(item_rect("grow.followUp.later.0.toggle").has_value());
  tap("grow.followUp.later.0.toggle");
  EXPECT_EQ(only_session().actions[0].status, grow::ActionStatus::Done);
  EXPECT_EQ(only_session().actions[0].done_on, app.session().today_iso());
  EXPECT_TRUE(item_rect("grow.followUp.done.0.toggle").has_value());
  app.session().undo();
  imgui.frames(build);
  EXPECT_EQ(only_session().actions[0].status, grow::ActionStatus::Open);
  EXPECT_EQ(only_session().actions[0].done_on, "");
}

TEST_P(GrowFixture, NothingIsDrawnBeyondTheScreensRightEdge) {
  app.session().edit("", [](Workspace& w) {
    w.team = {{.id = "r1", .name = "李娜", .stage = RepStage::New}};
  });
  imgui.frames(build);
  tap("grow.rep.0");
  tap("grow.newSession");
  for (const char* step : {"grow.step.goal", "grow.step.reality", "grow.step.options", "grow.step.will", "grow.step.practice"}) {
    tap(step);
    for (const char* id : {"grow.step.goal", "grow.step.practice", "grow.worksheet.delete", "grow.session.topic"}) {
      const auto r = item_rect(id);
      ASSERT_TRUE(r.has_value()) << id;
      EXPECT_LE(r->x + r->w, GetParam().x + 0.5f) << id << " on " << step;
    }
  }
}

TEST_P(GrowFixture, ANewSessionStartsFromTheLastOnesOpenActions) {
  app.session().edit("", [](Workspace& w) {
    w.team = {{.id = "r1", .name = "Wang Lei", .stage = RepStage::Mature}};
    grow::CoachingSession s;
    s.id = "s1";
    s.rep_id = "r1";
    s.date = "2026-11-02";
    s.actions = {{"a1", "Book the director", grow::ActionOwner::Rep, "2026-11-09", grow::ActionStatus::Open, ""},
                 {"a2", "Usage report", grow::ActionOwner::Manager, "", grow::ActionStatus::Done, "2026-11-05"}};
    s.will.commitment = 6;
    w.coaching_sessions = {s};
  });
  imgui.frames(build);
  tap("grow.rep.0");
  // Mature with a latest commitment of 6: supporting, not delegating.
  const std::string supporting = grow::style_guide(grow::LeadershipStyle::Supporting).name.in(fieldbook::Language::En);
  EXPECT_NE(frame_text().find(supporting), std::string::npos);
  tap("grow.newSession");
  tap("grow.step.reality");
  const auto& sessions = app.session().doc().coaching_sessions;
  ASSERT_EQ(sessions.size(), 2u);
  EXPECT_NE(sessions[1].reality.text.find("Book the director"), std::string::npos);
  EXPECT_EQ(sessions[1].reality.text.find("Usage report"), std::string::npos);
}

TEST_P(GrowFixture, DeletingARepAsksFirstAndTakesTheirSessionsAsOneUndoStep) {
  app.session().edit("", [](Workspace& w) {
    w.team = {{.id = "r1", .name = "Chen", .stage = RepStage::New}, {.id = "r2", .name = "Zhao", .stage = RepStage::New}};
    grow::CoachingSession s;
    s.id = "s1";
    s.rep_id = "r1";
    s.date = "2026-11-02";
    w.coaching_sessions = {s};
  });
  imgui.frames(build);
  tap("grow.rep.0");
  tap("grow.rep.delete");
  EXPECT_EQ(app.session().doc().team.size(), 2u);  // asked first
  tap("grow.rep.delete.confirm");
  EXPECT_EQ(app.session().doc().team.size(), 1u);
  EXPECT_TRUE(app.session().doc().coaching_sessions.empty());
  app.session().undo();
  EXPECT_EQ(app.session().doc().team.size(), 2u);
  EXPECT_EQ(app.session().doc().coaching_sessions.size(), 1u);
}

TEST_P(GrowFixture, PrintSummaryPrintsTheWorksheetInTheUisLanguage) {
  app.session().edit("", [](Workspace& w) {
    w.settings.language = fieldbook::workspace::LanguagePreference::Zh;
    w.team = {{.id = "r1", .name = "李娜", .stage = RepStage::Growing}};
    grow::CoachingSession s;
    s.id = "s1";
    s.rep_id = "r1";
    s.date = "2026-11-16";
    s.topic = "客户 <太难> 搞";
    s.will.commitment = 6;
    w.coaching_sessions = {s};
  });
  imgui.frames(build);
  tap("grow.rep.0");
  tap("grow.session.0");
  tap("grow.worksheet.print");
  ASSERT_EQ(platform.printed.size(), 1u);
  const std::string& html = platform.printed[0];
  EXPECT_NE(html.find("lang=\"zh-CN\""), std::string::npos);
  EXPECT_NE(html.find("客户 &lt;太难&gt; 搞"), std::string::npos);
  EXPECT_NE(html.find("6/10"), std::string::npos);
  EXPECT_NE(html.find("成长期"), std::string::npos);
}

// A session can be about one of the rep's OKR key results: the picker lists the rep's own first.
TEST_P(GrowFixture, ASessionLinksToOneOfTheRepsKeyResults) {
  app.session().edit("", [](Workspace& w) {
    w.team = {{.id = "r1", .name = "Li Na", .stage = RepStage::Growing}};
    w.objectives = {{"o-mine", "Team goal", "", "2026-10-01", "2026-12-31", fieldbook::okr::ObjectiveKind::Committed, "", "", "", ""},
                    {"o-hers", "Her goal", "r1", "2026-10-01", "2026-12-31", fieldbook::okr::ObjectiveKind::Committed, "", "", "", ""}};
    w.key_results = {{"k-mine", "o-mine", "Revenue", fieldbook::okr::KeyResultType::Increase, 0, 1, 1, fieldbook::okr::Unit::Count, "", ""},
                     {"k-hers", "o-hers", "Proposals", fieldbook::okr::KeyResultType::Increase, 0, 8, 1, fieldbook::okr::Unit::Count, "", ""}};
  });
  imgui.frames(build);
  tap("grow.rep.0");
  tap("grow.newSession");
  tap("grow.session.keyResult");
  // Her key result comes first in the list.
  const std::string text = frame_text();
  const auto hers = text.find("Her goal · Proposals"), mine = text.find("Team goal · Revenue");
  ASSERT_NE(hers, std::string::npos);
  ASSERT_NE(mine, std::string::npos);
  EXPECT_LT(hers, mine);
  imgui.tap(center_of("grow.session.keyResult.0"), build);
  imgui.frames(build);
  EXPECT_EQ(only_session().key_result_id, "k-hers");
}

INSTANTIATE_TEST_SUITE_P(Screens, GrowFixture, ::testing::Values(ImVec2(768, 1024), ImVec2(1920, 1080)),
                         [](const auto& info) { return info.param.x < 1000 ? std::string("Tablet") : std::string("Projector"); });

}  // namespace
