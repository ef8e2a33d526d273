#include "views/okr_kpi_edit.h"

#include <algorithm>

#include "app/app.h"
#include "okr/handbook_example.h"
#include "okr/kpi_stats.h"
#include "views/okr_state.h"

namespace fieldbook::shell {

const okr::Kpi* find_kpi(const workspace::Workspace& w, std::string_view id) {
  for (const okr::Kpi& k : w.kpis)
    if (k.id == id) return &k;
  return nullptr;
}

namespace {

void add_and_open(App& app, okr::Kpi k) {
  Session& s = app.session();
  k.id = s.new_id("kpi");
  k.updated_at = s.now_iso();
  s.edit("", [&](workspace::Workspace& w) { w.kpis.push_back(k); });
  OkrViewState& st = app.state<OkrViewState>();
  st.open_kpi_id = k.id;
  st.confirm_delete_kpi_id.clear();
}

}  // namespace

void add_kpi(App& app) { add_and_open(app, okr::Kpi{}); }

void add_handbook_kpi(App& app, std::size_t index) {
  Session& s = app.session();
  const okr::OkrSet example =
      okr::handbook_example(app.ui_language(), parse_iso_date(s.today_iso()).value_or(Date{}), s.now_iso());
  if (index >= example.kpis.size()) return;
  add_and_open(app, example.kpis[index]);
}

void save_kpi(App& app, std::string_view coalesce_key, okr::Kpi k) {
  k.updated_at = app.session().now_iso();
  app.session().edit(coalesce_key, [&](workspace::Workspace& w) {
    for (okr::Kpi& target : w.kpis)
      if (target.id == k.id) target = k;
  });
}

void delete_kpi(App& app, std::string_view id) {
  const std::string key(id);
  app.session().edit("", [&](workspace::Workspace& w) {
    std::erase_if(w.kpi_entries, [&](const okr::KpiEntry& e) { return e.kpi_id == key; });
    std::erase_if(w.kpis, [&](const okr::Kpi& k) { return k.id == key; });
  });
  OkrViewState& st = app.state<OkrViewState>();
  if (st.open_kpi_id == key) st.open_kpi_id.clear();
  st.confirm_delete_kpi_id.clear();
  st.kpi_quick.erase(key);
}

std::string set_kpi_entry(App& app, const okr::Kpi& k, const std::string& day, double value,
                          std::string_view coalesce_key) {
  Session& s = app.session();
  const std::string start = okr::kpi_period_start(k.frequency, day);
  const std::string now = s.now_iso();
  const okr::KpiEntry* counted = nullptr;  // the period's entry, if it has one
  for (const okr::KpiEntry& e : s.doc().kpi_entries)
    if (e.kpi_id == k.id && e.period_start == start && (!counted || okr::supersedes(e, *counted))) counted = &e;
  if (counted && counted->value == value) return counted->id;
  std::string id = counted ? counted->id : std::string();
  if (id.empty()) {
    okr::KpiEntry e;
    e.id = okr::kpi_entry_id(k.id, start);
    e.kpi_id = k.id;
    e.period_start = start;
    e.value = value;
    e.updated_at = now;
    id = e.id;
    s.edit("", [&](workspace::Workspace& w) { w.kpi_entries.push_back(e); });
    return id;
  }
  s.edit(coalesce_key, [&](workspace::Workspace& w) {
    for (okr::KpiEntry& e : w.kpi_entries)
      if (e.id == id) {
        e.value = value;
        e.updated_at = now;
      }
  });
  return id;
}

void set_kpi_entry_value(App& app, std::string_view id, double value, std::string_view coalesce_key) {
  const std::string key(id);
  const std::string now = app.session().now_iso();
  app.session().edit(coalesce_key, [&](workspace::Workspace& w) {
    for (okr::KpiEntry& e : w.kpi_entries)
      if (e.id == key) {
        e.value = value;
        e.updated_at = now;
      }
  });
}

void delete_kpi_entry(App& app, std::string_view id) {
  const auto& entries = app.session().doc().kpi_entries;
  const auto entry = std::find_if(entries.begin(), entries.end(), [&](const okr::KpiEntry& e) { return e.id == id; });
  if (entry == entries.end()) return;
  // With any older entry of the same period (okr::counted_entries): it would count again.
  const std::string kpi_id = entry->kpi_id, start = entry->period_start;
  app.session().edit("", [&](workspace::Workspace& w) {
    std::erase_if(w.kpi_entries, [&](const okr::KpiEntry& e) { return e.kpi_id == kpi_id && e.period_start == start; });
  });
}

}  // namespace fieldbook::shell
