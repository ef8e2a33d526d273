#include "app/app.h"

#include <algorithm>
#include <cfloat>
#include <cstdio>

#include "app/import_dialog.h"
#include "app/qr_dialog.h"
#include "app/tab_bar.h"
#include "widgets/test_ids.h"
#include "common/date.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "widgets/banner.h"

namespace fieldbook::shell {

namespace {

constexpr ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                         ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;

// Frames drawn for a picture before it is saved: the first one without the controls is laid out
// with sizes measured in the frame before (auto-sized boxes, wrapped text); the second is settled.
constexpr int kPictureFrames = 2;

}  // namespace

App::App(Platform& platform, ToolTable tools) : platform_(platform), session_(platform), tools_(std::move(tools)) {
  if (!tools_.empty()) view_ = &tools_.front();
  apply_settings();
  touch_.on_scale = [this](float scale) { set_ui_scale(scale); };
}

Language App::ui_language() const {
  switch (session_.doc().settings.language) {
    case workspace::LanguagePreference::Zh: return Language::Zh;
    case workspace::LanguagePreference::En: return Language::En;
    case workspace::LanguagePreference::Auto: break;
  }
  return language_from_locale(platform_.locale());
}

void App::apply_settings() {
  set_language(ui_language());
  applied_revision_ = session_.revision();
}

namespace {
// No button is down, none was released in this frame (a click is being resolved against this
// frame's layout) and none waits in ImGui's input queue (a press or release it takes in a later
// frame): the layout may change now without moving a widget out from under a press.
bool pointer_at_rest() {
  const ImGuiContext& g = *GImGui;
  for (int b = 0; b < ImGuiMouseButton_COUNT; ++b)
    if (g.IO.MouseDown[b] || g.IO.MouseReleased[b]) return false;
  for (const ImGuiInputEvent& e : g.InputEventsQueue)
    if (e.Type == ImGuiInputEventType_MouseButton) return false;
  return true;
}

const char* touch_setting_name(App::TouchModeSetting s) {
  return s == App::TouchModeSetting::On ? "on" : s == App::TouchModeSetting::Off ? "off" : "auto";
}
}  // namespace

void App::touch_seen() { touch_seen_ = true; }

bool App::work_pending() {
  for (const Tool& t : tools_)
    if (t.background.pending && t.background.pending(*this)) return true;
  return false;
}

bool App::step_work() {
  for (const Tool& t : tools_)
    if (t.background.pending && t.background.pending(*this)) return t.background.step(*this) || work_pending();
  return false;
}

void App::set_touch_device(bool touch_device) {
  if (!touch_device) return;
  touch_seen_ = true;
  set_touch_mode_setting(touch_setting_);
}

void App::set_touch_mode_setting(TouchModeSetting setting) {
  if (setting != touch_setting_) platform_.store_preference("touchMode", touch_setting_name(setting));
  touch_setting_ = setting;
  const bool on = setting == TouchModeSetting::On || (setting == TouchModeSetting::Auto && touch_seen_);
  if (theme_.touch_mode != on) {
    theme_.touch_mode = on;
    theme_dirty_ = true;
  }
}

void App::set_ui_scale(float scale) {
  scale = std::clamp(scale, 0.75f, 2.0f);
  if (scale == theme_.ui_scale) return;
  theme_.ui_scale = scale;
  touch_.ui_scale = scale;
  theme_dirty_ = true;
  char text[16];
  snprintf(text, sizeof(text), "%.2f", scale);
  platform_.store_preference("uiScale", text);
  platform_.request_frame();
}

void App::restore_preferences(float ui_scale, std::string_view touch_mode) {
  theme_.ui_scale = touch_.ui_scale = std::clamp(ui_scale > 0 ? ui_scale : 1.0f, 0.75f, 2.0f);
  touch_setting_ = touch_mode == "on" ? TouchModeSetting::On : touch_mode == "off" ? TouchModeSetting::Off : TouchModeSetting::Auto;
  theme_.touch_mode = touch_setting_ == TouchModeSetting::On;
  theme_dirty_ = true;
}

bool App::navigate(std::string_view id) {
  const Tool* tool = tools_.find(id);
  if (!tool) return false;
  view_ = tool;
  more_open_ = false;
  ++navigation_count_;
  return true;
}

const Tool* App::full_screen_tool() {
  for (const Tool& t : tools_)
    if (t.full_screen.active && t.full_screen.active(*this)) return &t;
  return nullptr;
}

void App::fullscreen_exited() {
  if (const Tool* t = full_screen_tool(); t && t->full_screen.leave) t->full_screen.leave(*this);
}

void App::export_workspace_file() {
  const std::string json = session_.export_file_json();
  if (json.empty()) {
    char text[1024];
    std::snprintf(text, sizeof(text), tr(S::ExportRefused), session_.export_error().c_str());
    session_.set_notice(text);
    return;
  }
  platform_.save_file(session_.export_file_name(), "application/json", json);
  storage_.last_export = platform_.now_ms();
  platform_.store_preference("lastExport", std::to_string(*storage_.last_export));
}

void App::send_own_file() {
  const std::string json = session_.export_own_json();
  if (json.empty()) {
    char text[1024];
    std::snprintf(text, sizeof(text), tr(S::ExportRefused), session_.export_error().c_str());
    session_.set_notice(text);
    return;
  }
  platform_.save_file(session_.own_file_name(), "application/json", json);
}

void App::set_storage_facts(const workspace::StorageFacts& facts) {
  // An export or a "Later" in this session counts even when the platform could not store it.
  const auto later = [](std::optional<std::int64_t> a, std::optional<std::int64_t> b) { return a && (!b || *a > *b) ? a : b; };
  const auto last_export = later(storage_.last_export, facts.last_export);
  const auto last_dismissed = later(storage_.last_dismissed, facts.last_dismissed);
  storage_ = facts;
  storage_.last_export = last_export;
  storage_.last_dismissed = last_dismissed;
}

void App::draw_backup_reminder() {
  const workspace::BackupReminder reminder = workspace::backup_reminder(storage_, platform_.now_ms());
  if (reminder == workspace::BackupReminder::None) return;
  char text[640];
  if (reminder == workspace::BackupReminder::AddToHomeScreen) {
    std::snprintf(text, sizeof(text), "%s", tr(S::BackupHomeScreen));
  } else if (storage_.last_export) {
    std::snprintf(text, sizeof(text), tr(S::BackupExportSince), format_iso_date(date_of(Timestamp{*storage_.last_export})).c_str());
  } else {
    std::snprintf(text, sizeof(text), "%s", tr(S::BackupExportNever));
  }
  const bool home_screen = reminder == workspace::BackupReminder::AddToHomeScreen;
  switch (banner("banner.backup", BannerKind::Info, text, home_screen ? nullptr : tr(S::DataExport), tr(S::BackupLater))) {
    case BannerChoice::Action: export_workspace_file(); break;
    case BannerChoice::Dismiss:
      storage_.last_dismissed = platform_.now_ms();
      platform_.store_preference("backupDismissed", std::to_string(*storage_.last_dismissed));
      break;
    case BannerChoice::None: break;
  }
}

void App::receive_file(std::string_view purpose, std::string_view name, std::string_view bytes) {
  const bool team_open = team_import_.open() && team_import_.step != PendingTeamImport::Step::Done;
  if (purpose == "team" || (purpose == "workspace" && team_open)) {
    team_import_.add(std::string(name), std::string(bytes));
    platform_.request_frame();
  } else if (purpose == "workspace") {
    import_ = {};
    import_.open = true;
    import_.name = name;
    import_.bytes = bytes;
    import_.preview = session_.preview_import(bytes);
    platform_.request_frame();
  } else if (const Tool* tool = tools_.find(purpose); tool && tool->receive_file) {
    tool->receive_file(*this, name, bytes);
  }
}

void App::frame() {
  // Settings can change by an edit, an undo or an import: follow the document.
  if (applied_revision_ != session_.revision()) apply_settings();
  // Touch mode turns on after the first touch (when the page could not tell before the first
  // frame), but not under the finger: a layout that grows between press and release would make
  // that first tap miss its button. The finger being up is not enough: ImGui takes a tap's press
  // and release in the frames after the finger lifted.
  if (touch_seen_ && !theme_.touch_mode && touch_setting_ == TouchModeSetting::Auto && !touch_.finger_down() &&
      pointer_at_rest())
    set_touch_mode_setting(touch_setting_);
  if (theme_dirty_) {
    apply_theme(theme_);
    theme_dirty_ = false;
  }
  // The frames drawn for a picture are on the canvas until this frame renders: save the last one
  // now, before anything of this frame is drawn. (The canvas keeps its drawing buffer.)
  if (!picture_file_.empty() && picture_frames_ >= kPictureFrames) {
    platform_.save_canvas_png(picture_file_);
    picture_file_.clear();
  }
  const bool picture_frame = drawing_picture();
  begin_test_frame();
  handle_shortcuts();
  const ImGuiIO& io = ImGui::GetIO();
  const Layout layout = compute_layout(io.DisplaySize, safe_area_, theme_.ui_scale, theme_.touch_mode);
  if (const Tool* tool = full_screen_tool()) {
    tool->full_screen.draw(*this);
  } else {
    draw_content(layout);
    draw_navigation(layout);
  }
  draw_import_dialog(*this, import_);
  draw_team_import_dialog(*this, team_import_);
  draw_qr_dialog(*this);
  end_test_frame();
  if (picture_frame) {
    ++picture_frames_;
    platform_.request_frame();  // the frame that saves it
  }
}

void App::request_picture(std::string file_name) {
  picture_file_ = std::move(file_name);
  picture_frames_ = 0;
  platform_.request_frame();
}

void App::handle_shortcuts() {
  // A focused text field routes Ctrl+Z to its own undo first; these apply everywhere else.
  if (ImGui::Shortcut(ImGuiMod_Ctrl | ImGuiKey_Z, ImGuiInputFlags_RouteGlobal)) session_.undo();
  if (ImGui::Shortcut(ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_Z, ImGuiInputFlags_RouteGlobal) ||
      ImGui::Shortcut(ImGuiMod_Ctrl | ImGuiKey_Y, ImGuiInputFlags_RouteGlobal))
    session_.redo();
}

// A navigation entry: full width in the sidebar (size.x < 0), an equal share of the tab bar.
void App::draw_nav_entry(const Tool& tool, ImVec2 size, float align_x, bool short_label) {
  const bool selected = view_ == &tool;
  ImGui::PushStyleColor(ImGuiCol_Button, selected ? colors::AccentSoft : IM_COL32(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_Text, selected ? colors::Accent : colors::Text);
  ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(align_x, 0.5f));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
  const char* label = short_label && tool.short_label ? tr(*tool.short_label) : tr(tool.label);
  if (ImGui::Button(label, size)) navigate(tool.id);
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor(2);
  tag_item("nav." + std::string(tool.id));
}

void App::draw_navigation(const Layout& layout) {
  ImGui::SetNextWindowPos(layout.nav_pos);
  ImGui::SetNextWindowSize(layout.nav_size);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, colors::Sidebar);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, layout.sidebar ? ImVec2(12, 16) : ImVec2(6, 6));
  ImGui::Begin("##navigation", nullptr, kPanelFlags);
  if (layout.sidebar) {
    more_open_ = false;
    ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.25f);
    ImGui::TextUnformatted(tr(S::AppName));
    ImGui::PopFont();
    ImGui::TextDisabled("%s", tr(S::AppTagline));
    ImGui::Dummy(ImVec2(0, 12));
    const float h = ImGui::GetFrameHeight() + 8.0f;
    for (const Tool& t : tools_) draw_nav_entry(t, ImVec2(-FLT_MIN, h), 0.0f, false);
  } else {
    draw_tab_bar();
  }
  ImGui::End();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
  draw_more_sheet(layout, more_first_);  // also closes it when the sidebar came back (a rotation)
}

// The bottom tab bar (app/tab_bar.h): a tab per tool when every label fits; on a phone the first
// tools and More.
void App::draw_tab_bar() {
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  std::vector<TabLabel> labels;
  for (const Tool& t : tools_) {
    const float full = ImGui::CalcTextSize(tr(t.label)).x;
    labels.push_back({full, t.short_label ? ImGui::CalcTextSize(tr(*t.short_label)).x : full});
  }
  TabBarMetrics m;
  m.avail = avail.x;
  m.spacing = style.ItemSpacing.x * 0.5f;
  m.pad = style.FramePadding.x;
  m.phone_pad = ImGui::GetFontSize() * 0.25f;
  m.min_tab = 44.0f * theme_.ui_scale;
  m.more = ImGui::CalcTextSize(tr(S::NavMore)).x;
  const TabPlan plan = plan_tab_bar(labels, m);
  more_first_ = std::size_t(plan.tabs);
  if (!plan.more) more_open_ = false;

  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(m.spacing, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(plan.more ? m.phone_pad : style.FramePadding.x, style.FramePadding.y));
  ImGui::PushFont(nullptr, style.FontSizeBase * plan.scale);
  for (int i = 0; i < plan.tabs; ++i) {
    if (i > 0) ImGui::SameLine();
    draw_nav_entry(*(tools_.begin() + i), ImVec2(plan.width, avail.y), 0.5f, plan.use_short[std::size_t(i)]);
  }
  if (plan.more) {
    // More is selected while the sheet is open or the tool shown is one of those under it.
    bool under_more = false;
    for (auto it = tools_.begin() + plan.tabs; it != tools_.end(); ++it) under_more = under_more || view_ == &*it;
    const bool selected = more_open_ || under_more;
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Button, selected ? colors::AccentSoft : IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_Text, selected ? colors::Accent : colors::Text);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    if (ImGui::Button(tr(S::NavMore), ImVec2(plan.width, avail.y))) more_open_ = !more_open_;
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
    tag_item("nav.more");
  }
  ImGui::PopFont();
  ImGui::PopStyleVar(2);
}

// A phone's More: a sheet over the tab bar's top edge listing the tools without a tab, each a
// finger's height, over the dimmed screen; a tap beside it closes it, as on a phone.
void App::draw_more_sheet(const Layout& layout, std::size_t first) {
  constexpr const char* kSheet = "##more";
  const bool shown = ImGui::IsPopupOpen(kSheet);
  if (!more_open_ && !shown) return;
  if (more_open_ && !shown) ImGui::OpenPopup(kSheet);
  ImGui::SetNextWindowPos(layout.nav_pos, ImGuiCond_Always, ImVec2(0.0f, 1.0f));
  ImGui::SetNextWindowSize(ImVec2(layout.nav_size.x, 0.0f));
  if (!ImGui::BeginPopupModal(kSheet, nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                                   ImGuiWindowFlags_NoSavedSettings)) {
    more_open_ = false;
    return;
  }
  if (!more_open_) {  // closed from elsewhere (a navigation through the test API, the sidebar)
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  const float h = std::max(ImGui::GetFrameHeight(), 44.0f * theme_.ui_scale);
  for (auto it = tools_.begin() + std::ptrdiff_t(std::min(first, tools_.size())); it != tools_.end(); ++it)
    draw_nav_entry(*it, ImVec2(-FLT_MIN, h), 0.0f, false);
  // A press beside the sheet (on the dimmed screen or the tab bar, More included) closes it.
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  const ImRect sheet(pos, ImVec2(pos.x + size.x, pos.y + size.y));
  if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) && !sheet.Contains(mouse)) more_open_ = false;
  if (!more_open_) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

void App::draw_toolbar() {
  ImGui::BeginDisabled(!session_.can_undo());
  if (ImGui::Button(tr(S::ToolbarUndo))) session_.undo();
  ImGui::EndDisabled();
  tag_item("toolbar.undo");
  ImGui::SameLine();
  ImGui::BeginDisabled(!session_.can_redo());
  if (ImGui::Button(tr(S::ToolbarRedo))) session_.redo();
  ImGui::EndDisabled();
  tag_item("toolbar.redo");

  // The save state, right-aligned: quiet when saved, plain words when not.
  char text[512];
  ImU32 color = colors::TextMuted;
  switch (session_.save_state()) {
    case SaveState::Saved: snprintf(text, sizeof(text), "%s", tr(S::SaveSaved)); break;
    case SaveState::Pending: snprintf(text, sizeof(text), "%s", tr(S::SavePending)); break;
    case SaveState::Failed:
      snprintf(text, sizeof(text), tr(S::SaveFailed), session_.save_message().c_str());
      color = colors::Error;
      break;
    case SaveState::MemoryOnly:
    case SaveState::Stale: text[0] = 0; break;  // shown as banners
  }
  const float w = ImGui::CalcTextSize(text).x;
  ImGui::SameLine();
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, ImGui::GetContentRegionAvail().x - w));
  ImGui::AlignTextToFramePadding();
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::TextUnformatted(text);
  ImGui::PopStyleColor();
  tag_item("toolbar.saveState");
}

void App::draw_banners() {
  if (session_.save_state() == SaveState::Stale) {
    if (banner("banner.stale", BannerKind::Warning, tr(S::SaveStale), tr(S::SaveReload))) platform_.reload_page();
  }
  if (session_.save_state() == SaveState::MemoryOnly) banner("banner.memoryOnly", BannerKind::Warning, tr(S::SaveMemoryOnly));
  if (session_.save_state() == SaveState::Failed) {
    // A failed save must not be missed (a full disk): say so plainly and offer the way out.
    char text[512];
    std::snprintf(text, sizeof(text), tr(S::SaveFailedBanner), session_.save_message().c_str());
    if (banner("banner.saveFailed", BannerKind::Error, text, tr(S::DataExport))) export_workspace_file();
  }
  if (!session_.notice().empty()) {
    if (banner("banner.notice", BannerKind::Warning, session_.notice().c_str(), tr(S::NoticeDismiss))) session_.dismiss_notice();
  }
  if (session_.save_state() != SaveState::MemoryOnly) draw_backup_reminder();
  if (session_.doc().sample) {
    if (banner("banner.sample", BannerKind::Info, tr(S::SampleBanner), tr(S::SampleClear))) session_.clear_sample();
  }
  draw_share_banners(*this);
}

void App::draw_content(const Layout& layout) {
  ImGui::SetNextWindowPos(layout.content_pos);
  ImGui::SetNextWindowSize(layout.content_size);
  ImGui::Begin("##content", nullptr, kPanelFlags & ~ImGuiWindowFlags_NoScrollbar);
  draw_toolbar();
  draw_banners();
  ImGui::Spacing();
  if (shared_.open()) {
    draw_shared_case_view(*this);  // a case from a share link replaces the view until closed or saved
    ImGui::End();
    return;
  }
  if (view_ && view_->draw) view_->draw(*this);
  ImGui::End();
}

}  // namespace fieldbook::shell
