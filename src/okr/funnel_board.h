#pragma once
// The funnel board's arithmetic: each step's conversion (the next stage's count over this one's),
// against its target and against the previous period, the bottleneck, and what looks wrong in the
// counts. Pure functions, for the board, the CLI and the team view.
//
// The bottleneck: of the steps with a target that they miss, the one that misses by the most;
// when no step misses a target it has (or none has one), the step with the lowest conversion.
// A tie goes to the earlier step. A step from a stage of 0 has no conversion and is never the
// bottleneck.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/localized_text.h"
#include "okr/funnel.h"

namespace fieldbook::okr {

// The handbook's four stages: 线索 lead, 商机 opportunity, 提案 proposal, 签约 signed.
inline constexpr std::size_t kHandbookStages = 4;
std::vector<std::string> handbook_stages(Language language);

// The stage names a period shows: its own, or the handbook's (or "Stage n" beyond four).
std::vector<std::string> stage_names(const FunnelPeriod& f, Language language);

// counts[i + 1] / counts[i] for each step; none where counts[i] is 0.
std::vector<std::optional<double>> conversions(std::span<const double> counts);

// The index of the bottleneck step (0 = first → second), or none when no step converts.
std::optional<std::size_t> bottleneck(std::span<const std::optional<double>> conversions,
                                      std::span<const std::optional<double>> targets);

// A stage larger than the one before it (more signed than proposals): suspicious, not refused.
struct FunnelWarning {
  std::size_t stage;  // the larger one
};
std::vector<FunnelWarning> funnel_warnings(const FunnelPeriod& f);

struct StepState {
  std::optional<double> conversion;
  std::optional<double> target;
  std::optional<double> previous;  // the same step in the previous period
  std::optional<double> shortfall;  // target − conversion, when both are there
};

struct FunnelState {
  const FunnelPeriod* period = nullptr;
  const FunnelPeriod* previous = nullptr;  // the same owner's period that starts last before this one
  std::vector<StepState> steps;
  std::optional<std::size_t> bottleneck;
  std::vector<FunnelWarning> warnings;
};

FunnelState funnel_state(const FunnelPeriod& f, std::span<const FunnelPeriod> all);

// The funnel periods of an owner, by period start (list order on a tie).
std::vector<const FunnelPeriod*> funnel_periods_of(std::span<const FunnelPeriod> all, const std::string& owner_id);

}  // namespace fieldbook::okr
