#include "workspace/history.h"

namespace fieldbook::workspace {

void History::record(const Workspace& current, const std::string& coalesce_key, std::int64_t now_ms,
                     std::int64_t coalesce_ms) {
  const bool coalesce = !coalesce_key.empty() && coalesce_key == last_key_ && now_ms - last_ms_ < coalesce_ms && !undo_.empty();
  last_key_ = coalesce_key;
  last_ms_ = now_ms;
  redo_.clear();
  if (coalesce) return;
  undo_.push_back(current);
  while (undo_.size() > max_steps_) undo_.pop_front();
}

bool History::undo(Workspace& current) {
  if (undo_.empty()) return false;
  redo_.push_back(std::move(current));
  current = std::move(undo_.back());
  undo_.pop_back();
  last_key_.clear();
  return true;
}

bool History::redo(Workspace& current) {
  if (redo_.empty()) return false;
  undo_.push_back(std::move(current));
  current = std::move(redo_.back());
  redo_.pop_back();
  last_key_.clear();
  return true;
}

void History::clear() {
  undo_.clear();
  redo_.clear();
  last_key_.clear();
}

}  // namespace fieldbook::workspace
