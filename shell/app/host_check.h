#pragma once
// Does the web server serve Fieldbook right? The page gathers the facts in the browser
// (web/static/js/host-check.js); this unit judges them — ok, a problem with its fix in plain
// words, or not available here — so the rules are tested natively and the view only draws.
#include <string>
#include <string_view>
#include <vector>

#include "i18n/i18n.h"

namespace fieldbook::shell {

// What the browser found. -1 (or an empty string) is "could not find out".
struct HostFacts {
  bool gathered = false;        // false until the page has reported once
  bool secure_context = false;  // https, or localhost / 127.0.0.1
  // fieldbook.wasm asked from the server itself (past the service worker and the HTTP cache):
  // the HTTP status (0: the server could not be reached) and its Content-Type.
  int wasm_status = -1;
  std::string wasm_type;
  bool sw_supported = false;    // the browser has service workers at all
  bool sw_active = false;       // a worker of this site is installed and active
  bool sw_controlling = false;  // ... and answers this page's requests
  // The active worker's cache for its build: files it should hold, files it holds.
  int precache_total = -1;
  int precache_present = -1;
  int persisted = -1;           // navigator.storage.persisted(): 1, 0, -1
  // build.json asked from the server itself: the HTTP status (0: not reached), and its build id.
  int build_status = -1;
  std::string server_build;
};

enum class HostStatus { Ok, Problem, Unavailable };

// The lines in the order they are shown; each id is stable (the test API names them).
enum class HostCheckId { Https, WasmType, ServiceWorker, Offline, Storage, Build };

struct HostCheckLine {
  HostCheckId id;
  HostStatus status;
  S label;           // what is checked
  S detail;          // what was found (may hold %s: `value`)
  S fix;             // for a problem: what to do (may hold %s: `value`); S::Count_ when none
  std::string value; // the fact the detail or fix names: a content type, a build id, "3 of 41"
};

std::vector<HostCheckLine> judge_host(const HostFacts& facts, std::string_view running_build);

std::string_view host_check_id_name(HostCheckId id);    // "https", "wasmType", ...
std::string_view host_status_name(HostStatus status);   // "ok", "problem", "unavailable"

// A line's detail and fix in the current language, with its value filled in (fix: "" when none).
std::string host_check_detail(const HostCheckLine& line);
std::string host_check_fix(const HostCheckLine& line);

// The lines as JSON for the page's test API: [{id, status, value, detail, fix}] in the current
// language (fix empty when there is none).
std::string host_check_json(const std::vector<HostCheckLine>& lines);

// What the About page keeps between frames: the last facts, whether they are asked for, and
// whether the page was opened with ?check (then the check scrolls into view once).
struct HostCheckState {
  HostFacts facts;
  bool requested = false;
  bool reveal = false;
  int reveal_frames = 0;  // frames drawn with the facts while revealing
};

}  // namespace fieldbook::shell
