#pragma once
// The open workspace: the document, its undo history, how it reaches storage, and import/export.
// Every change to the document goes through edit(), so it is undoable, stamped and saved.
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "platform/platform.h"
#include "workspace/history.h"
#include "workspace/merge.h"
#include "workspace/snapshot_writer.h"
#include "workspace/team_import.h"
#include "workspace/workspace.h"

namespace fieldbook::shell {

// What the storage layer last reported (web/static/js/storage.js).
enum class SaveState {
  Saved,       // every edit is in storage
  Pending,     // edits not yet written (autosave within a second)
  Failed,      // the last write failed: save_message says why; edits are kept in memory
  MemoryOnly,  // no storage (private mode): work continues in memory, export still works
  Stale,       // another tab saved a newer workspace; this tab no longer writes
};

enum class ImportMode { Replace, Merge };

struct ImportPreview {
  bool ok = false;
  // Why it is refused, in the UI's language (app/file_error_text.h): the kind of file, or where
  // it is broken ("文件中 roiCases[2].years 处的数据不符合要求（must be between 1 and 10）。").
  std::string error;
  workspace::Contents contents;
};

struct ImportOutcome {
  bool ok = false;
  std::string error;
  workspace::MergeReport report;  // for merges
};

class Session {
 public:
  explicit Session(Platform& platform);

  // Opening at start-up. Storage offers its snapshots newest first: try_open() takes one that
  // loads (returns "") or refuses it with the reason, in the UI's words, and changes nothing, so
  // storage can fall back to an older backup. A first visit opens the sample workspace.
  std::string try_open(std::string_view stored_json);
  void open_sample(std::string_view language);

  // A message for the user about what happened at start-up (a backup was used, ...).
  void set_notice(std::string notice) { notice_ = std::move(notice); }
  const std::string& notice() const { return notice_; }
  void dismiss_notice() { notice_.clear(); }

  const workspace::Workspace& doc() const { return doc_; }

  // One edit. `coalesce_key` joins rapid edits of one field into one undo step.
  void edit(std::string_view coalesce_key, const std::function<void(workspace::Workspace&)>& command);
  bool can_undo() const { return history_.can_undo(); }
  bool can_redo() const { return history_.can_redo(); }
  bool undo();
  bool redo();

  // Storage: the compact snapshot it writes, and what it reports back.
  // Empty when the document cannot be written (a value no file can hold): the save state then
  // says why, and storage keeps the last good snapshot rather than writing a broken one.
  std::string storage_snapshot();
  std::uint64_t revision() const { return revision_; }  // counts edits (and undo/redo)
  // Changes whenever the document may have: every edit, undo and redo, and every document opened
  // (which is no edit: nothing to save). For a view that keeps what it computed from the document
  // between frames (the team dashboard's rows).
  std::uint64_t doc_version() const { return revision_ + opened_; }

  // The same snapshot written in slices, so that no step holds the page (a first save after a
  // 100,000-customer import): begin_snapshot() takes the document as it is now, each
  // step_snapshot() works until the budget is spent, snapshot_chunk() then hands the text out.
  // Failed: the document cannot be written, and the save state says why (as above).
  enum class SnapshotStatus { Working, Done, Failed };
  void begin_snapshot();
  SnapshotStatus step_snapshot(workspace::StepBudget budget);
  std::string_view snapshot_chunk(std::size_t max_bytes);  // empty at the end
  const workspace::SnapshotWriter* snapshot_writer() const { return snapshot_.get(); }

  void set_save_state(SaveState state, std::string message);
  SaveState save_state() const { return save_state_; }
  const std::string& save_message() const { return save_message_; }

  // Export: the file people keep (indented, stamped with who and when).
  // Empty when the document cannot be written; export_error() says why.
  std::string export_json();
  // The same, for a file that leaves this device: empty, with export_error() naming the value,
  // while a value typed out of range is held (a file no device would open).
  std::string export_file_json();
  const std::string& export_error() const { return export_error_; }
  std::string export_file_name() const;  // fieldbook-YYYY-MM-DD.json
  // "Send to my manager": only this user's own records (workspace/ownership.h), and its file name
  // with the user's name in it.
  std::string export_own_json();
  std::string own_file_name() const;
  ImportPreview preview_import(std::string_view json) const;
  ImportOutcome import_json(std::string_view json, ImportMode mode);
  // The manager's team import (workspace/team_import.h), all files at once: the document becomes
  // import.merged() in one undoable edit. False (nothing changed) unless import.ok().
  bool commit_team_import(const workspace::TeamImport& import);

  void clear_sample();

  std::string now_iso() const;
  // Today on this device (its local time zone), "YYYY-MM-DD": the day a due date is compared with.
  std::string today_iso() const;
  std::string new_id(std::string_view kind);  // "roi-…", unique across devices in practice

 private:
  void changed();
  void ensure_owner();
  // An edit that makes the document anew (an import that replaces it): undoable, no tombstones.
  void replace(const std::function<void(workspace::Workspace&)>& command);

  Platform& platform_;
  workspace::Workspace doc_;
  workspace::History history_;
  std::uint64_t revision_ = 0;
  std::uint64_t opened_ = 0;  // documents opened (stored, sample): doc_version()
  std::unique_ptr<workspace::SnapshotWriter> snapshot_;
  std::uint64_t id_counter_ = 0;
  SaveState save_state_ = SaveState::Saved;
  std::string save_message_;
  std::string notice_;
  std::string export_error_;
};

}  // namespace fieldbook::shell
