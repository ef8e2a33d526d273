#include "views/roi_edit.h"

#include <algorithm>

#include "app/app.h"
#include "views/record_edit.h"
#include "views/roi_state.h"

namespace fieldbook::shell {

namespace {

template <class Lines>
void stamp_line(Lines& lines, const std::string& id, const std::string& now) {
  for (auto& l : lines)
    if (l.id == id) l.updated_at = now;
}

}  // namespace

const roi::Case* find_case(const workspace::Workspace& w, std::string_view id) { return find_by_id(w.roi_cases, id); }

void save_case(App& app, std::string_view coalesce_key, roi::Case c) {
  save_record(app, coalesce_key, &workspace::Workspace::roi_cases, std::move(c));
}

void create_case_from_template(App& app, const roi::Template& t) {
  Session& s = app.session();
  roi::Case c = roi::from_template(t, app.ui_language(), s.new_id("roi"), s.now_iso());
  c.currency = s.doc().settings.currency.empty() ? c.currency : s.doc().settings.currency;
  s.edit("", [&](workspace::Workspace& w) { w.roi_cases.push_back(c); });
  app.state<RoiViewState>().open_case_id = c.id;
  app.state<RoiViewState>().show_results = false;
}

void duplicate_case(App& app, const roi::Case& c) {
  Session& s = app.session();
  roi::Case copy = roi::duplicate(c, s.new_id("roi"), s.now_iso());
  copy.name += tr(S::RoiCopySuffix);
  s.edit("", [&](workspace::Workspace& w) {
    const auto at = std::find_if(w.roi_cases.begin(), w.roi_cases.end(), [&](const roi::Case& x) { return x.id == c.id; });
    w.roi_cases.insert(at == w.roi_cases.end() ? at : at + 1, copy);
  });
  app.state<RoiViewState>().open_case_id = copy.id;
}

void delete_case(App& app, std::string_view id) {
  const std::string key(id);
  app.session().edit("", [&](workspace::Workspace& w) {
    std::erase_if(w.roi_cases, [&](const roi::Case& c) { return c.id == key; });
  });
  RoiViewState& st = app.state<RoiViewState>();
  if (st.open_case_id == key) st.open_case_id.clear();
  st.confirm_delete_id.clear();
}

void enter_meeting(App& app, const roi::Case& c) {
  RoiViewState& st = app.state<RoiViewState>();
  st.meeting_case_id = c.id;
  st.meeting_scenario = roi::Scenario::expected;
  st.meeting_ranges.clear();
  for (const roi::Driver& d : roi::live_drivers(c)) st.meeting_ranges[d.key] = roi::driver_range(d);
  app.platform().request_fullscreen(true);
}

void exit_meeting(App& app) {
  app.state<RoiViewState>().meeting_case_id.clear();
  app.platform().request_fullscreen(false);
}

void set_meeting_driver(App& app, const roi::Case& c, const roi::Driver& d, double value) {
  const std::string now = app.session().now_iso();
  const std::string key = "roi." + c.id + "." + d.key;
  app.session().edit(key, [&](workspace::Workspace& w) {
    roi::Case* target = find_by_id(w.roi_cases, c.id);
    if (!target || !roi::set_driver_value(*target, d.key, value)) return;
    target->updated_at = now;
    stamp_line(target->benefits, d.line_id, now);
    stamp_line(target->one_time_costs, d.line_id, now);
    stamp_line(target->recurring_costs, d.line_id, now);
  });
}

}  // namespace fieldbook::shell
