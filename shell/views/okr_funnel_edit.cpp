#include "views/okr_funnel_edit.h"

#include <algorithm>

#include "app/app.h"
#include "okr/funnel_board.h"
#include "okr/period.h"
#include "views/okr_state.h"

namespace fieldbook::shell {

const okr::FunnelPeriod* find_funnel_period(const workspace::Workspace& w, std::string_view id) {
  for (const okr::FunnelPeriod& f : w.funnel_periods)
    if (f.id == id) return &f;
  return nullptr;
}

namespace {

// The week or month that starts on or after `day`.
okr::Period span_from(FunnelSpan span, Date day) {
  const okr::Period p = span == FunnelSpan::Week ? okr::week_containing(day) : okr::month_containing(day);
  if (p.first >= day) return p;
  return span == FunnelSpan::Week ? okr::week_containing(add_days(p.last, 1)) : okr::month_containing(add_days(p.last, 1));
}

}  // namespace

std::string add_funnel_period(App& app, const std::string& owner_id, FunnelSpan span) {
  Session& s = app.session();
  const Date today = parse_iso_date(s.today_iso()).value_or(Date{});
  const auto mine = okr::funnel_periods_of(s.doc().funnel_periods, owner_id);
  okr::FunnelPeriod f;
  f.id = s.new_id("funnel");
  f.owner_id = owner_id;
  okr::Period p = span == FunnelSpan::Week ? okr::week_containing(today) : okr::month_containing(today);
  f.counts.assign(okr::kHandbookStages, 0.0);
  if (!mine.empty()) {
    const okr::FunnelPeriod& latest = *mine.back();
    if (const auto last = parse_iso_date(latest.period_end)) p = span_from(span, add_days(*last, 1));
    f.counts.assign(std::max<std::size_t>(latest.counts.size(), 2), 0.0);
    f.stages = latest.stages;
    f.step_targets = latest.step_targets;
  }
  f.period_start = format_iso_date(p.first);
  f.period_end = format_iso_date(p.last);
  f.updated_at = s.now_iso();
  s.edit("", [&](workspace::Workspace& w) { w.funnel_periods.push_back(f); });
  OkrViewState& st = app.state<OkrViewState>();
  st.funnel_owner_id = owner_id;
  st.open_funnel_id = f.id;
  st.confirm_delete_funnel_id.clear();
  return f.id;
}

void save_funnel_period(App& app, std::string_view coalesce_key, okr::FunnelPeriod f) {
  f.updated_at = app.session().now_iso();
  app.session().edit(coalesce_key, [&](workspace::Workspace& w) {
    for (okr::FunnelPeriod& target : w.funnel_periods)
      if (target.id == f.id) target = f;
  });
}

void delete_funnel_period(App& app, std::string_view id) {
  const std::string key(id);
  app.session().edit("", [&](workspace::Workspace& w) {
    std::erase_if(w.funnel_periods, [&](const okr::FunnelPeriod& f) { return f.id == key; });
  });
  OkrViewState& st = app.state<OkrViewState>();
  if (st.open_funnel_id == key) st.open_funnel_id.clear();
  st.confirm_delete_funnel_id.clear();
}

}  // namespace fieldbook::shell
