// Share links in the app (shell/app/share.h) over a headless ImGui context: a link opens the
// read-only shared view with the case's numbers; "Save to my workspace" adds it under a new id
// (one undo step); a broken link shows the error banner and leaves the app as it was; Share hands
// "#roi=..." to the platform; print and PNG reach the platform; internal notes never leave.
#include <gtest/gtest.h>

#include "app/app.h"
#include "app/share.h"
#include "widgets/test_ids.h"
#include "i18n/i18n.h"
#include "platform/headless/headless_context.h"
#include "platform/headless/headless_platform.h"
#include "roi/share_link.h"
#include "views/roi_state.h"
#include "test_support.h"

using namespace fieldbook;
using namespace fieldbook::shell;

using fieldbook::shell::testing::center_of;

namespace {

roi::Case customer_case() {
  roi::Case c = roi::from_template(roi::templates()[0], "en", "roi-shared-1", "2026-11-27T08:30:00Z");
  c.customer_name = "ACME Manufacturing";
  c.notes.push_back({"n-customer", "Prices valid until year end.", false, ""});
  return c;
}

struct ShareFixture : ::testing::Test {
  HeadlessPlatform platform;
  HeadlessContext imgui{ImVec2(1280, 800)};
  App app{platform};
  std::function<void()> build = [this] { app.frame(); };
  void SetUp() override { set_language(Language::En); }
};

}  // namespace

TEST_F(ShareFixture, ALinkOpensTheReadOnlySharedView) {
  const std::size_t cases = app.session().doc().roi_cases.size();
  ASSERT_TRUE(open_share_link(app, roi::encode_share_link(customer_case())));
  imgui.frames(build);
  EXPECT_TRUE(item_rect("share.banner"));
  EXPECT_TRUE(item_rect("share.save"));
  EXPECT_TRUE(item_rect("roi.kpi.roi"));
  EXPECT_TRUE(item_rect("roi.chart.cumulative"));
  EXPECT_FALSE(item_rect("banner.shareError"));
  EXPECT_EQ(app.session().doc().roi_cases.size(), cases);  // nothing saved by opening
  ASSERT_TRUE(app.shared_case().shared);
  EXPECT_EQ(app.shared_case().shared->customer_name, "ACME Manufacturing");
}

TEST_F(ShareFixture, SaveToMyWorkspaceAddsItUnderANewIdAsOneUndoStep) {
  const std::size_t cases = app.session().doc().roi_cases.size();
  open_share_link(app, roi::encode_share_link(customer_case()));
  imgui.frames(build);
  imgui.mouse_click(center_of("share.save"), build);
  const auto& all = app.session().doc().roi_cases;
  ASSERT_EQ(all.size(), cases + 1);
  const roi::Case& saved = all.back();
  EXPECT_NE(saved.id, "roi-shared-1");
  EXPECT_EQ(saved.customer_name, "ACME Manufacturing");
  EXPECT_EQ(roi::evaluate(saved).npv, roi::evaluate(customer_case()).npv);
  EXPECT_FALSE(app.shared_case().open());
  EXPECT_EQ(app.state<RoiViewState>().open_case_id, saved.id);
  imgui.frames(build);
  EXPECT_TRUE(item_rect("banner.shareStatus"));
  app.session().undo();
  EXPECT_EQ(app.session().doc().roi_cases.size(), cases);
}

TEST_F(ShareFixture, BrokenLinksShowTheErrorBannerAndTheAppKeepsWorking) {
  const std::string good = roi::encode_share_link(customer_case());
  const std::pair<std::string, S> broken[] = {
      {good.substr(0, good.size() / 2), S::ShareErrorCutOff},
      {"hello", S::ShareErrorNotFieldbook},
      {"1" + std::string(9000, 'A'), S::ShareErrorTooLong},
      {"2" + good.substr(1), S::ShareErrorNewer},
  };
  for (const auto& [link, expected] : broken) {
    EXPECT_FALSE(open_share_link(app, link));
    imgui.frames(build);
    EXPECT_TRUE(item_rect("banner.shareError")) << link.substr(0, 20);
    EXPECT_NE(app.shared_case().error.find(tr(expected)), std::string::npos) << app.shared_case().error;
    EXPECT_FALSE(item_rect("share.banner"));
  }
  imgui.mouse_click(center_of("nav.settings"), build);  // the app works
  EXPECT_EQ(app.view(), "settings");
  imgui.mouse_click(center_of("banner.shareError"), build);  // the banner's Dismiss
  imgui.frames(build);
}

TEST_F(ShareFixture, ShareHandsTheFragmentToThePlatformWithoutInternalNotes) {
  roi::Case c = customer_case();
  app.session().edit("test", [&](workspace::Workspace& w) { w.roi_cases.push_back(c); });
  ASSERT_TRUE(share_case(app, c.id));
  ASSERT_EQ(platform.shared_links.size(), 1u);
  const std::string& fragment = platform.shared_links[0];
  ASSERT_EQ(fragment.rfind("#roi=", 0), 0u);
  const roi::Case back = roi::decode_share_link(std::string_view(fragment).substr(5));
  ASSERT_EQ(back.notes.size(), 1u);  // the template's internal note stayed home
  EXPECT_EQ(back.notes[0].id, "n-customer");
  share_finished(app, ShareResult::Copied);
  imgui.frames(build);
  EXPECT_TRUE(item_rect("banner.shareStatus"));
  EXPECT_FALSE(share_case(app, "no-such-case"));
}

TEST_F(ShareFixture, TheTestApisFragmentIsTheOneShareHandsOn) {
  roi::Case c = customer_case();
  app.session().edit("test", [&](workspace::Workspace& w) { w.roi_cases.push_back(c); });
  ASSERT_TRUE(share_case(app, c.id));
  EXPECT_EQ(share_fragment(app, c.id), platform.shared_links.at(0));
  EXPECT_THROW(share_fragment(app, "no-such-case"), Error);
}

TEST_F(ShareFixture, PrintAndPngReachThePlatform) {
  open_share_link(app, roi::encode_share_link(customer_case()));
  imgui.frames(build);
  imgui.mouse_click(center_of("share.print"), build);
  ASSERT_EQ(platform.printed.size(), 1u);
  EXPECT_NE(platform.printed[0].find("ACME Manufacturing"), std::string::npos);
  EXPECT_NE(platform.printed[0].find("print.css"), std::string::npos);
  EXPECT_EQ(platform.printed[0].find("Manager approved"), std::string::npos);  // the internal note
  imgui.mouse_click(center_of("share.png"), build);
  imgui.frames(build);  // the picture is saved once its frames are on the canvas (App::request_picture)
  ASSERT_EQ(platform.pngs.size(), 1u);
  EXPECT_EQ(platform.pngs[0], "roi-ACME-Manufacturing.png");
  imgui.mouse_click(center_of("share.close"), build);
  EXPECT_FALSE(app.shared_case().open());
}
