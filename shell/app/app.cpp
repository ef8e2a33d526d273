#include "app/app.h"

#include "app/navigation.h"
#include "app/test_ids.h"
#include "imgui.h"
#include "views/views.h"

namespace fieldbook::shell {

namespace {

constexpr ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                         ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;

// A navigation entry: full width in the sidebar, an equal share of the tab bar.
bool nav_button(const char* label, bool selected, ImVec2 size, float align_x) {
  ImGui::PushStyleColor(ImGuiCol_Button, selected ? colors::AccentSoft : IM_COL32(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_Text, selected ? colors::Accent : colors::Text);
  ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(align_x, 0.5f));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
  const bool pressed = ImGui::Button(label, size);
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor(2);
  return pressed;
}

}  // namespace

App::App(Platform& platform) : platform_(platform) { apply_settings(); }

Language App::ui_language() const {
  switch (settings_.language) {
    case workspace::LanguagePreference::Zh: return Language::Zh;
    case workspace::LanguagePreference::En: return Language::En;
    case workspace::LanguagePreference::Auto: break;
  }
  return language_from_locale(platform_.locale());
}

void App::apply_settings() {
  set_language(ui_language());
  theme_dirty_ = true;
}

void App::set_touch_mode(bool on) {
  if (theme_.touch_mode == on) return;
  theme_.touch_mode = on;
  theme_dirty_ = true;
}

void App::navigate(ViewId view) {
  view_ = view;
  ++navigation_count_;
}

void App::edit_settings(const workspace::Settings& settings) {
  if (settings == settings_) return;
  settings_ = settings;
  apply_settings();
  platform_.save_workspace(export_json());
}

std::string App::export_json() const {
  // Replaced by the workspace document's serializer when the workspace lands.
  std::string out = "{\"schemaVersion\":1,\"settings\":{\"language\":\"";
  out += workspace::to_string(settings_.language);
  out += "\",\"currency\":\"" + settings_.currency + "\"}}";
  return out;
}

void App::frame() {
  if (theme_dirty_) {
    apply_theme(theme_);
    theme_dirty_ = false;
  }
  begin_test_frame();
  const ImGuiIO& io = ImGui::GetIO();
  const Layout layout = compute_layout(io.DisplaySize, safe_area_, theme_.ui_scale, theme_.touch_mode);
  draw_content(layout);
  draw_navigation(layout);
  end_test_frame();
}

void App::draw_navigation(const Layout& layout) {
  ImGui::SetNextWindowPos(layout.nav_pos);
  ImGui::SetNextWindowSize(layout.nav_size);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, colors::Sidebar);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, layout.sidebar ? ImVec2(12, 16) : ImVec2(6, 6));
  ImGui::Begin("##navigation", nullptr, kPanelFlags);
  const auto entries = nav_entries();
  if (layout.sidebar) {
    ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.25f);
    ImGui::TextUnformatted(tr(S::AppName));
    ImGui::PopFont();
    ImGui::TextDisabled("%s", tr(S::AppTagline));
    ImGui::Dummy(ImVec2(0, 12));
    const float h = ImGui::GetFrameHeight() + 8.0f;
    for (const auto& e : entries) {
      if (nav_button(tr(e.label), view_ == e.view, ImVec2(-FLT_MIN, h), 0.0f)) navigate(e.view);
      tag_item(e.test_id);
    }
  } else {
    const float spacing = ImGui::GetStyle().ItemSpacing.x * 0.5f;
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float w = (avail.x - spacing * float(entries.size() - 1)) / float(entries.size());
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(spacing, 0));
    for (size_t i = 0; i < entries.size(); ++i) {
      if (i) ImGui::SameLine();
      if (nav_button(tr(entries[i].label), view_ == entries[i].view, ImVec2(w, avail.y), 0.5f)) navigate(entries[i].view);
      tag_item(entries[i].test_id);
    }
    ImGui::PopStyleVar();
  }
  ImGui::End();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
}

void App::draw_content(const Layout& layout) {
  ImGui::SetNextWindowPos(layout.content_pos);
  ImGui::SetNextWindowSize(layout.content_size);
  ImGui::Begin("##content", nullptr, kPanelFlags & ~ImGuiWindowFlags_NoScrollbar);
  switch (view_) {
    case ViewId::Settings: draw_settings_view(*this); break;
    case ViewId::About: draw_about_view(*this); break;
    case ViewId::Roi:
    case ViewId::Rfm:
    case ViewId::Grow:
    case ViewId::Okr: ImGui::TextDisabled("%s", tr(S::CommonComingSoon)); break;
  }
  ImGui::End();
}

}  // namespace fieldbook::shell
