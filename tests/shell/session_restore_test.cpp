// Opening this device's saved copy at start-up, and exporting, while a value typed in the editor
// is out of range: the saved copy opens again as it was (no fall-back to an older backup), and
// an export that no device could open is refused with the value named.
#include <gtest/gtest.h>

#include "app/app.h"
#include "widgets/test_ids.h"
#include "platform/headless/headless_context.h"
#include "platform/headless/headless_platform.h"
#include "test_support.h"
#include "workspace/validate.h"

using namespace fieldbook::shell;
using fieldbook::shell::testing::center_of;

namespace {

struct HeldValue : ::testing::Test {
  HeadlessPlatform platform;
  HeadlessContext imgui{ImVec2(1280, 800)};
  App app{platform};
  std::function<void()> build = [this] { app.frame(); };

  void SetUp() override {
    app.session().open_sample("en");
    // A discount rate of 150 % typed and not corrected yet: the editor shows it at its input.
    app.session().edit("", [](fieldbook::workspace::Workspace& w) { w.roi_cases[0].discount_rate = 1.5; });
  }
};

}  // namespace

TEST_F(HeldValue, TheSavedCopyOpensAgainWithTheValueAsTyped) {
  const std::string saved = app.session().storage_snapshot();
  ASSERT_FALSE(saved.empty());

  HeadlessPlatform next_platform;
  App next{next_platform};
  EXPECT_EQ(next.session().try_open(saved), "");
  ASSERT_FALSE(next.session().doc().roi_cases.empty());
  EXPECT_EQ(next.session().doc().roi_cases[0].discount_rate, 1.5);
  const auto issues = fieldbook::workspace::validate(next.session().doc());
  ASSERT_FALSE(issues.empty());
  EXPECT_EQ(issues.front().path, "roiCases[0].discountRate");
}

TEST_F(HeldValue, TheSameTextAsAFileFromElsewhereIsRefusedWithThePath) {
  const ImportPreview p = app.session().preview_import(app.session().storage_snapshot());
  EXPECT_FALSE(p.ok);
  EXPECT_NE(p.error.find("roiCases[0].discountRate"), std::string::npos) << p.error;
}

TEST_F(HeldValue, ExportIsRefusedAndSaysWhichValue) {
  app.navigate("settings");
  imgui.frames(build);
  imgui.mouse_click(center_of("data.export"), build);
  EXPECT_TRUE(platform.files.empty());
  EXPECT_NE(app.session().notice().find("roiCases[0].discountRate"), std::string::npos) << app.session().notice();
  imgui.frames(build);
  EXPECT_TRUE(item_rect("banner.notice").has_value());

  // Corrected, it exports.
  app.session().edit("", [](fieldbook::workspace::Workspace& w) { w.roi_cases[0].discount_rate = 0.08; });
  app.session().dismiss_notice();
  imgui.frames(build);
  imgui.mouse_click(center_of("data.export"), build);
  EXPECT_EQ(platform.files.size(), 1u);
}

// The Chinese UI names the value and says its rule in Chinese, not the core's English.
TEST_F(HeldValue, ExportIsRefusedInChineseWithTheRule) {
  app.session().edit("", [](fieldbook::workspace::Workspace& w) { w.settings.language = fieldbook::workspace::LanguagePreference::Zh; });
  app.navigate("settings");
  imgui.frames(build);
  imgui.mouse_click(center_of("data.export"), build);
  EXPECT_TRUE(platform.files.empty());
  const std::string& notice = app.session().notice();
  EXPECT_NE(notice.find("工作区未导出：roiCases[0].discountRate 处的数值应在 0 到 1 之间。"), std::string::npos) << notice;
  EXPECT_EQ(fieldbook::shell::testing::latin_words(notice, {"roiCases", "discountRate"}), std::vector<std::string>{}) << notice;
}
