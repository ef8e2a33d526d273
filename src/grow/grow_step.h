#pragma once
// The four steps of a GROW coaching conversation (目标 / 现状 / 方案 / 行动), in the order a
// manager walks them with a rep.
#include "common/localized_text.h"

namespace fieldbook::grow {

enum class GrowStep { Goal, Reality, Options, Will };

inline constexpr GrowStep kGrowSteps[4] = {GrowStep::Goal, GrowStep::Reality, GrowStep::Options, GrowStep::Will};

// The step's name as the handbook gives it.
inline LocalizedText step_name(GrowStep step) {
  switch (step) {
    case GrowStep::Goal: return {"Goal", "目标"};
    case GrowStep::Reality: return {"Reality", "现状"};
    case GrowStep::Options: return {"Options", "方案"};
    case GrowStep::Will: return {"Will", "行动"};
  }
  return {};
}

}  // namespace fieldbook::grow
