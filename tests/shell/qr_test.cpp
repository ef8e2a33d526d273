// QR codes in the app: the About page shows the app's own address as a code; an ROI case's
// "QR code" opens a dialog with its whole share link as a code, big on a tablet and inside a
// phone's screen; a link too long for any QR code says so instead. The codes are decoded by an
// independent decoder in tests/e2e/qr.test.mjs; here, what each encodes and where it is drawn.
#include <gtest/gtest.h>

#include <random>

#include "app/app.h"
#include "app/qr_dialog.h"
#include "app/share.h"
#include "i18n/i18n.h"
#include "platform/headless/headless_context.h"
#include "platform/headless/headless_platform.h"
#include "roi/case.h"
#include "test_support.h"
#include "views/roi_state.h"
#include "widgets/test_ids.h"

using namespace fieldbook;
using namespace fieldbook::shell;
using fieldbook::shell::testing::center_of;

namespace {

constexpr const char* kAddress = "https://intranet.example.com/tools/fieldbook/";

struct QrFixture : ::testing::Test {
  HeadlessPlatform platform;
  HeadlessContext imgui{ImVec2(768, 1024)};
  App app{platform};
  std::function<void()> build = [this] { app.frame(); };
  void SetUp() override {
    set_language(Language::Zh);
    platform.address = kAddress;
  }
  std::string add_case(roi::Case c) {
    app.session().edit("test", [&](workspace::Workspace& w) { w.roi_cases.push_back(c); });
    app.navigate("roi");
    app.state<RoiViewState>().open_case_id = c.id;
    imgui.frames(build);
    return c.id;
  }
};

roi::Case customer_case(std::string id) {
  roi::Case c = roi::from_template(roi::templates()[0], "zh", id, "2026-11-27T08:30:00Z");
  c.customer_name = "上海精密制造";
  return c;
}

}  // namespace

TEST_F(QrFixture, TheAboutPageShowsTheAppsAddressAsACode) {
  app.navigate("about");
  imgui.frames(build);
  const auto code = item_rect("about.qr");
  ASSERT_TRUE(code);
  EXPECT_FLOAT_EQ(code->w, code->h);
  EXPECT_GE(code->w, 200.0f);  // a phone camera reads it from across a table
  EXPECT_LE(code->x + code->w, 768.0f);
  // A tablet: beside the tools' list, so it is on the screen without scrolling.
  EXPECT_LE(code->y + code->h, 1024.0f);
  EXPECT_GT(code->x, item_rect("about.tool.roi")->x + 200.0f) << "beside the text";
  const auto address = item_rect("about.address");
  ASSERT_TRUE(address);
  EXPECT_LE(address->x + address->w, 768.0f);
}

TEST_F(QrFixture, WithoutAPageAddressTheAboutPageHasNoCode) {
  platform.address.clear();
  app.navigate("about");
  imgui.frames(build);
  EXPECT_FALSE(item_rect("about.qr"));
}

TEST_F(QrFixture, ACasesCodeHoldsItsWholeShareLink) {
  const std::string id = add_case(customer_case("roi-qr-1"));
  imgui.mouse_click(center_of("roi.qr"), build);
  imgui.frames(build);
  const QrDialog& d = app.state<QrDialog>();
  ASSERT_TRUE(d.open);
  EXPECT_EQ(d.address, std::string(kAddress) + share_fragment(app, id));
  ASSERT_TRUE(d.code);
  EXPECT_EQ(d.code->modules, make_qr_code(d.address)->modules);
  EXPECT_EQ(d.title, "上海精密制造");
  const auto code = item_rect("qr.code");
  ASSERT_TRUE(code);
  EXPECT_FLOAT_EQ(code->w, code->h);
  EXPECT_GE(code->w, 250.0f);  // big on a tablet held up in a meeting
  EXPECT_FALSE(item_rect("qr.tooLong"));
  imgui.mouse_click(center_of("qr.close"), build);
  imgui.frames(build);
  EXPECT_FALSE(app.state<QrDialog>().open);
  EXPECT_FALSE(item_rect("qr.code"));
}

TEST_F(QrFixture, OnAPhoneTheCodeFitsTheScreen) {
  ImGui::GetIO().DisplaySize = ImVec2(390, 844);  // a phone
  add_case(customer_case("roi-qr-2"));
  show_case_qr(app, app.session().doc().roi_cases.back());
  imgui.frames(build);
  const auto code = item_rect("qr.code");
  const auto dialog = item_rect("qr.dialog");
  ASSERT_TRUE(code && dialog);
  EXPECT_GE(code->x, 0.0f);
  EXPECT_LE(code->x + code->w, 390.0f);
  EXPECT_LE(dialog->x + dialog->w, 390.0f);
  EXPECT_LE(dialog->y + dialog->h, 844.0f);
}

TEST_F(QrFixture, ALinkTooLongForAnyCodeSaysSoAndShowsNoCode) {
  // Notes of random letters: the share link compresses repeated text, not this.
  roi::Case c = customer_case("roi-qr-3");
  std::mt19937 random(7);
  for (int i = 0; i < 6; ++i) {
    std::string text;
    for (int k = 0; k < 480; ++k) text += static_cast<char>('a' + random() % 26);
    c.notes.push_back({"n-" + std::to_string(i), text, false, ""});
  }
  add_case(c);
  const std::string link = std::string(kAddress) + share_fragment(app, c.id);
  ASSERT_GT(link.size(), kQrMaxBytes);  // still a valid share link, only too long for a code
  imgui.mouse_click(center_of("roi.qr"), build);
  imgui.frames(build);
  EXPECT_TRUE(item_rect("qr.tooLong"));
  EXPECT_FALSE(item_rect("qr.code"));
  EXPECT_TRUE(item_rect("qr.close"));
}
