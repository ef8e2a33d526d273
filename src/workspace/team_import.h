#pragma once
// The manager's team import: several reps' files ("send to my manager", ownership.h) merged into
// the manager's workspace at once, all or none. Each file is matched to a member of the team by
// its owner id (settings.ownerId); a file from someone not on the team adds them (or links the
// member of the same name who has no file yet). The file's own records become that member's
// (ownerId "" → their id) and are merged as any file is (merge.h), so importing a file twice
// changes nothing and a newer file from the same rep updates their records.
//
// Step by step, one file per step, so the app can draw a progress bar between files.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "common/issue.h"
#include "workspace/merge.h"
#include "workspace/workspace.h"

namespace fieldbook::workspace {

enum class RepMatch {
  Linked,    // a member of the team whose file this was before
  SameName,  // a member of the same name without a file yet: linked to this one
  Added,     // someone new: added to the team
};

// Why a file was refused, so the app can say it in the user's language (`error` is English).
enum class TeamFileRefusal {
  None,
  Unreadable,    // not a workspace file that loads: `error` is the path-precise reason
  NoOwner,       // saved before Fieldbook knew owners (schema < 6)
  OwnWorkspace,  // the manager's own workspace (Import → Merge is for that)
};

struct TeamFileResult {
  std::string file_name;
  std::string error;      // why the file was refused ("" = read); one refused file stops the import
  TeamFileRefusal refusal = TeamFileRefusal::None;
  // Unreadable: load_workspace()'s error as it was thrown (a FileError, a JsonError or a value's
  // Error), so the app says it as it says a refused workspace import (`error` is its what()).
  std::shared_ptr<const Error> cause;
  std::string rep_id;     // the member of the team its records go to
  std::string rep_name;
  RepMatch match = RepMatch::Linked;
  std::string last_changed;  // the file's newest record time
  MergeReport report;        // what the file brings, on top of the files before it
  int left_out = 0;          // records in the file that are not its owner's (their team, their coaching)
};

class TeamImport {
 public:
  // `local` is the manager's workspace; `now` stamps a member added or linked.
  TeamImport(const Workspace& local, std::string now);

  // Reads one file and merges it in. Afterwards files().back() says what it brought or why not.
  void add(std::string file_name, std::string_view json);

  const std::vector<TeamFileResult>& files() const { return files_; }
  // Every file read and the result valid: the import may be committed.
  bool ok() const;
  // Why the files, each fine, do not fit together; "" when they do. (Validates once.)
  const std::string& problem() const;
  // The same as the first rule the merged workspace breaks, with its path (when problem() is not "").
  const Issue& problem_issue() const;
  // The manager's workspace with every file in (meaningful when ok()).
  const Workspace& merged() const { return merged_; }

 private:
  Workspace merged_;
  std::string now_;
  std::vector<TeamFileResult> files_;
  mutable std::string problem_;
  mutable Issue problem_issue_;
  mutable bool checked_ = true;
};

// The file's records as the manager's workspace holds them: its owner's records owned by
// `rep_id`, the rest left out and counted. Exposed for the tests and the CLI.
Workspace attribute(const Workspace& file, const std::string& rep_id, const Workspace& into, int& left_out);

}  // namespace fieldbook::workspace

namespace fieldbook::workspace {

// What `fieldbook team merge` prints: per input file, whose it is and what it brought —
// {"inputs": [{"file", "repId", "repName", "match": "linked"|"sameName"|"added", "added",
// "updated", "older", "deleted", "unchanged", "leftOut", "conflicts"}]} (conflicts: how many).
std::string team_import_json(const TeamImport& import);

const char* match_code(RepMatch match);

}  // namespace fieldbook::workspace
