// The About page: what the app is, its tools (from the tool table), the version and the build, the
// app's address as a QR code, and the host's self-check. Where there is room (a tablet, a
// projector) the code stands beside the text, so a rep can hold the screen up without scrolling.
#include <algorithm>
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
#include "widgets/theme.h"
#include "widgets/wrapped_text.h"
#include "views/host_check_view.h"

namespace fieldbook::shell {

namespace {

// The app's own address as a QR code: a rep hands Fieldbook to a colleague, or to their own phone,
// by holding this screen up. None where the page has no address (tests without one), and none for
// an address of 3,000 characters, which is not one anybody hosts at.
const QrCode* address_code(App& app) {
  const std::string address = app.platform().page_address();
  if (address.empty()) return nullptr;
  // The address does not change while the page runs: encode it once, not every frame.
  struct AddressCode {
    std::string address;
    std::optional<QrCode> code;
  };
  AddressCode& c = app.state<AddressCode>();
  if (c.address != address) c = {address, make_qr_code(address)};
  return c.code ? &*c.code : nullptr;
}

// `beside`: in the column beside the text, as wide as the column; else under it, three quarters
// of what a code may take.
void draw_address_code(App& app, const QrCode& code, bool beside) {
  if (!beside) {
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
  }
  form::label(tr(S::AboutQrTitle));
  form::hint(tr(S::AboutQrHint));
  ImGui::Spacing();
  const float avail = ImGui::GetContentRegionAvail().x;
  qr_code("about.qr", code, beside ? std::min(avail, qr_side(avail)) : qr_side(avail) * 0.75f);
  ImGui::PushStyleColor(ImGuiCol_Text, colors::TextMuted);
  wrapped_text(app.platform().page_address());
  ImGui::PopStyleColor();
  tag_item("about.address");
}

void draw_about_text(App& app) {
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
}

void draw_about_view(App& app) {
  form::title(tr(S::AboutTitle));
  const QrCode* code = address_code(app);
  const bool beside = code && ImGui::GetContentRegionAvail().x >= ImGui::GetFontSize() * 40.0f;
  if (beside && ImGui::BeginTable("##about", 2, ImGuiTableFlags_None)) {
    ImGui::TableSetupColumn("text", ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableSetupColumn("code", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    draw_about_text(app);
    ImGui::TableNextColumn();
    draw_address_code(app, *code, true);
    ImGui::EndTable();
  } else {
    draw_about_text(app);
    if (code) draw_address_code(app, *code, false);
  }
  draw_host_check(app);
}

}  // namespace

Tool about_tool() { return {.id = "about", .label = S::NavAbout, .icon = "ⓘ", .draw = draw_about_view}; }

}  // namespace fieldbook::shell
