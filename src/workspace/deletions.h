#pragma once
// Leaving tombstones (tombstone.h) where an edit deleted records, and dropping old ones. The app
// calls these around every edit (shell/app/session.cpp), so each way of deleting — a case, a rep
// with everything of theirs, a check-in — leaves its tombstones without knowing about them.
#include <string>
#include <vector>

#include "common/date.h"
#include "workspace/workspace.h"

namespace fieldbook::workspace {

// The ids of every collection's records, in the collections' order: what an edit started from.
using RecordIds = std::vector<std::vector<std::string>>;
RecordIds record_ids(const Workspace& w);

// A tombstone stamped `now` for each record of `before` that `after` no longer holds. A record
// that is back (an undo restores the whole document, tombstones included; this is for a record
// re-made with its old id) loses its tombstone.
void note_deletions(const RecordIds& before, Workspace& after, const std::string& now);

// Drops tombstones older than kTombstoneDays before `now` (and any whose time cannot be read).
void prune_tombstones(Workspace& w, Timestamp now);

}  // namespace fieldbook::workspace
