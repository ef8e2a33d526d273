#pragma once
// What every tool's edits share: saving a changed copy of a record in place of the one with its
// id — stamped with updatedAt, one undoable edit, and edits with the same key in quick succession
// (typing) one undo step.
#include <string_view>
#include <utility>
#include <vector>

#include "app/app.h"
#include "common/find_by_id.h"
#include "workspace/workspace.h"

namespace fieldbook::shell {

template <class R>
void save_record(App& app, std::string_view coalesce_key, std::vector<R> workspace::Workspace::*list, R record) {
  record.updated_at = app.session().now_iso();
  app.session().edit(coalesce_key, [&](workspace::Workspace& w) {
    if (R* target = find_by_id(w.*list, record.id)) *target = std::move(record);
  });
}

}  // namespace fieldbook::shell
