// The OKR tool's KPIs page and funnel board over a headless ImGui context, at a tablet held
// upright (768×1024) and a projector (1920×1080), with the handbook's example: this week's KPI
// value entered with a number and one tap (a second save updates it), the hit rate as kpi_stats
// counts it, an entry for any day going to its week, a KPI deleted with its entries as one undo
// step; the funnel's bottleneck on the weak 商机 → 提案 step, a stage larger than the one before
// it named, a count edited and undone, a new week after the latest; both languages with no word
// left untranslated.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "app/app.h"
#include "i18n/i18n.h"
#include "imgui_internal.h"
#include "okr/funnel_board.h"
#include "okr/handbook_example.h"
#include "okr/kpi_stats.h"
#include "platform/headless/headless_context.h"
#include "platform/headless/headless_platform.h"
#include "test_support.h"
#include "views/okr_parts.h"
#include "views/okr_state.h"
#include "widgets/test_ids.h"

using namespace fieldbook::shell;
namespace okr = fieldbook::okr;
using fieldbook::Language;
using fieldbook::shell::testing::center_of;
using fieldbook::workspace::LanguagePreference;
using fieldbook::workspace::Workspace;

namespace {

struct OkrBoardFixture : ::testing::TestWithParam<ImVec2> {
  HeadlessPlatform platform;
  HeadlessContext imgui{GetParam()};
  App app{platform};
  std::function<void()> build = [this] { app.frame(); };

  void SetUp() override {
    platform.clock_ms = 1'795'000'000'000;  // 2026-11-18T...Z, a Wednesday
    open_example(LanguagePreference::En);
    app.navigate("okr");
    imgui.frames(build);
  }

  // The handbook's example (KPIs with their entries, the manager's funnel), no team.
  void open_example(LanguagePreference language) {
    const Language lang = language == LanguagePreference::Zh ? Language::Zh : Language::En;
    const okr::OkrSet set = okr::handbook_example(lang, today(), app.session().now_iso());
    app.session().edit("", [&](Workspace& w) {
      w = Workspace{};
      w.settings.language = language;
      w.kpis = set.kpis;
      w.kpi_entries = set.kpi_entries;
      w.funnel_periods = set.funnel_periods;
    });
    imgui.frames(build);
  }

  fieldbook::Date today() { return fieldbook::parse_iso_date(app.session().today_iso()).value(); }

  std::string frame_text() { return fieldbook::shell::testing::frame_text(imgui, [&] { app.frame(); }); }

  // Scrolls the content until `id` is drawn inside the display, then taps it.
  void tap(const std::string& id) { fieldbook::shell::testing::tap_revealed(imgui, build, id, GetParam().y); }
  // Scrolls the content until `id` is inside it (above a tablet's tab bar, under the toolbar).
  void reveal(const std::string& id) { fieldbook::shell::testing::reveal(imgui, build, id, GetParam().y); }
  void type_into(const std::string& id, const char* text) {
    tap(id);
    imgui.type(text, build);
    imgui.frames(build);
  }
  // Types over what the field holds (a date field keeps its text when tapped).
  void retype(const std::string& id, const char* text) {
    tap(id);
    imgui.key(ImGuiKey_A, build, ImGuiMod_Ctrl);
    imgui.type(text, build);
    imgui.frames(build);
  }

  std::vector<okr::KpiEntry> entries_of(const std::string& kpi_id) {
    std::vector<okr::KpiEntry> out;
    for (const okr::KpiEntry& e : app.session().doc().kpi_entries)
      if (e.kpi_id == kpi_id) out.push_back(e);
    return out;
  }
  const okr::FunnelPeriod& latest_funnel() {
    const auto mine = okr::funnel_periods_of(app.session().doc().funnel_periods, "");
    EXPECT_FALSE(mine.empty());
    return *mine.back();
  }
};

TEST_P(OkrBoardFixture, TheOneTapEntrySavesThisWeekAndASecondSaveUpdatesIt) {
  tap("okr.tab.kpis");
  const okr::Kpi kpi = app.session().doc().kpis.at(0);
  const std::string week = okr::kpi_period_start(kpi.frequency, app.session().today_iso());
  ASSERT_EQ(week, "2026-11-16");
  const std::size_t before = entries_of(kpi.id).size();
  auto this_week = [&] {
    std::vector<okr::KpiEntry> out;
    for (const okr::KpiEntry& e : entries_of(kpi.id))
      if (e.period_start == week) out.push_back(e);
    return out;
  };
  ASSERT_TRUE(this_week().empty());

  type_into("okr.kpi.0.value", "7");
  EXPECT_TRUE(this_week().empty());  // typed, not saved yet
  tap("okr.kpi.0.save");
  ASSERT_EQ(this_week().size(), 1u);
  EXPECT_EQ(this_week()[0].value, 7);
  EXPECT_TRUE(item_rect("okr.kpi.0.saved").has_value());

  type_into("okr.kpi.0.value", "9");
  tap("okr.kpi.0.save");
  ASSERT_EQ(this_week().size(), 1u);  // updated, not a second entry
  EXPECT_EQ(this_week()[0].value, 9);
  EXPECT_EQ(entries_of(kpi.id).size(), before + 1);

  // Each save is one undo step: the update, then the new entry.
  app.session().undo();
  imgui.frames(build);
  ASSERT_EQ(this_week().size(), 1u);
  EXPECT_EQ(this_week()[0].value, 7);
  app.session().undo();
  imgui.frames(build);
  EXPECT_TRUE(this_week().empty());
}

TEST_P(OkrBoardFixture, TheHitRateShownIsTheOneKpiStatsCounts) {
  tap("okr.tab.kpis");
  const std::string text = frame_text();
  const auto& doc = app.session().doc();
  ASSERT_EQ(doc.kpis.size(), 2u);
  for (std::size_t i = 0; i < doc.kpis.size(); ++i) {
    const okr::KpiStats s = okr::kpi_stats(doc.kpis[i], doc.kpi_entries);
    ASSERT_TRUE(s.hit_rate.has_value());
    char expected[128];
    std::snprintf(expected, sizeof(expected), tr(S::OkrKpiHitRate), s.met, int(s.entries.size()),
                  format_share(*s.hit_rate).c_str());
    EXPECT_NE(text.find(expected), std::string::npos) << expected;
    EXPECT_TRUE(item_rect("okr.kpi." + std::to_string(i) + ".hitRate").has_value());
    char streak[64];
    std::snprintf(streak, sizeof(streak), tr(S::OkrKpiStreak), s.streak);
    EXPECT_NE(text.find(streak), std::string::npos) << streak;
  }
  // The sample's weekly KPI: 5 of its 8 weeks reached 5.
  EXPECT_NE(text.find("5 of 8 met"), std::string::npos);
}

TEST_P(OkrBoardFixture, AnEntryForAnyDayGoesToItsWeekAndUpdatesTheOneThere) {
  tap("okr.tab.kpis");
  tap("okr.kpi.0");
  ASSERT_TRUE(item_rect("okr.kpi.back").has_value());
  const std::string kpi_id = app.session().doc().kpis.at(0).id;
  const std::size_t before = entries_of(kpi_id).size();
  // A Thursday of a week the sample has (its entries start on Mondays, 8 weeks back to last week).
  const okr::KpiStats s = okr::kpi_stats(app.session().doc().kpis.at(0), app.session().doc().kpi_entries);
  const std::string monday = s.entries.at(2)->period_start;
  const std::string thursday = fieldbook::format_iso_date(fieldbook::add_days(fieldbook::parse_iso_date(monday).value(), 3));
  retype("okr.kpi.newEntry.day", thursday.c_str());
  type_into("okr.kpi.newEntry.value", "11");
  tap("okr.kpi.newEntry.save");
  EXPECT_EQ(entries_of(kpi_id).size(), before);
  bool found = false;
  for (const okr::KpiEntry& e : entries_of(kpi_id))
    if (e.period_start == monday) {
      found = true;
      EXPECT_EQ(e.value, 11);
    }
  EXPECT_TRUE(found);
  // The newest entry is listed first, and its value can be corrected in place.
  type_into("okr.kpi.entry.0.value", "2");
  EXPECT_EQ(okr::kpi_stats(app.session().doc().kpis.at(0), app.session().doc().kpi_entries).latest->value, 2);
}

TEST_P(OkrBoardFixture, DeletingAKpiAsksFirstAndTakesItsEntriesAsOneUndoStep) {
  tap("okr.tab.kpis");
  tap("okr.kpi.1");
  const std::string kpi_id = app.session().doc().kpis.at(1).id;
  ASSERT_FALSE(entries_of(kpi_id).empty());
  const std::size_t entries = entries_of(kpi_id).size();
  tap("okr.kpi.delete");
  EXPECT_EQ(app.session().doc().kpis.size(), 2u);  // asked first
  tap("okr.kpi.delete.confirm");
  EXPECT_EQ(app.session().doc().kpis.size(), 1u);
  EXPECT_TRUE(entries_of(kpi_id).empty());
  EXPECT_TRUE(item_rect("okr.kpi.0").has_value());  // back on the list
  app.session().undo();
  EXPECT_EQ(app.session().doc().kpis.size(), 2u);
  EXPECT_EQ(entries_of(kpi_id).size(), entries);
}

TEST_P(OkrBoardFixture, TheHandbookTemplatesAddItsKpisWithoutEntries) {
  app.session().edit("", [](Workspace& w) { w.kpis.clear(), w.kpi_entries.clear(); });
  tap("okr.tab.kpis");
  EXPECT_TRUE(item_rect("okr.kpi.empty").has_value());
  tap("okr.kpi.template.1");
  ASSERT_EQ(app.session().doc().kpis.size(), 1u);
  const okr::Kpi k = app.session().doc().kpis[0];
  EXPECT_EQ(k.name, "Visit conversion");
  EXPECT_EQ(k.target, 30);
  EXPECT_EQ(k.frequency, okr::KpiFrequency::Monthly);
  EXPECT_EQ(k.unit, okr::Unit::Percent);
  EXPECT_EQ(k.id.rfind("sample-", 0), std::string::npos);
  EXPECT_TRUE(app.session().doc().kpi_entries.empty());
  EXPECT_EQ(app.state<OkrViewState>().open_kpi_id, k.id);  // opened
  tap("okr.kpi.back");
  EXPECT_FALSE(item_rect("okr.kpi.template.1").has_value());  // on the list now
  tap("okr.kpi.template.0");
  ASSERT_EQ(app.session().doc().kpis.size(), 2u);
  EXPECT_EQ(app.session().doc().kpis[1].target, 5);
}

TEST_P(OkrBoardFixture, TheFunnelBoardShowsTheBottleneckOnTheWeakStep) {
  tap("okr.tab.funnel");
  const okr::FunnelPeriod& f = latest_funnel();
  const okr::FunnelState s = okr::funnel_state(f, app.session().doc().funnel_periods);
  ASSERT_EQ(s.bottleneck, 1u);  // 商机 → 提案
  EXPECT_TRUE(item_rect("okr.funnel.step.1.bottleneck").has_value());
  EXPECT_FALSE(item_rect("okr.funnel.step.0.bottleneck").has_value());
  EXPECT_FALSE(item_rect("okr.funnel.step.2.bottleneck").has_value());
  EXPECT_TRUE(item_rect("okr.funnel.step.1.shortfall").has_value());
  const std::string text = frame_text();
  EXPECT_NE(text.find("Opportunities → Proposals"), std::string::npos);
  EXPECT_NE(text.find("Conversion " + format_share(*s.steps[1].conversion)), std::string::npos);
  // The 5 Whys card names the step; the sample's root cause is on it.
  EXPECT_NE(text.find("why does Opportunities → Proposals convert badly"), std::string::npos);
  EXPECT_NE(text.find(f.five_whys.root_cause), std::string::npos);
  EXPECT_FALSE(item_rect("okr.funnel.warning.0").has_value());
}

TEST_P(OkrBoardFixture, AStageLargerThanTheOneBeforeItIsAWarning) {
  tap("okr.tab.funnel");
  type_into("okr.funnel.stage.3.count", "9");  // more signed than the 7 proposals
  EXPECT_EQ(latest_funnel().counts[3], 9);
  ASSERT_TRUE(item_rect("okr.funnel.warning.0").has_value());
  EXPECT_FALSE(item_rect("okr.funnel.warning.1").has_value());
  EXPECT_NE(frame_text().find("Signed (9) is larger than Proposals (7): check the counts."), std::string::npos);
}

TEST_P(OkrBoardFixture, EditingACountIsUndoable) {
  tap("okr.tab.funnel");
  const std::string id = latest_funnel().id;
  const double before = latest_funnel().counts[0];
  type_into("okr.funnel.stage.0.count", "150");
  EXPECT_EQ(latest_funnel().counts[0], 150);
  EXPECT_EQ(latest_funnel().id, id);
  tap("toolbar.undo");  // the typing is one step
  EXPECT_EQ(latest_funnel().counts[0], before);
  type_into("okr.funnel.stage.1.count", "-4");  // never negative
  EXPECT_GE(latest_funnel().counts[1], 0);
}

TEST_P(OkrBoardFixture, ATargetAndAStageNameAreEditedOnTheBoard) {
  tap("okr.tab.funnel");
  tap("okr.funnel.stage.1.name");
  imgui.key(ImGuiKey_End, build);
  imgui.type("X", build);
  imgui.frames(build);
  const okr::FunnelPeriod& f = latest_funnel();
  ASSERT_EQ(f.stages.size(), 4u);  // all names stored once one is edited
  EXPECT_EQ(f.stages[0], "Leads");
  EXPECT_EQ(f.stages[1], "OpportunitiesX");
  // A target cleared is no target: the bottleneck is then the lowest conversion.
  tap("okr.funnel.step.0.target");
  imgui.key(ImGuiKey_Delete, build);
  imgui.frames(build);
  ASSERT_GE(latest_funnel().step_targets.size(), 2u);
  EXPECT_FALSE(latest_funnel().step_targets[0].has_value());
  type_into("okr.funnel.step.2.target", "60");
  ASSERT_EQ(latest_funnel().step_targets.size(), 3u);
  EXPECT_DOUBLE_EQ(*latest_funnel().step_targets[2], 0.6);
}

TEST_P(OkrBoardFixture, TheFiveWhysAndPdcaAreFilledOnTheBoard) {
  tap("okr.tab.funnel");
  tap("okr.funnel.pdca.after.useCurrent");
  const okr::FunnelPeriod& f = latest_funnel();
  const okr::FunnelState s = okr::funnel_state(f, app.session().doc().funnel_periods);
  ASSERT_TRUE(f.pdca.conversion_after.has_value());
  EXPECT_DOUBLE_EQ(*f.pdca.conversion_after, *s.steps[1].conversion);
  EXPECT_TRUE(item_rect("okr.funnel.pdca.change").has_value());
  tap("okr.funnel.pdca.decision.rollOut");
  EXPECT_EQ(latest_funnel().pdca.decision, okr::PdcaDecision::RollOut);
  // A long answer shows wrapped; a tap types in it.
  type_into("okr.funnel.pdca.notes", "Both reps kept it");
  EXPECT_EQ(latest_funnel().pdca.notes, "Both reps kept it");
}

TEST_P(OkrBoardFixture, ANewWeekFollowsTheLatestWithItsStagesAndTargets) {
  tap("okr.tab.funnel");
  const okr::FunnelPeriod latest = latest_funnel();
  const std::size_t before = app.session().doc().funnel_periods.size();
  tap("okr.funnel.newWeek");
  ASSERT_EQ(app.session().doc().funnel_periods.size(), before + 1);
  const okr::FunnelPeriod& added = latest_funnel();
  EXPECT_EQ(added.period_start, "2026-11-16");  // the sample ends last week
  EXPECT_EQ(added.period_end, "2026-11-22");
  EXPECT_EQ(added.step_targets, latest.step_targets);
  EXPECT_EQ(added.stages, latest.stages);
  EXPECT_EQ(added.counts, std::vector<double>(4, 0.0));
  EXPECT_EQ(app.state<OkrViewState>().open_funnel_id, added.id);
  // Deleting asks first.
  tap("okr.funnel.delete");
  EXPECT_EQ(app.session().doc().funnel_periods.size(), before + 1);
  tap("okr.funnel.delete.confirm");
  EXPECT_EQ(app.session().doc().funnel_periods.size(), before);
  tap("okr.funnel.newMonth");
  EXPECT_EQ(latest_funnel().period_start, "2026-12-01");  // the month after the latest week
  EXPECT_EQ(latest_funnel().period_end, "2026-12-31");
}

TEST_P(OkrBoardFixture, NothingIsDrawnBeyondTheScreensRightEdge) {
  for (const LanguagePreference lang : {LanguagePreference::En, LanguagePreference::Zh}) {
    open_example(lang);
    tap("okr.tab.kpis");
    for (const char* id : {"okr.kpi.0", "okr.kpi.0.save", "okr.kpi.1.save", "okr.kpi.add"}) {
      const auto r = item_rect(id);
      ASSERT_TRUE(r.has_value()) << id;
      EXPECT_LE(r->x + r->w, GetParam().x + 0.5f) << id;
    }
    tap("okr.kpi.0");
    for (const char* id : {"okr.kpi.newEntry.save", "okr.kpi.entry.0.remove", "okr.kpi.unit.percent"}) {
      reveal(id);
      const auto r = item_rect(id);
      ASSERT_TRUE(r.has_value()) << id;
      EXPECT_LE(r->x + r->w, GetParam().x + 0.5f) << id;
    }
    tap("okr.kpi.back");
    tap("okr.tab.funnel");
    for (const char* id : {"okr.funnel.newMonth", "okr.funnel.step.1.shortfall", "okr.funnel.why.5",
                           "okr.funnel.pdca.after.useCurrent", "okr.funnel.pdca.decision.reanalyse"}) {
      reveal(id);
      const auto r = item_rect(id);
      ASSERT_TRUE(r.has_value()) << id;
      EXPECT_LE(r->x + r->w, GetParam().x + 0.5f) << id;
    }
  }
}

// Every word of the two pages in the language chosen: no English sentence of the catalogue on
// the Chinese pages, no Chinese on the English ones.
TEST_P(OkrBoardFixture, BothLanguagesRenderWithoutMissingStrings) {
  auto pages = [&] {
    std::string text;
    tap("okr.tab.kpis");
    text += frame_text();
    tap("okr.kpi.0");
    text += frame_text();
    tap("okr.kpi.back");
    tap("okr.tab.funnel");
    text += frame_text();
    return text;
  };
  open_example(LanguagePreference::Zh);
  ASSERT_EQ(app.ui_language(), Language::Zh);
  const std::string zh = pages();
  EXPECT_NE(zh.find("达标"), std::string::npos);
  EXPECT_NE(zh.find("瓶颈"), std::string::npos);
  EXPECT_NE(zh.find("商机 → 提案"), std::string::npos);
  for (int i = 0; i < int(S::Count_); ++i) {
    const std::string en = tr(S(i), Language::En);
    if (en == tr(S(i), Language::Zh) || en.find(' ') == std::string::npos || en.find('%') != std::string::npos) continue;
    EXPECT_EQ(zh.find(en), std::string::npos) << "English on the Chinese pages: " << en;
  }

  open_example(LanguagePreference::En);
  const std::string en = pages();
  EXPECT_NE(en.find("Bottleneck"), std::string::npos);
  for (std::size_t i = 0; i + 2 < en.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(en[i]);
    // CJK ideographs and their punctuation: UTF-8 lead bytes E3–E9.
    if (c >= 0xE3 && c <= 0xE9) {
      ADD_FAILURE() << "Chinese on the English pages: " << en.substr(i > 40 ? i - 40 : 0, 100);
      break;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Screens, OkrBoardFixture, ::testing::Values(ImVec2(768, 1024), ImVec2(1920, 1080)),
                         [](const auto& info) { return info.param.x < 1000 ? std::string("Tablet") : std::string("Projector"); });

}  // namespace
