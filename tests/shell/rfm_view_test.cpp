// The RFM screens over a headless ImGui context: the R orders dataset imported through
// App::receive_file with the column mapping confirmed by a click gives the package's published
// summary; tapping a segment filters the list; cancel changes nothing; bad rows are reported and
// skipped or refused; ambiguous dates are asked about; the CSV export; the sample analysis.
#include <gtest/gtest.h>

#include <cctype>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "app/app.h"
#include "widgets/test_ids.h"
#include "imgui_internal.h"
#include "platform/headless/headless_context.h"
#include "platform/headless/headless_platform.h"
#include "rfm/export.h"
#include "test_support.h"
#include "views/rfm_format.h"
#include "views/rfm_parts.h"

using namespace fieldbook::shell;
using fieldbook::rfm::AnalysisRecord;

namespace {

std::string orders_csv() {
  std::ifstream in(std::string(FIELDBOOK_SHARED_DATA) + "/rfm/rfm_data_orders.csv", std::ios::binary);
  EXPECT_TRUE(in) << "missing rfm_data_orders.csv";
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

ImVec2 center_of(const std::string& id) {
  auto r = item_rect(id);
  EXPECT_TRUE(r.has_value()) << id << " was not drawn";
  return r ? ImVec2(r->x + r->w / 2, r->y + r->h / 2) : ImVec2(-1, -1);
}

struct RfmFixture : ::testing::Test {
  HeadlessPlatform platform;
  HeadlessContext imgui{ImVec2(1280, 800)};
  App app{platform};
  std::function<void()> build = [this] { app.frame(); };

  // Frames until `id` is drawn (or the limit), then a few more so a popup that just appeared
  // has its size and place; returns whether it was drawn.
  bool frames_until(const std::string& id, int limit = 400) {
    for (int i = 0; i < limit && !item_rect(id); ++i) imgui.frame(build);
    imgui.frames(build, 3);
    return item_rect(id).has_value();
  }
  bool frames_until_gone(const std::string& id, int limit = 400) {
    for (int i = 0; i < limit; ++i) {
      if (!item_rect(id)) return true;
      imgui.frame(build);
    }
    return !item_rect(id).has_value();
  }
  void click(const std::string& id) { imgui.mouse_click(center_of(id), build); }
  void tap(const std::string& id) { imgui.tap(center_of(id), build); }

  const AnalysisRecord& analysis() { return app.session().doc().rfm_analyses.back(); }
  int row_of(const std::string& name) {
    const auto& d = rfm_derived(app.state<RfmViewState>(), analysis());
    for (std::size_t i = 0; i < d.summary.size(); ++i)
      if (d.summary[i].name.en == name) return static_cast<int>(i);
    return -1;
  }
  void import(const std::string& name, const std::string& bytes, double budget_ms = 1.0) {
    app.state<RfmViewState>().import.budget_ms = budget_ms;
    app.receive_file("rfm", name, bytes);
    imgui.frame(build);
  }
};

}  // namespace

// The browser's way (App::work_between_frames): frames do no import work; the platform's
// steps between frames read the rows, score them and add the analysis — the same one the
// frames' way gives — and the frame after shows it with the wizard closed.
TEST_F(RfmFixture, InTheBackgroundTheStepsBetweenFramesReadAndScore) {
  imgui.frames(build);
  app.set_work_between_frames(true);
  import("rfm_data_orders.csv", orders_csv());
  EXPECT_TRUE(app.work_pending()) << "the preview is read between frames too";
  for (int i = 0; i < 400 && app.step_work(); ++i) {
  }
  ASSERT_TRUE(frames_until("rfm.import.confirm")) << "the mapping step";
  click("rfm.import.confirm");
  const auto& im = app.state<RfmViewState>().import;
  const double read = im.job->fraction();
  imgui.frames(build, 20);
  EXPECT_EQ(im.job->fraction(), read) << "frames alone read nothing";
  EXPECT_TRUE(app.session().doc().rfm_analyses.empty());
  ASSERT_TRUE(app.work_pending());
  bool saw_progress = false;
  int steps = 0;
  for (; steps < 4000 && app.session().doc().rfm_analyses.empty(); ++steps) {
    app.step_work();
    imgui.frame(build);
    saw_progress |= item_rect("rfm.import.progress").has_value();
  }
  EXPECT_TRUE(saw_progress);
  EXPECT_GT(steps, 2) << "the rows, the table and the scoring in steps of their own";
  ASSERT_EQ(app.session().doc().rfm_analyses.size(), 1u);
  EXPECT_FALSE(app.work_pending());
  EXPECT_FALSE(item_rect("rfm.import.dialog").has_value()) << "the first frame after draws no wizard";
  EXPECT_FALSE(ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) << "nor keeps it open, out of sight";
  imgui.frames(build);
  EXPECT_EQ(analysis().list().size(), 995u);
  EXPECT_EQ(analysis().analysis_date, "2006-12-31");
  EXPECT_EQ(rfm_derived(app.state<RfmViewState>(), analysis()).summary[static_cast<std::size_t>(row_of("Champions"))].customers, 35u);
}

TEST_F(RfmFixture, NavigationHasTheTool) {
  imgui.frames(build);
  click("nav.rfm");
  EXPECT_EQ(app.view(), "rfm");
  EXPECT_TRUE(item_rect("rfm.import").has_value()) << "the empty page offers the import";
  click("rfm.import");
  ASSERT_EQ(platform.pickers.size(), 1u);
  EXPECT_EQ(platform.pickers[0], "rfm");
}

TEST_F(RfmFixture, ImportTheOrdersDatasetAndSeeThePublishedSummary) {
  imgui.frames(build);
  import("rfm_data_orders.csv", orders_csv());
  EXPECT_EQ(app.view(), "rfm") << "a dropped CSV opens the RFM page";
  ASSERT_TRUE(frames_until("rfm.import.confirm")) << "the mapping step";
  EXPECT_TRUE(item_rect("rfm.import.preview").has_value());
  const auto& im = app.state<RfmViewState>().import;
  ASSERT_GE(im.roles.size(), 3u);
  EXPECT_EQ(im.roles[0], fieldbook::rfm::Role::Customer);
  EXPECT_EQ(im.roles[1], fieldbook::rfm::Role::Date);
  EXPECT_EQ(im.roles[2], fieldbook::rfm::Role::Amount);
  EXPECT_FALSE(item_rect("rfm.import.missing").has_value());
  click("rfm.import.confirm");
  // Read a slice per frame, with the progress bar, until the analysis is in the workspace.
  bool saw_progress = false;
  for (int i = 0; i < 400 && app.session().doc().rfm_analyses.empty(); ++i) {
    imgui.frame(build);
    saw_progress |= item_rect("rfm.import.progress").has_value();
  }
  EXPECT_TRUE(saw_progress);
  ASSERT_EQ(app.session().doc().rfm_analyses.size(), 1u);
  imgui.frames(build);
  EXPECT_FALSE(item_rect("rfm.import.dialog").has_value());

  const AnalysisRecord& a = analysis();
  EXPECT_EQ(a.list().size(), 995u);
  EXPECT_EQ(a.analysis_date, "2006-12-31");
  EXPECT_EQ(a.name, "rfm_data_orders");
  const int pl = row_of("Potential Loyalist");
  ASSERT_GE(pl, 0);
  const auto& d = rfm_derived(app.state<RfmViewState>(), a);
  EXPECT_EQ(d.summary[static_cast<std::size_t>(pl)].customers, 342u);
  EXPECT_EQ(d.summary[static_cast<std::size_t>(pl)].orders, 2211);
  EXPECT_DOUBLE_EQ(d.summary[static_cast<std::size_t>(pl)].revenue, 204856);
  EXPECT_EQ(d.summary[static_cast<std::size_t>(row_of("Champions"))].customers, 35u);
  EXPECT_TRUE(item_rect("rfm.summary.row." + std::to_string(pl)).has_value());

  // Tap the segment's bar: everything filters to it.
  tap("rfm.segments.bar." + std::to_string(pl));
  EXPECT_EQ(app.state<RfmViewState>().filter.segment_row, pl);
  EXPECT_TRUE(item_rect("rfm.filter.clear").has_value());
  click("rfm.tab.customers");
  imgui.frames(build);
  EXPECT_EQ(rfm_derived(app.state<RfmViewState>(), analysis()).rows.size(), 342u);
  EXPECT_TRUE(item_rect("rfm.table").has_value());
  EXPECT_TRUE(item_rect("rfm.table.row.0").has_value());
  for (auto i : rfm_derived(app.state<RfmViewState>(), analysis()).rows)
    ASSERT_EQ(rfm_derived(app.state<RfmViewState>(), analysis()).groups.row_of(analysis().list()[i].segment), pl);
  click("rfm.tab.charts");
  imgui.frames(build);
  EXPECT_TRUE(item_rect("rfm.heatmap").has_value());
  EXPECT_TRUE(item_rect("rfm.scatter").has_value());
  EXPECT_TRUE(item_rect("rfm.hist.m").has_value());
  EXPECT_EQ(rfm_derived(app.state<RfmViewState>(), analysis()).recency.size(), 342u) << "charts show the filtered customers";
  click("rfm.filter.clear");
  EXPECT_FALSE(app.state<RfmViewState>().filter.segment_row.has_value());
  EXPECT_EQ(rfm_derived(app.state<RfmViewState>(), analysis()).rows.size(), 995u);

  // One import is one undo step.
  app.session().undo();
  EXPECT_TRUE(app.session().doc().rfm_analyses.empty());
}

TEST_F(RfmFixture, CancelMidImportLeavesTheWorkspaceUnchanged) {
  imgui.frames(build);
  const std::string before = app.session().storage_snapshot();
  const auto revision = app.session().revision();
  import("rfm_data_orders.csv", orders_csv(), 0.0);  // one slice per frame
  ASSERT_TRUE(frames_until("rfm.import.confirm"));
  click("rfm.import.confirm");
  EXPECT_TRUE(item_rect("rfm.import.progress").has_value());
  const auto* job = app.state<RfmViewState>().import.job.get();
  ASSERT_NE(job, nullptr);
  EXPECT_GT(job->fraction(), 0.0);
  EXPECT_LT(job->fraction(), 1.0);
  click("rfm.import.cancel");
  imgui.frames(build);
  EXPECT_FALSE(item_rect("rfm.import.dialog").has_value());
  EXPECT_EQ(app.session().revision(), revision);
  EXPECT_EQ(app.session().storage_snapshot(), before);
  EXPECT_FALSE(app.session().can_undo());
}

TEST_F(RfmFixture, MalformedRowsAreReportedThenSkippedOrRefused) {
  const std::string csv =
      "客户,下单日期,金额\n"
      "华东教育,2024-03-01,1200\n"
      "苏州智造,2024-13-45,800\n"   // not a date
      "华东教育,2024-04-02,abc\n"   // not an amount
      "北方电力,2024-05-06,3000\n"
      ",2024-05-07,10\n";           // no customer
  imgui.frames(build);
  const std::string before = app.session().storage_snapshot();
  import("bad.csv", csv);
  ASSERT_TRUE(frames_until("rfm.import.confirm"));
  click("rfm.import.confirm");
  ASSERT_TRUE(frames_until("rfm.import.errors")) << "the row-level report";
  const auto& imp = app.state<RfmViewState>().import.job->importer();
  ASSERT_EQ(imp.error_count(), 3u);
  EXPECT_EQ(imp.errors()[0].line, 3u);
  EXPECT_EQ(imp.errors()[0].column_name, "下单日期");
  EXPECT_EQ(imp.errors()[1].value, "abc");
  click("rfm.import.stop");
  imgui.frames(build);
  EXPECT_FALSE(item_rect("rfm.import.dialog").has_value());
  EXPECT_EQ(app.session().storage_snapshot(), before) << "stop imports nothing";

  import("bad.csv", csv);
  ASSERT_TRUE(frames_until("rfm.import.confirm"));
  click("rfm.import.confirm");
  ASSERT_TRUE(frames_until("rfm.import.skip"));
  click("rfm.import.skip");
  ASSERT_TRUE(frames_until_gone("rfm.import.dialog"));
  ASSERT_EQ(app.session().doc().rfm_analyses.size(), 1u);
  EXPECT_EQ(analysis().list().size(), 2u);
  EXPECT_EQ(analysis().bad_rows, 3);
}

// A Chinese user reads each row's problem in Chinese: the core names the problem, the shell says it.
TEST_F(RfmFixture, RowProblemsAreSaidInTheUsersLanguage) {
  app.session().edit("", [](fieldbook::workspace::Workspace& w) { w.settings.language = fieldbook::workspace::LanguagePreference::Zh; });
  imgui.frames(build);
  import("bad.csv",
         "客户,下单日期,金额\n"
         "华东教育,2024-03-01,1200\n"
         "苏州智造,2024-13-45,800\n"
         "华东教育,2024-04-02,\"1,28,0\"\n"
         "北方电力,2024-05-06\n"
         ",2024-05-07,10\n");
  ASSERT_TRUE(frames_until("rfm.import.confirm"));
  click("rfm.import.confirm");
  ASSERT_TRUE(frames_until("rfm.import.errors"));
  const auto& errors = app.state<RfmViewState>().import.job->importer().errors();
  ASSERT_EQ(errors.size(), 4u);
  EXPECT_EQ(errors[0].problem, fieldbook::rfm::RowProblem::NotADate);
  EXPECT_EQ(errors[1].problem, fieldbook::rfm::RowProblem::NotAnAmount);
  EXPECT_EQ(errors[1].amount_error, fieldbook::AmountError::BadGrouping);
  EXPECT_EQ(errors[2].problem, fieldbook::rfm::RowProblem::ShortRow);
  EXPECT_EQ(errors[3].problem, fieldbook::rfm::RowProblem::EmptyCustomer);
  EXPECT_EQ(rfm_row_problem(errors[1]), "不是有效金额：千位分隔符位置不对");
  const std::string text = fieldbook::shell::testing::frame_text(imgui, build);
  for (const auto& e : errors) {
    const std::string said = rfm_row_problem(e);
    EXPECT_NE(text.find(said), std::string::npos) << said;
    EXPECT_EQ(text.find(e.reason), std::string::npos) << "not the English: " << e.reason;
    for (char c : said) EXPECT_FALSE((c | 0x20) >= 'a' && (c | 0x20) <= 'z') << said;
  }
}

TEST_F(RfmFixture, AFileThatCannotBeReadSaysWhy) {
  imgui.frames(build);
  import("empty.csv", "");
  ASSERT_TRUE(frames_until("rfm.import.error"));
  click("rfm.import.close");
  EXPECT_FALSE(item_rect("rfm.import.dialog").has_value());
  EXPECT_TRUE(app.session().doc().rfm_analyses.empty());
}

// A Chinese user reads why a file cannot be imported in Chinese: the core names the kind of
// failure, the wizard says it (the names of formats excepted: CSV, UTF-8, GBK, Excel).
TEST_F(RfmFixture, FailuresAreSaidInTheUsersLanguage) {
  app.session().edit("", [](fieldbook::workspace::Workspace& w) { w.settings.language = fieldbook::workspace::LanguagePreference::Zh; });
  imgui.frames(build);
  const std::string gbk = "\xBF\xCD\xBB\xA7,\xCF\xC2\xB5\xA5\xC8\xD5\xC6\xDA,\xBD\xF0\xB6\xEE\n"  // 客户,下单日期,金额
                          "\xD5\xC5\xC8\xFD,2024-01-01,100\n";                                              // 张三
  const std::pair<const char*, std::string> files[] = {
      {"empty.csv", ""},
      {"header.csv", "客户,下单日期,金额\n"},
      {"bad-rows.csv", "客户,下单日期,金额\n华东教育,昨天,1200\n苏州智造,2024-03-01,很多\n"},
      {"cut.csv", "客户,下单日期,金额\n华东教育,2024-03-01,\"1200\n"},
      {"binary.xls", std::string("\xD0\xCF\x11\xE0\0\0\0\0\0\0", 10)},
      {"gbk.csv", gbk},
  };
  const fieldbook::rfm::ImportProblem expected[] = {
      fieldbook::rfm::ImportProblem::Empty,   fieldbook::rfm::ImportProblem::NoDataRows,
      fieldbook::rfm::ImportProblem::NoUsableRows, fieldbook::rfm::ImportProblem::BadCsv,
      fieldbook::rfm::ImportProblem::NotText, fieldbook::rfm::ImportProblem::NoGbkDecoder,
  };
  for (std::size_t i = 0; i < std::size(files); ++i) {
    const auto& [name, bytes] = files[i];
    import(name, bytes);
    if (frames_until("rfm.import.confirm", 50)) click("rfm.import.confirm");  // the mapping step, when the rows are read after it
    ASSERT_TRUE(frames_until("rfm.import.error")) << name;
    const fieldbook::rfm::ImportJob& job = *app.state<RfmViewState>().import.job;
    EXPECT_EQ(job.failure().problem, expected[i]) << name << ": " << job.error();
    const std::string said = rfm_import_failure(job);
    const std::string text = fieldbook::shell::testing::flat(fieldbook::shell::testing::frame_text(imgui, build));
    EXPECT_NE(text.find(fieldbook::shell::testing::flat(said)), std::string::npos) << name << ": " << said;
    EXPECT_EQ(text.find(fieldbook::shell::testing::flat(job.error())), std::string::npos)
        << "not the English: " << job.error();
    EXPECT_EQ(fieldbook::shell::testing::latin_words(said, {"CSV", "UTF", "GBK", "Excel"}), std::vector<std::string>{})
        << name << ": " << said;
    click("rfm.import.close");
    ASSERT_TRUE(frames_until_gone("rfm.import.dialog")) << name;
  }
  EXPECT_TRUE(app.session().doc().rfm_analyses.empty());
}

TEST_F(RfmFixture, AnIncompleteMappingCannotContinue) {
  imgui.frames(build);
  import("orders.csv", "who,when,what\na,2024-01-02,5\nb,2024-01-03,6\n");
  ASSERT_TRUE(frames_until("rfm.import.confirm"));
  // Headers the importer cannot name: roles come from the values; clear the customer to see the stop.
  auto& roles = app.state<RfmViewState>().import.roles;
  for (auto& r : roles)
    if (r == fieldbook::rfm::Role::Customer) r = fieldbook::rfm::Role::Ignore;
  imgui.frames(build);
  EXPECT_TRUE(item_rect("rfm.import.missing").has_value());
  click("rfm.import.confirm");
  EXPECT_TRUE(item_rect("rfm.import.confirm").has_value()) << "still on the mapping step";
  roles[0] = fieldbook::rfm::Role::Customer;
  imgui.frames(build);
  EXPECT_FALSE(item_rect("rfm.import.missing").has_value());
}

TEST_F(RfmFixture, AmbiguousDatesAreAskedAbout) {
  std::string csv = "customer,date,amount\n";
  for (int i = 0; i < 20; ++i)
    csv += "c" + std::to_string(i % 4) + ",0" + std::to_string(1 + i % 9) + "/0" + std::to_string(1 + i % 7) + "/2024,10\n";
  imgui.frames(build);
  import("dates.csv", csv);
  ASSERT_TRUE(frames_until("rfm.import.confirm"));
  click("rfm.import.confirm");
  ASSERT_TRUE(frames_until("rfm.import.dayFirst"));
  click("rfm.import.dayFirst");
  ASSERT_TRUE(frames_until_gone("rfm.import.dialog"));
  ASSERT_EQ(app.session().doc().rfm_analyses.size(), 1u);
  EXPECT_EQ(analysis().list().size(), 4u);
}

TEST_F(RfmFixture, ExportIsUtf8WithBomAndThresholds) {
  app.session().open_sample("zh");
  app.navigate("rfm");
  imgui.frames(build);
  click("rfm.export");
  ASSERT_EQ(platform.files.size(), 1u);
  const auto& f = platform.files[0];
  EXPECT_NE(f.name.find(".csv"), std::string::npos);
  ASSERT_GE(f.bytes.size(), 3u);
  EXPECT_EQ(f.bytes.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_EQ(f.bytes.substr(3, f.bytes.find("\r\n") - 3), "customer_id,name,industry,region,rep,first_order,last_order,"
                                                       "recency_days,frequency,monetary,r_score,f_score,m_score,"
                                                       "rfm_score,segment,segment_label,action");
  EXPECT_NE(f.bytes.find("Abbey O'Reilly"), std::string::npos);
}

TEST_F(RfmFixture, TheSampleHoldsTheOrdersAnalysis) {
  app.session().open_sample("en");
  app.navigate("rfm");
  imgui.frames(build);
  ASSERT_EQ(app.session().doc().rfm_analyses.size(), 1u);
  EXPECT_EQ(rfm_derived(app.state<RfmViewState>(), analysis()).summary[static_cast<std::size_t>(row_of("Potential Loyalist"))].customers,
            342u);
  // Tap a summary row: filtered; tap again: all.
  const int lost = row_of("Lost");
  tap("rfm.summary.row." + std::to_string(lost));
  EXPECT_EQ(app.state<RfmViewState>().filter.segment_row, lost);
  tap("rfm.summary.row." + std::to_string(lost));
  EXPECT_FALSE(app.state<RfmViewState>().filter.segment_row.has_value());
  // The industry filter combines with the segment.
  app.state<RfmViewState>().filter.industry = "Government";
  click("rfm.tab.customers");
  const auto n = rfm_derived(app.state<RfmViewState>(), analysis()).rows.size();
  EXPECT_GT(n, 100u);
  EXPECT_LT(n, 995u);
}

TEST_F(RfmFixture, RulesAndScoringEditsAreUndoable) {
  ImGui::GetIO().DisplaySize = ImVec2(1280, 2400);  // the whole rule list on screen
  app.session().open_sample("en");
  app.navigate("rfm");
  imgui.frames(build);
  click("rfm.tab.rules");
  click("rfm.rules.preset.abc");
  EXPECT_EQ(analysis().rules.id, "abc");
  click("rfm.rules.0.down");
  EXPECT_EQ(analysis().rules.rules[1].id, fieldbook::rfm::abc_rule_set().rules[0].id);
  const auto rules = analysis().rules.rules.size();
  click("rfm.rules.add");
  EXPECT_EQ(analysis().rules.rules.size(), rules + 1);
  click("rfm.rules.addIndustry");
  EXPECT_GT(analysis().rules.rules.size(), rules + 1);
  EXPECT_FALSE(analysis().rules.rules[0].industry.empty());
  app.session().undo();
  app.session().undo();
  app.session().undo();
  imgui.frames(build);
  EXPECT_EQ(analysis().rules.id, "abc");
  EXPECT_EQ(analysis().rules.rules.size(), rules);

  click("rfm.tab.scoring");
  app.state<RfmViewState>().scoring.bins.value = 3;
  click("rfm.scoring.apply");
  EXPECT_EQ(analysis().thresholds[0].bins, 3);
  EXPECT_TRUE(item_rect("rfm.thresholds.m").has_value());
  app.state<RfmViewState>().scoring.breaks[0].value = "30, x";
  click("rfm.scoring.apply");
  EXPECT_TRUE(item_rect("rfm.scoring.error").has_value());
  EXPECT_EQ(analysis().thresholds[0].bins, 3);
}

namespace {

// The text a text field shows: clicked into, ImGui copies what the form gave it (then Esc).
std::string shown_text(RfmFixture& f, const std::string& id) {
  f.click(id);
  const ImGuiInputTextState* state = ImGui::GetInputTextState(ImGui::GetActiveID());
  EXPECT_NE(state, nullptr) << id << " is not a text field being edited";
  std::string text = state ? std::string(state->TextA.Data, static_cast<std::size_t>(state->TextLen)) : "?";
  f.imgui.key(ImGuiKey_Escape, f.build);
  return text;
}

void replace_text(RfmFixture& f, const std::string& id, const char* text) {
  f.click(id);
  f.imgui.key(ImGuiKey_A, f.build, ImGuiMod_Ctrl);
  f.imgui.type(text, f.build);
}

}  // namespace

TEST_F(RfmFixture, TheScoringFormShowsWhatUndoAndRedoRestore) {
  app.session().open_sample("en");
  app.navigate("rfm");
  imgui.frames(build);
  click("rfm.tab.scoring");
  const auto before = analysis().options;
  const std::string before_date = analysis().analysis_date;
  ASSERT_EQ(before.recency.bins, 5);
  ASSERT_TRUE(before.recency.custom_breaks.empty());

  // Change every field, the text fields by typing, and apply.
  RfmScoringDraft& s = app.state<RfmViewState>().scoring;
  s.bins.value = 3;
  s.method.value = fieldbook::rfm::ScoreMethod::Rank;
  replace_text(*this, "rfm.scoring.breaks.R", "30, 90, 180");
  replace_text(*this, "rfm.scoring.date", "2007-01-31");
  click("rfm.scoring.apply");
  ASSERT_FALSE(item_rect("rfm.scoring.error").has_value());
  ASSERT_EQ(analysis().options.recency.bins, 3);
  ASSERT_EQ(analysis().options.recency.custom_breaks, (std::vector<double>{30, 90, 180}));
  ASSERT_EQ(analysis().analysis_date, "2007-01-31");

  // Undo: the form shows the analysis as it was.
  click("toolbar.undo");
  imgui.frames(build);
  EXPECT_EQ(analysis().options.recency.bins, 5);
  EXPECT_EQ(s.bins.value, 5);
  EXPECT_EQ(s.method.value, before.method);
  EXPECT_EQ(s.date.value, before_date);
  EXPECT_EQ(s.breaks[0].value, "");
  EXPECT_EQ(shown_text(*this, "rfm.scoring.breaks.R"), "");
  EXPECT_EQ(shown_text(*this, "rfm.scoring.date"), before_date);

  // Redo: the new values again.
  click("toolbar.redo");
  imgui.frames(build);
  EXPECT_EQ(s.bins.value, 3);
  EXPECT_EQ(s.method.value, fieldbook::rfm::ScoreMethod::Rank);
  EXPECT_EQ(shown_text(*this, "rfm.scoring.breaks.R"), "30, 90, 180");
  EXPECT_EQ(shown_text(*this, "rfm.scoring.date"), "2007-01-31");

  // A value typed but not applied stays through an edit elsewhere ...
  replace_text(*this, "rfm.scoring.breaks.F", "2, 4");
  click("nav.settings");
  replace_text(*this, "settings.name", "Wang Lei");
  click("nav.rfm");
  imgui.frames(build);
  EXPECT_EQ(s.breaks[1].value, "2, 4");
  EXPECT_EQ(shown_text(*this, "rfm.scoring.breaks.F"), "2, 4");
  // ... and while the person types in a field, a change underneath leaves their text alone.
  replace_text(*this, "rfm.scoring.date", "2007-02-2");
  app.session().undo();  // the name
  app.session().undo();  // the scoring: the date underneath changes back
  imgui.frames(build);
  EXPECT_EQ(analysis().analysis_date, before_date);
  EXPECT_EQ(s.date.value, "2007-02-2");
  EXPECT_EQ(s.bins.value, 5) << "a field not being edited follows";
}

TEST_F(RfmFixture, TheRulesFormShowsWhatUndoAndRedoRestore) {
  ImGui::GetIO().DisplaySize = ImVec2(1280, 2400);
  app.session().open_sample("en");
  app.navigate("rfm");
  imgui.frames(build);
  click("rfm.tab.rules");
  const auto before = analysis().rules;
  replace_text(*this, "rfm.rules.0.name", "Best of all");
  click("rfm.tab.rules");  // leaving the field applies it
  ASSERT_EQ(analysis().rules.rules[0].name_en, "Best of all");
  click("rfm.rules.1.remove");
  ASSERT_EQ(analysis().rules.rules.size(), before.rules.size() - 1);
  RfmRulesDraft& r = app.state<RfmViewState>().rules;

  click("toolbar.undo");
  click("toolbar.undo");
  imgui.frames(build);
  EXPECT_EQ(analysis().rules, before);
  EXPECT_EQ(r.rules.value, before);
  EXPECT_EQ(shown_text(*this, "rfm.rules.0.name"), before.rules[0].name_en);

  click("toolbar.redo");
  imgui.frames(build);
  EXPECT_EQ(r.rules.value.rules[0].name_en, "Best of all");
  EXPECT_EQ(r.rules.value.rules.size(), before.rules.size());
  EXPECT_EQ(shown_text(*this, "rfm.rules.0.name"), "Best of all");
}

// The scoring form and the rules editor say what is wrong in the UI's language: which dimension or
// rule, and the rule it breaks; never the core's English in the Chinese UI.
TEST_F(RfmFixture, ScoringAndRuleRefusalsSayWhatIsWrongInChinese) {
  ImGui::GetIO().DisplaySize = ImVec2(1280, 2400);  // the whole form on screen
  app.session().open_sample("zh");
  app.session().edit("", [](fieldbook::workspace::Workspace& w) { w.settings.language = fieldbook::workspace::LanguagePreference::Zh; });
  app.navigate("rfm");
  imgui.frames(build);
  click("rfm.tab.scoring");
  RfmScoringDraft& s = app.state<RfmViewState>().scoring;
  const auto before = analysis().options;
  const auto refusal = [&](const char* field, std::string value) {
    Draft<std::string>& d = std::string_view(field) == "date" ? s.date : s.breaks[std::string_view(field) == "F" ? 1 : 0];
    const std::string kept = d.value;
    d.value = std::move(value);
    click("rfm.scoring.apply");
    EXPECT_TRUE(item_rect("rfm.scoring.error").has_value()) << field;
    const std::string text = fieldbook::shell::testing::flat(fieldbook::shell::testing::frame_text(imgui, build));
    d.value = kept;
    return text;
  };
  const auto expect_said = [](const std::string& text, const char* sentence) {
    EXPECT_NE(text.find(fieldbook::shell::testing::flat(sentence)), std::string::npos) << sentence << " not in " << text;
  };
  expect_said(refusal("R", "90, 30"), "无法评分：R 的阈值应逐个增大");
  expect_said(refusal("F", "2, 2"), "无法评分：F 的阈值应逐个增大");
  expect_said(refusal("R", "1,2,3,4,5,6,7,8,9"), "无法评分：R 的阈值最多 8 个");
  expect_said(refusal("F", "3, x"), "无法评分：F 的阈值“3, x”不是用逗号分隔的数字，应如 30, 90, 180");
  expect_said(refusal("date", "2024-13-45"), "无法评分：分析日期“2024-13-45”不是日期，应如 2026-02-28");
  for (const char* english : {"thresholds", "ascending", "recency", "frequency"})
    EXPECT_EQ(refusal("R", "90, 30").find(english), std::string::npos) << english;
  EXPECT_EQ(analysis().options.recency.custom_breaks, before.recency.custom_breaks) << "a refusal changes nothing";
  EXPECT_EQ(analysis().options.frequency.custom_breaks, before.frequency.custom_breaks);

  // The rules editor: a rule whose names are both cleared is refused, and says which rule.
  click("rfm.tab.rules");
  RfmRulesDraft& r = app.state<RfmViewState>().rules;
  const auto rules_before = analysis().rules.rules;
  r.rules.value.rules[1].name_en.clear();
  r.rules.value.rules[1].name_zh.clear();
  click("rfm.rules.0.down");  // any change applies the draft
  ASSERT_TRUE(item_rect("rfm.rules.error").has_value());
  const std::string text = fieldbook::shell::testing::flat(fieldbook::shell::testing::frame_text(imgui, build));
  expect_said(text, "规则未生效：第 1 条规则的名称不能为空");  // the nameless rule moved up to first
  EXPECT_EQ(text.find("name"), std::string::npos);
  EXPECT_EQ(analysis().rules.rules.size(), rules_before.size());
  EXPECT_EQ(analysis().rules.rules[1].name_zh, rules_before[1].name_zh) << "a refusal changes nothing";
}

TEST_F(RfmFixture, ScoringRefusalsInEnglishNameTheDimension) {
  app.session().open_sample("en");
  app.navigate("rfm");
  imgui.frames(build);
  click("rfm.tab.scoring");
  app.state<RfmViewState>().scoring.breaks[2].value = "500, 100";
  click("rfm.scoring.apply");
  const std::string text = fieldbook::shell::testing::flat(fieldbook::shell::testing::frame_text(imgui, build));
  EXPECT_NE(text.find(fieldbook::shell::testing::flat("Cannot score: the M thresholds must each be larger than the one before")),
            std::string::npos)
      << text;
}

// The thresholds table says a quantile as people read it (287.4), not as the core keeps it exact
// for the CSV export (287.4000000000001).
TEST_F(RfmFixture, TheThresholdsTableShowsAtMostTwoDecimals) {
  ImGui::GetIO().DisplaySize = ImVec2(1280, 2400);  // the three tables on screen
  app.session().open_sample("en");
  app.navigate("rfm");
  imgui.frames(build);
  click("rfm.tab.scoring");
  bool long_in_core = false;
  for (const auto& t : analysis().thresholds)
    for (double v : t.upper) {
      const std::string exact = fieldbook::rfm::format_number(v);
      const auto dot = exact.find('.');
      long_in_core |= dot != std::string::npos && exact.size() - dot - 1 > 2;
    }
  ASSERT_TRUE(long_in_core) << "the sample has a threshold of more than two decimals";
  const std::string text = fieldbook::shell::testing::frame_text(imgui, build);
  ASSERT_NE(text.find("x <"), std::string::npos) << "the tables were drawn";
  for (std::size_t i = text.find('.'); i != std::string::npos; i = text.find('.', i + 1)) {
    std::size_t digits = 0;
    while (i + 1 + digits < text.size() && std::isdigit(static_cast<unsigned char>(text[i + 1 + digits]))) ++digits;
    EXPECT_LE(digits, 2u) << text.substr(i > 20 ? i - 20 : 0, 40);
  }
}
