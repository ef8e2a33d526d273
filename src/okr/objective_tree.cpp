#include "okr/objective_tree.h"

#include <map>

namespace fieldbook::okr {
namespace {

// True when following parents from `start` reaches a known top (no parent, or a parent not in
// the list) without coming back round.
bool reaches_top(std::span<const Objective> objectives, const std::map<std::string, std::size_t>& by_id,
                 std::size_t start) {
  std::size_t at = start;
  for (std::size_t steps = 0; steps <= objectives.size(); ++steps) {
    const auto it = by_id.find(objectives[at].parent_id);
    if (objectives[at].parent_id.empty() || it == by_id.end()) return true;
    at = it->second;
  }
  return false;
}

}  // namespace

std::vector<TreeRow> objective_tree(std::span<const Objective> objectives) {
  std::map<std::string, std::size_t> by_id;
  for (std::size_t i = 0; i < objectives.size(); ++i) by_id.emplace(objectives[i].id, i);
  // An objective hangs under its parent when the parent exists, is not itself, and the chain
  // ends at a top; otherwise it is a top.
  std::vector<std::vector<std::size_t>> children(objectives.size());
  std::vector<std::size_t> tops;
  for (std::size_t i = 0; i < objectives.size(); ++i) {
    const auto it = by_id.find(objectives[i].parent_id);
    if (it != by_id.end() && it->second != i && reaches_top(objectives, by_id, i))
      children[it->second].push_back(i);
    else
      tops.push_back(i);
  }
  std::vector<TreeRow> out;
  out.reserve(objectives.size());
  auto walk = [&](auto&& self, std::size_t i, int depth) -> void {
    out.push_back({i, depth});
    for (std::size_t c : children[i]) self(self, c, depth + 1);
  };
  for (std::size_t t : tops) walk(walk, t, 0);
  return out;
}

std::vector<std::string> subtree_ids(std::span<const Objective> objectives, const std::string& id) {
  std::vector<std::string> out;
  const auto rows = objective_tree(objectives);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    if (objectives[rows[r].index].id != id) continue;
    out.push_back(id);
    for (std::size_t k = r + 1; k < rows.size() && rows[k].depth > rows[r].depth; ++k)
      out.push_back(objectives[rows[k].index].id);
    break;
  }
  return out;
}

bool would_loop(std::span<const Objective> objectives, const std::string& id, const std::string& parent_id) {
  if (parent_id.empty()) return false;
  for (const std::string& under : subtree_ids(objectives, id))
    if (under == parent_id) return true;
  return false;
}

}  // namespace fieldbook::okr
