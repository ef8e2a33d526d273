#include "okr/handbook_example.h"

#include <algorithm>
#include <map>

#include "okr/kpi_stats.h"
#include "okr/period.h"

namespace fieldbook::okr {

OkrSet handbook_example(Language language, Date today, const std::string& now) {
  const bool zh = language == Language::Zh;
  auto text = [zh](const char* en, const char* cn) { return std::string(zh ? cn : en); };
  const Period year = year_period(to_civil(today).year);
  const Period quarter = quarter_containing(today);
  const int q = quarter_of(today);
  const std::string qn = "Q" + std::to_string(q);

  OkrSet s;
  s.objectives = {
      {"sample-objective-1", text("Double education-sector revenue in East China this year", "今年华东区教育行业收入翻番"),
       "", format_iso_date(year.first), format_iso_date(year.last), ObjectiveKind::Aspirational, "", "", "", now},
      {"sample-objective-2",
       zh ? qn + "成为华东区教育行业第一供应商" : "Become the No. 1 education-sector supplier in East China in " + qn, "",
       format_iso_date(quarter.first), format_iso_date(quarter.last), ObjectiveKind::Committed, "sample-objective-1", "",
       "", now},
      {"sample-objective-3", text("Turn more opportunities into proposals", "提高商机到提案的转化"), "sample-rep-2",
       format_iso_date(quarter.first), format_iso_date(quarter.last), ObjectiveKind::Aspirational, "sample-objective-2",
       "", "", now},
  };
  s.key_results = {
      {"sample-kr-1", "sample-objective-1", text("Education revenue for the year (CNY)", "教育行业全年收入（元）"),
       KeyResultType::Increase, 6'000'000, 12'000'000, 1, Unit::Money, "", now},
      {"sample-kr-2", "sample-objective-2", text("Sign 3 education-bureau customers", "签约3家教育局客户"),
       KeyResultType::Increase, 0, 3, 1, Unit::Count, "", now},
      {"sample-kr-3", "sample-objective-2",
       text("Raise the education share of revenue to 40%", "教育行业客户收入占比提升至40%"), KeyResultType::Increase, 25,
       40, 1, Unit::Percent, "", now},
      {"sample-kr-4", "sample-objective-3", text("Opportunity-to-proposal conversion at 50%", "商机转提案率达到50%"),
       KeyResultType::Increase, 30, 50, 2, Unit::Percent, "", now},
      {"sample-kr-5", "sample-objective-3", text("ROI workshop for the team held", "完成团队ROI演示培训"),
       KeyResultType::Milestone, 0, 1, 1, Unit::Count, "", now},
      {"sample-kr-6", "sample-objective-3", text("Lost opportunities stay below 20%", "商机流失率保持在20%以下"),
       KeyResultType::StayBelow, 0, 20, 1, Unit::Percent, "", now},
  };
  // A check-in `back` days ago, never before the first day of its key result's period.
  auto check_in = [&](int n, const char* kr, int back, double value, int confidence, std::string note) {
    const Date floor = std::string_view(kr) == "sample-kr-1" ? year.first : quarter.first;
    s.check_ins.push_back({"sample-checkin-" + std::to_string(n), kr,
                           format_iso_date(std::max(floor, add_days(today, -back))), value, confidence,
                           std::move(note), now});
  };
  check_in(1, "sample-kr-1", 60, 8'100'000, 7, text("Two framework renewals booked", "两个框架协议续签入账"));
  check_in(2, "sample-kr-1", 10, 9'200'000, 6, "");
  check_in(3, "sample-kr-2", 42, 1, 7, text("Pudong education bureau signed", "浦东教育局签约"));
  check_in(4, "sample-kr-2", 12, 1, 5, text("Minhang is waiting for budget approval", "闵行在等预算审批"));
  check_in(5, "sample-kr-3", 42, 28, 6, "");
  check_in(6, "sample-kr-3", 20, 30, 5, "");
  check_in(7, "sample-kr-3", 5, 31, 3, text("Two bureau deals slipped to next quarter", "两个教育局项目推迟到下季度"));
  check_in(8, "sample-kr-4", 30, 32, 6, "");
  check_in(9, "sample-kr-4", 7, 38, 7, text("ROI template used on 4 opportunities", "4个商机用了ROI模板"));
  check_in(10, "sample-kr-6", 7, 14, 8, "");

  s.kpis = {{"sample-kpi-1", text("New qualified opportunities a week", "每周新增有效商机"), KpiDirection::AtLeast, 5,
             KpiFrequency::Weekly, Unit::Count, now, ""},
            {"sample-kpi-2", text("Visit conversion", "客户拜访转化率"), KpiDirection::AtLeast, 30, KpiFrequency::Monthly,
             Unit::Percent, now, ""}};
  const Date this_week = week_containing(today).first;
  const double weekly[] = {6, 4, 5, 7, 3, 5, 6, 4};  // oldest first; the last is last week
  for (int i = 0; i < 8; ++i)
    s.kpi_entries.push_back({"sample-kpi-entry-" + std::to_string(i + 1), "sample-kpi-1",
                             format_iso_date(add_days(this_week, -7 * (8 - i))), weekly[i], now});
  const double monthly[] = {28, 32, 31, 26, 33};  // the five months before this one
  Date month = month_containing(today).first;
  for (int i = 4; i >= 0; --i) {
    month = month_containing(add_days(month, -1)).first;
    s.kpi_entries.push_back({"sample-kpi-entry-" + std::to_string(9 + i), "sample-kpi-2", format_iso_date(month),
                             monthly[i], now});
  }

  // Six weeks of the manager's funnel, up to last week: 商机 → 提案 converts at about 30 % against a
  // target of 50 %.
  const double counts[6][4] = {{38, 19, 7, 2}, {42, 20, 6, 2}, {40, 22, 7, 3}, {45, 21, 6, 2}, {41, 20, 6, 2}, {44, 22, 7, 3}};
  for (int i = 0; i < 6; ++i) {
    const Date first = add_days(this_week, -7 * (6 - i));
    FunnelPeriod f;
    f.id = "sample-funnel-" + std::to_string(i + 1);
    f.period_start = format_iso_date(first);
    f.period_end = format_iso_date(add_days(first, 6));
    f.counts.assign(std::begin(counts[i]), std::end(counts[i]));
    f.step_targets = {0.5, 0.5, 0.35};
    f.updated_at = now;
    s.funnel_periods.push_back(std::move(f));
  }
  FunnelPeriod& last = s.funnel_periods.back();
  last.five_whys.whys = {
      text("Why do so few opportunities become proposals? Many stop after the needs interview.",
           "为什么商机转提案率低？很多商机在需求调研后就停了。"),
      text("Why do they stop there? The customer sees no clear return on the investment.",
           "为什么调研后就停了？客户看不到明确的投入产出。"),
      text("Why not? Our proposals list features and never do the sums.", "为什么看不到？我们的方案只讲功能，不算账。"),
      text("Why no sums? Reps are not used to the ROI calculator and have no sector figures.",
           "为什么不算账？销售不熟悉ROI工具，也没有行业数据。"),
      text("Why not? There is no education-sector training or case library.", "为什么没有？缺少教育行业的培训和案例库。"),
  };
  last.five_whys.root_cause = text("No education-sector ROI cases or training", "缺少教育行业的ROI案例和培训");
  last.five_whys.countermeasure =
      text("An education template in the ROI calculator; a weekly role-play", "在ROI计算器里做教育行业模板；每周一次演练");
  last.pdca.plan = text("Two reps use the ROI template on their next 4 opportunities", "两位销售在接下来4个商机上使用ROI模板");
  last.pdca.pilot = text("Wang Lei and Li Na, two weeks", "王磊、李娜，为期两周");
  last.pdca.conversion_before = 0.30;
  return s;
}

OkrSet with_new_ids(OkrSet set, const std::function<std::string(std::string_view kind)>& new_id) {
  std::map<std::string, std::string> renamed;
  auto rename = [&](std::string& id, std::string_view kind) {
    std::string fresh = new_id(kind);
    renamed[id] = fresh;
    id = std::move(fresh);
  };
  // A name inside the set follows its record; one outside (a rep of the sample team) becomes "".
  auto follow = [&](std::string& ref) {
    if (ref.empty()) return;
    const auto it = renamed.find(ref);
    ref = it == renamed.end() ? std::string() : it->second;
  };
  for (Objective& o : set.objectives) rename(o.id, "objective");
  for (KeyResult& k : set.key_results) rename(k.id, "kr");
  for (CheckIn& c : set.check_ins) rename(c.id, "checkin");
  for (Kpi& k : set.kpis) rename(k.id, "kpi");
  for (KpiEntry& e : set.kpi_entries) rename(e.id, "kpientry");
  for (FunnelPeriod& f : set.funnel_periods) rename(f.id, "funnel");
  for (Objective& o : set.objectives) {
    follow(o.owner_id);
    follow(o.parent_id);
  }
  for (KeyResult& k : set.key_results) follow(k.objective_id);
  for (CheckIn& c : set.check_ins) follow(c.key_result_id);
  for (KpiEntry& e : set.kpi_entries) follow(e.kpi_id);
  for (FunnelPeriod& f : set.funnel_periods) follow(f.owner_id);
  return set;
}

}  // namespace fieldbook::okr
