#include "views/okr_edit.h"

#include <algorithm>

#include "app/app.h"
#include "okr/carry_over.h"
#include "okr/handbook_example.h"
#include "okr/period.h"
#include "okr/removal.h"
#include "views/okr_state.h"
#include "views/record_edit.h"

namespace fieldbook::shell {

const okr::Objective* find_objective(const workspace::Workspace& w, std::string_view id) {
  return find_by_id(w.objectives, id);
}
const okr::KeyResult* find_key_result(const workspace::Workspace& w, std::string_view id) {
  return find_by_id(w.key_results, id);
}

void add_objective(App& app, const std::string& parent_id) {
  Session& s = app.session();
  okr::Objective o;
  o.id = s.new_id("objective");
  const okr::Period q = okr::quarter_containing(parse_iso_date(s.today_iso()).value_or(Date{}));
  o.period_start = format_iso_date(q.first);
  o.period_end = format_iso_date(q.last);
  o.parent_id = parent_id;
  o.updated_at = s.now_iso();
  s.edit("", [&](workspace::Workspace& w) { w.objectives.push_back(o); });
  OkrViewState& st = app.state<OkrViewState>();
  st.open_objective_id = o.id;
  st.open_key_result_id.clear();
}

void save_objective(App& app, std::string_view coalesce_key, okr::Objective o) {
  save_record(app, coalesce_key, &workspace::Workspace::objectives, std::move(o));
}

void delete_objective(App& app, std::string_view id) {
  const std::string key(id);
  Session& s = app.session();
  const std::string now = s.now_iso();
  s.edit("", [&](workspace::Workspace& w) { okr::remove_objective(w.objectives, w.key_results, w.check_ins, key, now); });
  OkrViewState& st = app.state<OkrViewState>();
  if (st.open_objective_id == key) st.open_objective_id.clear(), st.open_key_result_id.clear();
  st.confirm_delete_objective_id.clear();
}

void add_handbook_example(App& app) {
  Session& s = app.session();
  okr::OkrSet set = okr::with_new_ids(
      okr::handbook_example(app.ui_language(), parse_iso_date(s.today_iso()).value_or(Date{}), s.now_iso()),
      [&](std::string_view kind) { return s.new_id(kind); });
  s.edit("", [&](workspace::Workspace& w) {
    auto append = [](auto& to, auto& from) { to.insert(to.end(), from.begin(), from.end()); };
    append(w.objectives, set.objectives);
    append(w.key_results, set.key_results);
    append(w.check_ins, set.check_ins);
    append(w.kpis, set.kpis);
    append(w.kpi_entries, set.kpi_entries);
    append(w.funnel_periods, set.funnel_periods);
  });
}

void add_key_result(App& app, const std::string& objective_id) {
  Session& s = app.session();
  okr::KeyResult kr;
  kr.id = s.new_id("kr");
  kr.objective_id = objective_id;
  kr.target = 1;
  kr.updated_at = s.now_iso();
  s.edit("", [&](workspace::Workspace& w) { w.key_results.push_back(kr); });
  OkrViewState& st = app.state<OkrViewState>();
  st.open_objective_id = objective_id;
  st.open_key_result_id = kr.id;
}

void save_key_result(App& app, std::string_view coalesce_key, okr::KeyResult kr) {
  save_record(app, coalesce_key, &workspace::Workspace::key_results, std::move(kr));
}

void delete_key_result(App& app, std::string_view id) {
  const std::string key(id);
  app.session().edit("", [&](workspace::Workspace& w) { okr::remove_key_result(w.key_results, w.check_ins, key); });
  OkrViewState& st = app.state<OkrViewState>();
  if (st.open_key_result_id == key) st.open_key_result_id.clear();
  if (st.check_in.key_result_id == key) st.check_in.key_result_id.clear();
  st.confirm_delete_key_result_id.clear();
}

void add_check_in(App& app, okr::CheckIn c) {
  Session& s = app.session();
  c.id = s.new_id("checkin");
  c.updated_at = s.now_iso();
  s.edit("", [&](workspace::Workspace& w) { w.check_ins.push_back(c); });
}

void delete_check_in(App& app, std::string_view id) {
  const std::string key(id);
  app.session().edit("", [&](workspace::Workspace& w) {
    std::erase_if(w.check_ins, [&](const okr::CheckIn& c) { return c.id == key; });
  });
}

void carry_over(App& app, const okr::Objective& o, const okr::KeyResult& kr, double current) {
  Session& s = app.session();
  const okr::CarryOver c = okr::carry_over(o, kr, current, s.doc().objectives, s.now_iso(),
                                           [&](std::string_view kind) { return s.new_id(kind); });
  s.edit("", [&](workspace::Workspace& w) {
    if (c.new_objective) w.objectives.push_back(*c.new_objective);
    w.key_results.push_back(c.key_result);
  });
}

}  // namespace fieldbook::shell
