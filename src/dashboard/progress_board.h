#pragma once
// 成长进步榜, the progress board (handbook §1): the reps ranked by how much they grew over the
// previous month, on a measure the manager picks.
//
// The month is the one that holds the day ("this month", to the day: a board on the 10th compares
// ten days with a whole month, as the handbook's monthly board does once the month is over);
// "last month" is the one before.
//
// A rep's value in a month:
// - Signed: the count of the funnel's last stage (签约) summed over the rep's funnel periods that
//   start in the month; none without such a period.
// - Kpi(id): the KPI with that id names the measure; each rep's KPI of the same name (the first
//   in list order) counts: the sum of its entries whose period starts in the month, or their mean
//   when its unit is a percentage; none without such an entry (or such a KPI).
// - Revenue: the total monetary value (the customers' monetary, in the analysis's currency) of
//   the rep's latest RFM analysis (by analysis date, then updatedAt, then list order) dated in the
//   month; none without one.
//
// Ranked: the reps with a value in both months, by growth (this month − last month) descending,
// ties sharing a rank (competition ranking: 1, 1, 3), equal growth in team order. The others are
// listed apart, never ranked: new on the board (a value this month, none last month), no data this
// month (a value last month, none this month: a missing file is not a month of zero), and no data
// at all. growth_percent is growth / |last month| × 100 (50 = +50 %), none when last month is 0.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/date.h"
#include "okr/period.h"
#include "team/team.h"
#include "workspace/workspace.h"

namespace fieldbook::dashboard {

struct Measure {
  enum class Kind { Signed, Kpi, Revenue };
  Kind kind = Kind::Signed;
  std::string kpi_id;  // Kpi: the KPI whose name the reps' KPIs share
  friend bool operator==(const Measure&, const Measure&) = default;
};

// The command line's words: "signed", "kpi:<id>", "revenue". None for anything else, with
// `error` saying why ("unknown measure 'x': use signed, kpi:<id> or revenue").
std::optional<Measure> parse_measure(std::string_view text, std::string& error);

// Why the measure cannot be read in this workspace ("no KPI with id 'x'"); "" when it can.
std::string measure_problem(const workspace::Workspace& w, const Measure& m);

// The rep's value in the period (a month), by the rules above.
std::optional<double> measure_value(const workspace::Workspace& w, const Measure& m, const std::string& rep_id,
                                    const okr::Period& month);

enum class Standing {
  Ranked,
  New,              // new on the board: no value last month
  NoDataThisMonth,  // a value last month, none this month
  NoData,           // neither month
};

struct BoardRow {
  const team::Rep* rep = nullptr;  // points into the workspace's team
  Standing standing = Standing::NoData;
  std::optional<int> rank;         // Ranked only
  bool tied = false;               // Ranked, sharing its rank with another rep
  std::optional<double> this_month;
  std::optional<double> last_month;
  std::optional<double> growth;          // both months there
  std::optional<double> growth_percent;  // both there and last month not 0
};

struct ProgressBoard {
  okr::Period this_month;
  okr::Period last_month;
  // The ranked rows by rank, then the others: new, no data this month, no data (each in team order).
  std::vector<BoardRow> rows;

  bool ranks_anyone() const { return !rows.empty() && rows.front().standing == Standing::Ranked; }
};

ProgressBoard progress_board(const workspace::Workspace& w, const Measure& m, Date day);

// The day last month's board is drawn on: the last day of the month before `day`'s, so the board
// compares two whole months. On a month's first days, before a week of it has started, this
// month's board ranks nobody and last month's is the one a manager reviews.
Date last_day_of_month_before(Date day);

}  // namespace fieldbook::dashboard
