#pragma once
// The import dialog: what a chosen or dropped file holds, then Replace / Merge / Cancel; a file
// that cannot be imported says why and changes nothing.
#include <string>

#include "app/session.h"

namespace fieldbook::shell {

class App;

struct PendingImport {
  bool open = false;
  std::string name;
  std::string bytes;
  ImportPreview preview;
  bool done = false;
  std::string result;  // after the choice: what happened
  workspace::MergeReport report;
};

void draw_import_dialog(App& app, PendingImport& pending);

}  // namespace fieldbook::shell
