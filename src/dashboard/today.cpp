#include "dashboard/today.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_set>

#include "grow/follow_up.h"
#include "okr/funnel_board.h"
#include "okr/kpi_stats.h"
#include "okr/period.h"
#include "okr/progress.h"

namespace fieldbook::dashboard {

namespace {

// An item and how urgent it is within its kind (larger first).
struct Ranked {
  TodayItem item;
  double severity = 0;
};

void add_actions(const workspace::Workspace& w, Date day, std::vector<Ranked>& out) {
  const grow::FollowUp f = grow::follow_up(w.coaching_sessions, day);
  auto add = [&](const grow::ActionItem& a, TodayKind kind) {
    TodayItem item;
    item.kind = kind;
    item.record_id = a.session->id;
    item.item_id = a.action->id;
    item.owner_id = a.action->owner == grow::ActionOwner::Rep ? a.session->rep_id : a.session->owner_id;
    item.date = a.action->due_date;
    item.days_overdue = a.days_overdue;
    out.push_back({std::move(item), 0});  // follow_up()'s order stands
  };
  for (const grow::ActionItem& a : f.overdue) add(a, TodayKind::OverdueAction);
  for (const grow::ActionItem& a : f.this_week) add(a, TodayKind::ActionDueThisWeek);
}

void add_key_results(const workspace::Workspace& w, Date day, std::vector<Ranked>& out) {
  const okr::CheckInIndex check_ins(w.check_ins);
  for (const okr::Objective& o : w.objectives) {
    const auto period = okr::parse_period(o.period_start, o.period_end);
    if (!period || day < period->first || period->last < day) continue;
    for (const okr::KeyResultState& kr : okr::objective_state(o, w.key_results, check_ins, day).key_results) {
      if (kr.status != okr::Status::OffTrack && kr.status != okr::Status::AtRisk) continue;
      TodayItem item;
      item.kind = kr.status == okr::Status::OffTrack ? TodayKind::KeyResultOffTrack : TodayKind::KeyResultAtRisk;
      item.record_id = o.id;
      item.item_id = kr.key_result->id;
      item.owner_id = o.owner_id;
      item.date = o.period_end;
      item.progress = kr.progress;
      item.expected = kr.expected;
      out.push_back({std::move(item), kr.expected - kr.progress});
    }
  }
}

// The KPI's entry for the period that starts on `start`; of two, the one that counts.
const okr::KpiEntry* entry_for(const workspace::Workspace& w, const okr::Kpi& k, const std::string& start) {
  const okr::KpiEntry* found = nullptr;
  for (const okr::KpiEntry& e : w.kpi_entries)
    if (e.kpi_id == k.id && e.period_start == start && (!found || okr::supersedes(e, *found))) found = &e;
  return found;
}

void add_kpis(const workspace::Workspace& w, Date day, std::vector<Ranked>& out) {
  for (const okr::Kpi& k : w.kpis) {
    const std::string current = okr::kpi_period_start(k.frequency, format_iso_date(day));
    const okr::KpiEntry* e = entry_for(w, k, current);
    if (!e) {
      const std::string previous =
          okr::kpi_period_start(k.frequency, format_iso_date(add_days(*parse_iso_date(current), -1)));
      e = entry_for(w, k, previous);
    }
    if (!e || okr::meets(k, e->value)) continue;
    TodayItem item;
    item.kind = TodayKind::KpiBelowTarget;
    item.record_id = k.id;
    item.item_id = e->id;
    item.owner_id = k.owner_id;
    item.date = e->period_start;
    item.progress = e->value;
    item.expected = k.target;
    // How far it misses, as a share of the target (the miss itself with a target of 0).
    const double miss = std::abs(e->value - k.target);
    out.push_back({std::move(item), k.target != 0 ? miss / std::abs(k.target) : miss});
  }
}

void add_bottlenecks(const workspace::Workspace& w, Date day, std::vector<Ranked>& out) {
  std::unordered_set<std::string> seen;
  for (const okr::FunnelPeriod& any : w.funnel_periods) {
    if (!seen.insert(any.owner_id).second) continue;
    const okr::FunnelPeriod* latest = nullptr;
    for (const okr::FunnelPeriod* f : okr::funnel_periods_of(w.funnel_periods, any.owner_id)) {
      const auto start = parse_iso_date(f->period_start);
      if (start && *start <= day) latest = f;
    }
    if (!latest) continue;
    const okr::FunnelState state = okr::funnel_state(*latest, w.funnel_periods);
    if (!state.bottleneck) continue;
    const okr::StepState& step = state.steps[*state.bottleneck];
    TodayItem item;
    item.kind = TodayKind::FunnelBottleneck;
    item.record_id = latest->id;
    item.owner_id = latest->owner_id;
    item.date = latest->period_start;
    item.step = state.bottleneck;
    item.conversion = step.conversion;
    // A step that misses its target outranks one without a target; then the lower conversion.
    const double severity =
        step.shortfall && *step.shortfall > 0 ? 1 + *step.shortfall : -step.conversion.value_or(0);
    out.push_back({std::move(item), severity});
  }
}

void add_recent_cases(const workspace::Workspace& w, std::vector<Ranked>& out) {
  std::vector<Ranked> cases;
  for (const roi::Case& c : w.roi_cases) {
    const auto at = parse_iso_timestamp(c.updated_at);
    TodayItem item;
    item.kind = TodayKind::RecentRoiCase;
    item.record_id = c.id;
    item.owner_id = c.owner_id;
    item.date = c.updated_at;
    cases.push_back({std::move(item), at ? double(at->ms) : -std::numeric_limits<double>::infinity()});
  }
  std::stable_sort(cases.begin(), cases.end(), [](const Ranked& a, const Ranked& b) { return b.severity < a.severity; });
  if (cases.size() > kRecentCases) cases.resize(kRecentCases);
  for (Ranked& c : cases) out.push_back(std::move(c));
}

}  // namespace

std::vector<TodayItem> today(const workspace::Workspace& w, Date day) {
  std::vector<Ranked> all;
  add_actions(w, day, all);
  add_key_results(w, day, all);
  add_kpis(w, day, all);
  add_bottlenecks(w, day, all);
  add_recent_cases(w, all);
  std::stable_sort(all.begin(), all.end(), [](const Ranked& a, const Ranked& b) {
    if (a.item.kind != b.item.kind) return a.item.kind < b.item.kind;
    return b.severity < a.severity;
  });
  std::vector<TodayItem> out;
  out.reserve(all.size());
  for (Ranked& r : all) out.push_back(std::move(r.item));
  return out;
}

}  // namespace fieldbook::dashboard
