// "Send to my manager" (a rep's own records as a file, the name asked for first) and the
// manager's team import dialog (files read one per frame, one preview, merge all in one undo step).
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "app/app.h"
#include "app/session.h"
#include "app/team_import_dialog.h"
#include "i18n/i18n.h"
#include "platform/headless/headless_context.h"
#include "platform/headless/headless_platform.h"
#include "test_support.h"
#include "workspace/team_import.h"
#include "workspace/workspace_io.h"

using namespace fieldbook::shell;
using fieldbook::shell::testing::center_of;
using fieldbook::shell::testing::flat;
using fieldbook::shell::testing::frame_text;
using fieldbook::shell::testing::latin_words;
namespace ws = fieldbook::workspace;

namespace {

// A small workspace (schema 2: no owners yet, so everything in it is the user's own once opened):
// two team members, one ROI case with the id given.
std::string base_file(const std::string& user_name, const std::string& case_id, const std::string& case_name = "Subscription") {
  return R"({"schemaVersion":2,"sample":false,"exportedBy":"",
  "settings":{"language":"en","currency":"CNY","userName":")" + user_name + R"(","updatedAt":"2026-11-20T09:00:00Z"},
  "team":[{"id":"rep-1","name":"Wang Lei","stage":"mature","updatedAt":"2026-11-20T09:00:00Z"},
          {"id":"rep-2","name":"Li Na","stage":"growing","updatedAt":"2026-11-20T09:00:00Z"}],
  "roiCases":[{"id":")" + case_id + R"(","name":")" + case_name + R"(","customerName":"华东教育科技有限公司","currency":"CNY",
    "years":3,"period":"yearly","discountRate":0.08,"liveDiscountRate":false,
    "oneTimeCosts":[{"id":"implementation","label":"Implementation","amount":80000,"live":false,"updatedAt":"2026-11-20T09:00:00Z"}],
    "recurringCosts":[],"benefits":[],
    "scenarios":{"conservative":{"benefits":0.7,"costs":1.1},"expected":{"benefits":1,"costs":1},"optimistic":{"benefits":1.2,"costs":1}},
    "notes":[],"updatedAt":"2026-11-20T09:00:00Z"}]})";
}

// A rep on their own device: a session over their workspace, and the file they send.
struct RepDevice {
  HeadlessPlatform platform;
  Session session{platform};
  RepDevice(const std::string& name, const std::string& case_id) {
    EXPECT_EQ(session.try_open(base_file(name, case_id)), "");
  }
  std::string file() { return session.export_own_json(); }
  std::string file_name() const { return session.own_file_name(); }
};

struct TeamImportFixture : ::testing::Test {
  HeadlessPlatform platform;
  HeadlessContext imgui{ImVec2(1280, 1600)};  // tall: the data section and the cards on screen, no scrolling
  App app{platform};
  std::function<void()> build = [this] { app.frame(); };
  void SetUp() override {
    ASSERT_EQ(app.session().try_open(base_file("Manager", "roi-manager")), "");
    app.navigate("settings");
    imgui.frames(build);
  }
  const PendingTeamImport& pending() const { return app.team_import(); }
  std::size_t files_read() const { return pending().import ? pending().import->files().size() : 0; }
};

}  // namespace

TEST_F(TeamImportFixture, SendToMyManagerAsksForTheNameFirstThenSavesOnlyTheUsersOwnRecords) {
  ASSERT_EQ(app.session().try_open(base_file("", "roi-mine")), "");
  imgui.frames(build);
  imgui.mouse_click(center_of("data.sendToManager"), build);
  EXPECT_TRUE(platform.files.empty()) << "no file without a name";
  ASSERT_TRUE(item_rect("data.sendToManager.name").has_value());
  EXPECT_TRUE(item_rect("data.sendToManager.confirm").has_value());

  imgui.mouse_click(center_of("data.sendToManager.name"), build);
  imgui.type("李娜", build);
  EXPECT_EQ(app.session().doc().settings.user_name, "") << "the name is saved on confirm, not while typing";
  imgui.mouse_click(center_of("data.sendToManager.confirm"), build);
  EXPECT_EQ(app.session().doc().settings.user_name, "李娜");
  EXPECT_FALSE(item_rect("data.sendToManager.name").has_value()) << "the question is gone";
  ASSERT_EQ(platform.files.size(), 1u);
  EXPECT_EQ(platform.files[0].name, "fieldbook-李娜-2026-11-18.json");
  EXPECT_EQ(platform.files[0].mime, "application/json");

  const ws::Workspace sent = ws::load_workspace(platform.files[0].bytes);
  EXPECT_EQ(sent.settings.user_name, "李娜");
  EXPECT_EQ(sent.settings.owner_id, app.session().doc().settings.owner_id);
  EXPECT_TRUE(sent.team.empty()) << "not the team";
  ASSERT_EQ(sent.roi_cases.size(), 1u);
  EXPECT_EQ(sent.roi_cases[0].id, "roi-mine");
  EXPECT_EQ(platform.files[0].bytes, app.session().export_own_json()) << "the same bytes as the test API's exportOwn()";

  // With a name, the button saves at once.
  imgui.mouse_click(center_of("data.sendToManager"), build);
  EXPECT_EQ(platform.files.size(), 2u);
  EXPECT_FALSE(item_rect("data.sendToManager.name").has_value());
}

TEST_F(TeamImportFixture, ThreeFilesAreReadOnePerFrameThenPreviewedAndMergedInOneUndoStep) {
  // 陈晨 sent a file last week: the manager merged it, so she is on the team.
  RepDevice chen("陈晨", "roi-chen");
  app.receive_file("team", chen.file_name(), chen.file());
  imgui.frames(build, 6);
  ASSERT_EQ(pending().step, PendingTeamImport::Step::Preview);
  imgui.mouse_click(center_of("teamImport.mergeAll"), build);
  imgui.mouse_click(center_of("teamImport.close"), build);
  ASSERT_EQ(app.session().doc().team.size(), 3u);
  // Since then she changed her case; 李娜 is new; "Wang Lei" is on the team without a file yet.
  chen.session.edit("", [](ws::Workspace& w) {
    w.roi_cases[0].name = "Subscription, 5 years";
    w.roi_cases[0].updated_at = "2026-11-25T09:00:00Z";
  });
  RepDevice li("李娜", "roi-li");
  RepDevice wang("Wang Lei", "roi-wang");
  const std::string before = app.session().storage_snapshot();

  app.receive_file("team", "fieldbook-2026-11-18.json", li.session.export_json());  // Export, not Send: her team too
  app.receive_file("team", wang.file_name(), wang.file());
  app.receive_file("team", chen.file_name(), chen.file());
  // One file per frame, the progress bar drawn while reading.
  const int requests = platform.frame_requests;
  imgui.frame(build);
  EXPECT_EQ(pending().step, PendingTeamImport::Step::Reading);
  EXPECT_EQ(files_read(), 0u);
  EXPECT_TRUE(item_rect("teamImport.progress").has_value());
  for (std::size_t n = 1; n <= 3; ++n) {
    imgui.frame(build);
    EXPECT_EQ(files_read(), n);
  }
  EXPECT_GT(platform.frame_requests, requests) << "frames are asked for while reading";
  EXPECT_EQ(pending().step, PendingTeamImport::Step::Preview);
  EXPECT_EQ(app.session().storage_snapshot(), before) << "nothing changes before Merge all";

  imgui.frames(build);
  const std::string text = frame_text(imgui, build);
  for (int i = 0; i < 3; ++i) {
    const std::string id = "teamImport.file." + std::to_string(i);
    EXPECT_TRUE(item_rect(id + ".name").has_value()) << id;
    EXPECT_TRUE(item_rect(id + ".match").has_value()) << id;
    EXPECT_TRUE(item_rect(id + ".counts").has_value()) << id;
  }
  EXPECT_NE(text.find("李娜"), std::string::npos);
  EXPECT_NE(text.find("New: will be added to your team"), std::string::npos);
  EXPECT_NE(text.find("Linked by name to your team member"), std::string::npos) << "Wang Lei";
  EXPECT_NE(text.find("On your team"), std::string::npos) << "陈晨";
  EXPECT_NE(text.find("1 new · 0 newer"), std::string::npos) << text;
  EXPECT_NE(text.find("0 new · 1 newer"), std::string::npos) << "陈晨's changed case";
  EXPECT_TRUE(item_rect("teamImport.file.2.conflicts").has_value());
  EXPECT_NE(text.find("ROI cases \"华东教育科技有限公司 · Subscription, 5 years\""), std::string::npos) << text;
  EXPECT_NE(text.find("copy kept"), std::string::npos);
  EXPECT_TRUE(item_rect("teamImport.file.0.leftOut").has_value()) << "李娜 used Export: her team is left out";
  EXPECT_NE(text.find("2 records that are not theirs left out"), std::string::npos);

  imgui.mouse_click(center_of("teamImport.mergeAll"), build);
  EXPECT_EQ(pending().step, PendingTeamImport::Step::Done);
  EXPECT_TRUE(item_rect("teamImport.result.2").has_value());
  const ws::Workspace& doc = app.session().doc();
  ASSERT_EQ(doc.team.size(), 4u);  // Wang Lei, Li Na (the manager's own), 陈晨, 李娜
  EXPECT_EQ(doc.team[0].owner_id, wang.session.doc().settings.owner_id) << "linked by name";
  EXPECT_EQ(doc.roi_cases.size(), 4u);
  for (const auto& c : doc.roi_cases) {
    if (c.id == "roi-manager") EXPECT_EQ(c.owner_id, "");
    if (c.id == "roi-wang") EXPECT_EQ(c.owner_id, "rep-1");
    if (c.id == "roi-chen") EXPECT_EQ(c.name, "Subscription, 5 years");
  }
  imgui.frames(build);  // the dialog takes its new size (it fits its content) before the tap
  imgui.mouse_click(center_of("teamImport.close"), build);
  EXPECT_FALSE(item_rect("teamImport.dialog").has_value());

  // One undo step takes all three files back.
  ASSERT_TRUE(app.session().undo());
  EXPECT_EQ(app.session().storage_snapshot(), before);
}

TEST_F(TeamImportFixture, AFileThatCannotBeReadBlocksMergeAllUntilRemoved) {
  RepDevice li("李娜", "roi-li");
  app.receive_file("team", li.file_name(), li.file());
  app.receive_file("team", "notes.json", "{ not json");
  app.receive_file("team", "mine.json", app.session().export_own_json());
  imgui.frames(build, 6);
  ASSERT_EQ(pending().step, PendingTeamImport::Step::Preview);
  EXPECT_TRUE(item_rect("teamImport.file.1.error").has_value());
  EXPECT_TRUE(item_rect("teamImport.file.2.error").has_value());
  EXPECT_TRUE(item_rect("teamImport.blocked").has_value());
  EXPECT_FALSE(item_rect("teamImport.mergeAll").has_value()) << "all or none: only Cancel or remove";
  const std::string text = frame_text(imgui, build);
  EXPECT_NE(text.find("notes.json"), std::string::npos) << "the file is named";
  EXPECT_NE(text.find("This file cannot be read. The file is damaged"), std::string::npos) << text;
  EXPECT_NE(text.find("line 1, column 3."), std::string::npos) << text;
  EXPECT_NE(text.find("This is your own workspace"), std::string::npos);

  imgui.mouse_click(center_of("teamImport.file.1.remove"), build);
  imgui.frames(build, 6);
  imgui.mouse_click(center_of("teamImport.file.1.remove"), build);
  imgui.frames(build, 6);
  ASSERT_EQ(pending().step, PendingTeamImport::Step::Preview);
  EXPECT_EQ(files_read(), 1u);
  EXPECT_FALSE(item_rect("teamImport.blocked").has_value());
  ASSERT_TRUE(item_rect("teamImport.mergeAll").has_value());
  imgui.mouse_click(center_of("teamImport.mergeAll"), build);
  EXPECT_EQ(app.session().doc().team.size(), 3u);
}

// A Chinese manager reads why each file is refused in Chinese: the core names the kind, the
// dialog says it.
TEST_F(TeamImportFixture, RefusalsAreSaidInChinese) {
  app.session().edit("", [](ws::Workspace& w) { w.settings.language = ws::LanguagePreference::Zh; });
  imgui.frames(build);
  app.receive_file("team", "损坏的文件", "{ not json");
  app.receive_file("team", "空文件", "  ");
  app.receive_file("team", "新版本的文件", R"({"schemaVersion": 99})");
  app.receive_file("team", "旧文件", base_file("旧", "roi-old"));  // schema 2: no owner
  app.receive_file("team", "我的文件", app.session().export_own_json());
  std::string eleven_years = base_file("李娜", "roi-li");
  eleven_years.replace(eleven_years.find("\"years\":3"), 9, "\"years\":11");
  app.receive_file("team", "年限有误的文件", eleven_years);
  imgui.frames(build, 9);
  ASSERT_EQ(pending().step, PendingTeamImport::Step::Preview);
  const auto& files = pending().import->files();
  ASSERT_EQ(files.size(), 6u);
  const std::string text = flat(frame_text(imgui, build));
  for (const auto& f : files) {
    ASSERT_FALSE(f.error.empty()) << f.file_name;
    std::string said = team_file_refusal_text(f);
    EXPECT_NE(text.find(flat(said)), std::string::npos) << said;
    EXPECT_EQ(text.find(flat(f.error)), std::string::npos) << "not the English: " << f.error;
    const std::string path = f.cause ? f.cause->position().path : std::string();  // the file's own names
    if (!path.empty() && said.find(path) != std::string::npos) said.erase(said.find(path), path.size());
    EXPECT_EQ(latin_words(said, {"Fieldbook"}), std::vector<std::string>{}) << said;
  }
  EXPECT_NE(text.find(flat("文件中 roiCases[0].years 处的数据不符合要求（应在 1 到 10 之间）")), std::string::npos) << text;
  EXPECT_NE(text.find("无法读取此文件。文件已损坏"), std::string::npos) << text;
  EXPECT_NE(text.find("无法读取此文件。文件是空的。"), std::string::npos) << text;
  EXPECT_NE(text.find(flat("（格式 99）")), std::string::npos) << text;
}

// Files each readable may not fit together (one deletes an objective another's key result is
// under): a Chinese manager reads where and which rule in Chinese, an English one the core's words.
TEST(TeamImportProblem, IsSaidInTheUsersLanguage) {
  const auto rep = [](const std::string& owner) {
    ws::Workspace w;
    w.settings.owner_id = owner;
    w.settings.user_name = owner;
    fieldbook::okr::Objective o;
    o.id = owner + "-obj";
    o.title = "拿下新客户";
    o.period_start = "2026-10-01";
    o.period_end = "2026-12-31";
    o.updated_at = "2026-11-20T08:00:00Z";
    fieldbook::okr::KeyResult k;
    k.id = owner + "-kr";
    k.objective_id = o.id;
    k.target = 10;
    w.objectives = {o};
    w.key_results = {k};
    return w;
  };
  ws::Workspace manager;
  manager.settings.owner_id = "u-manager";
  ws::TeamImport import(manager, "2026-11-30T08:00:00Z");
  import.add("li.json", ws::save_workspace(rep("u-li")));
  ws::Workspace wang = rep("u-wang");
  wang.deleted.push_back({"objectives", "u-li-obj", "2026-11-25T08:00:00Z"});
  import.add("wang.json", ws::save_workspace(wang));
  ASSERT_FALSE(import.problem().empty());

  set_language(Language::Zh);
  std::string said = team_problem_text(import);
  EXPECT_EQ(said, "合并后 keyResults[0].objectiveId 处的数据不符合要求（指向的“u-li-obj”不在目标中）");
  said.erase(said.find("keyResults[0].objectiveId"), std::string("keyResults[0].objectiveId").size());
  said.erase(said.find("u-li-obj"), std::string("u-li-obj").size());
  EXPECT_EQ(latin_words(said), std::vector<std::string>{}) << said;
  set_language(Language::En);
  EXPECT_EQ(team_problem_text(import), import.problem());
}

TEST_F(TeamImportFixture, CancelChangesNothingAndAWorkspaceFileJoinsAnOpenTeamImport) {
  RepDevice li("李娜", "roi-li");
  RepDevice wang("Wang Lei", "roi-wang");
  const std::string before = app.session().storage_snapshot();
  app.receive_file("team", li.file_name(), li.file());
  imgui.frames(build, 6);
  // A file dropped on the open dialog (purpose "workspace") is one more rep's file.
  app.receive_file("workspace", wang.file_name(), wang.file());
  imgui.frames(build, 6);
  EXPECT_EQ(files_read(), 2u);
  EXPECT_FALSE(item_rect("import.dialog").has_value());
  imgui.mouse_click(center_of("teamImport.cancel"), build);
  EXPECT_FALSE(item_rect("teamImport.dialog").has_value());
  EXPECT_EQ(app.session().storage_snapshot(), before);
}

TEST_F(TeamImportFixture, TheDataSectionOffersTeamImportWithItsOwnPurpose) {
  imgui.mouse_click(center_of("data.teamImport"), build);
  ASSERT_FALSE(platform.pickers.empty());
  EXPECT_EQ(platform.pickers.back(), "team");
}
