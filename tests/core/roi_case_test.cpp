// The ROI case model: cash-flow table, outputs, ramp-up, monthly vs yearly, scenarios,
// sensitivity, validation, templates. Expected numbers are worked out by hand in the comments.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "roi/case.h"
#include "roi/finance.h"

namespace fieldbook::roi {
namespace {

// One-time cost 100 at t = 0, a cost saving of 50 a year, 3 years at 10 %: flows -100, 50, 50, 50.
Case simple_case() {
  Case c;
  c.id = "case-1";
  c.name = "Simple";
  c.customer_name = "ACME";
  c.currency = "USD";
  c.years = 3;
  c.discount_rate = 0.10;
  c.one_time_costs = {{"licence", "Licence", 100.0, false, "2024-05-01T10:00:00Z"}};
  BenefitLine saving;
  saving.id = "saving";
  saving.label = "Saving";
  saving.kind = BenefitKind::cost_saving;
  saving.amount_per_year = 50.0;
  c.benefits = {saving};
  return c;
}

std::vector<std::string> texts(const std::vector<Problem>& problems) {
  std::vector<std::string> out;
  for (const auto& p : problems) out.push_back(p.text());
  return out;
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(RoiCase, SimpleCaseOutputs) {
  const Case c = simple_case();
  EXPECT_TRUE(validate(c).empty());
  const std::vector<PeriodRow> rows = cash_flows(c);
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_DOUBLE_EQ(rows[0].costs, 100.0);
  EXPECT_DOUBLE_EQ(rows[0].net, -100.0);
  EXPECT_DOUBLE_EQ(rows[1].benefits, 50.0);
  EXPECT_DOUBLE_EQ(rows[1].cost_saving, 50.0);
  EXPECT_DOUBLE_EQ(rows[3].cumulative, 50.0);
  EXPECT_EQ(rows[2].year, 2);

  const Outputs o = evaluate(c);
  EXPECT_DOUBLE_EQ(o.total_costs, 100.0);
  EXPECT_DOUBLE_EQ(o.total_benefits, 150.0);
  EXPECT_DOUBLE_EQ(o.net_benefit, 50.0);
  ASSERT_TRUE(o.roi_percent.has_value());
  EXPECT_DOUBLE_EQ(*o.roi_percent, 50.0);  // (150 - 100) / 100
  // -100 + 50/1.1 + 50/1.21 + 50/1.331 = -100 + 45.4545 + 41.3223 + 37.5657 = 24.3426 (by hand).
  EXPECT_NEAR(o.npv, 24.342599549211119, 1e-9);
  EXPECT_NEAR(rows[3].discounted_cumulative, o.npv, 1e-12);
  // IRR of -100, 50, 50, 50: 50 * annuity(3, r) = 100 -> r = 23.375 % (checked: npv(r) == 0).
  ASSERT_TRUE(o.irr.has_value());
  EXPECT_NEAR(*npv(*o.irr, std::vector<double>{-100, 50, 50, 50}), 0.0, 1e-10);
  EXPECT_EQ(o.all_irrs.size(), 1u);
  // Cumulative -100, -50, 0: paid back at exactly 2 years = 24 months.
  ASSERT_TRUE(o.payback_months.has_value());
  EXPECT_NEAR(*o.payback_months, 24.0, 1e-12);
  // Discounted cumulative after year 2: -100 + 45.4545 + 41.3223 = -13.2231; year 3 brings
  // 37.5657, so 2 + 13.2231/37.5657 = 2.352 years = 28.224 months (exactly: (133.1 - 60.5 - 55)/50).
  ASSERT_TRUE(o.discounted_payback_months.has_value());
  EXPECT_NEAR(*o.discounted_payback_months, 12.0 * (2.0 + 0.352), 1e-9);
  EXPECT_DOUBLE_EQ(o.net_benefit_3y, 50.0);
  EXPECT_EQ(o.net_benefit_3y_years, 3);
  ASSERT_EQ(o.breakdown.size(), 1u);
  EXPECT_DOUBLE_EQ(o.breakdown[0].total, 150.0);
  EXPECT_DOUBLE_EQ(o.breakdown[0].share_percent, 100.0);
  EXPECT_NEAR(o.breakdown[0].present_value, 124.342599549211119, 1e-9);
}

TEST(RoiCase, RampUpTakesTheLastValueForMissingYears) {
  Case c = simple_case();
  c.years = 4;
  c.benefits[0].adoption_percent = {20, 60};
  const std::vector<PeriodRow> rows = cash_flows(c);
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_DOUBLE_EQ(rows[1].benefits, 10.0);  // 50 * 20 %
  EXPECT_DOUBLE_EQ(rows[2].benefits, 30.0);  // 50 * 60 %
  EXPECT_DOUBLE_EQ(rows[3].benefits, 30.0);  // missing year 3 takes the last value
  EXPECT_DOUBLE_EQ(rows[4].benefits, 30.0);
  // Cumulative -100, -90, -60, -30, 0: paid back at the end of year 4 = 48 months.
  EXPECT_NEAR(*evaluate(c).payback_months, 48.0, 1e-12);
  c.years = 3;
  EXPECT_FALSE(evaluate(c).payback_months.has_value());  // -100 + 70 < 0: not within 3 years
}

TEST(RoiCase, BenefitKinds) {
  Case c = simple_case();
  BenefitLine revenue;
  revenue.id = "revenue";
  revenue.kind = BenefitKind::revenue_gain;
  revenue.amount_per_year = 1000.0;
  revenue.margin_percent = 30.0;  // only the margin counts: 300 a year
  BenefitLine hours;
  hours.id = "hours";
  hours.kind = BenefitKind::productivity;
  hours.hours = 2.0;  // a week: 2 * 52 * 25 * 3 = 7800 a year
  hours.hourly_rate = 25.0;
  hours.people = 3.0;
  BenefitLine yearly_hours = hours;
  yearly_hours.id = "yearly-hours";
  yearly_hours.hours_basis = HoursBasis::per_year;
  yearly_hours.hours = 104.0;  // the same 2 h/week as a yearly figure: 104 * 25 * 3 = 7800
  c.benefits.push_back(revenue);
  c.benefits.push_back(hours);
  c.benefits.push_back(yearly_hours);
  const std::vector<PeriodRow> rows = cash_flows(c);
  EXPECT_DOUBLE_EQ(rows[1].cost_saving, 50.0);
  EXPECT_DOUBLE_EQ(rows[1].revenue_gain, 300.0);
  EXPECT_DOUBLE_EQ(rows[1].productivity, 15600.0);
  EXPECT_DOUBLE_EQ(rows[1].benefits, 15950.0);
  c.benefits[1].margin_percent.reset();  // no margin: the whole revenue gain counts
  EXPECT_DOUBLE_EQ(cash_flows(c)[1].revenue_gain, 1000.0);
}

TEST(RoiCase, MonthlyAndYearlyAgree) {
  Case yearly = simple_case();
  yearly.years = 3;
  yearly.benefits[0].adoption_percent = {20, 60, 100};
  yearly.recurring_costs = {{"support", "Support", 12.0, false, ""}};
  Case monthly = yearly;
  monthly.period = PeriodKind::monthly;

  const Outputs y = evaluate(yearly), m = evaluate(monthly);
  EXPECT_EQ(cash_flows(monthly).size(), 37u);
  EXPECT_NEAR(m.total_costs, y.total_costs, 1e-9);
  EXPECT_NEAR(m.total_benefits, y.total_benefits, 1e-9);
  EXPECT_NEAR(*m.roi_percent, *y.roi_percent, 1e-9);
  EXPECT_NEAR(m.net_benefit_3y, y.net_benefit_3y, 1e-9);
  // Net per month is constant inside each year, so the monthly cumulative is the straight line
  // the yearly interpolation assumes: the payback month is the same. Yearly nets: -100, -2, 18, 38;
  // cumulative -100, -102, -84, -46: not paid back. With a smaller licence it is:
  ASSERT_FALSE(y.payback_months.has_value());
  ASSERT_FALSE(m.payback_months.has_value());
  yearly.one_time_costs[0].amount = 40.0;
  monthly.one_time_costs[0].amount = 40.0;
  // Cumulative -40, -42, -24, 14: crosses in year 3 at 2 + 24/38 years = 31.578947... months.
  const Outputs y2 = evaluate(yearly), m2 = evaluate(monthly);
  ASSERT_TRUE(y2.payback_months.has_value());
  ASSERT_TRUE(m2.payback_months.has_value());
  EXPECT_NEAR(*y2.payback_months, 12.0 * (2.0 + 24.0 / 38.0), 1e-9);
  EXPECT_NEAR(*m2.payback_months, *y2.payback_months, 1e-9);
  // Monthly benefits arrive earlier, so they are worth more today.
  EXPECT_GT(m2.npv, y2.npv);
  // The monthly rate compounds to the annual one: month 12 is discounted like year 1.
  EXPECT_NEAR(period_rate(monthly), std::pow(1.1, 1.0 / 12.0) - 1.0, 1e-15);
  EXPECT_NEAR(cash_flows(monthly)[12].discount_factor, 1.0 / 1.1, 1e-14);
  // The monthly IRR is reported as an annual rate: discounting at it zeroes the NPV.
  ASSERT_TRUE(m2.irr.has_value());
  Case at_irr = monthly;
  at_irr.discount_rate = *m2.irr;
  EXPECT_NEAR(evaluate(at_irr).npv, 0.0, 1e-9);
}

TEST(RoiCase, ScenarioOrdering) {
  for (const Template& t : templates()) {
    const ScenarioComparison s = scenario_comparison(t.base);
    EXPECT_EQ(s.conservative.scenario, Scenario::conservative);
    EXPECT_EQ(s.optimistic.scenario, Scenario::optimistic);
    EXPECT_LE(s.conservative.npv, s.expected.npv) << t.id;
    EXPECT_LE(s.expected.npv, s.optimistic.npv) << t.id;
    EXPECT_LE(s.conservative.net_benefit, s.expected.net_benefit) << t.id;
    EXPECT_LE(s.expected.net_benefit, s.optimistic.net_benefit) << t.id;
    EXPECT_LE(*s.conservative.roi_percent, *s.expected.roi_percent) << t.id;
    EXPECT_LE(*s.expected.roi_percent, *s.optimistic.roi_percent) << t.id;
    ASSERT_TRUE(s.expected.payback_months.has_value()) << t.id;
    ASSERT_TRUE(s.optimistic.payback_months.has_value()) << t.id;
    EXPECT_LE(*s.optimistic.payback_months, *s.expected.payback_months) << t.id;
    if (s.conservative.payback_months) {
      EXPECT_LE(*s.expected.payback_months, *s.conservative.payback_months) << t.id;
    }
  }
  // Factors apply as documented: conservative = benefits x 0.7, costs x 1.1 (defaults).
  const Outputs c = evaluate(simple_case(), Scenario::conservative);
  EXPECT_DOUBLE_EQ(c.total_costs, 110.0);
  EXPECT_DOUBLE_EQ(c.total_benefits, 105.0);
}

TEST(RoiCase, SensitivityIsSortedByImpact) {
  for (const Template& t : templates()) {
    const std::vector<SensitivityRow> rows = sensitivity(t.base, Scenario::expected, 0.20);
    EXPECT_EQ(rows.size(), drivers(t.base).size()) << t.id;
    for (std::size_t i = 1; i < rows.size(); ++i) EXPECT_GE(rows[i - 1].impact, rows[i].impact) << t.id;
    const auto rate = std::find_if(rows.begin(), rows.end(), [](const auto& r) { return r.key == "discountRate"; });
    ASSERT_NE(rate, rows.end());
    EXPECT_NEAR(rate->low_value, t.base.discount_rate * 0.8, 1e-15);
    EXPECT_GT(rate->npv_low, rate->npv_high);  // a higher rate lowers a positive-NPV case
  }
  // Simple case: the saving (PV 124.34 at 100 %) moves NPV by 2 * 20 % * 124.34 = 49.74; the
  // licence by 2 * 20 % * 100 = 40; the rate by less. Adoption is 100 % already and capped, so
  // its +20 % side is flat: impact 20 % * 124.34 = 24.87.
  const std::vector<SensitivityRow> rows = sensitivity(simple_case());
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0].key, "benefits[saving].amount");
  EXPECT_NEAR(rows[0].impact, 0.4 * 124.342599549211119, 1e-9);
  EXPECT_EQ(rows[1].key, "oneTimeCosts[licence].amount");
  EXPECT_NEAR(rows[1].impact, 40.0, 1e-9);
  EXPECT_EQ(rows[2].key, "benefits[saving].adoption");
  EXPECT_NEAR(rows[2].impact, 0.2 * 124.342599549211119, 1e-9);
  EXPECT_DOUBLE_EQ(rows[2].high_value, 100.0);
  EXPECT_EQ(rows[3].key, "discountRate");
}

TEST(RoiCase, DriversReadAndWrite) {
  Case c = simple_case();
  c.benefits[0].adoption_percent = {25, 50};
  c.benefits[0].live_adoption = true;
  EXPECT_EQ(live_drivers(c).size(), 1u);
  EXPECT_EQ(*driver_value(c, "benefits[saving].adoption"), 50.0);
  // Setting the steady-state adoption scales the whole ramp-up.
  ASSERT_TRUE(set_driver_value(c, "benefits[saving].adoption", 80.0));
  EXPECT_EQ(c.benefits[0].adoption_percent, (std::vector<double>{40, 80}));
  ASSERT_TRUE(set_driver_value(c, "oneTimeCosts[licence].amount", 90.0));
  EXPECT_EQ(c.one_time_costs[0].amount, 90.0);
  ASSERT_TRUE(set_driver_value(c, "discountRate", 0.05));
  EXPECT_EQ(c.discount_rate, 0.05);
  EXPECT_FALSE(set_driver_value(c, "benefits[nope].amount", 1.0));
  EXPECT_FALSE(driver_value(c, "nope").has_value());
}

TEST(RoiCase, ValidationMessagesNameTheField) {
  Case c = simple_case();
  c.years = 0;
  c.currency = "usd";
  c.discount_rate = -0.5;
  c.one_time_costs[0].amount = -1.0;
  c.one_time_costs.push_back({"licence", "Again", 5.0, false, ""});
  c.benefits[0].adoption_percent = {50, 120};
  BenefitLine p;
  p.id = "p";
  p.kind = BenefitKind::productivity;
  p.hours = 200;  // a week
  p.people = std::numeric_limits<double>::quiet_NaN();
  c.benefits.push_back(p);
  c.scenarios.optimistic.benefits = -1.0;
  const std::vector<std::string> t = texts(validate(c));
  EXPECT_TRUE(contains(t, "years: must be between 1 and 10"));
  EXPECT_TRUE(contains(t, "currency: must be a three-letter currency code such as CNY, USD or EUR"));
  EXPECT_TRUE(contains(t, "discountRate: must be between 0 and 1 (0 % to 100 % a year)"));
  EXPECT_TRUE(contains(t, "oneTimeCosts[0].amount: must be zero or more"));
  EXPECT_TRUE(contains(t, "oneTimeCosts[1].id: duplicates the id of oneTimeCosts[0]"));
  EXPECT_TRUE(contains(t, "benefits[0].adoptionPercent[1]: must be between 0 and 100"));
  EXPECT_TRUE(contains(t, "benefits[1].hours: must be between 0 and 168 hours a week"));
  EXPECT_TRUE(contains(t, "benefits[1].people: must be a number"));
  EXPECT_TRUE(contains(t, "scenarios.optimistic.benefits: must be between 0 and 10"));
  EXPECT_EQ(t.size(), 9u);
  c.years = 11;
  EXPECT_TRUE(contains(texts(validate(c)), "years: must be between 1 and 10"));
}

// A screen shows each problem at the input that fixes it and says it in its own words: the
// problems carry their kind and their input's path (ids, which nobody types, go to the label).
TEST(RoiCase, ProblemsNameTheInputThatFixesThem) {
  Case c = simple_case();
  c.id.clear();
  c.discount_rate = 1.5;
  c.one_time_costs.push_back({"licence", "Again", -5.0, false, ""});
  c.recurring_costs = {{"", "Support", std::numeric_limits<double>::infinity(), false, ""}};
  c.benefits[0].adoption_percent = {50, 120};
  BenefitLine r;
  r.id = "r";
  r.kind = BenefitKind::revenue_gain;
  r.margin_percent = 101;
  BenefitLine p;
  p.id = "p";
  p.kind = BenefitKind::productivity;
  p.hours_basis = HoursBasis::per_year;
  p.hours = 9000;
  p.hourly_rate = -1;
  c.benefits.push_back(r);
  c.benefits.push_back(p);
  c.scenarios.conservative.costs = 11;
  c.notes = {{"n", "a", true, ""}, {"n", "b", true, ""}};

  struct Want {
    std::string path, field_path;
    ProblemKind kind;
  };
  const std::vector<Want> want = {
      {"id", "name", ProblemKind::missing_id},
      {"discountRate", "discountRate", ProblemKind::discount_rate_range},
      {"oneTimeCosts[1].id", "oneTimeCosts[1].label", ProblemKind::duplicate_id},
      {"oneTimeCosts[1].amount", "oneTimeCosts[1].amount", ProblemKind::negative},
      {"recurringCosts[0].id", "recurringCosts[0].label", ProblemKind::missing_id},
      {"recurringCosts[0].amountPerYear", "recurringCosts[0].amountPerYear", ProblemKind::not_a_number},
      {"benefits[0].adoptionPercent[1]", "benefits[0].adoptionPercent[1]", ProblemKind::percent_range},
      {"benefits[1].marginPercent", "benefits[1].marginPercent", ProblemKind::percent_range},
      {"benefits[2].hours", "benefits[2].hours", ProblemKind::hours_per_year_range},
      {"benefits[2].hourlyRate", "benefits[2].hourlyRate", ProblemKind::negative},
      {"scenarios.conservative.costs", "scenarios.conservative.costs", ProblemKind::scenario_factor_range},
      {"notes[1].id", "notes[1].text", ProblemKind::duplicate_id},
  };
  const std::vector<Problem> got = validate(c);
  ASSERT_EQ(got.size(), want.size()) << ::testing::PrintToString(texts(got));
  for (std::size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(got[i].path, want[i].path);
    EXPECT_EQ(got[i].field_path(), want[i].field_path) << got[i].path;
    EXPECT_EQ(got[i].kind, want[i].kind) << got[i].path;
  }
  EXPECT_EQ(got[2].other, 0) << "the duplicate names the line it repeats";
  EXPECT_EQ(got[11].other, 0);
  EXPECT_EQ(got[6].list, ProblemList::benefits);
  EXPECT_EQ(got[6].line, 0);
  EXPECT_EQ(got[6].year, 1);
  EXPECT_EQ(got[10].scenario, Scenario::conservative);
  EXPECT_EQ(got[10].line, -1);
}

TEST(RoiCase, InvalidCaseNeverYieldsNaN) {
  Case c = simple_case();
  c.years = 0;
  c.discount_rate = std::numeric_limits<double>::quiet_NaN();
  c.one_time_costs[0].amount = std::numeric_limits<double>::infinity();
  c.benefits[0].amount_per_year = std::numeric_limits<double>::quiet_NaN();
  const Outputs o = evaluate(c);
  EXPECT_TRUE(std::isfinite(o.npv));
  EXPECT_TRUE(std::isfinite(o.net_benefit));
  EXPECT_EQ(cash_flows(c).size(), 2u);  // horizon clamped to 1 year
  for (const auto& r : sensitivity(c)) EXPECT_TRUE(std::isfinite(r.impact));
}

TEST(RoiCase, NoCostsMeansNoRoiPercent) {
  Case c = simple_case();
  c.one_time_costs.clear();
  const Outputs o = evaluate(c);
  EXPECT_FALSE(o.roi_percent.has_value());
  EXPECT_EQ(*o.payback_months, 0.0);
  EXPECT_FALSE(o.irr.has_value());
}

TEST(RoiCase, ThreeYearNetBenefitOnShortAndLongHorizons) {
  Case c = simple_case();
  c.years = 5;  // nets -100, 50 x 5: first three years -100 + 150 = 50
  EXPECT_DOUBLE_EQ(evaluate(c).net_benefit_3y, 50.0);
  EXPECT_DOUBLE_EQ(evaluate(c).net_benefit, 150.0);
  c.years = 2;  // shorter than 3 years: the whole horizon, -100 + 100
  EXPECT_DOUBLE_EQ(evaluate(c).net_benefit_3y, 0.0);
  EXPECT_EQ(evaluate(c).net_benefit_3y_years, 2);
}

TEST(RoiCase, TemplatesAreValidAndPayBack) {
  const std::vector<Template>& all = templates();
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].id, "software-subscription");
  EXPECT_EQ(all[1].id, "productivity-tool");
  EXPECT_EQ(all[2].id, "equipment-purchase");
  for (const Template& t : all) {
    EXPECT_FALSE(t.name.en.empty());
    EXPECT_FALSE(t.name.zh.empty());
    EXPECT_FALSE(t.description.zh.empty());
    EXPECT_TRUE(validate(t.base).empty()) << t.id;
    const Outputs o = evaluate(t.base);
    EXPECT_GT(o.npv, 0.0) << t.id;
    EXPECT_GT(*o.roi_percent, 0.0) << t.id;
    ASSERT_TRUE(o.payback_months.has_value()) << t.id;
    EXPECT_GT(*o.payback_months, 0.0) << t.id;
    EXPECT_LT(*o.payback_months, 12.0 * t.base.years) << t.id;
    ASSERT_TRUE(o.irr.has_value()) << t.id;
    EXPECT_FALSE(live_drivers(t.base).empty()) << t.id;
    double shares = 0;
    for (const auto& b : o.breakdown) shares += b.share_percent;
    EXPECT_NEAR(shares, 100.0, 1e-9) << t.id;
    // Every line has a label in both languages.
    auto has_label = [&](const std::string& id) {
      return std::any_of(t.labels.begin(), t.labels.end(),
                         [&](const auto& l) { return l.first == id && !l.second.en.empty() && !l.second.zh.empty(); });
    };
    for (const auto& x : t.base.one_time_costs) EXPECT_TRUE(has_label(x.id)) << x.id;
    for (const auto& x : t.base.recurring_costs) EXPECT_TRUE(has_label(x.id)) << x.id;
    for (const auto& x : t.base.benefits) EXPECT_TRUE(has_label(x.id)) << x.id;
    for (const auto& x : t.base.notes) EXPECT_TRUE(has_label(x.id)) << x.id;
  }
}

TEST(RoiCase, FromTemplateInChinese) {
  const Template& t = templates()[0];
  const Case c = from_template(t, "zh", "case-42", "2024-06-01T08:00:00Z");
  EXPECT_EQ(c.id, "case-42");
  EXPECT_EQ(c.name, "软件订阅替代手工作业");
  EXPECT_EQ(c.one_time_costs[0].label, "实施服务费");
  EXPECT_EQ(c.benefits[0].label, "减少手工录入时间");
  EXPECT_EQ(c.updated_at, "2024-06-01T08:00:00Z");
  EXPECT_EQ(c.benefits[2].updated_at, "2024-06-01T08:00:00Z");
  EXPECT_TRUE(c.notes[0].internal);
  const Case en = from_template(t, "en", "case-43");
  EXPECT_EQ(en.name, "Software subscription replacing manual work");
  EXPECT_EQ(en.one_time_costs[0].label, "Implementation services");
  EXPECT_NEAR(evaluate(c).npv, evaluate(en).npv, 1e-9);
}

TEST(RoiCase, DuplicateKeepsTheNumbers) {
  const Case original = simple_case();
  const Case copy = duplicate(original, "case-2", "2024-07-01T00:00:00Z");
  EXPECT_EQ(copy.id, "case-2");
  EXPECT_EQ(original.id, "case-1");
  EXPECT_EQ(copy.updated_at, "2024-07-01T00:00:00Z");
  EXPECT_EQ(copy.one_time_costs[0].id, "licence");
  EXPECT_DOUBLE_EQ(evaluate(copy).npv, evaluate(original).npv);
  EXPECT_TRUE(validate(copy).empty());
}

TEST(RoiCase, DriverRangesLetTheRepHalveOrDouble) {
  auto range = [](DriverKind kind, double value) {
    Driver d;
    d.kind = kind;
    d.value = value;
    return driver_range(d);
  };
  EXPECT_EQ(range(DriverKind::adoption, 60).max, 100.0);
  EXPECT_EQ(range(DriverKind::benefit_margin, 30).max, 100.0);
  EXPECT_EQ(range(DriverKind::people, 10).max, 20.0);
  EXPECT_EQ(range(DriverKind::people, 10).step, 1.0);
  EXPECT_EQ(range(DriverKind::people, 2).max, 10.0);
  EXPECT_EQ(range(DriverKind::hours, 6).max, 20.0);  // 12 rounded up to 20
  EXPECT_EQ(range(DriverKind::hours, 6).step, 0.5);
  EXPECT_EQ(range(DriverKind::discount_rate, 0.08).max, 0.30);
  EXPECT_EQ(range(DriverKind::discount_rate, 0.2).max, 0.5);  // 0.4 rounded up to 0.5
  const DriverRange amount = range(DriverKind::benefit_amount, 300000);
  EXPECT_EQ(amount.min, 0.0);
  EXPECT_EQ(amount.max, 1000000.0);  // 600,000 rounded up to 1,000,000
  EXPECT_EQ(amount.step, 5000.0);
  EXPECT_EQ(range(DriverKind::one_time_cost, 600000).max, 2000000.0);  // 1.2 M -> 2 M
  EXPECT_EQ(range(DriverKind::recurring_cost, 120000).max, 250000.0);  // 240,000 -> 250,000
  EXPECT_EQ(range(DriverKind::benefit_amount, 0).max, 100000.0);
  EXPECT_EQ(range(DriverKind::hourly_rate, 0).max, 500.0);
  // Every live driver of every template sits inside its range.
  for (const Template& t : templates()) {
    for (const Driver& d : drivers(t.base)) {
      const DriverRange r = driver_range(d);
      EXPECT_LE(r.min, d.value) << t.id << " " << d.key;
      EXPECT_GE(r.max, d.value) << t.id << " " << d.key;
      EXPECT_GT(r.step, 0.0) << t.id << " " << d.key;
    }
  }
}

}  // namespace
}  // namespace fieldbook::roi
