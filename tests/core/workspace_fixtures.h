#pragma once
// Shared by the workspace tests: workspaces with every field set or unset, file reading, and a
// way to change one value of a saved file.
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <fstream>
#include <functional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>

#include "common/error.h"
#include "common/json_parse.h"
#include "common/json_codec.h"
#include "workspace/workspace.h"
#include "workspace/workspace_io.h"

namespace fieldbook::workspace::testing {

inline std::string data_path(const std::string& relative) { return std::string(FIELDBOOK_TEST_DATA) + "/" + relative; }

// Tests read JSON the way the app does (parse_json), so numbers are numbers; false if it is not
// JSON. The nesting limit is high: a test may want to look inside a file the app refuses.
inline bool parse_test_json(std::string_view text, rapidjson::Document& doc) {
  try {
    fieldbook::parse_json(text, doc, 1 << 20);
    return true;
  } catch (const fieldbook::Error&) {
    return false;
  }
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Every field set, every list non-empty, every optional present, every enum value used somewhere.
inline Workspace full_workspace() {
  Workspace w;
  w.sample = false;
  w.exported_by = "张伟";
  w.settings.language = LanguagePreference::Zh;
  w.settings.currency = "USD";
  w.settings.user_name = "张伟 \"Zhang\" Wei";
  w.settings.updated_at = "2026-11-20T09:30:00Z";
  w.team = {{.id = "rep-1", .name = "王磊", .stage = RepStage::Mature, .started_on = "2020-02-29", .disc = Disc::D,
             .notes = "攻坚型 \"opener\"", .updated_at = "2026-11-01T00:00:00Z"},
            {.id = "rep-2", .name = "Li Na", .stage = RepStage::Growing, .started_on = "2026-03-01", .disc = Disc::I,
             .updated_at = "2026-11-02T00:00:00.125Z"},
            {.id = "rep-3", .name = "Chen\nChen", .stage = RepStage::New, .disc = Disc::S},
            {.id = "rep-4", .name = "Zhao", .stage = RepStage::New, .disc = Disc::C}};
  roi::Case a;
  a.id = "roi-1";
  a.name = "CRM 订阅";
  a.customer_name = "ACME \\ Co";
  a.currency = "CNY";
  a.years = 10;
  a.period = roi::PeriodKind::monthly;
  a.discount_rate = 0.085;
  a.live_discount_rate = true;
  a.one_time_costs = {{"impl", "Implementation", 80000.5, true, "2026-11-10T08:00:00Z"}};
  a.recurring_costs = {{"sub", "Subscription", 1e-3, true, "2026-11-10T08:00:00Z"}};
  roi::BenefitLine hours;
  hours.id = "hours";
  hours.label = "Hours saved";
  hours.kind = roi::BenefitKind::productivity;
  hours.hours = 400;
  hours.hours_basis = roi::HoursBasis::per_year;
  hours.hourly_rate = 45.75;
  hours.people = 12;
  hours.adoption_percent = {0, 33.333333333333336, 100};
  hours.live_amount = hours.live_adoption = hours.live_hours = hours.live_hourly_rate = hours.live_people = true;
  hours.updated_at = "2026-11-10T08:00:00Z";
  roi::BenefitLine revenue;
  revenue.id = "revenue";
  revenue.label = "Revenue";
  revenue.kind = roi::BenefitKind::revenue_gain;
  revenue.amount_per_year = 123456789.125;
  revenue.margin_percent = 32.5;
  revenue.hours_basis = roi::HoursBasis::per_week;
  revenue.updated_at = "2026-11-10T08:00:00Z";
  roi::BenefitLine saving;
  saving.id = "saving";
  saving.label = "Saving";
  saving.kind = roi::BenefitKind::cost_saving;
  saving.amount_per_year = 0.1;
  a.benefits = {hours, revenue, saving};
  a.scenarios = {{0.5, 1.5}, {1.0, 1.0}, {2.0, 0.0}};
  a.notes = {{"n1", "internal", true, "2026-11-11T10:00:00Z"}, {"n2", "shared", false, ""}};
  a.updated_at = "2026-11-12T16:45:30Z";
  roi::Case b;  // the defaults
  b.id = "roi-2";
  w.roi_cases = {a, b};
  grow::CoachingSession s;
  s.id = "session-1";
  s.rep_id = "rep-2";
  s.date = "2026-11-16";
  s.topic = "“这个客户太难搞了”";
  s.customer = "华东教育集团";
  s.roi_case_id = "roi-1";
  s.key_result_id = "kr-1";
  s.goal = {"Q4 签下这个客户", "签订合同", "2026-12-31"};
  s.reality = {"价格敏感", "降价两次", "采购只看单价"};
  s.options = {{"o1", "打包服务", "谈价值", "占用交付", true}, {"o2", "再降价", "快", "利润", false}};
  s.will = {6, "经理把关报价", "先看到交付的排期"};
  s.actions = {{"a1", "提交定制报价", grow::ActionOwner::Rep, "2026-11-23", grow::ActionStatus::Done, "2026-11-22"},
               {"a2", "确认可打包的服务", grow::ActionOwner::Manager, "", grow::ActionStatus::Open, ""},
               {"a3", "再降一次价", grow::ActionOwner::Rep, "2026-11-20", grow::ActionStatus::Dropped, ""}};
  s.practice = {{"no-budget", grow::PracticeResult::Handled, "讲清楚分期"},
                {"competitor-undercuts", grow::PracticeResult::Partly, ""},
                {"need-boss-approval", grow::PracticeResult::Stuck, "卡在价格"}};
  s.next_session_on = "2026-11-30";
  s.updated_at = "2026-11-16T10:00:00Z";
  grow::CoachingSession empty;  // the defaults, with what a file must have
  empty.id = "session-2";
  empty.rep_id = "rep-1";
  empty.date = "2026-11-30";
  w.coaching_sessions = {s, empty};
  using namespace okr;
  w.objectives = {{"o-year", "年度：教育行业翻番", "", "2026-01-01", "2026-12-31", ObjectiveKind::Aspirational, "", "",
                   "", "2026-11-01T00:00:00Z"},
                  {"o-q4", "Q4 No. 1 \"supplier\"", "rep-2", "2026-10-01", "2026-12-31", ObjectiveKind::Committed,
                   "o-year", "签了两家", "o-q3", ""}};
  w.key_results = {{"kr-1", "o-q4", "签约3家教育局", KeyResultType::Increase, 0, 3, 1, Unit::Count, "", "2026-11-02T00:00:00Z"},
                   {"kr-2", "o-q4", "Cost", KeyResultType::Decrease, 100.5, 80, 0.5, Unit::Money, "kr-0", ""},
                   {"kr-3", "o-q4", "Share", KeyResultType::StayAbove, 0, 40, 0, Unit::Percent, "", ""},
                   {"kr-4", "o-year", "Churn", KeyResultType::StayBelow, 0, 5, 1, Unit::Percent, "", ""},
                   {"kr-5", "o-year", "Launch", KeyResultType::Milestone, 0, 1, 2, Unit::Count, "", ""}};
  w.check_ins = {{"c-1", "kr-1", "2026-11-20", 1, 0, "浦东", "2026-11-19T10:00:00Z"},
                 {"c-2", "kr-1", "2026-11-27", 2, 10, "", ""}};
  w.kpis = {{"kpi-1", "每周新增有效商机", KpiDirection::AtLeast, 5, KpiFrequency::Weekly, Unit::Count, ""},
            {"kpi-2", "Reply days", KpiDirection::AtMost, 2.5, KpiFrequency::Monthly, Unit::Money, "2026-11-01T00:00:00Z"}};
  w.kpi_entries = {{"e-1", "kpi-1", "2026-11-23", 6, ""}, {"e-2", "kpi-2", "2026-11-01", 3.25, ""}};
  FunnelPeriod f;
  f.id = "f-1";
  f.owner_id = "rep-1";
  f.period_start = "2026-11-23";
  f.period_end = "2026-11-29";
  f.counts = {40, 20, 6, 2};
  f.stages = {"线索", "商机", "提案", "签约"};
  f.step_targets = {0.5, std::nullopt, 0.35};
  f.five_whys = {{"why 1", "why 2"}, "root", "counter"};
  f.pdca = {"plan", "pilot", 0.3, 0.45, PdcaDecision::RollOut, "notes"};
  f.updated_at = "2026-11-19T12:00:00Z";
  FunnelPeriod g;  // what a file must have
  g.id = "f-2";
  g.period_start = g.period_end = "2026-11-30";
  g.counts = {1, 0};
  g.pdca.decision = PdcaDecision::Reanalyse;
  FunnelPeriod h = g;
  h.id = "f-3";
  h.pdca.decision = PdcaDecision::Undecided;
  w.funnel_periods = {f, g, h};
  return w;
}

// The opposite: nothing but what a new workspace holds.
inline Workspace minimal_workspace() { return Workspace{}; }

// A compact one-line workspace with one rep and one ROI case that loads; tests change one value.
inline std::string base_json() {
  Workspace w;
  w.team = {{.id = "rep-1", .name = "Wang Lei", .stage = RepStage::Mature}};
  roi::Case c;
  c.id = "roi-1";
  c.name = "CRM";
  c.one_time_costs = {{"impl", "Implementation", 1000, false, ""}};
  c.recurring_costs = {{"sub", "Subscription", 500, false, ""}};
  roi::BenefitLine b;
  b.id = "b1";
  b.label = "Hours saved";
  b.kind = roi::BenefitKind::productivity;
  b.hours = 5;
  b.hourly_rate = 100;
  b.people = 2;
  b.adoption_percent = {50, 100};
  c.benefits = {b};
  c.notes = {{"n1", "Note", true, ""}};
  w.roi_cases = {c};
  return save_workspace(w, 0);
}

inline std::string to_text(const rapidjson::Value& v) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  v.Accept(writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

// base_json() (or `json`) parsed, changed by `edit`, written back compactly.
inline std::string edited(const std::function<void(rapidjson::Document&, rapidjson::Document::AllocatorType&)>& edit,
                          const std::string& json = base_json()) {
  rapidjson::Document doc;
  if (!parse_test_json(json, doc)) throw std::runtime_error("edited(): the input is not JSON");
  edit(doc, doc.GetAllocator());
  return to_text(doc);
}

// The error load_workspace() gives, or "loaded" when it loads.
inline std::string load_error(std::string_view json) {
  try {
    load_workspace(json);
    return "loaded";
  } catch (const Error& e) {
    return e.what();
  }
}

}  // namespace fieldbook::workspace::testing
