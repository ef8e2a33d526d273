#pragma once
// OKRs: an objective (what we want, qualitatively, for a period), its key results (how we know we
// got there, each a number with a start and a target), and the check-ins that record where a key
// result stands on a day. Three collections of the workspace (objectives, keyResults, checkIns),
// apart so that two devices' check-ins on one key result both survive a merge by id. Dates are
// "YYYY-MM-DD" text. What the numbers mean (progress, expected, status, grade) is in progress.h.
#include <string>
#include <vector>

namespace fieldbook::okr {

// Google's two kinds: a committed objective is expected to reach 1.0; an aspirational one
// succeeds at 0.7.
enum class ObjectiveKind { Committed, Aspirational };

struct Objective {
  std::string id;
  std::string title;
  std::string owner_id;      // a member of the team; "" = the workspace's own user (me)
  std::string period_start;  // the first day of its period
  std::string period_end;    // the last day of its period
  ObjectiveKind kind = ObjectiveKind::Committed;
  std::string parent_id;     // the objective it aligns under (a quarter's under the year's); "" = none
  std::string retrospective;  // the end-of-period note that goes with its grade
  std::string carried_from;   // the objective of the previous period it continues, "" = none
  std::string updated_at;
};

// How a key result's progress is measured (progress.h): move a number up or down to a target,
// keep it on one side of a line, or reach a milestone (0 = not yet, 1 = done).
enum class KeyResultType { Increase, Decrease, StayAbove, StayBelow, Milestone };

// What the numbers count: items, money in the workspace's currency, or a percentage (40 = 40 %).
enum class Unit { Count, Money, Percent };

inline constexpr double kDefaultWeight = 1.0;

struct KeyResult {
  std::string id;
  std::string objective_id;
  std::string title;
  KeyResultType type = KeyResultType::Increase;
  double start = 0;
  double target = 0;
  double weight = kDefaultWeight;  // its share of the objective's progress; 0 leaves it out
  Unit unit = Unit::Count;
  std::string carried_from;  // the key result of the previous period it continues, "" = none
  std::string updated_at;
};

inline constexpr int kMinConfidence = 0;
inline constexpr int kMaxConfidence = 10;
// A latest confidence at or below this puts a key result at risk whatever its progress.
inline constexpr int kLowConfidence = 3;

struct CheckIn {
  std::string id;
  std::string key_result_id;
  std::string date;
  double value = 0;
  int confidence = 5;  // 0–10: how sure the owner is of reaching the target
  std::string note;    // what moved, what blocks
  std::string updated_at;
};

}  // namespace fieldbook::okr
