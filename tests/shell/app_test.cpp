// The app frame over a headless ImGui context: navigation, layout rules, settings edits.
#include <gtest/gtest.h>

#include "app/app.h"
#include "app/layout.h"
#include "app/navigation.h"
#include "app/test_ids.h"
#include "i18n/i18n.h"
#include "platform/headless/headless_context.h"
#include "platform/headless/headless_platform.h"

using namespace fieldbook::shell;

namespace {

ImVec2 center_of(const char* id) {
  auto r = item_rect(id);
  EXPECT_TRUE(r.has_value()) << id << " was not drawn";
  return r ? ImVec2(r->x + r->w / 2, r->y + r->h / 2) : ImVec2(-1, -1);
}

struct AppFixture : ::testing::Test {
  HeadlessPlatform platform;
  HeadlessContext imgui{ImVec2(1280, 800)};
  App app{platform};
  std::function<void()> build = [this] { app.frame(); };
};

}  // namespace

TEST_F(AppFixture, EveryNavEntryIsDrawnWithItsTestId) {
  imgui.frames(build);
  for (const auto& e : nav_entries()) EXPECT_TRUE(item_rect(e.test_id).has_value()) << e.test_id;
}

TEST_F(AppFixture, ClickingANavEntryActivatesItOnce) {
  imgui.frames(build);
  const int before = app.navigation_count();
  imgui.mouse_click(center_of("nav.about"), build);
  EXPECT_EQ(app.view(), ViewId::About);
  EXPECT_EQ(app.navigation_count(), before + 1);
}

TEST_F(AppFixture, ATapActivatesOnceAndLeavesNothingHovered) {
  imgui.frames(build);
  const int before = app.navigation_count();
  imgui.tap(center_of("nav.about"), build);
  EXPECT_EQ(app.navigation_count(), before + 1);
  EXPECT_FALSE(ImGui::IsAnyItemHovered());
  imgui.tap(center_of("nav.settings"), build);
  EXPECT_EQ(app.view(), ViewId::Settings);
  EXPECT_EQ(app.navigation_count(), before + 2);
}

TEST_F(AppFixture, TypingANameEditsTheSettingsAndSavesTheWorkspace) {
  imgui.frames(build);
  imgui.mouse_click(center_of("settings.name"), build);
  imgui.type("王磊", build);
  EXPECT_EQ(app.settings().user_name, "王磊");
  ASSERT_FALSE(platform.saved.empty());
  EXPECT_NE(platform.saved.back().find("王磊"), std::string::npos);
}

TEST(AppLanguage, FollowsTheBrowserUntilChosen) {
  HeadlessPlatform platform;
  platform.locale_ = "zh-CN";
  HeadlessContext imgui;
  App app(platform);
  ASSERT_EQ(app.settings().language, fieldbook::workspace::LanguagePreference::Auto);
  EXPECT_EQ(app.ui_language(), Language::Zh);
  EXPECT_STREQ(tr(S::NavSettings), "设置");
  auto s = app.settings();
  s.language = fieldbook::workspace::LanguagePreference::En;
  app.edit_settings(s);
  EXPECT_EQ(app.ui_language(), Language::En);
  EXPECT_STREQ(tr(S::NavSettings), "Settings");
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

TEST(I18n, EveryStringHasBothLanguages) {
  for (int i = 0; i < int(S::Count_); ++i) {
    EXPECT_STRNE(tr(S(i), Language::En), "") << i;
    EXPECT_STRNE(tr(S(i), Language::Zh), "") << i;
  }
}

TEST(I18n, LocalesMapToTheirLanguage) {
  EXPECT_EQ(language_from_locale("zh-CN"), Language::Zh);
  EXPECT_EQ(language_from_locale("zh-Hans-CN"), Language::Zh);
  EXPECT_EQ(language_from_locale("zh"), Language::Zh);
  EXPECT_EQ(language_from_locale("en-US"), Language::En);
  EXPECT_EQ(language_from_locale("zu"), Language::En);
  EXPECT_EQ(language_from_locale(""), Language::En);
}
