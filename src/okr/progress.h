#pragma once
// What an OKR's numbers mean: a key result's current value, progress and grade; an objective's
// progress; how far along the period is (expected progress); and the status that compares the
// two. Pure functions, used by the views, the CLI and the team view alike, so a key result reads
// the same everywhere.
//
// The rules:
// - current value: the latest check-in by date (of two on one day, the one written later by
//   updatedAt, so devices that merged each other's check-ins agree; then the later in the list),
//   or the start when there is none;
// - progress: increase/decrease (current − start) / (target − start); stay above 1 when
//   current ≥ target, else 0; stay below 1 when current ≤ target, else 0; a milestone is its
//   current value (0 not yet, 1 done, a share between). Shown raw (120 %), clamped to 0–1 for
//   everything computed from it. When the target equals the start, an increase or a decrease is
//   1 once the value reaches the target (it always has) and 0 otherwise.
// - objective progress: the weight-weighted mean of its key results' clamped progress (a weight
//   of 0 leaves a key result out; when every weight is 0 they count alike); 0 with none;
// - expected progress on day d: (d − first day) / (last day − first day), clamped to 0–1 (a
//   one-day period is 1 on its day);
// - status: done when progress ≥ 1; else with gap = expected − progress: off track when
//   gap > 0.25, at risk when gap > 0.10 or the latest confidence ≤ 3, else on track (an objective
//   uses its own progress and the lowest latest confidence of its key results);
// - grade (Google's scale): clamped progress rounded to one decimal; red 0.0–0.3, yellow
//   0.4–0.6, green 0.7–1.0; a committed objective graded below 1.0 once its period has ended is a
//   missed commitment.
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/date.h"
#include "okr/objective.h"

namespace fieldbook::okr {

enum class Status { OnTrack, AtRisk, OffTrack, Done };
enum class GradeColour { Red, Yellow, Green };

// Thresholds of the status rule.
inline constexpr double kOffTrackGap = 0.25;
inline constexpr double kAtRiskGap = 0.10;

// The check-ins of one key result, in list order (a tie on a date goes to the later one).
std::vector<const CheckIn*> check_ins_of(std::span<const CheckIn> check_ins, const std::string& key_result_id);

// The latest check-in (by date; on one day by updatedAt, then the later in the list), or nullptr.
const CheckIn* latest_check_in(std::span<const CheckIn* const> check_ins);

double current_value(const KeyResult& kr, const CheckIn* latest);
double progress_raw(const KeyResult& kr, double current);
double clamp01(double x);

// progress_raw, clamped to 0–1.
double progress(const KeyResult& kr, double current);

// The weight-weighted mean of `progress` (each already clamped) by `weights`.
double weighted_progress(std::span<const double> progress, std::span<const double> weights);

// How far along [first, last] the day is, 0–1.
double expected_progress(Date first, Date last, Date day);
// The same from the record's text; 0 when a date does not parse.
double expected_progress(const std::string& first, const std::string& last, Date day);

Status status(double progress, double expected, std::optional<int> latest_confidence);

double grade(double progress);  // rounded to one decimal
GradeColour grade_colour(double grade);

// The JSON words for a status: "onTrack", "atRisk", "offTrack", "done".
const char* status_code(Status s);

// Everything about one key result as of a day.
struct KeyResultState {
  const KeyResult* key_result = nullptr;
  std::vector<const CheckIn*> check_ins;  // its check-ins, in list order
  const CheckIn* latest = nullptr;
  double current = 0;
  double progress_raw = 0;
  double progress = 0;  // clamped
  double expected = 0;
  Status status = Status::OnTrack;
  double grade = 0;
  std::optional<int> confidence;  // the latest check-in's
};

// Everything about one objective as of a day.
struct ObjectiveState {
  const Objective* objective = nullptr;
  std::vector<KeyResultState> key_results;  // in list order
  double progress = 0;
  double expected = 0;
  Status status = Status::OnTrack;
  double grade = 0;
  std::optional<int> lowest_confidence;
  bool period_ended = false;     // the day is after its last day
  bool missed_commitment = false;  // committed, ended, graded below 1.0
};

// The check-ins of every key result, in list order, read in one pass: the states of many objectives
// (a list of them, a report) then do not each read every check-in.
class CheckInIndex {
 public:
  explicit CheckInIndex(std::span<const CheckIn> check_ins);
  const std::vector<const CheckIn*>& of(const std::string& key_result_id) const;

 private:
  std::unordered_map<std::string, std::vector<const CheckIn*>> by_key_result_;
  std::vector<const CheckIn*> none_;
};

ObjectiveState objective_state(const Objective& o, std::span<const KeyResult> key_results,
                               const CheckInIndex& check_ins, Date day);
ObjectiveState objective_state(const Objective& o, std::span<const KeyResult> key_results,
                               std::span<const CheckIn> check_ins, Date day);

}  // namespace fieldbook::okr
