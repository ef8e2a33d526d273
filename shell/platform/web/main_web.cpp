// The browser backend: a WebGL 2 context from html5.h, input fed to ImGui by the page's
// JavaScript (pointer events, the text-input bridge), and frames drawn only on demand.
#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>

#include "common/json_text.h"
#include "app/app.h"
#include "app/host_check.h"
#include "build_info.h"
#include "app/share.h"
#include "widgets/test_ids.h"
#include "app/touch_input.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_internal.h"
#include "platform/web/canvas_font_loader.h"
#include "platform/web/js_bridge.h"
#include "platform/web/keymap.h"
#include "platform/web/web_text_decoder.h"
#include "roi/outputs_json.h"
#include "views/rfm_state.h"

namespace fieldbook::shell::web {
namespace {

class WebPlatform final : public Platform {
 public:
  std::string locale() const override {
    char buf[64] = {};
    fb_js_locale(buf, sizeof(buf));
    return buf;
  }
  std::int64_t now_ms() const override { return static_cast<std::int64_t>(emscripten_date_now()); }
  int utc_offset_minutes() const override { return fb_js_utc_offset_minutes(); }
  void workspace_changed() override { fb_js_workspace_changed(); }
  void request_frame() override { fb_js_request_frame(); }
  void save_file(std::string_view name, std::string_view mime, std::string_view bytes) override {
    fb_js_save_file(std::string(name).c_str(), std::string(mime).c_str(), bytes.data(), static_cast<int>(bytes.size()));
  }
  void open_file_picker(std::string_view accept, std::string_view purpose) override {
    fb_js_open_file_picker(std::string(accept).c_str(), std::string(purpose).c_str());
  }
  void reload_page() override { fb_js_reload(); }
  std::unique_ptr<TextDecoder> make_text_decoder(std::string_view label) override {
    return make_web_text_decoder(label);
  }
  std::string page_address() const override {
    std::string s(256, '\0');
    int n = fb_js_page_address(s.data(), static_cast<int>(s.size()));
    if (n >= static_cast<int>(s.size())) {
      s.assign(static_cast<std::size_t>(n) + 1, '\0');
      n = fb_js_page_address(s.data(), static_cast<int>(s.size()));
    }
    s.resize(static_cast<std::size_t>(std::max(n, 0)));
    return s;
  }
  void share_link(std::string_view fragment) override { fb_js_share_link(std::string(fragment).c_str()); }
  void save_canvas_png(std::string_view file_name) override { fb_js_save_canvas_png(std::string(file_name).c_str()); }
  void print_document(std::string_view html) override {
    fb_js_print_document(html.data(), static_cast<int>(html.size()));
  }
  void request_fullscreen(bool on) override { fb_js_fullscreen(on ? 1 : 0); }
  void request_host_check() override { fb_js_host_check(); }
  void store_preference(std::string_view key, std::string_view value) override {
    fb_js_store_preference(std::string(key).c_str(), std::string(value).c_str());
  }
};

struct State {
  EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = 0;
  WebPlatform platform;
  std::unique_ptr<App> app;
  double last_time_ms = 0;
  int settle_frames = 0;  // frames still to draw after the last input, so hover/active states settle
  // stats() for tests and the bench
  long frames = 0;
  double last_frame_ms = 0;
  double max_frame_ms = 0;
  float dpr = 1;
  std::string scratch;  // returned strings live here until the next call
  int chunk_length = 0;  // of the last fb_snapshot_chunk()
};

State& state() {
  static State s;
  return s;
}

// ImGui needs a few frames to settle after an input (hover, active id, windows appearing).
constexpr int kSettleFrames = 3;

void wake() {
  state().settle_frames = kSettleFrames;
  fb_js_request_frame();
}

void set_ime_data(ImGuiContext*, ImGuiViewport*, ImGuiPlatformImeData* data) {
  fb_js_text_input(data->WantTextInput || data->WantVisible, data->InputPos.x, data->InputPos.y,
                   data->InputLineHeight);
}

void set_clipboard(ImGuiContext*, const char* text) { fb_js_set_clipboard(text); }


}  // namespace
}  // namespace fieldbook::shell::web

using namespace fieldbook::shell;
using namespace fieldbook::shell::web;
using fieldbook::json_string;

extern "C" {

// Creates the WebGL 2 context on #canvas and the app. Returns 0 on success, 1 without WebGL 2.
// mac: 1 on Apple devices, where Cmd is the shortcut key. touch_device: 1 when the page knows the
// screen is a touch screen before the first frame (the app then starts in the touch layout).
EMSCRIPTEN_KEEPALIVE int fb_start(float css_w, float css_h, float dpr, int mac, float ui_scale, const char* touch_mode,
                                  int touch_device) {
  auto& s = state();
  EmscriptenWebGLContextAttributes attrs;
  emscripten_webgl_init_context_attributes(&attrs);
  attrs.majorVersion = 2;
  attrs.minorVersion = 0;
  attrs.alpha = false;
  attrs.antialias = false;
  attrs.premultipliedAlpha = false;
  attrs.preserveDrawingBuffer = true;  // screenshots and "Export PNG" read the last frame
  s.gl = emscripten_webgl_create_context("#canvas", &attrs);
  if (s.gl <= 0) return 1;
  emscripten_webgl_make_context_current(s.gl);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout is ours; nothing to remember between sessions
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.BackendPlatformName = "fieldbook_web";
  io.ConfigMacOSXBehaviors = mac != 0;
  io.DisplaySize = ImVec2(css_w, css_h);
  io.DisplayFramebufferScale = ImVec2(dpr, dpr);
  s.dpr = dpr;
  ImGuiPlatformIO& pio = ImGui::GetPlatformIO();
  pio.Platform_SetImeDataFn = set_ime_data;
  pio.Platform_SetClipboardTextFn = set_clipboard;
  add_canvas_font();
  ImGui_ImplOpenGL3_Init("#version 300 es");

  s.app = std::make_unique<App>(s.platform);
  s.app->restore_preferences(ui_scale, touch_mode);
  s.app->set_touch_device(touch_device != 0);
  s.app->set_work_between_frames(true);  // fb_work(), scheduler.js
  wake();
  return 0;
}

EMSCRIPTEN_KEEPALIVE void fb_resize(float css_w, float css_h, float dpr, float inset_top, float inset_right,
                                    float inset_bottom, float inset_left) {
  if (!state().app) return;
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(css_w, css_h);
  io.DisplayFramebufferScale = ImVec2(dpr, dpr);
  state().dpr = dpr;
  state().app->set_safe_area({inset_top, inset_right, inset_bottom, inset_left});
  wake();
}

// Mouse: kind 0 move, 1 down, 2 up, 3 leave. The mouse goes straight to ImGui.
EMSCRIPTEN_KEEPALIVE void fb_mouse(int kind, float x, float y, int button) {
  if (!state().app) return;
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
  if (kind == 3) {
    io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
  } else {
    io.AddMousePosEvent(x, y);
    if ((kind == 1 || kind == 2) && button >= 0 && button < ImGuiMouseButton_COUNT) io.AddMouseButtonEvent(button, kind == 1);
  }
  wake();
}

// 1 when the last frame was drawn with the mouse at (x, y) and no move waits in ImGui's queue: a
// press there meets widgets that already saw the pointer over them. Rows that allow overlap
// (ImGuiSelectableFlags_AllowOverlap) take a click only after such a hover frame, so a press
// anywhere else (a fast click, a remote pointer) needs one first.
EMSCRIPTEN_KEEPALIVE int fb_pointer_seen_at(float x, float y) {
  if (!state().app) return 0;
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  for (const ImGuiInputEvent& e : g.InputEventsQueue)
    if (e.Type == ImGuiInputEventType_MousePos) return 0;
  // ImGui keeps whole pixels (AddMousePosEvent floors).
  return g.IO.MousePos.x == ImFloor(x) && g.IO.MousePos.y == ImFloor(y) ? 1 : 0;
}

// The number of input events ImGui has not taken yet (it takes some a frame later, on purpose).
EMSCRIPTEN_KEEPALIVE int fb_input_pending() {
  if (!state().app) return 0;
  return ImGui::GetCurrentContext()->InputEventsQueue.Size;
}

// Touch and pen: kind 0 move, 1 down, 2 up, 3 cancel; gestures are worked out in TouchInput.
EMSCRIPTEN_KEEPALIVE void fb_touch(int kind, int pointer, float x, float y, double t_ms) {
  auto& s = state();
  if (!s.app) return;
  s.app->touch_seen();
  TouchInput& touch = s.app->touch();
  switch (kind) {
    case 0: touch.move(pointer, ImVec2(x, y), t_ms); break;
    case 1:
      touch.down(pointer, ImVec2(x, y), t_ms);
      // The press waited this long to reach us (the page was busy): a release could not have.
      touch.count_busy(emscripten_get_now() - t_ms);
      break;
    case 2: touch.up(pointer, ImVec2(x, y), t_ms); break;
    default: touch.cancel(pointer); break;
  }
  wake();
}

EMSCRIPTEN_KEEPALIVE void fb_wheel(float dx, float dy) {
  if (!state().app) return;
  ImGui::GetIO().AddMouseWheelEvent(dx, dy);
  wake();
}

EMSCRIPTEN_KEEPALIVE void fb_key(const char* code, int down, int mods) {
  if (!state().app) return;
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(ImGuiMod_Ctrl, (mods & 1) != 0);
  io.AddKeyEvent(ImGuiMod_Shift, (mods & 2) != 0);
  io.AddKeyEvent(ImGuiMod_Alt, (mods & 4) != 0);
  io.AddKeyEvent(ImGuiMod_Super, (mods & 8) != 0);
  const ImGuiKey key = key_from_dom_code(code);
  if (key != ImGuiKey_None) io.AddKeyEvent(key, down != 0);
  wake();
}

EMSCRIPTEN_KEEPALIVE void fb_text(const char* utf8) {
  if (!state().app) return;
  ImGui::GetIO().AddInputCharactersUTF8(utf8);
  wake();
}

EMSCRIPTEN_KEEPALIVE void fb_fullscreen_exited() {
  if (!state().app) return;
  state().app->fullscreen_exited();
  wake();
}

EMSCRIPTEN_KEEPALIVE void fb_focus(int focused) {
  if (!state().app) return;
  ImGui::GetIO().AddFocusEvent(focused != 0);
  wake();
}

// Draws one frame. Returns when the next one is wanted: 0 at the next animation frame, N > 0 in
// N ms (the caret blink), -1 never (idle until an input arrives).
EMSCRIPTEN_KEEPALIVE double fb_frame(double now_ms) {
  auto& s = state();
  if (!s.app) return -1;
  const double start = emscripten_get_now();
  const double touch_next = s.app->touch().update(now_ms);
  ImGuiIO& io = ImGui::GetIO();
  io.DeltaTime = s.last_time_ms > 0 ? float(std::clamp((now_ms - s.last_time_ms) / 1000.0, 1e-4, 0.25)) : 1.0f / 60.0f;
  s.last_time_ms = now_ms;

  ImGui_ImplOpenGL3_NewFrame();
  ImGui::NewFrame();
  s.app->frame();
  ImGui::Render();

  const int fb_w = int(io.DisplaySize.x * io.DisplayFramebufferScale.x + 0.5f);
  const int fb_h = int(io.DisplaySize.y * io.DisplayFramebufferScale.y + 0.5f);
  glViewport(0, 0, fb_w, fb_h);
  glClearColor(1, 1, 1, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

  ++s.frames;
  s.last_frame_ms = emscripten_get_now() - start;
  s.app->touch().count_busy(s.last_frame_ms);  // no release or move could arrive while drawing
  s.max_frame_ms = std::max(s.max_frame_ms, s.last_frame_ms);

  const ImGuiContext& g = *ImGui::GetCurrentContext();
  if (!g.InputEventsQueue.empty() || touch_next == 0) return 0;  // trickled events, or a glide
  if (s.settle_frames > 0) {
    --s.settle_frames;
    // While work runs between frames (an import), its own pace draws the frames that settle the
    // hover and active states: frames back to back would hold the work up (each costs the page
    // 20-60 ms under software rendering).
    if (!s.app->work_pending()) return 0;
  }
  double next = -1;
  if (io.WantTextInput) next = 400;  // the caret blinks (on 0.8 s, off 0.4 s)
  if (touch_next > 0 && (next < 0 || touch_next < next)) next = touch_next;  // a long press falls due
  return next;
}

// Rectangle of a test id in the last frame (CSS px): writes x, y, w, h; returns 0 when absent.
EMSCRIPTEN_KEEPALIVE int fb_item_rect(const char* id, float* out) {
  const auto r = item_rect(id);
  if (!r) return 0;
  out[0] = r->x;
  out[1] = r->y;
  out[2] = r->w;
  out[3] = r->h;
  return 1;
}

// Every test id drawn in the last frame, one per line (the test API's itemIds()).
EMSCRIPTEN_KEEPALIVE const char* fb_item_ids() {
  static std::string text;
  text.clear();
  for (const std::string& id : item_ids()) text += id + "\n";
  return text.c_str();
}

// Shows the tool registered under `id` (the test API's navigate(): a test starts on a tool without
// an input of its own, so a first tap stays the first). 0 for an id that is not registered.
EMSCRIPTEN_KEEPALIVE int fb_navigate(const char* id) {
  if (!state().app->navigate(id)) return 0;
  wake();
  return 1;
}

// ---- the self-check on the About page (web/static/js/host-check.js, app/host_check.h) ----

// What the page found about how the server delivers the site. Numbers below 0 and empty strings
// are "could not find out" (HostFacts' conventions).
EMSCRIPTEN_KEEPALIVE void fb_set_host_facts(int secure_context, int wasm_status, const char* wasm_type, int sw_supported,
                                            int sw_active, int sw_controlling, int precache_total,
                                            int precache_present, int persisted, int build_status,
                                            const char* server_build) {
  auto& facts = state().app->state<fieldbook::shell::HostCheckState>().facts;
  facts.gathered = true;
  facts.secure_context = secure_context != 0;
  facts.wasm_status = wasm_status;
  facts.wasm_type = wasm_type;
  facts.sw_supported = sw_supported != 0;
  facts.sw_active = sw_active != 0;
  facts.sw_controlling = sw_controlling != 0;
  facts.precache_total = precache_total;
  facts.precache_present = precache_present;
  facts.persisted = persisted;
  facts.build_status = build_status;
  facts.server_build = server_build;
  wake();
}

// The verdicts on the last facts, as the About page shows them: [{id, status, value, detail, fix}].
EMSCRIPTEN_KEEPALIVE const char* fb_host_check() {
  auto& s = state();
  const auto& facts = s.app->state<fieldbook::shell::HostCheckState>().facts;
  s.scratch = fieldbook::shell::host_check_json(fieldbook::shell::judge_host(facts, fieldbook::build::kBuildId));
  return s.scratch.c_str();
}

// ?check on the address: the About page, scrolled to the self-check.
EMSCRIPTEN_KEEPALIVE void fb_show_host_check() {
  auto& check = state().app->state<fieldbook::shell::HostCheckState>();
  check.reveal = true;
  check.reveal_frames = 0;
  state().app->navigate("about");
  wake();
}

// A real trap, for the tests of the recovery from one (web/static/js/wasm-app.js).
EMSCRIPTEN_KEEPALIVE void fb_trap() { __builtin_trap(); }

// ---- the workspace and storage (web/static/js/storage.js) ----

// What the browser says about keeping the data (web/static/js/device-storage.js). persisted:
// 1, 0 or -1 (unknown); every other number below 0 means unknown; times in ms since 1970.
EMSCRIPTEN_KEEPALIVE void fb_set_storage_facts(int persisted, int ios_browser_tab, double first_visit, double last_save,
                                               double last_export, double last_dismissed, double used, double quota) {
  const auto known = [](double v) -> std::optional<std::int64_t> {
    if (v < 0) return std::nullopt;
    return static_cast<std::int64_t>(v);
  };
  fieldbook::workspace::StorageFacts f;
  if (persisted >= 0) f.persistent = persisted == 1;
  f.ios_browser_tab = ios_browser_tab != 0;
  f.first_visit = known(first_visit);
  f.last_save = known(last_save);
  f.last_export = known(last_export);
  f.last_dismissed = known(last_dismissed);
  f.used_bytes = known(used);
  f.quota_bytes = known(quota);
  state().app->set_storage_facts(f);
  wake();
}

// Opens a stored snapshot; returns "" when it loaded, else why not (nothing changed).
EMSCRIPTEN_KEEPALIVE const char* fb_open_stored(const char* json, int length) {
  auto& s = state();
  s.scratch = s.app->session().try_open(std::string_view(json, static_cast<size_t>(length)));
  wake();
  return s.scratch.c_str();
}

EMSCRIPTEN_KEEPALIVE void fb_open_sample() {
  auto& s = state();
  s.app->session().open_sample(language_code(s.app->ui_language()));
  wake();
}

EMSCRIPTEN_KEEPALIVE void fb_set_notice(const char* text) {
  state().app->session().set_notice(text);
  wake();
}

// The compact snapshot storage writes, in slices (storage.js calls one step per task, so frames
// and input run between them): begin, then steps until 1 (the text is complete) or -1 (the
// document cannot be written: the save state says why), then chunks of the text until one is
// empty. fb_revision() is the revision storage records with it, read before it begins.
EMSCRIPTEN_KEEPALIVE void fb_snapshot_begin() { state().app->session().begin_snapshot(); }

EMSCRIPTEN_KEEPALIVE int fb_snapshot_step(double budget_ms, int budget_bytes) {
  fieldbook::workspace::StepBudget budget;
  budget.ms = budget_ms;
  budget.bytes = static_cast<std::size_t>(std::max(1, budget_bytes));
  switch (state().app->session().step_snapshot(budget)) {
    case Session::SnapshotStatus::Done: return 1;
    case Session::SnapshotStatus::Working: return 0;
    case Session::SnapshotStatus::Failed: break;
  }
  return -1;
}

// The next at most max_bytes of the text (whole characters); its length in fb_snapshot_chunk_length().
// Not NUL-terminated: the pointer is into the writer's text, valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* fb_snapshot_chunk(int max_bytes) {
  const std::string_view chunk = state().app->session().snapshot_chunk(static_cast<std::size_t>(std::max(1, max_bytes)));
  state().chunk_length = static_cast<int>(chunk.size());
  return chunk.data();
}

EMSCRIPTEN_KEEPALIVE int fb_snapshot_chunk_length() { return state().chunk_length; }

// What the writer's steps did: {"steps", "bytes", "rows", "maxStepMs", "maxStepBytes"} (tests, figures).
EMSCRIPTEN_KEEPALIVE const char* fb_snapshot_stats() {
  auto& s = state();
  const auto* writer = s.app->session().snapshot_writer();
  std::size_t rows = 0, max_bytes = 0;
  double max_ms = 0;
  if (writer) {
    for (const auto& slice : writer->slices()) {
      rows += slice.rows;
      max_bytes = std::max(max_bytes, slice.bytes);
      max_ms = std::max(max_ms, slice.ms);
    }
  }
  char buf[200];
  std::snprintf(buf, sizeof(buf), "{\"steps\":%zu,\"bytes\":%zu,\"rows\":%zu,\"maxStepMs\":%.3f,\"maxStepBytes\":%zu}",
                writer ? writer->slices().size() : 0, writer ? writer->total_bytes() : 0, rows, max_ms, max_bytes);
  s.scratch = buf;
  return s.scratch.c_str();
}

EMSCRIPTEN_KEEPALIVE double fb_revision() { return static_cast<double>(state().app->session().revision()); }

// state: 0 saved, 1 pending, 2 failed, 3 memory only, 4 stale.
EMSCRIPTEN_KEEPALIVE void fb_set_save_state(int save_state, const char* message) {
  state().app->session().set_save_state(static_cast<SaveState>(save_state), message);
  wake();
}

EMSCRIPTEN_KEEPALIVE const char* fb_export_workspace() {
  auto& s = state();
  s.scratch = s.app ? s.app->session().export_json() : std::string();
  return s.scratch.c_str();
}

// The test API's importWorkspace: the same path as the Import button. Returns JSON
// {"ok":true} or {"ok":false,"error":"..."}.
EMSCRIPTEN_KEEPALIVE const char* fb_import_workspace(const char* json, int length, int merge) {
  auto& s = state();
  const ImportOutcome r = s.app->session().import_json(std::string_view(json, static_cast<size_t>(length)),
                                                       merge ? ImportMode::Merge : ImportMode::Replace);
  std::string out = "{\"ok\":";
  out += r.ok ? "true" : "false";
  if (!r.ok) {
    out += ",\"error\":\"";
    for (char c : r.error) {
      if (c == '"' || c == '\\') out += '\\';
      if (static_cast<unsigned char>(c) < 0x20) continue;
      out += c;
    }
    out += '"';
  } else {
    char buf[128];
    std::snprintf(buf, sizeof(buf), ",\"added\":%d,\"updated\":%d,\"deleted\":%d,\"unchanged\":%d,\"conflicts\":%zu", r.report.added,
                  r.report.updated, r.report.deleted, r.report.unchanged, r.report.conflicts.size());
    out += buf;
  }
  out += '}';
  s.scratch = out;
  wake();
  return s.scratch.c_str();
}

// The test API's exportOwn(): {"name": "fieldbook-李娜-2026-11-30.json", "json": "..."} — the file
// "Send to my manager" saves — or {"name": ..., "json": null, "error": "..."} when it cannot be written.
EMSCRIPTEN_KEEPALIVE const char* fb_export_own() {
  auto& s = state();
  Session& session = s.app->session();
  const std::string json = session.export_own_json();
  s.scratch = "{\"name\":" + json_string(session.own_file_name()) + ",\"json\":" +
              (json.empty() ? "null,\"error\":" + json_string(session.export_error()) : json_string(json)) + "}";
  return s.scratch.c_str();
}

// The test API's teamImport(): what the team import dialog holds (app/team_import_dialog.h).
EMSCRIPTEN_KEEPALIVE const char* fb_team_import_state() {
  auto& s = state();
  s.scratch = team_import_state_json(s.app->team_import());
  return s.scratch.c_str();
}

// The test API's rfmImport(): the RFM import wizard's step and how far the rows are read (the
// value its progress bar shows), so a bench can see the bar move without reading pixels.
EMSCRIPTEN_KEEPALIVE const char* fb_rfm_import_state() {
  using Step = RfmImportState::Step;
  auto& s = state();
  const RfmImportState& im = s.app->state<RfmViewState>().import;
  const char* step = "closed";
  switch (im.step) {
    case Step::Closed: step = "closed"; break;
    case Step::Working: step = "working"; break;
    case Step::Mapping: step = "mapping"; break;
    case Step::DateOrder: step = "dateOrder"; break;
    case Step::Errors: step = "errors"; break;
    case Step::Scoring: step = "scoring"; break;
    case Step::Failed: step = "failed"; break;
    case Step::Cancelled: step = "cancelled"; break;
  }
  double fraction = 0;
  std::size_t rows = 0;
  std::size_t customers = 0;
  if (im.job) {
    fraction = im.job->fraction();
    rows = im.job->importer().progress().rows;
    customers = im.job->importer().progress().customers;
  }
  char buf[160];
  std::snprintf(buf, sizeof(buf), "{\"step\":\"%s\",\"fraction\":%.6f,\"rows\":%zu,\"customers\":%zu}", step, fraction,
                rows, customers);
  s.scratch = buf;
  return s.scratch.c_str();
}

// Work that runs in tasks of its own between frames (scheduler.js): whether there is some, and
// one step of it (the tools' `background` hooks: the RFM import's rows and table, then its
// scoring); 1 while more remains.
EMSCRIPTEN_KEEPALIVE int fb_work_pending() {
  auto& s = state();
  return s.app && s.app->work_pending() ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE int fb_work() {
  auto& s = state();
  return s.app && s.app->step_work() ? 1 : 0;
}

// A file the user picked or dropped.
EMSCRIPTEN_KEEPALIVE void fb_receive_file(const char* purpose, const char* name, const char* bytes, int length) {
  state().app->receive_file(purpose, name, std::string_view(bytes, static_cast<size_t>(length)));
  wake();
}

// ---- share links (app/share.h, web/static/js/share.js) ----

// The payload of a "#roi=" fragment the page was opened with: the shared view, or an error
// banner. Returns 1 when the link held a case.
EMSCRIPTEN_KEEPALIVE int fb_open_share_link(const char* payload) {
  const bool ok = open_share_link(*state().app, payload);
  wake();
  return ok ? 1 : 0;
}

// What became of a share_link() request: 0 shared, 1 copied, 2 failed.
EMSCRIPTEN_KEEPALIVE void fb_share_result(int result) {
  share_finished(*state().app, static_cast<ShareResult>(result));
  wake();
}

// The test API's shareLink(caseId): {"ok":true,"fragment":"#roi=..."} or {"ok":false,"error":"..."}.
EMSCRIPTEN_KEEPALIVE const char* fb_share_fragment(const char* case_id) {
  auto& s = state();
  try {
    s.scratch = "{\"ok\":true,\"fragment\":" + json_string(share_fragment(*s.app, case_id)) + "}";
  } catch (const fieldbook::Error& e) {
    s.scratch = "{\"ok\":false,\"error\":" + json_string(e.what()) + "}";
  }
  return s.scratch.c_str();
}

// The test API's sharedCase(): {"open":true,"outputs":{...outputs_json...}} while a shared case is
// shown, {"open":false,"error":"..."} after a broken link, {"open":false} otherwise.
EMSCRIPTEN_KEEPALIVE const char* fb_shared_case() {
  auto& s = state();
  const SharedCaseState& st = s.app->shared_case();
  s.scratch = std::string("{\"open\":") + (st.open() ? "true" : "false");
  if (st.open()) s.scratch += ",\"outputs\":" + fieldbook::roi::outputs_json(*st.shared);
  if (!st.error.empty()) s.scratch += ",\"error\":" + json_string(st.error);
  s.scratch += "}";
  return s.scratch.c_str();
}

// The test API's resetStats(): the frame-time maximum starts again (e.g. before an import).
EMSCRIPTEN_KEEPALIVE void fb_reset_stats() {
  state().max_frame_ms = 0;
  state().last_frame_ms = 0;
}

EMSCRIPTEN_KEEPALIVE const char* fb_stats() {
  auto& s = state();
  const std::string_view view = s.app ? s.app->view() : std::string_view();
  char buf[256];
  std::snprintf(buf, sizeof(buf), "{\"frames\":%ld,\"lastFrameMs\":%.3f,\"maxFrameMs\":%.3f,\"navigations\":%d,\"view\":\"%.*s\"}",
                s.frames, s.last_frame_ms, s.max_frame_ms, s.app ? s.app->navigation_count() : 0,
                static_cast<int>(view.size()), view.data());
  s.scratch = buf;
  return s.scratch.c_str();
}

}  // extern "C"

int main() {
  // The page's JavaScript calls fb_start() once the canvas is sized; nothing runs until then.
  return 0;
}
