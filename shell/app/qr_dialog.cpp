#include "app/qr_dialog.h"

#include <algorithm>
#include <cstdio>

#include "app/app.h"
#include "imgui.h"
#include "widgets/form.h"
#include "widgets/qr_code.h"
#include "widgets/test_ids.h"
#include "widgets/wrapped_text.h"

namespace fieldbook::shell {

void show_qr_dialog(App& app, std::string title, std::string address) {
  QrDialog& d = app.state<QrDialog>();
  d.open = true;
  d.title = std::move(title);
  d.code = make_qr_code(address);
  d.address = std::move(address);
  app.platform().request_frame();
}

float qr_side(float available_width) {
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  // Leave room for the title and the address under the code on a phone held sideways.
  return std::clamp(std::min(available_width, display.y - ImGui::GetFontSize() * 12.0f), ImGui::GetFontSize() * 10.0f,
                    ImGui::GetFontSize() * 28.0f);
}

void draw_qr_dialog(App& app) {
  QrDialog& d = app.state<QrDialog>();
  if (!d.open) return;
  if (!ImGui::IsPopupOpen("##qr")) ImGui::OpenPopup("##qr");
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(display.x - 16.0f, ImGui::GetFontSize() * 32.0f), 0));
  if (!ImGui::BeginPopupModal("##qr", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize)) return;
  tag_rect("qr.dialog", ImGui::GetWindowPos(), ImGui::GetWindowPos() + ImGui::GetWindowSize());
  form::title(d.title.c_str());
  const float avail = ImGui::GetContentRegionAvail().x;
  if (d.code) {
    form::hint(tr(S::QrScanHint));
    ImGui::Spacing();
    const float side = qr_side(avail);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (avail - side) * 0.5f));
    qr_code("qr.code", *d.code, side);
  } else {
    char text[256];
    std::snprintf(text, sizeof(text), tr(S::QrTooLong), static_cast<int>(d.address.size()), static_cast<int>(kQrMaxBytes));
    form::error(text);
    tag_item("qr.tooLong");
  }
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  // An address is one long word: it breaks between any two characters rather than run off a
  // phone's edge. A share link's payload says nothing to a reader: its start is enough.
  constexpr std::size_t kShown = 160;
  std::string_view rest(d.address);
  const bool cut = rest.size() > kShown;
  if (cut) rest = rest.substr(0, kShown);
  const auto next_char = [&](std::size_t i) {  // a whole UTF-8 sequence at a time
    ++i;
    while (i < rest.size() && (static_cast<unsigned char>(rest[i]) & 0xC0) == 0x80) ++i;
    return i;
  };
  ImGui::BeginGroup();
  while (!rest.empty()) {
    std::size_t n = next_char(0);
    while (n < rest.size() && ImGui::CalcTextSize(rest.data(), rest.data() + next_char(n)).x <= avail) n = next_char(n);
    ImGui::TextUnformatted(rest.data(), rest.data() + n);
    rest.remove_prefix(n);
  }
  if (cut) ImGui::TextUnformatted("…");
  ImGui::EndGroup();
  tag_item("qr.address");
  ImGui::PopStyleColor();
  ImGui::Spacing();
  if (ImGui::Button(tr(S::CommonClose), ImVec2(-FLT_MIN, 0))) {
    d = {};
    ImGui::CloseCurrentPopup();
  }
  tag_item("qr.close");
  ImGui::EndPopup();
}

}  // namespace fieldbook::shell
