#pragma once
// The OKR tool's records in JSON (objectives[], keyResults[], checkIns[], kpis[], kpiEntries[],
// funnelPeriods[] in the workspace file): one visit() per type, shared by the writer and the
// reader (common/json_codec.h). The fields the file contract names are required; those the tool
// added beside them may be absent (json::kMayBeAbsent), so a file holding only the contract's
// fields loads. docs/workspace.schema.json describes the same.
#include "common/json_codec.h"
#include "okr/funnel.h"
#include "okr/kpi.h"
#include "okr/objective.h"

namespace fieldbook::json {

template <>
struct EnumNames<okr::ObjectiveKind> {
  static constexpr EnumName<okr::ObjectiveKind> values[] = {{okr::ObjectiveKind::Committed, "committed"},
                                                            {okr::ObjectiveKind::Aspirational, "aspirational"}};
};
template <>
struct EnumNames<okr::KeyResultType> {
  static constexpr EnumName<okr::KeyResultType> values[] = {{okr::KeyResultType::Increase, "increase"},
                                                            {okr::KeyResultType::Decrease, "decrease"},
                                                            {okr::KeyResultType::StayAbove, "stayAbove"},
                                                            {okr::KeyResultType::StayBelow, "stayBelow"},
                                                            {okr::KeyResultType::Milestone, "milestone"}};
};
template <>
struct EnumNames<okr::Unit> {
  static constexpr EnumName<okr::Unit> values[] = {
      {okr::Unit::Count, "count"}, {okr::Unit::Money, "money"}, {okr::Unit::Percent, "percent"}};
};
template <>
struct EnumNames<okr::KpiDirection> {
  static constexpr EnumName<okr::KpiDirection> values[] = {{okr::KpiDirection::AtLeast, "atLeast"},
                                                           {okr::KpiDirection::AtMost, "atMost"}};
};
template <>
struct EnumNames<okr::KpiFrequency> {
  static constexpr EnumName<okr::KpiFrequency> values[] = {{okr::KpiFrequency::Weekly, "weekly"},
                                                           {okr::KpiFrequency::Monthly, "monthly"}};
};
template <>
struct EnumNames<okr::PdcaDecision> {
  static constexpr EnumName<okr::PdcaDecision> values[] = {{okr::PdcaDecision::Undecided, "undecided"},
                                                           {okr::PdcaDecision::RollOut, "rollOut"},
                                                           {okr::PdcaDecision::Reanalyse, "reanalyse"}};
};

}  // namespace fieldbook::json

namespace fieldbook::okr {

template <class V>
void visit(V& v, Objective& o) {
  v("id", o.id);
  v("title", o.title);
  v("ownerId", o.owner_id);
  v("periodStart", o.period_start);
  v("periodEnd", o.period_end);
  v("kind", o.kind);
  v("parentId", o.parent_id);
  v("retrospective", o.retrospective, json::kMayBeAbsent);
  v("carriedFrom", o.carried_from, json::kMayBeAbsent);
  v("updatedAt", o.updated_at, json::kMayBeAbsent);
}

template <class V>
void visit(V& v, KeyResult& k) {
  v("id", k.id);
  v("objectiveId", k.objective_id);
  v("title", k.title);
  v("type", k.type);
  v("start", k.start);
  v("target", k.target);
  v("weight", k.weight);
  v("unit", k.unit);
  v("carriedFrom", k.carried_from, json::kMayBeAbsent);
  v("updatedAt", k.updated_at, json::kMayBeAbsent);
}

template <class V>
void visit(V& v, CheckIn& c) {
  v("id", c.id);
  v("keyResultId", c.key_result_id);
  v("date", c.date);
  v("value", c.value);
  v("confidence", c.confidence);
  v("note", c.note, json::kMayBeAbsent);
  v("updatedAt", c.updated_at, json::kMayBeAbsent);
}

template <class V>
void visit(V& v, Kpi& k) {
  v("id", k.id);
  v("name", k.name);
  v("direction", k.direction);
  v("target", k.target);
  v("frequency", k.frequency);
  v("unit", k.unit, json::kMayBeAbsent);
  v("ownerId", k.owner_id, json::kMayBeAbsent);
  v("updatedAt", k.updated_at, json::kMayBeAbsent);
}

template <class V>
void visit(V& v, KpiEntry& e) {
  v("id", e.id);
  v("kpiId", e.kpi_id);
  v("periodStart", e.period_start);
  v("value", e.value);
  v("updatedAt", e.updated_at, json::kMayBeAbsent);
}

template <class V>
void visit(V& v, FiveWhys& w) {
  v("whys", w.whys);
  v("rootCause", w.root_cause);
  v("countermeasure", w.countermeasure);
}

template <class V>
void visit(V& v, Pdca& p) {
  v("plan", p.plan);
  v("pilot", p.pilot);
  v("conversionBefore", p.conversion_before);
  v("conversionAfter", p.conversion_after);
  v("decision", p.decision);
  v("notes", p.notes);
}

template <class V>
void visit(V& v, FunnelPeriod& f) {
  v("id", f.id);
  v("ownerId", f.owner_id);
  v("periodStart", f.period_start);
  v("periodEnd", f.period_end);
  v("counts", f.counts);
  v("stages", f.stages, json::kMayBeAbsent);
  v("stepTargets", f.step_targets, json::kMayBeAbsent);
  v("fiveWhys", f.five_whys, json::kMayBeAbsent);
  v("pdca", f.pdca, json::kMayBeAbsent);
  v("updatedAt", f.updated_at, json::kMayBeAbsent);
}

}  // namespace fieldbook::okr
