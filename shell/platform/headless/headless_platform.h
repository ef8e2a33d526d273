#pragma once
// A platform for tests: no browser, no GPU, a clock the test sets. Records what the app asked.
#include <functional>
#include <string>
#include <vector>

#include "platform/platform.h"

namespace fieldbook::shell {

class HeadlessPlatform final : public Platform {
 public:
  struct SavedFile {
    std::string name, mime, bytes;
  };

  std::string locale_ = "en-US";
  std::int64_t clock_ms = 1'795'000'000'000;  // 2026-11-18, advanced by tests
  int changes = 0;                             // workspace_changed() calls
  int frame_requests = 0;
  int utc_offset = 0;  // minutes: 480 is Shanghai
  std::vector<SavedFile> files;
  std::vector<std::string> pickers;            // purposes of open_file_picker calls

  std::string locale() const override { return locale_; }
  std::int64_t now_ms() const override { return clock_ms; }
  int utc_offset_minutes() const override { return utc_offset; }
  void workspace_changed() override { ++changes; }
  void request_frame() override { ++frame_requests; }
  void save_file(std::string_view name, std::string_view mime, std::string_view bytes) override {
    files.push_back({std::string(name), std::string(mime), std::string(bytes)});
  }
  std::vector<std::pair<std::string, std::string>> preferences;
  void store_preference(std::string_view key, std::string_view value) override {
    preferences.emplace_back(std::string(key), std::string(value));
  }
  std::vector<bool> fullscreen_requests;
  void request_fullscreen(bool on) override { fullscreen_requests.push_back(on); }
  int reloads = 0;
  void reload_page() override { ++reloads; }
  void open_file_picker(std::string_view, std::string_view purpose) override { pickers.emplace_back(purpose); }
  std::string address;                    // page_address()
  std::string page_address() const override { return address; }
  int host_checks = 0;                     // request_host_check() calls
  void request_host_check() override { ++host_checks; }
  std::vector<std::string> shared_links;  // share_link() fragments ("#roi=...")
  std::vector<std::string> pngs;          // save_canvas_png() file names
  std::vector<std::string> printed;       // print_document() HTML
  void share_link(std::string_view fragment) override { shared_links.emplace_back(fragment); }
  // Called as a picture is saved: the canvas then holds the last frame (item_rect() answers for it).
  std::function<void(std::string_view)> on_png;
  void save_canvas_png(std::string_view file_name) override {
    pngs.emplace_back(file_name);
    if (on_png) on_png(file_name);
  }
  void print_document(std::string_view html) override { printed.emplace_back(html); }
};

}  // namespace fieldbook::shell
