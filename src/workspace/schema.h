#pragma once
// The workspace file's fields: the document's own and one per collection (collections.h), each
// record type's visit() beside its type (roi/case_schema.h, rfm/analysis_schema.h, below).
// Shared by the writer and the reader (common/json_codec.h). Keys are camelCase; this file and
// docs/workspace.schema.json describe the same format and change together.
#include "common/json_codec.h"
#include "grow/session_schema.h"
#include "rfm/analysis_schema.h"
#include "roi/case_schema.h"
#include "workspace/collections.h"
#include "workspace/workspace.h"

namespace fieldbook::json {

template <>
struct EnumNames<workspace::LanguagePreference> {
  static constexpr EnumName<workspace::LanguagePreference> values[] = {{workspace::LanguagePreference::Auto, "auto"},
                                                                        {workspace::LanguagePreference::En, "en"},
                                                                        {workspace::LanguagePreference::Zh, "zh"}};
};
template <>
struct EnumNames<workspace::RepStage> {
  static constexpr EnumName<workspace::RepStage> values[] = {
      {workspace::RepStage::New, "new"}, {workspace::RepStage::Growing, "growing"}, {workspace::RepStage::Mature, "mature"}};
};
template <>
struct EnumNames<workspace::Disc> {
  static constexpr EnumName<workspace::Disc> values[] = {
      {workspace::Disc::D, "D"}, {workspace::Disc::I, "I"}, {workspace::Disc::S, "S"}, {workspace::Disc::C, "C"}};
};

}  // namespace fieldbook::json

namespace fieldbook::workspace {

template <class V>
void visit(V& v, Settings& s) {
  v("language", s.language);
  v("currency", s.currency);
  v("userName", s.user_name);
  v("updatedAt", s.updated_at);
}

template <class V>
void visit(V& v, Rep& r) {
  v("id", r.id);
  v("name", r.name);
  v("stage", r.stage);
  v("startedOn", r.started_on);
  v("disc", r.disc);
  v("notes", r.notes, json::kMayBeAbsent);
  // Optional since schema 4: the GROW contract's shortest team member is id, name, stage, start.
  v("updatedAt", r.updated_at, json::kMayBeAbsent);
}

template <class V>
void visit(V& v, Workspace& w) {
  v("schemaVersion", w.schema_version);
  v("sample", w.sample);
  v("exportedBy", w.exported_by);
  v("settings", w.settings);
  for_each_collection([&](const auto& c) { v(c.key, w.*c.member); });
}

}  // namespace fieldbook::workspace
