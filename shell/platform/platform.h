#pragma once
// What the app needs from the machine it runs on. The browser implementation is in platform/web
// (JavaScript in web/static/js does the work); platform/headless is for tests.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "common/text_decoder.h"

namespace fieldbook::shell {

class Platform {
 public:
  virtual ~Platform() = default;

  // The user's preferred language as the browser reports it ("zh-CN", "en-US").
  virtual std::string locale() const = 0;

  // Milliseconds since 1970-01-01 UTC (for updatedAt stamps and coalescing edits).
  virtual std::int64_t now_ms() const = 0;
  // Minutes to add to UTC for this device's local time (Shanghai: 480), so "today" on a due date
  // is the user's today, not Greenwich's: at 07:30 in Shanghai it is still yesterday in UTC.
  virtual int utc_offset_minutes() const { return 0; }

  // The workspace changed: storage will write a snapshot shortly (Session::begin_snapshot, then
  // its steps and chunks), so a burst of edits costs one serialization, not one per keystroke.
  virtual void workspace_changed() = 0;

  // Asks for another frame soon (animation, a state change outside an input event).
  virtual void request_frame() = 0;

  // Offers a file to the user: a download, or the share sheet on tablets.
  virtual void save_file(std::string_view file_name, std::string_view mime_type, std::string_view bytes) = 0;

  // Remembers a preference of this device (UI scale, touch mode): not part of the workspace,
  // which moves between devices.
  virtual void store_preference(std::string_view key, std::string_view value) = 0;

  // Enters or leaves full screen (meeting mode). Browsers grant it only inside a user gesture:
  // call it while handling the tap.
  virtual void request_fullscreen(bool on) = 0;

  // Reloads the page (after another tab saved a newer workspace, or an update).
  virtual void reload_page() = 0;

  // Opens the file picker for an import; the chosen file arrives through App::receive_file.
  virtual void open_file_picker(std::string_view accept, std::string_view purpose) = 0;

  // The page's own address, without its query and fragment ("https://example.com/tools/fieldbook/"):
  // what a QR code on the About page points to, and what a share link starts with. "" where
  // there is no page (headless tests set one).
  virtual std::string page_address() const { return {}; }

  // Share links (app/share.h). `fragment` is "#roi=<payload>": the platform puts the page's own
  // address before it and offers it (share sheet on touch devices, else the clipboard), then
  // reports back through share_finished(). Default: nothing (platforms without a browser).
  virtual void share_link(std::string_view /*fragment*/) {}
  // Saves the canvas as drawn in the last frame as a PNG file (download / share sheet).
  virtual void save_canvas_png(std::string_view /*file_name*/) {}
  // Prints an HTML document (the ROI summary); it links print.css next to the page.
  virtual void print_document(std::string_view /*html*/) {}

  // Asks the page to look at how the server delivers the site (web/static/js/host-check.js); the
  // facts come back into App::state<HostCheckState>() (app/host_check.h). Default: nothing.
  virtual void request_host_check() {}

  // A decoder for a text encoding the core cannot read itself ("gb18030": what Chinese Excel
  // writes); nullptr when there is none. The browser's uses TextDecoder.
  virtual std::unique_ptr<TextDecoder> make_text_decoder(std::string_view /*label*/) { return nullptr; }
};

}  // namespace fieldbook::shell
