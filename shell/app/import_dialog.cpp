#include "app/import_dialog.h"

#include <cstdio>

#include "app/app.h"
#include "widgets/test_ids.h"
#include "imgui.h"
#include "widgets/form.h"
#include "widgets/wrapped_text.h"

namespace fieldbook::shell {
namespace {

void show_contents(const workspace::Contents& c) {
  char text[512];
  wrapped_text(tr(S::ImportHolds));
  ImGui::Indent();
  for (const auto& collection : c.collections) {
    std::snprintf(text, sizeof(text), tr(S::ImportCount), collection.label.in(language()).c_str(),
                  collection.records);
    wrapped_text(text);
  }
  ImGui::Unindent();
  if (!c.exported_by.empty() || !c.last_changed.empty()) {
    const std::string day = c.last_changed.substr(0, 10);
    std::snprintf(text, sizeof(text), tr(S::ImportFrom), c.exported_by.empty() ? "—" : c.exported_by.c_str(), day.c_str());
    wrapped_text(text);
  }
  if (c.sample) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    wrapped_text(tr(S::ImportIsSample));
    ImGui::PopStyleColor();
  }
}

void show_report(const PendingImport& p) {
  wrapped_text(p.result);
  if (p.report.conflicts.empty()) return;
  ImGui::Spacing();
  wrapped_text(tr(S::ImportConflicts));
  for (const auto& c : p.report.conflicts)
    ImGui::BulletText("%s (%s)", c.name.c_str(), c.kept_incoming ? tr(S::ImportKeptTheirs) : tr(S::ImportKeptMine));
}

}  // namespace

void draw_import_dialog(App& app, PendingImport& p) {
  if (!p.open) return;
  const char* title = tr(S::ImportTitle);
  if (!ImGui::IsPopupOpen("##import")) ImGui::OpenPopup("##import");
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(display.x - 32.0f, ImGui::GetFontSize() * 34.0f), 0));
  if (!ImGui::BeginPopupModal("##import", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize)) return;
  tag_rect("import.dialog", ImGui::GetWindowPos(), ImGui::GetWindowPos() + ImGui::GetWindowSize());
  form::title(title);
  ImGui::TextDisabled("%s", p.name.c_str());
  ImGui::Spacing();
  bool close = false;
  if (p.done) {
    show_report(p);
    ImGui::Spacing();
    close = ImGui::Button(tr(S::CommonClose), ImVec2(-FLT_MIN, 0));
    tag_item("import.close");
  } else if (!p.preview.ok) {
    wrapped_text(tr(S::ImportRefused));
    form::error(p.preview.error);
    tag_item("import.error");
    ImGui::Spacing();
    close = ImGui::Button(tr(S::CommonClose), ImVec2(-FLT_MIN, 0));
    tag_item("import.close");
  } else {
    show_contents(p.preview.contents);
    ImGui::Spacing();
    form::hint(tr(S::ImportReplaceHint));
    form::hint(tr(S::ImportMergeHint));
    ImGui::Spacing();
    auto choose = [&](ImportMode mode) {
      const ImportOutcome r = app.session().import_json(p.bytes, mode);
      p.done = true;
      p.report = r.report;
      char buf[256];
      if (!r.ok) {
        p.result = r.error;
      } else if (mode == ImportMode::Merge) {
        std::snprintf(buf, sizeof(buf), tr(S::ImportMerged), r.report.added, r.report.updated, r.report.unchanged);
        p.result = buf;
      } else {
        p.result = tr(S::ImportDone);
      }
      p.bytes.clear();
    };
    if (ImGui::Button(tr(S::ImportReplace), ImVec2(-FLT_MIN, 0))) choose(ImportMode::Replace);
    tag_item("import.replace");
    if (ImGui::Button(tr(S::ImportMerge), ImVec2(-FLT_MIN, 0))) choose(ImportMode::Merge);
    tag_item("import.merge");
    close = ImGui::Button(tr(S::CommonCancel), ImVec2(-FLT_MIN, 0));
    tag_item("import.cancel");
  }
  if (close) {
    p = {};
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace fieldbook::shell
