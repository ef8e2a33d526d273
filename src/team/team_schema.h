#pragma once
// The team in JSON (team[] in the workspace file): shared by the writer and the reader
// (common/json_codec.h); docs/workspace.schema.json describes the same.
#include "common/json_codec.h"
#include "team/team.h"

namespace fieldbook::json {

template <>
struct EnumNames<team::RepStage> {
  static constexpr EnumName<team::RepStage> values[] = {
      {team::RepStage::New, "new"}, {team::RepStage::Growing, "growing"}, {team::RepStage::Mature, "mature"}};
};
template <>
struct EnumNames<team::Disc> {
  static constexpr EnumName<team::Disc> values[] = {
      {team::Disc::D, "D"}, {team::Disc::I, "I"}, {team::Disc::S, "S"}, {team::Disc::C, "C"}};
};

}  // namespace fieldbook::json

namespace fieldbook::team {

template <class V>
void visit(V& v, Rep& r) {
  v("id", r.id);
  v("name", r.name);
  v("stage", r.stage);
  v("startedOn", r.started_on);
  v("disc", r.disc);
  v("notes", r.notes, json::kMayBeAbsent);
  v("ownerId", r.owner_id, json::kMayBeAbsent);
  // Optional since schema 4: the GROW contract's shortest team member is id, name, stage, start.
  v("updatedAt", r.updated_at, json::kMayBeAbsent);
}

}  // namespace fieldbook::team
