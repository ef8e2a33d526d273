#pragma once
// Situational leadership: how a manager leads a rep, chosen by the rep's stage (新人期 / 成长期 /
// 成熟期) and how committed the rep said they are; what each style means in practice; and the
// handbook's training for each stage.
#include <optional>
#include <string_view>
#include <vector>

#include "common/date.h"
#include "common/localized_text.h"
#include "grow/coaching_session.h"
#include "team/team.h"

namespace fieldbook::grow {

// 指令型 / 教练型 / 支持型 / 授权型.
enum class LeadershipStyle { Directing, Coaching, Supporting, Delegating };

// New → Directing; Growing → Coaching; Mature → Delegating, or Supporting when the latest
// commitment (1–10, a worksheet's Will step) is below kFirmCommitment (coaching_session.h): the
// skill is there, the will wavers. No commitment recorded (nullopt) → Delegating.
// A commitment outside 1–10 is compared as it is.
LeadershipStyle leadership_style(team::RepStage stage, std::optional<int> latest_commitment);

// The stage a rep's tenure suggests, counted in calendar months from `started_on` to `as_of`:
// under 3 months → New, from 3 up to 12 months → Growing, from 12 months on → Mature.
// A month is complete on the same day of a later month, or on that month's last day when it is
// shorter: started 2026-01-31, 3 months are reached on 2026-04-30 and 1 month on 2026-02-28;
// started 2024-02-29, 12 months are reached on 2025-02-28. A start after `as_of` → New.
team::RepStage suggested_stage(Date started_on, Date as_of);

struct StyleGuide {
  LocalizedText name;                    // "Directing" / "指令型"
  LocalizedText summary;                 // when the style fits and what it asks of the manager
  std::vector<LocalizedText> practices;  // what the manager does, concretely
};

const StyleGuide& style_guide(LeadershipStyle style);

struct TrainingPlan {
  LocalizedText name;
  std::vector<LocalizedText> steps;  // in order
};

// New: two weeks shadowing a top seller, then role-play with the practice cards; Growing: a
// sand-table deal simulation from need discovery to contract; Mature: cross-department rotation.
const TrainingPlan& training_plan(team::RepStage stage);

// "directing" | "coaching" | "supporting" | "delegating" (what the CLI prints), and back.
const char* style_code(LeadershipStyle style);
std::optional<LeadershipStyle> parse_style(std::string_view code);

}  // namespace fieldbook::grow
