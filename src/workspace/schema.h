#pragma once
// The workspace file's fields: the document's own and one per collection (collections.h), each
// record type's visit() beside its type (roi/case_schema.h, rfm/analysis_schema.h, below).
// Shared by the writer and the reader (common/json_codec.h). Keys are camelCase; this file and
// docs/workspace.schema.json describe the same format and change together.
#include "common/json_codec.h"
#include "grow/session_schema.h"
#include "okr/okr_schema.h"
#include "rfm/analysis_schema.h"
#include "roi/case_schema.h"
#include "team/team_schema.h"
#include "workspace/collections.h"
#include "workspace/workspace.h"

namespace fieldbook::json {

template <>
struct EnumNames<workspace::LanguagePreference> {
  static constexpr EnumName<workspace::LanguagePreference> values[] = {{workspace::LanguagePreference::Auto, "auto"},
                                                                        {workspace::LanguagePreference::En, "en"},
                                                                        {workspace::LanguagePreference::Zh, "zh"}};
};
}  // namespace fieldbook::json

namespace fieldbook::workspace {

template <class V>
void visit(V& v, Settings& s) {
  v("language", s.language);
  v("currency", s.currency);
  v("userName", s.user_name);
  v("ownerId", s.owner_id, json::kMayBeAbsent);
  v("updatedAt", s.updated_at);
}

template <class V>
void visit(V& v, Tombstone& t) {
  v("collection", t.collection);
  v("id", t.id);
  v("deletedAt", t.deleted_at);
}

template <class V>
void visit(V& v, Workspace& w) {
  v("schemaVersion", w.schema_version);
  v("sample", w.sample);
  v("exportedBy", w.exported_by);
  v("settings", w.settings);
  for_each_collection([&](const auto& c) { v(c.key, w.*c.member); });
  v("deleted", w.deleted, json::kMayBeAbsent);
}

}  // namespace fieldbook::workspace
