#include "workspace/team.h"

namespace fieldbook::workspace {

std::vector<Rep> sample_team(std::string_view language, const std::string& now) {
  const bool zh = language == "zh";
  return {
      {"sample-rep-1", zh ? "王磊" : "Wang Lei", RepStage::Mature, now},
      {"sample-rep-2", zh ? "李娜" : "Li Na", RepStage::Growing, now},
      {"sample-rep-3", zh ? "陈晨" : "Chen Chen", RepStage::New, now},
  };
}

}  // namespace fieldbook::workspace
