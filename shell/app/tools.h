#pragma once
// The tool table: every tool (ROI, RFM, ...) and page (Settings, About) of the app, in the order
// the navigation shows them. Each describes itself once, in its own files under views/ (a
// function `Tool <id>_tool()`), and is registered by one line in app/tools.cpp. The navigation
// (sidebar and tab bar), the content the app draws, the view's name the page reports and the
// About page's list all come from here; the app names no tool.
#include <initializer_list>
#include <optional>
#include <string_view>
#include <vector>

#include "i18n/i18n.h"

namespace fieldbook::shell {

class App;

struct Tool {
  // The stable name: `stats().view` on the page, the navigation's test id ("nav.<id>"), and the
  // purpose of a file picked for this tool (Platform::open_file_picker).
  std::string_view id;
  S label;  // in the navigation
  // A shorter label for the tab bar, used when `label` does not fit its equal share ("ROI" for
  // "ROI calculator" on a tablet in English).
  std::optional<S> short_label;
  // A short glyph for the tool. The navigation shows labels only (the app ships no icon font);
  // the About page shows it beside the tool's name.
  const char* icon = "";
  // A tool's one line on the About page, which lists the tools. Pages of the app (Settings,
  // About) have none.
  std::optional<S> summary;
  // Draws the tool into the content region, under the toolbar and the banners. What it remembers
  // between frames is its own type in App::state<T>().
  void (*draw)(App& app) = nullptr;

  // A tool may take the whole screen, without navigation or toolbar (ROI's meeting mode):
  // `active` says whether it has it now, `draw` draws it, `leave` gives it back when the browser
  // left full screen by itself (its own Esc, a swipe).
  struct FullScreen {
    bool (*active)(App& app) = nullptr;
    void (*draw)(App& app) = nullptr;
    void (*leave)(App& app) = nullptr;
  } full_screen;

  // A file the user picked or dropped for this tool (App::receive_file with the tool's id).
  void (*receive_file)(App& app, std::string_view name, std::string_view bytes) = nullptr;

  // Work longer than a frame should take (the RFM import of a large file), done between frames
  // where the platform can (App::work_between_frames): `pending` says whether some is waiting,
  // `step` does a slice of it and returns whether more remains. Elsewhere the tool does it in
  // slices inside its frames.
  struct Background {
    bool (*pending)(App& app) = nullptr;
    bool (*step)(App& app) = nullptr;
  } background;
};

class ToolTable {
 public:
  ToolTable(std::initializer_list<Tool> tools) : tools_(tools) {}

  // The tool registered under `id`, or nullptr.
  const Tool* find(std::string_view id) const;

  auto begin() const { return tools_.begin(); }
  auto end() const { return tools_.end(); }
  std::size_t size() const { return tools_.size(); }
  bool empty() const { return tools_.empty(); }
  const Tool& front() const { return tools_.front(); }

 private:
  std::vector<Tool> tools_;
};

// The app's tools and pages (app/tools.cpp); the first is where the app opens.
const ToolTable& registered_tools();

}  // namespace fieldbook::shell
