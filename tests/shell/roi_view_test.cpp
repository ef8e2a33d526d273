// The ROI tool over a headless ImGui context: a case from a template by tap, live outputs,
// delete and undo, and meeting mode (no internal notes, the same numbers as the core, a slider
// drag is one edit and one undo step); validation problems under their fields and a banner whose
// entries scroll to them; Export PNG's clean picture; the meeting chart's line width.
#include <gtest/gtest.h>

#include <cfloat>
#include <cmath>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "app/app.h"
#include "widgets/test_ids.h"
#include "i18n/i18n.h"
#include "imgui_internal.h"
#include "platform/headless/headless_context.h"
#include "platform/headless/headless_platform.h"
#include "roi/case.h"
#include "views/roi_format.h"
#include "views/roi_state.h"
#include "widgets/charts/chart_common.h"
#include "test_support.h"

using namespace fieldbook::shell;
namespace roi = fieldbook::roi;
using fieldbook::workspace::Workspace;

using fieldbook::shell::testing::center_of;

namespace {

const roi::Template& software_template() { return roi::templates()[0]; }

struct RoiFixture : ::testing::Test {
  HeadlessPlatform platform;
  HeadlessContext imgui{ImVec2(1280, 800)};
  App app{platform};
  std::function<void()> build = [this] { app.frame(); };

  void SetUp() override {
    app.navigate("roi");
    imgui.frames(build);
  }

  // Every piece of text the frame drew through ImGui (labels, values, tiles), via ImGui's log.
  std::string frame_text() { return fieldbook::shell::testing::frame_text(imgui, [&] { app.frame(); }); }

  const roi::Case& only_case() {
    EXPECT_EQ(app.session().doc().roi_cases.size(), 1u);
    return app.session().doc().roi_cases.at(0);
  }

  void create_from_template() {
    imgui.tap(center_of("roi.template." + software_template().id), build);
    imgui.frames(build);
  }

  void add_case_with_notes() {
    roi::Case c = roi::from_template(software_template(), "en", "roi-test", "2026-11-18T00:00:00Z");
    c.customer_name = "ACME Trading";
    c.notes.push_back({"note-public", "Figures agreed with ACME's CFO.", false, ""});
    app.session().edit("", [&](Workspace& w) { w.roi_cases.push_back(c); });
    imgui.frames(build);
  }
};

// The app opens on Today; the ROI calculator is the first tool after it.
TEST_F(RoiFixture, RoiIsTheFirstToolAfterToday) {
  EXPECT_TRUE(item_rect("nav.roi").has_value());
  App fresh(platform);
  EXPECT_EQ(fresh.view(), "today");
  ASSERT_GE(fresh.tools().size(), 2u);
  EXPECT_EQ((fresh.tools().begin() + 1)->id, "roi");
}

TEST_F(RoiFixture, ATapOnATemplateCreatesACaseWithItsValuesAndOpensIt) {
  ASSERT_TRUE(app.session().doc().roi_cases.empty());
  create_from_template();
  const roi::Case& c = only_case();
  const roi::Case expected = roi::from_template(software_template(), "en", c.id);
  EXPECT_EQ(c.name, expected.name);
  ASSERT_EQ(c.one_time_costs.size(), expected.one_time_costs.size());
  EXPECT_EQ(c.one_time_costs[0].amount, expected.one_time_costs[0].amount);
  EXPECT_EQ(c.benefits.size(), expected.benefits.size());
  EXPECT_EQ(c.updated_at, app.session().now_iso());
  EXPECT_DOUBLE_EQ(roi::evaluate(c).npv, roi::evaluate(expected).npv);
  // The case is open: its editor and live outputs are on screen.
  EXPECT_TRUE(item_rect("roi.customerName").has_value());
  EXPECT_TRUE(item_rect("roi.kpi.npv").has_value());
  EXPECT_TRUE(item_rect("roi.chart.cumulative").has_value());
}

TEST_F(RoiFixture, ATemplateOpensInTheUiLanguage) {
  app.session().edit("", [](Workspace& w) { w.settings.language = fieldbook::workspace::LanguagePreference::Zh; });
  imgui.frames(build);
  create_from_template();
  EXPECT_EQ(only_case().name, software_template().name.zh);
  EXPECT_EQ(only_case().one_time_costs[0].label, "实施服务费");
}

TEST_F(RoiFixture, NewFromTemplateAddsASecondCase) {
  create_from_template();
  imgui.tap(center_of("roi.back"), build);
  imgui.tap(center_of("roi.new"), build);
  imgui.tap(center_of("roi.template.equipment-purchase"), build);
  ASSERT_EQ(app.session().doc().roi_cases.size(), 2u);
  EXPECT_EQ(app.session().doc().roi_cases[1].years, 5);
}

TEST_F(RoiFixture, EditingTheDiscountRateChangesTheNpvTile) {
  create_from_template();
  const roi::Case before = only_case();
  const std::string old_npv = roi_text::money_short(roi::evaluate(before).npv, before);
  EXPECT_NE(frame_text().find(old_npv), std::string::npos) << old_npv;

  imgui.mouse_click(center_of("roi.discountRate"), build);  // selects the whole number
  imgui.type("15", build);
  imgui.key(ImGuiKey_Enter, build);
  const roi::Case& after = only_case();
  EXPECT_DOUBLE_EQ(after.discount_rate, 0.15);
  const std::string new_npv = roi_text::money_short(roi::evaluate(after).npv, after);
  ASSERT_NE(new_npv, old_npv);
  const std::string text = frame_text();
  EXPECT_NE(text.find(new_npv), std::string::npos) << new_npv;
  EXPECT_EQ(text.find(old_npv), std::string::npos) << old_npv;
  // Typing "15" was one undo step.
  app.session().undo();
  EXPECT_DOUBLE_EQ(only_case().discount_rate, before.discount_rate);
}

TEST_F(RoiFixture, DeleteAsksFirstAndUndoRestores) {
  add_case_with_notes();
  const std::string before = app.session().storage_snapshot();
  imgui.tap(center_of("roi.case.0.delete"), build);
  EXPECT_EQ(app.session().doc().roi_cases.size(), 1u) << "nothing is deleted before the confirmation";
  imgui.tap(center_of("roi.delete.confirm"), build);
  EXPECT_TRUE(app.session().doc().roi_cases.empty());
  imgui.tap(center_of("toolbar.undo"), build);
  EXPECT_EQ(app.session().storage_snapshot(), before);
}

TEST_F(RoiFixture, DuplicateCopiesTheNumbersUnderANewId) {
  add_case_with_notes();
  imgui.tap(center_of("roi.case.0"), build);
  imgui.tap(center_of("roi.duplicate"), build);
  const auto& cases = app.session().doc().roi_cases;
  ASSERT_EQ(cases.size(), 2u);
  EXPECT_NE(cases[0].id, cases[1].id);
  EXPECT_DOUBLE_EQ(roi::evaluate(cases[0]).npv, roi::evaluate(cases[1]).npv);
  EXPECT_EQ(app.state<RoiViewState>().open_case_id, cases[1].id);
}

TEST_F(RoiFixture, MeetingModeIsFullScreenWithoutInternalNotes) {
  add_case_with_notes();
  app.session().edit("", [](Workspace& w) { w.settings.user_name = "王磊"; });
  imgui.tap(center_of("roi.case.0"), build);
  const roi::Case c = only_case();
  const std::string internal = c.notes[0].text;
  ASSERT_TRUE(c.notes[0].internal);
  EXPECT_NE(frame_text().find(internal), std::string::npos) << "the editor shows the internal note";

  imgui.tap(center_of("roi.meeting"), build);
  ASSERT_TRUE(app.state<RoiViewState>().in_meeting());
  EXPECT_EQ(platform.fullscreen_requests, std::vector<bool>{true});
  const std::string text = frame_text();
  EXPECT_EQ(text.find(internal), std::string::npos) << "internal note shown in meeting mode";
  EXPECT_EQ(text.find(c.one_time_costs[0].label), std::string::npos) << "cost details shown in meeting mode";
  EXPECT_NE(text.find("ACME Trading"), std::string::npos);
  EXPECT_NE(text.find("王磊"), std::string::npos);
  EXPECT_NE(text.find("Figures agreed with ACME's CFO."), std::string::npos) << "a note for the customer is shown";
  EXPECT_FALSE(item_rect("nav.roi").has_value()) << "no navigation in meeting mode";
  EXPECT_FALSE(item_rect("toolbar.undo").has_value()) << "no toolbar in meeting mode";

  imgui.tap(center_of("meeting.exit"), build);
  EXPECT_FALSE(app.state<RoiViewState>().in_meeting());
  EXPECT_EQ(platform.fullscreen_requests, (std::vector<bool>{true, false}));
  EXPECT_TRUE(item_rect("roi.meeting").has_value());
}

TEST_F(RoiFixture, MeetingTilesShowTheCoreNumbersForEachScenario) {
  add_case_with_notes();
  imgui.tap(center_of("roi.case.0"), build);
  imgui.tap(center_of("roi.meeting"), build);
  for (roi::Scenario s : {roi::Scenario::expected, roi::Scenario::conservative, roi::Scenario::optimistic}) {
    imgui.tap(center_of("meeting.scenario." + std::string(roi::scenario_name(s))), build);
    const roi::Case& c = only_case();
    const roi::Outputs o = roi::evaluate(c, s);
    const std::string text = frame_text();
    for (const std::string& want : {roi_text::roi_percent(o), roi_text::payback(o.payback_months),
                                    roi_text::money_short(o.npv, c), roi_text::money_short(o.net_benefit_3y, c)})
      EXPECT_NE(text.find(want), std::string::npos) << roi::scenario_name(s) << ": " << want;
  }
}

TEST_F(RoiFixture, DraggingAMeetingSliderIsOneEditAndOneUndoStep) {
  add_case_with_notes();
  imgui.tap(center_of("roi.case.0"), build);
  imgui.tap(center_of("roi.meeting"), build);
  const roi::Case before = only_case();
  const auto live = roi::live_drivers(before);
  ASSERT_FALSE(live.empty());
  const roi::Driver& d = live[0];
  const std::string id = "meeting.slider." + d.key;
  auto r = item_rect(id);
  ASSERT_TRUE(r.has_value()) << id;
  EXPECT_GE(r->h, 44.0f) << "a finger-sized slider";
  EXPECT_TRUE(item_rect("meeting.slider.0").has_value());

  ImGuiIO& io = ImGui::GetIO();
  const float y = r->y + r->h / 2;
  io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
  io.AddMousePosEvent(r->x + r->w * 0.5f, y);
  imgui.frames(build);
  io.AddMouseButtonEvent(0, true);
  imgui.frames(build);
  for (int i = 1; i <= 5; ++i) {
    platform.clock_ms += 100;  // a drag over half a second
    io.AddMousePosEvent(r->x + r->w * (0.5f + 0.08f * float(i)), y);
    imgui.frames(build);
  }
  io.AddMouseButtonEvent(0, false);
  imgui.frames(build);

  const roi::Case& after = only_case();
  const double moved = *roi::driver_value(after, d.key);
  EXPECT_GT(moved, d.value);
  EXPECT_NE(after.updated_at, "");
  EXPECT_GT(roi::evaluate(after).npv, roi::evaluate(before).npv);
  const std::string npv = roi_text::money_short(roi::evaluate(after).npv, after);
  EXPECT_NE(frame_text().find(npv), std::string::npos) << "the NPV tile follows the slider";
  // The whole drag is one undo step.
  app.session().undo();
  EXPECT_DOUBLE_EQ(*roi::driver_value(only_case(), d.key), d.value);
}

TEST_F(RoiFixture, AllCasesListShowsRoiAndPayback) {
  add_case_with_notes();
  const roi::Case& c = only_case();
  const roi::Outputs o = roi::evaluate(c);
  const std::string text = frame_text();
  EXPECT_NE(text.find("ACME Trading"), std::string::npos);
  EXPECT_NE(text.find(roi_text::roi_percent(o)), std::string::npos);
  EXPECT_NE(text.find(roi_text::payback(o.payback_months)), std::string::npos);
}

struct MeetingLayout : ::testing::TestWithParam<ImVec2> {};

TEST_P(MeetingLayout, TilesAndSlidersFitTheScreen) {
  const ImVec2 screen = GetParam();
  HeadlessPlatform platform;
  HeadlessContext imgui(screen);
  App app(platform);
  app.navigate("roi");  // the app opens on Today
  std::function<void()> build = [&] { app.frame(); };
  roi::Case c = roi::from_template(roi::templates()[0], "en", "roi-1");
  c.customer_name = "ACME";
  app.session().edit("", [&](Workspace& w) { w.roi_cases.push_back(c); });
  app.state<RoiViewState>().open_case_id = "roi-1";
  imgui.frames(build);
  imgui.tap(center_of("roi.meeting"), build);
  ASSERT_TRUE(app.state<RoiViewState>().in_meeting());
  std::vector<Rect> tiles;
  for (const char* id : {"meeting.kpi.roi", "meeting.kpi.payback", "meeting.kpi.npv", "meeting.kpi.net3y"}) {
    auto r = item_rect(id);
    ASSERT_TRUE(r.has_value()) << id;
    EXPECT_GE(r->x, 0);
    EXPECT_LE(r->x + r->w, screen.x + 0.5f) << id;
    EXPECT_GE(r->w, 150.0f) << id;
    for (const Rect& o : tiles) {
      const bool apart = r->x >= o.x + o.w || o.x >= r->x + r->w || r->y >= o.y + o.h || o.y >= r->y + r->h;
      EXPECT_TRUE(apart) << id << " overlaps another tile";
    }
    tiles.push_back(*r);
  }
  for (size_t i = 0; i < roi::live_drivers(c).size(); ++i) {
    auto r = item_rect("meeting.slider." + std::to_string(i));
    ASSERT_TRUE(r.has_value()) << i;
    EXPECT_GE(r->h, 44.0f);
    EXPECT_GE(r->w, 200.0f);
  }
  EXPECT_TRUE(item_rect("meeting.exit").has_value());
  EXPECT_GE(item_rect("meeting.exit")->h, 44.0f);
}

INSTANTIATE_TEST_SUITE_P(Screens, MeetingLayout,
                         ::testing::Values(ImVec2(1920, 1080), ImVec2(1024, 768), ImVec2(768, 1024)));

}  // namespace

// ---- Validation problems at their fields, and the banner that lists them --------------------------

namespace {

// The software template with five problems: a rate over 100 %, a negative cost, 200 hours a week,
// an adoption of 120 % and an optimistic cost factor of 11 (the editor accepts what is typed; the
// core says what is wrong).
roi::Case case_with_problems() {
  roi::Case c = roi::from_template(software_template(), "en", "roi-bad", "2026-11-18T00:00:00Z");
  c.customer_name = "ACME Trading";
  c.discount_rate = 1.5;
  c.one_time_costs[1].amount = -5;
  c.benefits[0].hours = 200;
  c.benefits[0].adoption_percent[1] = 120;
  c.scenarios.optimistic.costs = 11;
  return c;
}

// The widget each problem of case_with_problems() belongs to.
const std::vector<std::pair<std::string, std::string>> kFieldOf = {
    {"discountRate", "roi.discountRate"},
    {"oneTimeCosts[1].amount", "roi.oneTime.1.amount"},
    {"benefits[0].hours", "roi.benefit.0.hours"},
    {"benefits[0].adoptionPercent[1]", "roi.benefit.0.adoption.1"},
    {"scenarios.optimistic.costs", "roi.scenario.optimistic.costs"},
};

struct ProblemApp {
  HeadlessPlatform platform;
  HeadlessContext imgui;
  App app{platform};
  std::function<void()> build = [this] { app.frame(); };

  explicit ProblemApp(ImVec2 screen, roi::Case c = case_with_problems()) : imgui(screen) {
    app.navigate("roi");
    app.session().edit("", [&](Workspace& w) { w.roi_cases.push_back(c); });
    app.state<RoiViewState>().open_case_id = c.id;
    imgui.frames(build);
  }
  std::string text() { return fieldbook::shell::testing::frame_text(imgui, [&] { app.frame(); }); }
};

bool on_screen(const Rect& r, ImVec2 screen) { return r.y >= 0 && r.y + r.h <= screen.y && r.x >= 0 && r.x + r.w <= screen.x; }

}  // namespace

TEST(RoiProblems, EachProblemIsDrawnUnderItsFieldInItsOwnWords) {
  // Tall enough that every field is on screen (ImGui skips the items of a box out of sight).
  ProblemApp a(ImVec2(1280, 3200));
  const roi::Case c = case_with_problems();
  const auto problems = roi::validate(c);
  ASSERT_EQ(problems.size(), kFieldOf.size());
  const std::string text = a.text();
  for (size_t i = 0; i < problems.size(); ++i) {
    const std::string path = problems[i].field_path();
    EXPECT_EQ(path, kFieldOf[i].first);
    auto field = item_rect(kFieldOf[i].second);
    auto error = item_rect("roi.field.error." + path);
    ASSERT_TRUE(field && error) << path;
    // Right under its field: below it, within two lines, and starting where the field starts or,
    // under the table's last column, ending where it ends (the adoption years' messages start
    // under the row of years).
    EXPECT_GE(error->y, field->y + field->h - 6.0f) << path;
    EXPECT_LE(error->y, field->y + field->h + 2.0f * ImGui::GetFontSize()) << path;
    if (path.find("adoption") == std::string::npos) {
      const bool starts = std::fabs(error->x - field->x) <= 1.0f;
      const bool ends = std::fabs(error->x + error->w - (field->x + field->w)) <= 1.0f;
      EXPECT_TRUE(starts || ends) << path << ": message " << error->x << ".." << error->x + error->w << ", field "
                                  << field->x << ".." << field->x + field->w;
    }
    EXPECT_NE(text.find(roi_text::problem_message(problems[i])), std::string::npos) << path;
    // The banner lists it with its place.
    EXPECT_TRUE(item_rect("roi.problem." + std::to_string(i)).has_value());
    EXPECT_NE(text.find(roi_text::problem_entry(c, problems[i])), std::string::npos) << path;
  }
  EXPECT_FALSE(item_rect("roi.problem." + std::to_string(problems.size())).has_value());
  EXPECT_NE(text.find("Benefits \xC2\xB7 Less manual data entry \xC2\xB7 hours saved: must be between 0 and 168 hours a week"),
            std::string::npos);
  EXPECT_NE(text.find("One-time costs \xC2\xB7 Training \xC2\xB7 amount: must be zero or more"), std::string::npos);
  // A field without a problem has no message.
  EXPECT_FALSE(item_rect("roi.field.error.benefits[0].people").has_value());
  EXPECT_FALSE(item_rect("roi.field.error.oneTimeCosts[0].amount").has_value());
}

TEST(RoiProblems, InChineseTheMessagesAreChinese) {
  ProblemApp a(ImVec2(1280, 3200));
  a.app.session().edit("", [](Workspace& w) { w.settings.language = fieldbook::workspace::LanguagePreference::Zh; });
  a.imgui.frames(a.build);
  const std::string text = a.text();
  for (const char* want : {"须在每周 0 到 168 小时之间", "不能为负数", "须在每年 0% 到 100% 之间", "须在 0 到 10 之间",
                           "第 2 年：须在 0% 到 100% 之间", "请检查以下字段",
                           "情景 \xC2\xB7 乐观 \xC2\xB7 成本 ×：须在 0 到 10 之间"})
    EXPECT_NE(text.find(want), std::string::npos) << want;
  EXPECT_EQ(text.find("must be"), std::string::npos) << "no English message in the Chinese UI";
}

TEST(RoiProblems, TypingAValidValueTakesItsProblemAway) {
  ProblemApp a(ImVec2(1280, 3200));
  ASSERT_TRUE(item_rect("roi.field.error.discountRate").has_value());
  a.imgui.mouse_click(center_of("roi.discountRate"), a.build);  // selects the whole number
  a.imgui.type("12", a.build);
  a.imgui.key(ImGuiKey_Enter, a.build);
  EXPECT_DOUBLE_EQ(a.app.session().doc().roi_cases[0].discount_rate, 0.12);
  EXPECT_FALSE(item_rect("roi.field.error.discountRate").has_value());
  EXPECT_TRUE(item_rect("roi.problem.3").has_value());
  EXPECT_FALSE(item_rect("roi.problem.4").has_value()) << "four problems left in the banner";
  // And typing a bad one brings one back at once.
  a.imgui.mouse_click(center_of("roi.benefit.0.people"), a.build);
  a.imgui.type("-3", a.build);
  a.imgui.key(ImGuiKey_Enter, a.build);
  EXPECT_TRUE(item_rect("roi.field.error.benefits[0].people").has_value());
}

TEST(RoiProblems, AValidCaseHasNoBanner) {
  roi::Case c = roi::from_template(software_template(), "en", "roi-ok");
  ProblemApp a(ImVec2(1280, 800), c);
  EXPECT_TRUE(item_rect("roi.discountRate").has_value());
  EXPECT_FALSE(item_rect("roi.problems").has_value());
  EXPECT_FALSE(item_rect("roi.problem.0").has_value());
}

// A tap on a problem in the banner scrolls the content to its field: side by side (the inputs
// scroll in their own box), one at a time on a tablet either way up, from the results too.
struct ProblemScroll : ::testing::TestWithParam<ImVec2> {};

TEST_P(ProblemScroll, TappingAProblemScrollsToItsField) {
  const ImVec2 screen = GetParam();
  const auto problems = roi::validate(case_with_problems());
  for (size_t i : {size_t(4), size_t(3), size_t(2)}) {  // the scenario factor, then the benefit's (in a box)
    ProblemApp a(screen);
    const std::string path = problems[i].field_path();
    const std::string field_id = kFieldOf[i].second;
    auto before = item_rect(field_id);
    EXPECT_TRUE(!before || !on_screen(*before, screen)) << path << " is out of sight at first";
    const bool narrow = !item_rect("roi.kpi.npv").has_value() || item_rect("roi.tab.inputs").has_value();
    if (narrow) {
      a.imgui.tap(center_of("roi.tab.results"), a.build);  // the inputs are not even drawn
      ASSERT_FALSE(item_rect("roi.discountRate").has_value());
    }
    a.imgui.tap(center_of("roi.problem." + std::to_string(i)), a.build);
    a.imgui.frames(a.build);
    auto field = item_rect(field_id);
    auto error = item_rect("roi.field.error." + path);
    ASSERT_TRUE(field && error) << path;
    EXPECT_TRUE(on_screen(*field, screen)) << path << " at y " << field->y;
    EXPECT_TRUE(on_screen(*error, screen)) << path << " message at y " << error->y;
    EXPECT_TRUE(a.app.state<RoiViewState>().scroll_to_field.empty()) << "scrolled once, then the person scrolls";
  }
}

INSTANTIATE_TEST_SUITE_P(Screens, ProblemScroll, ::testing::Values(ImVec2(1280, 800), ImVec2(1024, 768), ImVec2(768, 1024)));

// ---- Export PNG in meeting mode is a clean picture ----------------------------------------------

TEST_F(RoiFixture, ExportPngSavesAPictureWithoutButtonsOrSliders) {
  add_case_with_notes();
  imgui.tap(center_of("roi.case.0"), build);
  imgui.tap(center_of("roi.meeting"), build);
  ASSERT_TRUE(item_rect("meeting.slider.0").has_value());
  // What the saved frame showed, read when it is saved (item_rect answers for that frame).
  std::vector<std::string> in_picture, missing;
  platform.on_png = [&](std::string_view) {
    for (const char* id : {"meeting.png", "meeting.exit", "meeting.slider.0", "meeting.scenario.expected",
                           "meeting.kpi.roi", "meeting.kpi.payback", "meeting.kpi.npv", "meeting.kpi.net3y",
                           "meeting.chart.cumulative"})
      (item_rect(id) ? in_picture : missing).emplace_back(id);
  };
  imgui.tap(center_of("meeting.png"), build);
  ASSERT_EQ(platform.pngs.size(), 1u);
  EXPECT_EQ(platform.pngs[0], "roi-ACME-Trading.png");
  EXPECT_EQ(in_picture, (std::vector<std::string>{"meeting.kpi.roi", "meeting.kpi.payback", "meeting.kpi.npv",
                                                  "meeting.kpi.net3y", "meeting.chart.cumulative"}));
  // The chart has the whole width in the picture (no sliders beside it).
  // Afterwards meeting mode is drawn as before.
  imgui.frames(build);
  EXPECT_TRUE(item_rect("meeting.png").has_value());
  EXPECT_TRUE(item_rect("meeting.slider.0").has_value());
}

TEST_F(RoiFixture, ThePictureIsSavedOnlyAfterItsFramesAreDrawn) {
  add_case_with_notes();
  app.session().edit("", [](Workspace& w) { w.settings.user_name = "Lei Wang"; });
  imgui.tap(center_of("roi.case.0"), build);
  imgui.tap(center_of("roi.meeting"), build);
  const float chart_w = item_rect("meeting.chart.cumulative")->w;
  app.request_picture("x.png");
  const std::string text = frame_text();  // the first frame of the picture
  EXPECT_TRUE(platform.pngs.empty()) << "not before a clean frame is on the canvas";
  EXPECT_NE(text.find("ACME Trading"), std::string::npos);
  EXPECT_NE(text.find(only_case().name), std::string::npos);
  EXPECT_NE(text.find("Expected scenario"), std::string::npos);
  EXPECT_NE(text.find("Lei Wang"), std::string::npos);
  EXPECT_NE(text.find(app.session().now_iso().substr(0, 10)), std::string::npos) << "the date";
  EXPECT_EQ(text.find("Export PNG"), std::string::npos);
  EXPECT_EQ(text.find("Exit"), std::string::npos);
  EXPECT_GT(item_rect("meeting.chart.cumulative")->w, chart_w * 1.3f) << "the chart across the width";
  imgui.frame(build);
  EXPECT_TRUE(platform.pngs.empty()) << "the second, settled frame is the one saved";
  imgui.frame(build);
  EXPECT_EQ(platform.pngs, std::vector<std::string>{"x.png"});
  EXPECT_TRUE(item_rect("meeting.chart.cumulative").has_value());
  imgui.frame(build);
  EXPECT_TRUE(item_rect("meeting.exit").has_value()) << "the controls are back";
}

// ---- The meeting chart's line on a projector and on tablets ---------------------------------------

namespace {

// The widths of the quads ImGui drew for polylines in `col` (anti-aliasing off, so each segment
// is a quad of exactly the line's width: vertices p1+n, p2+n, p2-n, p1-n).
std::vector<float> polyline_widths(ImU32 col) {
  std::vector<float> out;
  const ImDrawData* dd = ImGui::GetDrawData();
  for (const ImDrawList* list : dd->CmdLists) {
    const auto& v = list->VtxBuffer;
    for (int i = 0; i + 3 < v.Size;) {
      if (v[i].col != col || v[i + 1].col != col || v[i + 2].col != col || v[i + 3].col != col) {
        ++i;
        continue;
      }
      const ImVec2 along(v[i + 1].pos.x - v[i].pos.x, v[i + 1].pos.y - v[i].pos.y);
      const ImVec2 across(v[i + 3].pos.x - v[i].pos.x, v[i + 3].pos.y - v[i].pos.y);
      const ImVec2 other(v[i + 2].pos.x - v[i + 1].pos.x, v[i + 2].pos.y - v[i + 1].pos.y);
      const float la = std::hypot(along.x, along.y), lb = std::hypot(across.x, across.y);
      const bool quad = la > 0 && lb > 0 && std::fabs(along.x * across.x + along.y * across.y) < 1e-3f * la * lb &&
                        std::fabs(other.x - across.x) < 1e-3f && std::fabs(other.y - across.y) < 1e-3f;
      if (!quad) {
        ++i;
        continue;
      }
      out.push_back(lb);
      i += 4;
    }
  }
  return out;
}

}  // namespace

struct MeetingChartLine : ::testing::TestWithParam<std::pair<ImVec2, float>> {};

TEST_P(MeetingChartLine, IsAtLeastTwoCssPixelsInWholeDevicePixels) {
  const auto [screen, dpr] = GetParam();
  HeadlessPlatform platform;
  HeadlessContext imgui(screen, dpr);
  App app(platform);
  app.navigate("roi");  // the app opens on Today
  std::function<void()> build = [&] { app.frame(); };
  // Monthly periods: 37 points, no dots, so every quad in the line's colour is the line.
  roi::Case c = roi::from_template(roi::templates()[1], "en", "roi-1");
  ASSERT_EQ(c.period, roi::PeriodKind::monthly);
  app.session().edit("", [&](Workspace& w) { w.roi_cases.push_back(c); });
  app.state<RoiViewState>().open_case_id = "roi-1";
  imgui.frames(build);
  imgui.tap(center_of("roi.meeting"), build);
  ImGui::GetStyle().AntiAliasedLines = false;
  imgui.frame(build);
  const std::vector<float> widths = polyline_widths(fieldbook::shell::charts::palette::Blue);
  ASSERT_GE(widths.size(), 36u) << "one quad per month";
  for (float w : widths) EXPECT_NEAR(w, widths[0], 0.01f);  // float vertices: 1/100 px slack
  const float w = widths[0];
  std::printf("meeting chart line at %.0fx%.0f, DPR %.0f: %.2f CSS px = %.1f device px\n", screen.x, screen.y, dpr, w, w * dpr);
  EXPECT_GE(w, 2.0f);
  EXPECT_NEAR(w * dpr, std::round(w * dpr), 0.01f);
}

INSTANTIATE_TEST_SUITE_P(Screens, MeetingChartLine,
                         ::testing::Values(std::pair{ImVec2(1920, 1080), 1.0f}, std::pair{ImVec2(1024, 768), 2.0f},
                                           std::pair{ImVec2(768, 1024), 2.0f}, std::pair{ImVec2(1366, 768), 1.0f}));
