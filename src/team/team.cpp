#include "team/team.h"

#include "common/date.h"

namespace fieldbook::team {

std::vector<Issue> check_record(const Rep& rep) {
  std::vector<Issue> out;
  if (!is_empty_or_date(rep.started_on)) out.push_back({"startedOn", kDateProblem, rule::date()});
  return out;
}

std::vector<Rep> sample_team(std::string_view language, const std::string& now, Date today) {
  const bool zh = language == "zh";
  // Start dates counted back from today, so that tenure agrees with each stage on any first visit.
  auto days_ago = [&](int days) { return format_iso_date(add_days(today, -days)); };
  return {
      {"sample-rep-1", zh ? "王磊" : "Wang Lei", RepStage::Mature, days_ago(5 * 365), Disc::D,
       zh ? "华东区教育行业主力，擅长政府客户。" : "Carries East China education; strong with government accounts.", now, ""},
      {"sample-rep-2", zh ? "李娜" : "Li Na", RepStage::Growing, days_ago(220), Disc::S, "", now, ""},
      {"sample-rep-3", zh ? "陈晨" : "Chen Chen", RepStage::New, days_ago(30), Disc::I, "", now, ""},
  };
}

const Rep* find_rep(const std::vector<Rep>& team, std::string_view id) {
  for (const Rep& r : team)
    if (r.id == id) return &r;
  return nullptr;
}

}  // namespace fieldbook::team
