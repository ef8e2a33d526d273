// The About page: what the app is, its tools (from the tool table), the version and the build.
#include <optional>
#include <string>

#include "app/app.h"
#include "widgets/test_ids.h"
#include "app/tools.h"
#include "build_info.h"
#include "imgui.h"
#include "app/qr_dialog.h"
#include "widgets/form.h"
#include "widgets/qr_code.h"
#include "views/host_check_view.h"

namespace fieldbook::shell {

namespace {

// The app's own address as a QR code: a rep hands Fieldbook to a colleague, or to their own phone,
// by holding this screen up. Nothing where the page has no address (tests without one).
void draw_address_code(App& app) {
  const std::string address = app.platform().page_address();
  if (address.empty()) return;
  // The address does not change while the page runs: encode it once, not every frame.
  struct AddressCode {
    std::string address;
    std::optional<QrCode> code;
  };
  AddressCode& c = app.state<AddressCode>();
  if (c.address != address) c = {address, make_qr_code(address)};
  const std::optional<QrCode>& code = c.code;
  if (!code) return;  // an address of 3,000 characters is not one anybody hosts at
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::Spacing();
  form::label(tr(S::AboutQrTitle));
  form::hint(tr(S::AboutQrHint));
  ImGui::Spacing();
  qr_code("about.qr", *code, qr_side(ImGui::GetContentRegionAvail().x) * 0.75f);
  ImGui::TextDisabled("%s", address.c_str());
  tag_item("about.address");
}

void draw_about_view(App& app) {
  form::title(tr(S::AboutTitle));
  for (const Tool& t : app.tools()) {
    if (!t.summary) continue;  // a page, not a tool
    form::label((std::string(t.icon) + "  " + tr(t.label)).c_str());
    tag_item("about.tool." + std::string(t.id));
    form::hint(tr(*t.summary));
  }
  ImGui::Spacing();
  form::paragraph(tr(S::AboutBody));
  ImGui::Spacing();
  form::hint(tr(S::AboutOffline));
  ImGui::Spacing();
  form::row(tr(S::AboutVersion), build::kVersion);
  form::row(tr(S::AboutBuild), build::kBuildId);
  draw_address_code(app);
  draw_host_check(app);
}

}  // namespace

Tool about_tool() { return {.id = "about", .label = S::NavAbout, .icon = "ⓘ", .draw = draw_about_view}; }

}  // namespace fieldbook::shell
