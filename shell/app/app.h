#pragma once
// The app between frames and the frame itself: navigation, the open workspace (Session), the
// look, and the pieces every view shares (toolbar, banners, the import dialog). Views read this,
// call the session's edit functions and draw; the rules of the domain live in the core (src/).
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "app/import_dialog.h"
#include "app/layout.h"
#include "app/session.h"
#include "app/share.h"
#include "app/team_import_dialog.h"
#include "app/tools.h"
#include "app/touch_input.h"
#include "i18n/i18n.h"
#include "platform/platform.h"
#include "widgets/theme.h"
#include "workspace/backup_reminder.h"

namespace fieldbook::shell {

class App {
 public:
  // An app with the registered tools (app/tools.cpp), or with the tools given (for tests).
  explicit App(Platform& platform, ToolTable tools = registered_tools());
  App(const App&) = delete;  // the view points into its own table
  App& operator=(const App&) = delete;

  // Builds one frame's UI (between ImGui::NewFrame and ImGui::Render).
  void frame();

  Session& session() { return session_; }
  const Session& session() const { return session_; }
  Platform& platform() { return platform_; }

  // The screen: safe-area insets (CSS px); set by the platform.
  void set_safe_area(const SafeArea& safe) { safe_area_ = safe; }
  const SafeArea& safe_area() const { return safe_area_; }

  // Touch: gestures, and the touch mode (44 px targets) — on by itself on a touch screen (known
  // before the first frame, or at the first touch), or forced on/off in settings. Both are
  // preferences of this device. The layout never changes under a pressed finger or button: a
  // switch waits until ImGui has seen every press and release (the tap lands where it was aimed).
  enum class TouchModeSetting { Auto, On, Off };
  TouchInput& touch() { return touch_; }
  void touch_seen();
  // The platform knows the screen is a touch screen before the first frame (the primary pointer
  // is coarse): in Auto the app starts in touch mode, so the first tap meets the touch layout.
  void set_touch_device(bool touch_device);
  bool touch_mode() const { return theme_.touch_mode; }
  TouchModeSetting touch_mode_setting() const { return touch_setting_; }
  void set_touch_mode_setting(TouchModeSetting setting);
  float ui_scale() const { return theme_.ui_scale; }
  void set_ui_scale(float scale);
  // Restores this device's preferences (from the platform's store) at start-up.
  void restore_preferences(float ui_scale, std::string_view touch_mode);

  // The platform runs the tools' long work in tasks of its own between frames (the browser, where a
  // frame costs the page far more than the app's part of it): frames then do none of it.
  void set_work_between_frames(bool on) { work_between_frames_ = on; }
  bool work_between_frames() const { return work_between_frames_; }
  // Whether a tool has such work waiting, and a slice of it (true while more remains).
  bool work_pending();
  bool step_work();

  // The tools and pages, in the navigation's order.
  const ToolTable& tools() const { return tools_; }
  // The tool or page shown: its stable name ("roi", "rfm", "settings", ...), for tests and the page.
  std::string_view view() const { return view_ ? view_->id : std::string_view(); }
  // Shows the tool registered under `id`; an id that is not registered is refused (false).
  bool navigate(std::string_view id);
  int navigation_count() const { return navigation_count_; }  // for tests: activations so far

  // The language the UI speaks now (settings, or the browser's when set to follow it).
  Language ui_language() const;

  // A file the user picked or dropped, for the given purpose ("workspace", "team", ...). While the
  // team import is reading or previewing, a workspace file joins it: a second pick or a drop adds
  // one more rep's file rather than opening the single-file dialog over it.
  void receive_file(std::string_view purpose, std::string_view name, std::string_view bytes);
  // The manager's team import in progress (app/team_import_dialog.h).
  const PendingTeamImport& team_import() const { return team_import_; }

  // Export as a file (download / share sheet). Stamps this device's last export time.
  void export_workspace_file();
  // "Send to my manager": the user's own records (Session::export_own_json) as a file named with
  // their name. Not a backup, so it does not count as the last export.
  void send_own_file();

  // This device's storage as the platform reports it: whether the browser may clear it, how
  // full it is, when the workspace was last saved and exported (workspace/backup_reminder.h).
  const workspace::StorageFacts& storage_facts() const { return storage_; }
  void set_storage_facts(const workspace::StorageFacts& facts);

  // What a tool's screens remember between frames that is not part of the workspace (the ROI
  // screens' RoiViewState, ...): one T per app, made on first use. Each tool owns its type; the
  // app names none.
  template <class T>
  T& state() {
    std::shared_ptr<void>& slot = states_[&state_key<T>];
    if (!slot) slot = std::make_shared<T>();
    return *static_cast<T*>(slot.get());
  }

  // The tool that has the whole screen now, without navigation or toolbar (Tool::full_screen:
  // ROI's meeting mode), or nullptr.
  const Tool* full_screen_tool();
  // The browser left full screen by itself (its own Esc, a swipe): the tool gives the screen back.
  void fullscreen_exited();

  // Share links: a case opened from a link (read-only), share errors and status (app/share.h).
  SharedCaseState& shared_case() { return shared_; }

  // "Export PNG" of a clean picture, saved as `file_name`: while drawing_picture(), views leave
  // out their controls (meeting mode: no Export/Exit buttons, no sliders). The picture is saved
  // from the canvas once such frames have been drawn (App::frame), never after a timer.
  void request_picture(std::string file_name);
  bool drawing_picture() const { return !picture_file_.empty(); }

 private:
  void apply_settings();
  void handle_shortcuts();
  void draw_navigation(const Layout& layout);
  void draw_nav_entry(const Tool& tool, ImVec2 size, float align_x, bool short_label);
  void draw_tab_bar();
  void draw_more_sheet(const Layout& layout, std::size_t first);
  void draw_content(const Layout& layout);
  void draw_toolbar();
  void draw_banners();
  void draw_backup_reminder();

  Platform& platform_;
  Session session_;
  ThemeOptions theme_;
  bool theme_dirty_ = true;
  std::uint64_t applied_revision_ = ~0ull;
  SafeArea safe_area_;
  TouchInput touch_;
  TouchModeSetting touch_setting_ = TouchModeSetting::Auto;
  bool touch_seen_ = false;
  bool work_between_frames_ = false;
  ToolTable tools_;
  const Tool* view_ = nullptr;  // one of tools_
  int navigation_count_ = 0;
  bool more_open_ = false;
  std::size_t more_first_ = 0;  // the first tool under More  // a phone's More sheet (the tools without a tab) is showing

  PendingImport import_;
  PendingTeamImport team_import_;
  std::string picture_file_;  // a picture asked for and not saved yet
  int picture_frames_ = 0;    // whole frames drawn for it so far
  SharedCaseState shared_;
  template <class T>
  static constexpr char state_key = 0;  // its address stands for T
  std::unordered_map<const void*, std::shared_ptr<void>> states_;
  workspace::StorageFacts storage_;
};

}  // namespace fieldbook::shell
