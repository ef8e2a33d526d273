#pragma once
// 团队看板, the team dashboard: one row per rep, in team order, as of a day — their stage and the
// leadership style it calls for, their OKRs against the time gone, their KPIs this month, their
// funnel, their coaching actions and how long since their last 1:1. Every figure comes from the
// tool that owns it (grow/team_summary.h, okr/progress.h, okr/kpi_stats.h, okr/funnel_board.h), so
// the dashboard never disagrees with the tool a tap on it opens.
//
// A rep's records: those whose ownerId is the rep's id (objectives, KPIs, funnel periods), and
// the coaching sessions about them (repId). Tapping a rep filters each tool with
// workspace::is_theirs (workspace/ownership.h); workspace::records_of_rep counts them.
//
// The rules where the tools leave a choice:
// - OKRs: the rep's objectives whose period holds the day (others are ignored). Several combine
//   as the plain mean of their progress and the plain mean of their expected progress (each
//   objective counts alike, however many key results it has); the status is okr::status() of the
//   two means with the lowest latest confidence of those objectives. None without such an
//   objective.
// - KPI hit rate: the entries of the rep's KPIs whose period starts in the day's month, met /
//   entries (okr::meets). When the rep has no entry there yet, the month before's, marked as last
//   month's: a weekly entry counts in the month its week starts, so from the 1st until the first
//   Monday every rep would have none, and a manager looking on the 1st wants last month's figure
//   (named as such, never taken for this month's). None when neither month has an entry.
// - Funnel: the rep's latest funnel period starting on or before the day; its overall conversion
//   is the last stage over the first (none when the first is 0 or there is one stage), its
//   bottleneck okr::funnel_state()'s.
// - Actions: open and overdue as grow::summarize_team() counts them (every open action, whatever
//   its session's date).
// - Days since the last 1:1: since the rep's latest session dated on or before the day (a session
//   dated later has not happened yet as of the day); none when there is none.
#include <optional>
#include <string>
#include <vector>

#include "common/date.h"
#include "grow/leadership.h"
#include "okr/funnel.h"
#include "okr/period.h"
#include "okr/progress.h"
#include "team/team.h"
#include "workspace/ownership.h"
#include "workspace/remove_rep.h"
#include "workspace/workspace.h"

namespace fieldbook::dashboard {

// What "everything of theirs" is, for the tap on a rep: the same rule as deleting the rep.
using workspace::is_theirs;
using workspace::records_of_rep;
using workspace::RepRecords;

struct OkrStanding {
  double progress = 0;  // the mean of the objectives' progress, 0–1
  double expected = 0;  // the mean of their expected progress, 0–1
  okr::Status status = okr::Status::OnTrack;
  int objectives = 0;   // how many objectives the means are of (≥ 1)
};

struct KpiStanding {
  okr::Period month;        // the month the entries' periods start in
  double hit_rate = 0;      // met / entries, 0–1
  int entries = 0;          // the entries the hit rate is of (≥ 1)
  bool last_month = false;  // no entry yet in the day's month: these are the month before's
};

struct FunnelStanding {
  const okr::FunnelPeriod* period = nullptr;  // points into the workspace
  std::optional<double> conversion;           // last stage / first stage
  std::optional<std::size_t> bottleneck;      // the step (0 = first → second stage); none when no step converts
};

struct TeamRow {
  const team::Rep* rep = nullptr;  // points into the workspace's team
  grow::LeadershipStyle style = grow::LeadershipStyle::Directing;
  std::optional<OkrStanding> okr;
  std::optional<KpiStanding> kpi;
  std::optional<FunnelStanding> funnel;
  int open_actions = 0;  // the overdue ones included
  int overdue_actions = 0;
  std::optional<int> days_since_last_session;
};

// One row per member of w.team, in team order; rows point into `w`.
std::vector<TeamRow> team_dashboard(const workspace::Workspace& w, Date day);

// The columns a manager sorts by. Ascending means: name in byte order; stage new → mature; style
// directing → delegating; OKR status from behind to ahead (off track, at risk, on track, done);
// bottleneck by step, earlier first; numbers small → large. The KPI hit rate sorts by the figure
// the row has, this month's or last month's.
enum class Column {
  Name,
  Stage,
  Style,
  OkrProgress,
  OkrStatus,
  KpiHitRate,
  FunnelConversion,
  Bottleneck,
  OpenActions,
  OverdueActions,
  DaysSinceLastSession,
};

// Sorts by `column`; a row without a value in it comes last either way, ties go by name
// (ascending either way), and rows equal in both keep their order (stable).
void sort_rows(std::vector<TeamRow>& rows, Column column, bool descending);

}  // namespace fieldbook::dashboard
