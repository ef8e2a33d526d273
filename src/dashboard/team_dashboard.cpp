#include "dashboard/team_dashboard.h"

#include <algorithm>
#include <span>
#include <unordered_map>

#include "dashboard/progress_board.h"
#include "grow/follow_up.h"
#include "grow/team_summary.h"
#include "okr/funnel_board.h"
#include "okr/kpi_stats.h"
#include "okr/period.h"

namespace fieldbook::dashboard {

namespace {

std::optional<OkrStanding> okr_standing(const workspace::Workspace& w, const okr::CheckInIndex& check_ins,
                                        const std::string& rep_id, Date day) {
  OkrStanding s;
  double progress = 0, expected = 0;
  std::optional<int> lowest;
  for (const okr::Objective& o : w.objectives) {
    if (!is_theirs(o, rep_id)) continue;
    const auto period = okr::parse_period(o.period_start, o.period_end);
    if (!period || day < period->first || period->last < day) continue;
    const okr::ObjectiveState state = okr::objective_state(o, w.key_results, check_ins, day);
    progress += state.progress;
    expected += state.expected;
    if (state.lowest_confidence && (!lowest || *state.lowest_confidence < *lowest)) lowest = state.lowest_confidence;
    ++s.objectives;
  }
  if (s.objectives == 0) return std::nullopt;
  s.progress = progress / s.objectives;
  s.expected = expected / s.objectives;
  s.status = okr::status(s.progress, s.expected, lowest);
  return s;
}

using KpisById = std::unordered_map<std::string_view, const okr::Kpi*>;

// The hit rate of the entries of `theirs` (the rep's KPIs) whose period starts in `month`; none
// without entries.
std::optional<KpiStanding> kpi_in(std::span<const okr::KpiEntry* const> entries, const KpisById& theirs,
                                  const okr::Period& month) {
  KpiStanding s;
  s.month = month;
  int met = 0;
  for (const okr::KpiEntry* entry : entries) {
    const okr::KpiEntry& e = *entry;
    const auto kpi = theirs.find(e.kpi_id);
    if (kpi == theirs.end()) continue;
    const auto start = parse_iso_date(e.period_start);
    if (!start || *start < month.first || month.last < *start) continue;
    ++s.entries;
    if (okr::meets(*kpi->second, e.value)) ++met;
  }
  if (s.entries == 0) return std::nullopt;
  s.hit_rate = double(met) / s.entries;
  return s;
}

// This month's, or last month's when the rep has no entry yet this month.
std::optional<KpiStanding> kpi_standing(const workspace::Workspace& w, std::span<const okr::KpiEntry* const> entries,
                                        const std::string& rep_id, Date day) {
  KpisById theirs;
  for (const okr::Kpi& k : w.kpis)
    if (is_theirs(k, rep_id)) theirs.emplace(k.id, &k);
  if (theirs.empty()) return std::nullopt;
  if (auto now = kpi_in(entries, theirs, okr::month_containing(day))) return now;
  auto before = kpi_in(entries, theirs, okr::month_containing(last_day_of_month_before(day)));
  if (before) before->last_month = true;
  return before;
}

std::optional<FunnelStanding> funnel_standing(const workspace::Workspace& w, const std::string& rep_id, Date day) {
  const okr::FunnelPeriod* latest = nullptr;
  for (const okr::FunnelPeriod* f : okr::funnel_periods_of(w.funnel_periods, rep_id)) {
    const auto start = parse_iso_date(f->period_start);
    if (start && *start <= day) latest = f;  // by period start, so the last that qualifies
  }
  if (!latest) return std::nullopt;
  FunnelStanding s;
  s.period = latest;
  const auto& c = latest->counts;
  if (c.size() >= 2 && c.front() > 0) s.conversion = c.back() / c.front();
  s.bottleneck = okr::funnel_state(*latest, w.funnel_periods).bottleneck;
  return s;
}

std::optional<int> days_since_last_session(const workspace::Workspace& w, const std::string& rep_id, Date day) {
  std::optional<Date> last;
  for (const grow::CoachingSession* s : grow::sessions_of(w.coaching_sessions, rep_id)) {
    const auto date = parse_iso_date(s->date);
    if (date && *date <= day && (!last || *last < *date)) last = date;
  }
  if (!last) return std::nullopt;
  return static_cast<int>(days_between(*last, day));
}

// The key of a row in a column, ascending; none when the row has no value there.
std::optional<double> key_of(const TeamRow& r, Column c) {
  switch (c) {
    case Column::Name: return 0;  // names compare apart
    case Column::Stage: return double(r.rep->stage);
    case Column::Style: return double(r.style);
    case Column::OkrProgress:
      if (r.okr) return r.okr->progress;
      return std::nullopt;
    case Column::OkrStatus: {
      if (!r.okr) return std::nullopt;
      switch (r.okr->status) {  // from behind to ahead
        case okr::Status::OffTrack: return 0;
        case okr::Status::AtRisk: return 1;
        case okr::Status::OnTrack: return 2;
        case okr::Status::Done: return 3;
      }
      return std::nullopt;
    }
    case Column::KpiHitRate:
      if (r.kpi) return r.kpi->hit_rate;
      return std::nullopt;
    case Column::FunnelConversion:
      if (r.funnel) return r.funnel->conversion;
      return std::nullopt;
    case Column::Bottleneck:
      if (r.funnel && r.funnel->bottleneck) return double(*r.funnel->bottleneck);
      return std::nullopt;
    case Column::OpenActions: return r.open_actions;
    case Column::OverdueActions: return r.overdue_actions;
    case Column::DaysSinceLastSession:
      if (r.days_since_last_session) return *r.days_since_last_session;
      return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

std::vector<TeamRow> team_dashboard(const workspace::Workspace& w, Date day) {
  const okr::CheckInIndex check_ins(w.check_ins);
  const std::vector<const okr::KpiEntry*> kpi_entries = okr::counted_entries(w.kpi_entries);
  std::vector<TeamRow> rows;
  rows.reserve(w.team.size());
  for (const grow::RepSummary& summary : grow::summarize_team(w.team, w.coaching_sessions, day)) {
    TeamRow row;
    row.rep = summary.rep;
    const std::string& id = summary.rep->id;
    row.style = summary.style;
    row.open_actions = summary.open_actions;
    row.overdue_actions = summary.overdue_actions;
    row.okr = okr_standing(w, check_ins, id, day);
    row.kpi = kpi_standing(w, kpi_entries, id, day);
    row.funnel = funnel_standing(w, id, day);
    row.days_since_last_session = days_since_last_session(w, id, day);
    rows.push_back(std::move(row));
  }
  return rows;
}

void sort_rows(std::vector<TeamRow>& rows, Column column, bool descending) {
  std::stable_sort(rows.begin(), rows.end(), [&](const TeamRow& a, const TeamRow& b) {
    if (column == Column::Name) {
      return descending ? b.rep->name < a.rep->name : a.rep->name < b.rep->name;
    }
    const auto ka = key_of(a, column), kb = key_of(b, column);
    if (ka.has_value() != kb.has_value()) return ka.has_value();  // a missing value goes last
    if (ka && *ka != *kb) return descending ? *kb < *ka : *ka < *kb;
    return a.rep->name < b.rep->name;
  });
}

}  // namespace fieldbook::dashboard
