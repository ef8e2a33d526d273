#include "dashboard/progress_board.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "common/date.h"
#include "common/find_by_id.h"
#include "okr/kpi_stats.h"

namespace fieldbook::dashboard {

namespace {

bool in(const okr::Period& p, const std::string& text) {
  const auto d = parse_iso_date(text);
  return d && p.first <= *d && *d <= p.last;
}

std::optional<double> signed_in(const workspace::Workspace& w, const std::string& rep_id, const okr::Period& month) {
  std::optional<double> sum;
  for (const okr::FunnelPeriod& f : w.funnel_periods) {
    if (f.owner_id != rep_id || !in(month, f.period_start)) continue;
    sum = sum.value_or(0) + (f.counts.empty() ? 0 : f.counts.back());
  }
  return sum;
}

std::optional<double> kpi_in(const workspace::Workspace& w, const std::string& kpi_id, const std::string& rep_id,
                             const okr::Period& month) {
  const okr::Kpi* named = find_by_id(w.kpis, kpi_id);
  if (!named) return std::nullopt;
  const auto theirs = std::find_if(w.kpis.begin(), w.kpis.end(), [&](const okr::Kpi& k) {
    return k.owner_id == rep_id && k.name == named->name;
  });
  if (theirs == w.kpis.end()) return std::nullopt;
  double sum = 0;
  int n = 0;
  for (const okr::KpiEntry* e : okr::kpi_stats(*theirs, w.kpi_entries).entries) {
    if (!in(month, e->period_start)) continue;
    sum += e->value;
    ++n;
  }
  if (n == 0) return std::nullopt;
  return theirs->unit == okr::Unit::Percent ? sum / n : sum;
}

std::optional<double> revenue_in(const workspace::Workspace& w, const std::string& rep_id, const okr::Period& month) {
  const rfm::AnalysisRecord* latest = nullptr;
  for (const rfm::AnalysisRecord& a : w.rfm_analyses) {
    if (a.owner_id != rep_id || !in(month, a.analysis_date)) continue;
    // Dates are ISO text, so text order is date order; a tie goes to the later updatedAt (as
    // times: "…:00.5Z" sorts before "…:00Z" as text), then the later in the list.
    const auto written = [](const rfm::AnalysisRecord& r) {
      return parse_iso_timestamp(r.updated_at).value_or(Timestamp{INT64_MIN}).ms;
    };
    if (!latest || latest->analysis_date < a.analysis_date ||
        (latest->analysis_date == a.analysis_date && written(*latest) <= written(a)))
      latest = &a;
  }
  if (!latest) return std::nullopt;
  double total = 0;
  for (const rfm::Customer& c : latest->list()) total += c.monetary;
  return total;
}

okr::Period previous_month(const okr::Period& month) { return okr::month_containing(add_days(month.first, -1)); }

}  // namespace

std::optional<Measure> parse_measure(std::string_view text, std::string& error) {
  if (text == "signed") return Measure{Measure::Kind::Signed, ""};
  if (text == "revenue") return Measure{Measure::Kind::Revenue, ""};
  if (text.starts_with("kpi:")) {
    const std::string_view id = text.substr(4);
    if (id.empty()) {
      error = "kpi: needs the KPI's id (kpi:<id>)";
      return std::nullopt;
    }
    return Measure{Measure::Kind::Kpi, std::string(id)};
  }
  error = "unknown measure '" + std::string(text) + "': use signed, kpi:<id> or revenue";
  return std::nullopt;
}

std::string measure_problem(const workspace::Workspace& w, const Measure& m) {
  if (m.kind == Measure::Kind::Kpi && !find_by_id(w.kpis, m.kpi_id)) return "no KPI with id '" + m.kpi_id + "'";
  return {};
}

std::optional<double> measure_value(const workspace::Workspace& w, const Measure& m, const std::string& rep_id,
                                    const okr::Period& month) {
  switch (m.kind) {
    case Measure::Kind::Signed: return signed_in(w, rep_id, month);
    case Measure::Kind::Kpi: return kpi_in(w, m.kpi_id, rep_id, month);
    case Measure::Kind::Revenue: return revenue_in(w, rep_id, month);
  }
  return std::nullopt;
}

Date last_day_of_month_before(Date day) { return add_days(okr::month_containing(day).first, -1); }

ProgressBoard progress_board(const workspace::Workspace& w, const Measure& m, Date day) {
  ProgressBoard board;
  board.this_month = okr::month_containing(day);
  board.last_month = previous_month(board.this_month);
  for (const team::Rep& rep : w.team) {
    BoardRow row;
    row.rep = &rep;
    row.this_month = measure_value(w, m, rep.id, board.this_month);
    row.last_month = measure_value(w, m, rep.id, board.last_month);
    if (row.this_month && row.last_month) {
      row.standing = Standing::Ranked;
      row.growth = *row.this_month - *row.last_month;
      if (*row.last_month != 0) row.growth_percent = *row.growth / std::abs(*row.last_month) * 100;
    } else if (row.this_month) {
      row.standing = Standing::New;
    } else if (row.last_month) {
      row.standing = Standing::NoDataThisMonth;
    }
    board.rows.push_back(row);
  }
  std::stable_sort(board.rows.begin(), board.rows.end(), [](const BoardRow& a, const BoardRow& b) {
    if (a.standing != b.standing) return a.standing < b.standing;  // the enum is in the board's order
    return a.standing == Standing::Ranked && *b.growth < *a.growth;
  });
  // Competition ranking: a row's rank is 1 + the number of rows that grew more.
  for (std::size_t i = 0; i < board.rows.size() && board.rows[i].standing == Standing::Ranked; ++i) {
    BoardRow& row = board.rows[i];
    const bool same_as_before = i > 0 && *row.growth == *board.rows[i - 1].growth;
    row.rank = same_as_before ? *board.rows[i - 1].rank : int(i) + 1;
    if (same_as_before) row.tied = board.rows[i - 1].tied = true;
  }
  return board;
}

}  // namespace fieldbook::dashboard
