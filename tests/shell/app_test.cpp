// The app frame over a headless ImGui context: navigation, layout rules, settings edits.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "app/app.h"
#include "app/file_error_text.h"
#include "app/layout.h"
#include "widgets/test_ids.h"
#include "app/tools.h"
#include "i18n/i18n.h"
#include "platform/headless/headless_context.h"
#include "platform/headless/headless_platform.h"
#include "views/roi_state.h"
#include "workspace/workspace_io.h"
#include "test_support.h"

using namespace fieldbook::shell;

using fieldbook::shell::testing::center_of;

namespace {

struct AppFixture : ::testing::Test {
  HeadlessPlatform platform;
  HeadlessContext imgui{ImVec2(1280, 800)};
  App app{platform};
  std::function<void()> build = [this] { app.frame(); };
  // The app opens on the ROI tool; these tests are about the settings view.
  void SetUp() override { app.navigate("settings"); }
};

}  // namespace

TEST_F(AppFixture, EveryNavEntryIsDrawnWithItsTestId) {
  imgui.frames(build);
  for (const Tool& t : app.tools()) EXPECT_TRUE(item_rect("nav." + std::string(t.id)).has_value()) << t.id;
}

TEST_F(AppFixture, ClickingANavEntryActivatesItOnce) {
  imgui.frames(build);
  const int before = app.navigation_count();
  imgui.mouse_click(center_of("nav.about"), build);
  EXPECT_EQ(app.view(), "about");
  EXPECT_EQ(app.navigation_count(), before + 1);
}

TEST_F(AppFixture, ATapActivatesOnceAndLeavesNothingHovered) {
  imgui.frames(build);
  const int before = app.navigation_count();
  imgui.tap(center_of("nav.about"), build);
  EXPECT_EQ(app.navigation_count(), before + 1);
  EXPECT_FALSE(ImGui::IsAnyItemHovered());
  imgui.tap(center_of("nav.settings"), build);
  EXPECT_EQ(app.view(), "settings");
  EXPECT_EQ(app.navigation_count(), before + 2);
}

TEST_F(AppFixture, TypingANameEditsTheSettingsAndReachesStorage) {
  imgui.frames(build);
  const int changes = platform.changes;
  imgui.mouse_click(center_of("settings.name"), build);
  imgui.type("王磊", build);
  EXPECT_EQ(app.session().doc().settings.user_name, "王磊");
  EXPECT_GT(platform.changes, changes);
  EXPECT_NE(app.session().storage_snapshot().find("王磊"), std::string::npos);
}

TEST_F(AppFixture, TypingInOneFieldIsOneUndoStep) {
  imgui.frames(build);
  imgui.mouse_click(center_of("settings.name"), build);
  imgui.type("Wang", build);
  imgui.type(" Lei", build);
  ASSERT_EQ(app.session().doc().settings.user_name, "Wang Lei");
  imgui.mouse_click(ImVec2(1200, 700), build);  // leave the field (Escape would revert it), so Ctrl+Z is the app's undo
  imgui.key(ImGuiKey_Z, build, ImGuiMod_Ctrl);
  EXPECT_EQ(app.session().doc().settings.user_name, "");
  imgui.key(ImGuiKey_Y, build, ImGuiMod_Ctrl);
  EXPECT_EQ(app.session().doc().settings.user_name, "Wang Lei");
}

TEST_F(AppFixture, UndoAndRedoButtonsWorkByTouch) {
  app.session().edit("", [](fieldbook::workspace::Workspace& w) { w.settings.currency = "USD"; });
  imgui.frames(build);
  imgui.tap(center_of("toolbar.undo"), build);
  EXPECT_EQ(app.session().doc().settings.currency, "CNY");
  imgui.tap(center_of("toolbar.redo"), build);
  EXPECT_EQ(app.session().doc().settings.currency, "USD");
}

TEST_F(AppFixture, ExportOffersADatedFile) {
  imgui.frames(build);
  imgui.mouse_click(center_of("data.export"), build);
  ASSERT_EQ(platform.files.size(), 1u);
  EXPECT_EQ(platform.files[0].name, "fieldbook-2026-11-18.json");
  EXPECT_EQ(platform.files[0].mime, "application/json");
  EXPECT_NE(platform.files[0].bytes.find("\"schemaVersion\": " + std::to_string(fieldbook::workspace::kSchemaVersion)),
            std::string::npos);
}

TEST_F(AppFixture, ABadImportFileIsRefusedWithItsPathAndChangesNothing) {
  imgui.frames(build);
  const std::string before = app.session().storage_snapshot();
  app.receive_file("workspace", "bad.json", R"({"schemaVersion":2,"sample":false,"exportedBy":"","settings":{"language":"xx","currency":"CNY","userName":"","updatedAt":""},"team":[],"roiCases":[]})");
  imgui.frames(build);
  EXPECT_TRUE(item_rect("import.error").has_value());
  EXPECT_EQ(app.session().storage_snapshot(), before);
  imgui.mouse_click(center_of("import.close"), build);
  EXPECT_FALSE(item_rect("import.dialog").has_value());
}

// In Chinese the dialog says what kind of file it is, or where it breaks, in Chinese.
TEST_F(AppFixture, ARefusedFileIsExplainedInTheUsersLanguage) {
  app.session().edit("", [](fieldbook::workspace::Workspace& w) { w.settings.language = fieldbook::workspace::LanguagePreference::Zh; });
  imgui.frames(build);
  const struct {
    const char* name;
    std::string bytes;
    std::string said;
  } files[] = {
      {"empty.json", "", "文件是空的。"},
      {"crm.json", R"([{"客户":"华东教育"}])", "这不是 Fieldbook 的工作区文件"},
      {"newer.json", R"({"schemaVersion":99})", "此文件由更新版本的 Fieldbook 生成（格式 99）"},
      {"cut.json", "{\n  \"schemaVersion\": 6,\n  \"settings\": {", "文件已损坏（被截断或改动过？）：第 3 行第"},
      {"gbk.json", "{\"schemaVersion\": 6, \"exportedBy\": \"\xCD\xF5\xC0\xDA\"}", "文件不是 UTF-8 文本（第 1 行第 "},
      {"bad.json", R"({"schemaVersion":2,"sample":false,"exportedBy":"","settings":{"language":"xx","currency":"CNY","userName":"","updatedAt":""},"team":[],"roiCases":[]})",
       "文件中 settings.language 处的数据不符合要求（"},
  };
  for (const auto& f : files) {
    app.receive_file("workspace", f.name, f.bytes);
    imgui.frames(build);
    ASSERT_TRUE(item_rect("import.error").has_value()) << f.name;
    const std::string text = fieldbook::shell::testing::frame_text(imgui, build);
    EXPECT_NE(text.find(f.said), std::string::npos) << f.name << ": " << text;
    imgui.mouse_click(center_of("import.close"), build);
    imgui.frames(build);
  }
}

// Every malformed file of the core's tests, refused in Chinese: no English words but the file's
// own names (the path of the value, the id or field its rule names) and the product's.
TEST_F(AppFixture, EveryRefusalIsSaidInChineseWithoutEnglishWords) {
  app.session().edit("", [](fieldbook::workspace::Workspace& w) { w.settings.language = fieldbook::workspace::LanguagePreference::Zh; });
  imgui.frames(build);
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(FIELDBOOK_TEST_DATA) + "/workspace/malformed")) {
    const std::string name = entry.path().filename().string();
    if (name == "expected.json") continue;
    ++files;
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::string said, english, names[2];
    try {
      fieldbook::workspace::load_workspace(bytes);
      ADD_FAILURE() << name << " loaded";
      continue;
    } catch (const fieldbook::Error& e) {
      said = file_error_text(e);
      english = e.what();
      names[0] = e.position().path;
      names[1] = e.rule().name;
    }
    app.receive_file("workspace", name, bytes);
    imgui.frames(build);
    ASSERT_TRUE(item_rect("import.error").has_value()) << name;
    const std::string text = fieldbook::shell::testing::flat(fieldbook::shell::testing::frame_text(imgui, build));
    EXPECT_NE(text.find(fieldbook::shell::testing::flat(said)), std::string::npos) << name << ": " << said;
    EXPECT_EQ(text.find(fieldbook::shell::testing::flat(english)), std::string::npos) << name << ": not the English " << english;
    for (const std::string& own : names)
      if (!own.empty() && said.find(own) != std::string::npos) said.erase(said.find(own), own.size());
    EXPECT_EQ(fieldbook::shell::testing::latin_words(said, {"Fieldbook", "UTF"}), std::vector<std::string>{})
        << name << ": " << said;
    imgui.mouse_click(center_of("import.close"), build);
    imgui.frames(build);
  }
  EXPECT_GE(files, 70);
}

TEST_F(AppFixture, ImportReplaceThenUndoRestores) {
  app.session().open_sample("en");
  imgui.frames(build);
  const std::string before = app.session().storage_snapshot();
  app.receive_file("workspace", "empty.json", R"({"schemaVersion":1,"settings":{"language":"zh","currency":"EUR"}})");
  imgui.frames(build);
  imgui.mouse_click(center_of("import.replace"), build);
  EXPECT_EQ(app.session().doc().settings.currency, "EUR");
  EXPECT_TRUE(app.session().doc().roi_cases.empty());
  imgui.mouse_click(center_of("import.close"), build);
  app.session().undo();
  EXPECT_EQ(app.session().storage_snapshot(), before);
}

TEST_F(AppFixture, ADocumentThatCannotBeWrittenFailsLoudlyAndKeepsTheLastGoodSnapshot) {
  app.session().open_sample("en");
  ASSERT_FALSE(app.session().doc().roi_cases.empty());
  app.session().edit("", [](fieldbook::workspace::Workspace& w) { w.roi_cases[0].discount_rate = std::nan(""); });
  EXPECT_EQ(app.session().storage_snapshot(), "");
  EXPECT_EQ(app.session().save_state(), SaveState::Failed);
  imgui.frames(build);
  ASSERT_TRUE(item_rect("banner.saveFailed").has_value());
  // Its action exports — which cannot write the document either, and says so instead of saving a broken file.
  imgui.mouse_click(center_of("banner.saveFailed.action"), build);
  EXPECT_TRUE(platform.files.empty());
  EXPECT_NE(app.session().notice().find("discountRate"), std::string::npos);
}

TEST(AppLanguage, FollowsTheBrowserUntilChosen) {
  HeadlessPlatform platform;
  platform.locale_ = "zh-CN";
  HeadlessContext imgui;
  App app(platform);
  ASSERT_EQ(app.session().doc().settings.language, fieldbook::workspace::LanguagePreference::Auto);
  EXPECT_EQ(app.ui_language(), Language::Zh);
  imgui.frame([&] { app.frame(); });
  EXPECT_STREQ(tr(S::NavSettings), "设置");
  app.session().edit("", [](fieldbook::workspace::Workspace& w) { w.settings.language = fieldbook::workspace::LanguagePreference::En; });
  imgui.frame([&] { app.frame(); });
  EXPECT_EQ(app.ui_language(), Language::En);
  EXPECT_STREQ(tr(S::NavSettings), "Settings");
  app.session().undo();
  imgui.frame([&] { app.frame(); });
  EXPECT_STREQ(tr(S::NavSettings), "设置");
}

TEST(Layout, SidebarWhenWideTabBarWhenNarrow) {
  const SafeArea none;
  EXPECT_TRUE(compute_layout(ImVec2(1920, 1080), none, 1, false).sidebar);
  EXPECT_TRUE(compute_layout(ImVec2(1024, 768), none, 1, true).sidebar);
  const Layout portrait = compute_layout(ImVec2(768, 1024), none, 1, true);
  EXPECT_FALSE(portrait.sidebar);
  // The tab bar sits at the bottom and the content above it, without overlap.
  EXPECT_FLOAT_EQ(portrait.content_pos.y + portrait.content_size.y, portrait.nav_pos.y);
  EXPECT_GE(portrait.nav_size.y, 44.0f);
}

TEST(Layout, SafeAreaInsetsAreRespected) {
  SafeArea notch{20, 0, 34, 0};
  const Layout l = compute_layout(ImVec2(768, 1024), notch, 1, true);
  EXPECT_FLOAT_EQ(l.content_pos.y, 20);
  EXPECT_FLOAT_EQ(l.nav_pos.y + l.nav_size.y, 1024 - 34);
}

namespace {

// A landscape tablet on its first visit: the sidebar layout, touch mode on Auto, the sample open.
struct FirstTouchFixture : ::testing::Test {
  HeadlessPlatform platform;
  HeadlessContext imgui{ImVec2(1024, 768)};
  App app{platform};
  double t = 1000;
  std::function<void()> build = [this] {
    app.touch().update(t);
    app.frame();
  };
  void SetUp() override { app.session().open_sample("en"); }

  // A tap the way the page delivers it: the finger lands and the page draws `frames_while_down`
  // frames, the finger lifts, and the page draws until ImGui has taken everything.
  void tap(ImVec2 at, int frames_while_down) {
    app.touch_seen();
    app.touch().down(0, at, t);
    for (int i = 0; i < frames_while_down; ++i) imgui.frame(build);
    t += 60;
    app.touch().up(0, at, t);
    imgui.frames(build, 3);
  }
};

}  // namespace

// However many frames the page draws while the finger is down, the layout must not grow between
// the press and the release (rows grow to 44 px in touch mode): ImGui takes a tap's press and
// release in the frames after the finger lifted.
struct FirstTapFrames : FirstTouchFixture, ::testing::WithParamInterface<int> {};

TEST_P(FirstTapFrames, TheFirstTapInTheSidebarActsOnWhatWasUnderTheFinger) {
  imgui.frames(build);
  ASSERT_FALSE(app.touch_mode());
  const float mouse_row_h = item_rect("nav.settings")->h;
  tap(center_of("nav.settings"), GetParam());
  EXPECT_EQ(app.view(), "settings");
  EXPECT_EQ(app.navigation_count(), 1);
  EXPECT_TRUE(app.touch_mode()) << "touch mode turns on after the tap";
  EXPECT_GT(item_rect("nav.settings")->h, mouse_row_h);
}

INSTANTIATE_TEST_SUITE_P(FramesWhileDown, FirstTapFrames, ::testing::Values(0, 1, 2));

TEST_F(FirstTouchFixture, TheFirstTapOnACaseRowOpensIt) {
  app.navigate("roi");  // the app opens on Today: ROI's list shown first, without an input
  imgui.frames(build);
  ASSERT_FALSE(app.touch_mode());
  ASSERT_FALSE(app.session().doc().roi_cases.empty());
  tap(center_of("roi.case.0"), 1);
  EXPECT_EQ(app.state<RoiViewState>().open_case_id, app.session().doc().roi_cases[0].id);
  EXPECT_TRUE(app.touch_mode());
}

TEST_F(FirstTouchFixture, ATouchScreenKnownBeforeTheFirstFrameStartsInTheTouchLayout) {
  app.set_touch_device(true);
  imgui.frames(build);
  EXPECT_TRUE(app.touch_mode());
  EXPECT_GE(item_rect("nav.settings")->h, 44.0f);
  tap(center_of("nav.settings"), 1);
  EXPECT_EQ(app.view(), "settings");
}

TEST_F(FirstTouchFixture, TouchModeOffInSettingsWinsOverATouchScreen) {
  app.restore_preferences(1.0f, "off");
  app.set_touch_device(true);
  imgui.frames(build);
  EXPECT_FALSE(app.touch_mode());
}

TEST(AppViews, EveryViewHasAStableName) {
  HeadlessPlatform platform;
  App app(platform);
  for (const char* name : {"roi", "rfm", "settings", "about"}) {
    EXPECT_TRUE(app.navigate(name)) << name;
    EXPECT_EQ(app.view(), name);
  }
}
