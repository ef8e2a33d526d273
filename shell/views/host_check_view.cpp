#include "views/host_check_view.h"

#include <cstdio>
#include <string>

#include "app/app.h"
#include "app/host_check.h"
#include "build_info.h"
#include "imgui.h"
#include "widgets/badge.h"
#include "widgets/form.h"
#include "widgets/test_ids.h"
#include "widgets/theme.h"

namespace fieldbook::shell {

namespace {

void status_badge(HostStatus status) {
  switch (status) {
    case HostStatus::Ok: badge(tr(S::HostStatusOk), colors::Success, colors::SuccessSoft); break;
    case HostStatus::Problem: badge(tr(S::HostStatusProblem), colors::Error, colors::ErrorSoft); break;
    case HostStatus::Unavailable: badge(tr(S::HostStatusUnavailable), colors::TextMuted, colors::Sidebar); break;
  }
}

void draw_line(const HostCheckLine& l) {
  const std::string id = "about.check." + std::string(host_check_id_name(l.id));
  ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 0.3f));
  ImGui::BeginGroup();
  status_badge(l.status);
  ImGui::SameLine();
  // The badge pads its text by a tenth of the font above: the label sits on the same baseline.
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ImGui::GetFontSize() * 0.1f);
  ImGui::TextUnformatted(tr(l.label));
  ImGui::Indent(ImGui::GetFontSize() * 0.5f);
  form::hint(host_check_detail(l).c_str());
  const std::string fix = host_check_fix(l);
  if (!fix.empty()) {
    char text[1024];
    std::snprintf(text, sizeof(text), tr(S::HostFix), fix.c_str());
    form::error(text);
  }
  ImGui::Unindent(ImGui::GetFontSize() * 0.5f);
  ImGui::EndGroup();
  tag_item(id);
  ImGui::Spacing();
}

}  // namespace

void draw_host_check(App& app) {
  auto& st = app.state<HostCheckState>();
  // The facts are gathered when the page is first shown (the browser's answers take a moment,
  // and no one needs them before), then on request.
  if (!st.requested) {
    st.requested = true;
    app.platform().request_host_check();
  }
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::Spacing();
  // Opened with ?check: the check is what the visitor came for. The scroll is clamped to the
  // content of the frame before, so it is repeated until the lines have been drawn once.
  if (st.reveal) {
    ImGui::SetScrollHereY(0.0f);
    if (st.facts.gathered && ++st.reveal_frames >= 2) st.reveal = false;
    app.platform().request_frame();
  }
  form::title(tr(S::HostCheckTitle));
  tag_item("about.check");
  form::hint(tr(S::HostCheckHint));
  ImGui::Spacing();
  if (!st.facts.gathered) {
    form::hint(tr(S::HostChecking));
    tag_item("about.check.pending");
  } else {
    for (const HostCheckLine& l : judge_host(st.facts, build::kBuildId)) draw_line(l);
  }
  if (ImGui::Button(tr(S::HostCheckAgain))) app.platform().request_host_check();
  tag_item("about.check.again");
}

}  // namespace fieldbook::shell
