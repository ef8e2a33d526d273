// A case that arrived in a share link, read-only: who it is for, the same outputs the ROI tool
// shows (draw_roi_outputs), the notes meant for the customer, and "Save to my workspace".
// Nothing here touches the workspace until the user saves.
#include <algorithm>
#include <string>

#include "app/app.h"
#include "app/share.h"
#include "widgets/test_ids.h"
#include "imgui.h"
#include "views/roi_parts.h"
#include "widgets/banner.h"
#include "widgets/theme.h"
#include "widgets/wrapped_text.h"

namespace fieldbook::shell {

namespace {

bool action_button(const char* label, const char* test_id, bool primary) {
  const float h = std::max(ImGui::GetFrameHeight() + 8.0f, 36.0f);
  if (primary) {
    ImGui::PushStyleColor(ImGuiCol_Button, colors::Accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colors::AccentHovered);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, colors::AccentActive);
    ImGui::PushStyleColor(ImGuiCol_Text, colors::TextInverse);
  }
  const bool pressed = ImGui::Button(label, ImVec2(0, h));
  if (primary) ImGui::PopStyleColor(4);
  tag_item(test_id);
  return pressed;
}

}  // namespace

void draw_shared_case_view(App& app) {
  SharedCaseState& st = app.shared_case();
  if (!st.shared) return;
  const roi::Case c = *st.shared;  // a copy: the buttons below may close the view

  banner("share.banner", BannerKind::Info, tr(S::ShareBanner));
  ImGui::Spacing();
  ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.6f);
  wrapped_text(c.customer_name.empty() ? c.name : c.customer_name);
  ImGui::PopFont();
  tag_item("share.title");
  if (!c.customer_name.empty() && !c.name.empty()) ImGui::TextDisabled("%s", c.name.c_str());
  ImGui::Spacing();

  if (action_button(tr(S::ShareSave), "share.save", true)) {
    save_shared_case(app);
    return;
  }
  ImGui::SameLine();
  if (action_button(tr(S::SharePrint), "share.print", false)) print_case_summary(app, c);
  ImGui::SameLine();
  if (action_button(tr(S::ShareExportPng), "share.png", false)) export_screen_png(app, c);
  ImGui::SameLine();
  if (action_button(tr(S::ShareClose), "share.close", false)) {
    close_shared_case(app);
    return;
  }
  ImGui::Spacing();

  draw_roi_outputs(app, c);

  bool any = false;
  for (const roi::Note& n : c.notes) {
    if (n.internal || n.text.empty()) continue;  // a link never holds internal notes; belt and braces
    if (!any) {
      ImGui::Spacing();
      ImGui::TextUnformatted(tr(S::ShareNotes));
      any = true;
    }
    ImGui::Bullet();
    wrapped_text(n.text);
  }
}

}  // namespace fieldbook::shell
