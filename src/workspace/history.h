#pragma once
// Undo and redo: each edit is a command applied to the document; the history keeps the document
// as it was before each command (bounded in steps; large tool data is shared between snapshots,
// not copied). Edits with the same coalesce key in quick succession (typing into one field)
// become one step.
#include <cstdint>
#include <deque>
#include <string>

#include "workspace/workspace.h"

namespace fieldbook::workspace {

class History {
 public:
  explicit History(std::size_t max_steps = 200) : max_steps_(max_steps) {}

  // Call before applying an edit to `current`. Edits with the same non-empty coalesce_key less
  // than coalesce_ms after the previous one join its step.
  void record(const Workspace& current, const std::string& coalesce_key, std::int64_t now_ms,
              std::int64_t coalesce_ms = 1000);

  bool can_undo() const { return !undo_.empty(); }
  bool can_redo() const { return !redo_.empty(); }
  // Swap `current` with the state before the last edit (or after the last undo).
  bool undo(Workspace& current);
  bool redo(Workspace& current);
  void clear();

  std::size_t undo_steps() const { return undo_.size(); }

 private:
  std::size_t max_steps_;
  std::deque<Workspace> undo_;
  std::deque<Workspace> redo_;
  std::string last_key_;
  std::int64_t last_ms_ = INT64_MIN / 2;
};

}  // namespace fieldbook::workspace
