#pragma once
// Objectives as the tree of alignment: a quarter's objective under the year's it serves. The
// file may name a parent that is gone or loop (A under B under A); such an objective is shown at
// the top level rather than lost.
#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "okr/objective.h"

namespace fieldbook::okr {

struct TreeRow {
  std::size_t index;  // into the objectives
  int depth;          // 0 = top level
};

// Every objective once, each parent before its children, siblings in list order.
std::vector<TreeRow> objective_tree(std::span<const Objective> objectives);

// The ids of `id` and everything aligned under it (what deleting it would orphan).
std::vector<std::string> subtree_ids(std::span<const Objective> objectives, const std::string& id);

// Whether aligning `id` under `parent_id` would make a loop (the parent is it or under it).
bool would_loop(std::span<const Objective> objectives, const std::string& id, const std::string& parent_id);

}  // namespace fieldbook::okr
