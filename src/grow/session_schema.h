#pragma once
// The coaching session in JSON (coachingSessions[] in the workspace file): one visit() per type,
// shared by the writer and the reader (common/json_codec.h). The fields the file contract names
// are required; those the tool added beside them may be absent (json::kMayBeAbsent), so a file
// that holds only the contract's fields loads. docs/workspace.schema.json describes the same.
#include "common/json_codec.h"
#include "grow/coaching_session.h"

namespace fieldbook::json {

template <>
struct EnumNames<grow::ActionOwner> {
  static constexpr EnumName<grow::ActionOwner> values[] = {{grow::ActionOwner::Rep, "rep"},
                                                           {grow::ActionOwner::Manager, "manager"}};
};
template <>
struct EnumNames<grow::ActionStatus> {
  static constexpr EnumName<grow::ActionStatus> values[] = {
      {grow::ActionStatus::Open, "open"}, {grow::ActionStatus::Done, "done"}, {grow::ActionStatus::Dropped, "dropped"}};
};
template <>
struct EnumNames<grow::PracticeResult> {
  static constexpr EnumName<grow::PracticeResult> values[] = {{grow::PracticeResult::Handled, "handled"},
                                                              {grow::PracticeResult::Partly, "partly"},
                                                              {grow::PracticeResult::Stuck, "stuck"}};
};

}  // namespace fieldbook::json

namespace fieldbook::grow {

template <class V>
void visit(V& v, Goal& g) {
  v("text", g.text);
  v("measure", g.measure);
  v("dueDate", g.due_date);
}

template <class V>
void visit(V& v, Reality& r) {
  v("text", r.text);
  v("tried", r.tried, json::kMayBeAbsent);
  v("obstacles", r.obstacles, json::kMayBeAbsent);
}

template <class V>
void visit(V& v, Option& o) {
  v("id", o.id);
  v("text", o.text);
  v("pros", o.pros);
  v("cons", o.cons);
  v("chosen", o.chosen);
}

template <class V>
void visit(V& v, Will& w) {
  v("commitment", w.commitment);
  v("support", w.support);
  v("toMakeItEight", w.to_make_it_eight, json::kMayBeAbsent);
}

template <class V>
void visit(V& v, Action& a) {
  v("id", a.id);
  v("text", a.text);
  v("owner", a.owner);
  v("dueDate", a.due_date);
  v("status", a.status);
  v("doneOn", a.done_on);
}

template <class V>
void visit(V& v, PracticeRun& p) {
  v("cardId", p.card_id);
  v("result", p.result);
  v("notes", p.notes);
}

template <class V>
void visit(V& v, CoachingSession& s) {
  v("id", s.id);
  v("repId", s.rep_id);
  v("date", s.date);
  v("topic", s.topic);
  v("customer", s.customer, json::kMayBeAbsent);
  v("roiCaseId", s.roi_case_id, json::kMayBeAbsent);
  v("keyResultId", s.key_result_id, json::kMayBeAbsent);
  v("goal", s.goal);
  v("reality", s.reality);
  v("options", s.options);
  v("will", s.will);
  v("actions", s.actions);
  v("practice", s.practice, json::kMayBeAbsent);
  v("nextSessionOn", s.next_session_on);
  v("ownerId", s.owner_id, json::kMayBeAbsent);
  v("updatedAt", s.updated_at, json::kMayBeAbsent);
}

}  // namespace fieldbook::grow
