#pragma once
// 首页 "Today", the page everyone starts on: what needs them as of a day, most urgent first —
// coaching actions overdue and due this week, key results off track and at risk, KPIs below
// target, each funnel's bottleneck, and the ROI cases worked on last. Ids and raw numbers only:
// the shell words them and opens the record a tap names.
//
// Which records:
// - actions: grow::follow_up()'s overdue and due-this-week lists (open, due before the day; due
//   from the day to its Sunday). Whose: the rep the session is about for a rep's action, the coach
//   (the session's ownerId) for the manager's;
// - key results off track or at risk (okr::objective_state()) of the objectives whose period holds
//   the day; whose: the objective's owner;
// - KPIs below target: a KPI's entry for the week or month that holds the day, or when it has none
//   yet, for the one before, that does not meet the target (okr::meets);
// - bottlenecks: for each owner, their latest funnel period starting on or before the day, when a
//   step is its bottleneck (okr::funnel_state());
// - ROI cases: the kRecentCases latest by updatedAt (a time that does not read counts as oldest;
//   a tie goes to the earlier in the list), whatever the day.
//
// The order: by urgency (the enum's order), then within it — actions as follow_up() lists them
// (overdue: most days overdue first, then by rep id; due this week: by due date); key results by gap (expected − progress), largest first; KPIs
// by how far they miss, relative to the target, largest first; bottlenecks by shortfall against
// the step's target, largest first, then (no target missed) by conversion, lowest first; ROI cases newest first. Each
// tie keeps the order of the records in the workspace.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "common/date.h"
#include "workspace/workspace.h"

namespace fieldbook::dashboard {

inline constexpr std::size_t kRecentCases = 3;

enum class TodayKind {
  OverdueAction,
  ActionDueThisWeek,
  KeyResultOffTrack,
  KeyResultAtRisk,
  KpiBelowTarget,
  FunnelBottleneck,
  RecentRoiCase,
};

struct TodayItem {
  TodayKind kind = TodayKind::OverdueAction;
  // The record it opens: the coaching session, the objective, the KPI, the funnel period, the ROI
  // case.
  std::string record_id;
  // The part of it it is about: the action, the key result, the KPI entry; "" for the others.
  std::string item_id;
  std::string owner_id;  // a member of the team, "" = the workspace's owner (me)
  // The day it concerns: the action's due date, the objective's last day, the entry's period
  // start, the funnel period's start, the case's updatedAt.
  std::string date;
  int days_overdue = 0;             // OverdueAction
  std::optional<double> progress;   // key results: progress 0–1; KPIs: the entry's value
  std::optional<double> expected;   // key results: expected progress 0–1; KPIs: the target
  std::optional<std::size_t> step;  // FunnelBottleneck: the step (0 = first → second stage)
  std::optional<double> conversion; // FunnelBottleneck: that step's conversion
};

std::vector<TodayItem> today(const workspace::Workspace& w, Date day);

}  // namespace fieldbook::dashboard
