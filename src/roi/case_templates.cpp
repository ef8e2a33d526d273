// The built-in ROI templates (a case to start from, labelled in English and Chinese), a new case
// from one, and a copy of a case.
#include "roi/case.h"

#include <string>
#include <utility>
#include <vector>

namespace fieldbook::roi {

namespace {

void stamp(Case& c, const std::string& updated_at) {
  if (updated_at.empty()) return;
  c.updated_at = updated_at;
  for (auto& x : c.one_time_costs) x.updated_at = updated_at;
  for (auto& x : c.recurring_costs) x.updated_at = updated_at;
  for (auto& x : c.benefits) x.updated_at = updated_at;
  for (auto& x : c.notes) x.updated_at = updated_at;
}

using Labels = std::vector<std::pair<std::string, LocalizedText>>;

OneTimeCost one_time(Labels& labels, std::string id, LocalizedText label, double amount, bool live = false) {
  labels.emplace_back(id, label);
  return {std::move(id), std::move(label.en), amount, live, {}};
}

RecurringCost recurring(Labels& labels, std::string id, LocalizedText label, double amount, bool live = false) {
  labels.emplace_back(id, label);
  return {std::move(id), std::move(label.en), amount, live, {}};
}

BenefitLine benefit(Labels& labels, std::string id, LocalizedText label, BenefitKind kind) {
  labels.emplace_back(id, label);
  BenefitLine b;
  b.id = std::move(id);
  b.label = std::move(label.en);
  b.kind = kind;
  return b;
}

Note note(Labels& labels, std::string id, LocalizedText text) {
  labels.emplace_back(id, text);
  return {std::move(id), std::move(text.en), true, {}};
}

Template software_subscription() {
  Template t;
  t.id = "software-subscription";
  t.name = {"Software subscription replacing manual work", "软件订阅替代手工作业"};
  t.description = {"A yearly subscription that automates data entry, checking and quoting done by hand today.",
                   "以年度订阅的软件自动完成目前靠手工进行的录入、核对和报价工作。"};
  Case& c = t.base;
  c.id = "template-software-subscription";
  c.name = t.name.en;
  c.years = 3;
  c.period = PeriodKind::yearly;
  c.discount_rate = 0.08;
  c.one_time_costs = {
      one_time(t.labels, "implementation", {"Implementation services", "实施服务费"}, 80000),
      one_time(t.labels, "training", {"Training", "培训费"}, 20000),
      one_time(t.labels, "data-migration", {"Data migration", "数据迁移费"}, 15000),
  };
  c.recurring_costs = {recurring(t.labels, "subscription", {"Subscription", "年度订阅费"}, 120000, true)};

  BenefitLine entry = benefit(t.labels, "manual-entry", {"Less manual data entry", "减少手工录入时间"},
                              BenefitKind::productivity);
  entry.hours = 6;
  entry.hours_basis = HoursBasis::per_week;
  entry.hourly_rate = 120;
  entry.people = 10;
  entry.adoption_percent = {60, 90, 100};
  entry.live_hours = true;
  entry.live_people = true;
  entry.live_adoption = true;

  BenefitLine errors = benefit(t.labels, "fewer-errors", {"Fewer errors and rework", "减少差错和返工成本"},
                               BenefitKind::cost_saving);
  errors.amount_per_year = 50000;
  errors.adoption_percent = {50, 100};

  BenefitLine quotes = benefit(t.labels, "faster-quotes", {"Revenue from faster quotes", "报价更快带来的新增收入"},
                               BenefitKind::revenue_gain);
  quotes.amount_per_year = 300000;
  quotes.margin_percent = 30;
  quotes.adoption_percent = {30, 70, 100};
  quotes.live_amount = true;

  c.benefits = {entry, errors, quotes};
  c.notes = {note(t.labels, "note-discount",
                  {"Manager approved up to 10 % off the first year's subscription.", "经理已批准首年订阅费最多优惠 10%。"})};
  return t;
}

Template productivity_tool() {
  Template t;
  t.id = "productivity-tool";
  t.name = {"Productivity tool for the sales team", "销售团队效率工具"};
  t.description = {"Per-seat tool that gives reps back admin time and more customer visits; monthly view.",
                   "按席位订阅的工具，为销售人员节省行政时间、增加客户拜访；按月查看。"};
  Case& c = t.base;
  c.id = "template-productivity-tool";
  c.name = t.name.en;
  c.years = 3;
  c.period = PeriodKind::monthly;
  c.discount_rate = 0.08;
  c.one_time_costs = {
      one_time(t.labels, "setup", {"Setup and configuration", "开通与配置费"}, 30000),
      one_time(t.labels, "training", {"Training", "培训费"}, 10000),
  };
  c.recurring_costs = {recurring(t.labels, "seats", {"Seat subscriptions", "按席位订阅费"}, 60000, true)};

  BenefitLine admin = benefit(t.labels, "admin-time", {"Admin time saved per rep", "每位销售节省的行政时间"},
                              BenefitKind::productivity);
  admin.hours = 3;
  admin.hours_basis = HoursBasis::per_week;
  admin.hourly_rate = 150;
  admin.people = 20;
  admin.adoption_percent = {50, 80, 100};
  admin.live_hours = true;
  admin.live_people = true;
  admin.live_adoption = true;

  BenefitLine visits = benefit(t.labels, "more-visits", {"Revenue from more customer visits", "更多客户拜访带来的收入"},
                               BenefitKind::revenue_gain);
  visits.amount_per_year = 500000;
  visits.margin_percent = 25;
  visits.adoption_percent = {40, 80, 100};
  visits.live_amount = true;

  c.benefits = {admin, visits};
  c.notes = {note(t.labels, "note-seats",
                  {"Seat price assumes 20 seats; below 15 seats the list price applies.",
                   "席位价格按 20 个席位计算；少于 15 个席位按目录价。"})};
  return t;
}

Template equipment_purchase() {
  Template t;
  t.id = "equipment-purchase";
  t.name = {"Equipment purchase", "设备采购"};
  t.description = {"A machine bought outright: lower energy use, less scrap and operator time saved over five years.",
                   "一次性购置设备：五年内降低能耗、减少废品、节省操作工时。"};
  Case& c = t.base;
  c.id = "template-equipment-purchase";
  c.name = t.name.en;
  c.years = 5;
  c.period = PeriodKind::yearly;
  c.discount_rate = 0.08;
  c.live_discount_rate = true;
  c.one_time_costs = {
      one_time(t.labels, "equipment", {"Equipment", "设备购置费"}, 600000, true),
      one_time(t.labels, "installation", {"Installation and commissioning", "安装调试费"}, 50000),
  };
  c.recurring_costs = {recurring(t.labels, "maintenance", {"Maintenance contract", "年度维护费"}, 30000)};

  BenefitLine energy = benefit(t.labels, "energy", {"Lower energy use", "节省能耗"}, BenefitKind::cost_saving);
  energy.amount_per_year = 80000;
  energy.live_amount = true;

  BenefitLine scrap = benefit(t.labels, "less-scrap", {"Less scrap", "降低废品率"}, BenefitKind::cost_saving);
  scrap.amount_per_year = 120000;
  scrap.adoption_percent = {70, 100};
  scrap.live_amount = true;
  scrap.live_adoption = true;

  BenefitLine operators = benefit(t.labels, "operator-time", {"Operator time saved", "节省操作工时"},
                                  BenefitKind::productivity);
  operators.hours = 10;
  operators.hours_basis = HoursBasis::per_week;
  operators.hourly_rate = 80;
  operators.people = 4;

  c.benefits = {energy, scrap, operators};
  c.notes = {note(t.labels, "note-financing",
                  {"Leasing is possible: ask finance before quoting monthly terms.", "可以融资租赁：报月供前先与财务确认。"})};
  return t;
}

}  // namespace

const std::vector<Template>& templates() {
  static const std::vector<Template> all = {software_subscription(), productivity_tool(), equipment_purchase()};
  return all;
}

Case from_template(const Template& t, Language language, std::string new_id, std::string updated_at) {
  Case c = t.base;
  c.id = std::move(new_id);
  c.name = t.name.in(language);
  auto relabel = [&](auto& items, auto member) {
    for (auto& x : items) {
      for (const auto& [id, text] : t.labels) {
        if (id == x.id) x.*member = text.in(language);
      }
    }
  };
  relabel(c.one_time_costs, &OneTimeCost::label);
  relabel(c.recurring_costs, &RecurringCost::label);
  relabel(c.benefits, &BenefitLine::label);
  relabel(c.notes, &Note::text);
  stamp(c, updated_at);
  return c;
}

Case from_template(const Template& t, std::string_view language_code, std::string new_id, std::string updated_at) {
  return from_template(t, parse_language(language_code).value_or(Language::En), std::move(new_id), std::move(updated_at));
}

Case duplicate(const Case& c, std::string new_id, std::string updated_at) {
  Case copy = c;
  copy.id = std::move(new_id);
  stamp(copy, updated_at);
  return copy;
}

}  // namespace fieldbook::roi
