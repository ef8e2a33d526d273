#pragma once
// The manager's team import: several reps' "send to my manager" files, picked or dropped at once,
// read one per frame with a progress bar (thirty big files never hold the page), then one preview
// — a card per file: whose it is, what it brings, its conflicts, or why it cannot be read — and
// Merge all (one undoable edit) or Cancel. The rules are the core's (workspace/team_import.h).
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "workspace/team_import.h"

namespace fieldbook::shell {

class App;

struct PendingTeamImport {
  enum class Step { Closed, Reading, Preview, Done };
  struct File {
    std::string name;
    std::string bytes;
  };

  Step step = Step::Closed;
  std::vector<File> files;                      // every file received, in order
  std::unique_ptr<workspace::TeamImport> import;  // the files read so far, over the document of `base_revision`
  std::size_t read = 0;                         // files handed to import so far
  std::uint64_t base_revision = 0;
  // The dialog's and its cards' sizes in the last frame: they settle over a few frames.
  struct Laid {
    float w = 0, h = 0, cards = 0;
    bool operator==(const Laid&) const = default;
  } laid_out;

  bool open() const { return step != Step::Closed; }
  // A file joins (from the picker or a drop): reading starts, or goes on, with it.
  void add(std::string name, std::string bytes);
  // Reads every file again from the first (a file removed, the document changed meanwhile).
  void restart();
};

void draw_team_import_dialog(App& app, PendingTeamImport& pending);

// Why a file was refused, in the UI's language: whose it is not, or, for a file that cannot be
// read, what Import says of it (app/file_error_text.h).
std::string team_file_refusal_text(const workspace::TeamFileResult& f);
// Why the files, each readable, do not fit together, in the UI's language: in English the core's
// own words (TeamImport::problem()); in Chinese where, then the rule the merge would break.
std::string team_problem_text(const workspace::TeamImport& import);

// What the dialog shows, for the test API (window.fieldbook.teamImport()): {"step": "closed" |
// "reading" | "preview" | "done", "read", "total", "ok", "problem", "files": [{"file", "repName",
// "match", "added", "updated", "older", "deleted", "unchanged", "leftOut", "conflicts", "error"}]}.
std::string team_import_state_json(const PendingTeamImport& pending);

}  // namespace fieldbook::shell
