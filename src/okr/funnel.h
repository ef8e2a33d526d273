#pragma once
// The funnel board: for each week (or month) how many deals stood at each stage of the sales
// funnel (线索 lead → 商机 opportunity → 提案 proposal → 签约 signed), so the weekly review sees
// which step converts badly, and the two cards the handbook reviews it with: 5 Whys and PDCA.
// One collection of the workspace (funnelPeriods). The arithmetic is in funnel_board.h.
#include <optional>
#include <string>
#include <vector>

namespace fieldbook::okr {

// Why the bottleneck step converts badly, asked five times, and what to do about it.
struct FiveWhys {
  std::vector<std::string> whys;  // up to five answers, in order
  std::string root_cause;
  std::string countermeasure;
};

// Plan–Do–Check–Act on the countermeasure: the plan, the small pilot, the conversion of the step
// before and after (checked), and whether to roll it out or analyse again.
enum class PdcaDecision { Undecided, RollOut, Reanalyse };
struct Pdca {
  std::string plan;
  std::string pilot;
  std::optional<double> conversion_before;  // a share, 0.25 = 25 %
  std::optional<double> conversion_after;
  PdcaDecision decision = PdcaDecision::Undecided;
  std::string notes;
};

struct FunnelPeriod {
  std::string id;
  std::string owner_id;  // a member of the team; "" = the workspace's own user
  std::string period_start;
  std::string period_end;
  std::vector<double> counts;  // one per stage, in stage order
  // The stages' names; empty = the handbook's four in the reader's language (funnel_board.h).
  std::vector<std::string> stages;
  // The conversion each step should reach (counts[i + 1] / counts[i]), one per step; none = no target.
  std::vector<std::optional<double>> step_targets;
  FiveWhys five_whys;
  Pdca pdca;
  std::string updated_at;
};

}  // namespace fieldbook::okr
