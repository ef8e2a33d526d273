// The ROI model: a case turned into its per-period table, outputs, scenarios, drivers and
// sensitivity. (Validation is in case_validation.cpp, the templates in case_templates.cpp.)
#include "roi/case.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <utility>

#include "roi/finance.h"

namespace fieldbook::roi {
namespace {

// ---------------------------------------------------------------- sanitizing

double finite_or(double v, double fallback) { return std::isfinite(v) ? v : fallback; }
double non_negative(double v) { return std::isfinite(v) && v > 0.0 ? v : 0.0; }
double percent(double v) { return std::clamp(finite_or(v, 0.0), 0.0, 100.0); }

ScenarioFactors clean(ScenarioFactors f) {
  return {std::isfinite(f.benefits) ? std::max(f.benefits, 0.0) : 1.0,
          std::isfinite(f.costs) ? std::max(f.costs, 0.0) : 1.0};
}

// The case as the model computes it: horizon in range, every number finite and in range.
Case sanitized(const Case& in) {
  Case c = in;
  c.years = std::clamp(c.years, kMinYears, kMaxYears);
  if (!std::isfinite(c.discount_rate) || c.discount_rate <= -1.0) c.discount_rate = 0.0;
  for (auto& x : c.one_time_costs) x.amount = non_negative(x.amount);
  for (auto& x : c.recurring_costs) x.amount_per_year = non_negative(x.amount_per_year);
  for (auto& b : c.benefits) {
    b.amount_per_year = non_negative(b.amount_per_year);
    if (b.margin_percent) b.margin_percent = percent(*b.margin_percent);
    b.hours = non_negative(b.hours);
    b.hourly_rate = non_negative(b.hourly_rate);
    b.people = non_negative(b.people);
    for (double& a : b.adoption_percent) a = percent(a);
  }
  c.scenarios.conservative = clean(c.scenarios.conservative);
  c.scenarios.expected = clean(c.scenarios.expected);
  c.scenarios.optimistic = clean(c.scenarios.optimistic);
  return c;
}

// ---------------------------------------------------------------- the model

double annual_value(const BenefitLine& b) {
  switch (b.kind) {
    case BenefitKind::cost_saving:
      return b.amount_per_year;
    case BenefitKind::revenue_gain:
      return b.amount_per_year * (b.margin_percent ? *b.margin_percent / 100.0 : 1.0);
    case BenefitKind::productivity:
      return b.hours * (b.hours_basis == HoursBasis::per_week ? kWeeksPerYear : 1.0) * b.hourly_rate * b.people;
  }
  return 0.0;
}

double adoption(const BenefitLine& b, int year) {
  if (b.adoption_percent.empty()) return 1.0;
  const auto i = std::min(static_cast<std::size_t>(year - 1), b.adoption_percent.size() - 1);
  return b.adoption_percent[i] / 100.0;
}

struct Model {
  std::vector<PeriodRow> rows;
  std::vector<std::vector<double>> line_values;  // [benefit line][period]
  double rate = 0.0;                             // per period
  int per_year = 1;
};

// The whole computation on a sanitized case.
Model build(const Case& c, Scenario s) {
  Model m;
  m.per_year = periods_per_year(c.period);
  m.rate = period_rate(c);
  const ScenarioFactors& f = factors(c, s);
  const int n = c.years * m.per_year;
  const double ppy = static_cast<double>(m.per_year);

  m.rows.resize(static_cast<std::size_t>(n) + 1);
  m.line_values.assign(c.benefits.size(), std::vector<double>(static_cast<std::size_t>(n) + 1, 0.0));

  double one_time = 0.0;
  for (const auto& x : c.one_time_costs) one_time += x.amount;
  double recurring = 0.0;
  for (const auto& x : c.recurring_costs) recurring += x.amount_per_year;

  double cumulative = 0.0, discounted_cumulative = 0.0;
  for (int p = 0; p <= n; ++p) {
    PeriodRow& row = m.rows[static_cast<std::size_t>(p)];
    row.period = p;
    row.year = p == 0 ? 0 : (p - 1) / m.per_year + 1;
    if (p == 0) {
      row.one_time_costs = one_time * f.costs;
    } else {
      row.recurring_costs = recurring / ppy * f.costs;
      for (std::size_t i = 0; i < c.benefits.size(); ++i) {
        const BenefitLine& b = c.benefits[i];
        const double v = annual_value(b) * adoption(b, row.year) * f.benefits / ppy;
        m.line_values[i][static_cast<std::size_t>(p)] = v;
        switch (b.kind) {
          case BenefitKind::cost_saving:
            row.cost_saving += v;
            break;
          case BenefitKind::revenue_gain:
            row.revenue_gain += v;
            break;
          case BenefitKind::productivity:
            row.productivity += v;
            break;
        }
      }
    }
    row.costs = row.one_time_costs + row.recurring_costs;
    row.benefits = row.cost_saving + row.revenue_gain + row.productivity;
    row.net = row.benefits - row.costs;
    cumulative += row.net;
    row.cumulative = cumulative;
    row.discount_factor = std::pow(1.0 + m.rate, -static_cast<double>(p));
    row.discounted_net = row.net * row.discount_factor;
    discounted_cumulative += row.discounted_net;
    row.discounted_cumulative = discounted_cumulative;
  }
  return m;
}

std::vector<double> nets(const Model& m) {
  std::vector<double> v;
  v.reserve(m.rows.size());
  for (const auto& r : m.rows) v.push_back(r.net);
  return v;
}

double model_npv(const Model& m) {
  const std::vector<double> flows = nets(m);
  return npv(m.rate, flows).value_or(0.0);
}

double annualize(double period_rate_value, int per_year) {
  return per_year == 1 ? period_rate_value : std::pow(1.0 + period_rate_value, per_year) - 1.0;
}

}  // namespace

// ---------------------------------------------------------------- small helpers

int periods_per_year(PeriodKind kind) { return kind == PeriodKind::monthly ? 12 : 1; }

double period_rate(const Case& c) {
  const double r = std::isfinite(c.discount_rate) && c.discount_rate > -1.0 ? c.discount_rate : 0.0;
  return c.period == PeriodKind::monthly ? std::pow(1.0 + r, 1.0 / 12.0) - 1.0 : r;
}

const ScenarioFactors& factors(const Case& c, Scenario s) {
  switch (s) {
    case Scenario::conservative:
      return c.scenarios.conservative;
    case Scenario::optimistic:
      return c.scenarios.optimistic;
    case Scenario::expected:
      break;
  }
  return c.scenarios.expected;
}

std::string_view scenario_name(Scenario s) {
  switch (s) {
    case Scenario::conservative:
      return "conservative";
    case Scenario::optimistic:
      return "optimistic";
    case Scenario::expected:
      break;
  }
  return "expected";
}

// ---------------------------------------------------------------- outputs

std::vector<PeriodRow> cash_flows(const Case& c, Scenario s) { return build(sanitized(c), s).rows; }

Outputs evaluate(const Case& in, Scenario s) {
  const Case c = sanitized(in);
  const Model m = build(c, s);
  const std::vector<double> flows = nets(m);
  const double months_per_period = 12.0 / static_cast<double>(m.per_year);

  Outputs o;
  o.scenario = s;
  for (const auto& r : m.rows) {
    o.total_costs += r.costs;
    o.total_benefits += r.benefits;
  }
  o.net_benefit = o.total_benefits - o.total_costs;
  o.roi_percent = roi::roi_percent(o.total_benefits, o.total_costs);
  o.npv = npv(m.rate, flows).value_or(0.0);
  for (double r : irr_all(flows)) o.all_irrs.push_back(annualize(r, m.per_year));
  o.irr = select_irr(o.all_irrs);
  if (const auto p = payback(flows)) o.payback_months = *p * months_per_period;
  if (const auto p = discounted_payback(flows, m.rate)) o.discounted_payback_months = *p * months_per_period;

  o.net_benefit_3y_years = std::min(3, c.years);
  for (const auto& r : m.rows) {
    if (r.year <= o.net_benefit_3y_years) o.net_benefit_3y += r.net;
  }

  for (std::size_t i = 0; i < c.benefits.size(); ++i) {
    BenefitBreakdown b;
    b.id = c.benefits[i].id;
    b.label = c.benefits[i].label;
    b.kind = c.benefits[i].kind;
    for (std::size_t p = 0; p < m.line_values[i].size(); ++p) {
      b.total += m.line_values[i][p];
      b.present_value += m.line_values[i][p] * m.rows[p].discount_factor;
    }
    b.share_percent = o.total_benefits > 0.0 ? b.total / o.total_benefits * 100.0 : 0.0;
    o.breakdown.push_back(std::move(b));
  }
  return o;
}

ScenarioComparison scenario_comparison(const Case& c) {
  return {evaluate(c, Scenario::conservative), evaluate(c, Scenario::expected), evaluate(c, Scenario::optimistic)};
}

// ---------------------------------------------------------------- drivers

std::vector<Driver> drivers(const Case& c) {
  std::vector<Driver> out;
  auto add = [&](std::string key, DriverKind kind, const std::string& line_id, const std::string& label, double value,
                 bool live) { out.push_back({std::move(key), kind, line_id, label, value, live}); };
  for (const BenefitLine& b : c.benefits) {
    const std::string k = "benefits[" + b.id + "].";
    switch (b.kind) {
      case BenefitKind::cost_saving:
        add(k + "amount", DriverKind::benefit_amount, b.id, b.label, b.amount_per_year, b.live_amount);
        break;
      case BenefitKind::revenue_gain:
        add(k + "amount", DriverKind::benefit_amount, b.id, b.label, b.amount_per_year, b.live_amount);
        if (b.margin_percent) {
          add(k + "marginPercent", DriverKind::benefit_margin, b.id, b.label, *b.margin_percent, b.live_amount);
        }
        break;
      case BenefitKind::productivity:
        add(k + "hours", DriverKind::hours, b.id, b.label, b.hours, b.live_hours);
        add(k + "hourlyRate", DriverKind::hourly_rate, b.id, b.label, b.hourly_rate, b.live_hourly_rate);
        add(k + "people", DriverKind::people, b.id, b.label, b.people, b.live_people);
        break;
    }
    const double steady = b.adoption_percent.empty() ? 100.0 : b.adoption_percent.back();
    add(k + "adoption", DriverKind::adoption, b.id, b.label, steady, b.live_adoption);
  }
  for (const OneTimeCost& x : c.one_time_costs) {
    add("oneTimeCosts[" + x.id + "].amount", DriverKind::one_time_cost, x.id, x.label, x.amount, x.live);
  }
  for (const RecurringCost& x : c.recurring_costs) {
    add("recurringCosts[" + x.id + "].amountPerYear", DriverKind::recurring_cost, x.id, x.label, x.amount_per_year,
        x.live);
  }
  add("discountRate", DriverKind::discount_rate, "", "", c.discount_rate, c.live_discount_rate);
  return out;
}

std::vector<Driver> live_drivers(const Case& c) {
  std::vector<Driver> all = drivers(c);
  std::vector<Driver> out;
  for (auto& d : all) {
    if (d.live) out.push_back(std::move(d));
  }
  return out;
}

std::optional<double> driver_value(const Case& c, std::string_view key) {
  for (const Driver& d : drivers(c)) {
    if (d.key == key) return d.value;
  }
  return std::nullopt;
}

namespace {

template <class T>
T* find_line(std::vector<T>& items, const std::string& id) {
  for (auto& x : items) {
    if (x.id == id) return &x;
  }
  return nullptr;
}

void set_adoption(BenefitLine& b, double value) {
  const double v = percent(value);
  if (b.adoption_percent.empty()) {
    b.adoption_percent = {v};
    return;
  }
  const double old = b.adoption_percent.back();
  if (!(old > 0.0)) {
    std::fill(b.adoption_percent.begin(), b.adoption_percent.end(), v);
    return;
  }
  for (double& a : b.adoption_percent) a = std::min(100.0, a * v / old);
  b.adoption_percent.back() = v;
}

}  // namespace

namespace {

// The smallest of 1, 2, 2.5, 5 x 10^k that is >= x (x > 0).
double round_up(double x) {
  const double p = std::pow(10.0, std::floor(std::log10(x)));
  for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    if (m * p >= x * (1.0 - 1e-12)) return m * p;
  }
  return 10.0 * p;
}

}  // namespace

DriverRange driver_range(const Driver& d) {
  const double v = std::isfinite(d.value) && d.value > 0.0 ? d.value : 0.0;
  switch (d.kind) {
    case DriverKind::adoption:
    case DriverKind::benefit_margin:
      return {0.0, 100.0, 1.0};
    case DriverKind::discount_rate:
      return {0.0, std::max(0.30, round_up(std::max(2.0 * v, 1e-9))), 0.005};
    case DriverKind::people:
      return {0.0, std::max(10.0, std::ceil(2.0 * v)), 1.0};
    case DriverKind::hours:
      return {0.0, std::max(10.0, round_up(std::max(2.0 * v, 1e-9))), 0.5};
    case DriverKind::hourly_rate:
    case DriverKind::benefit_amount:
    case DriverKind::one_time_cost:
    case DriverKind::recurring_cost:
      break;
  }
  const double floor_max = d.kind == DriverKind::hourly_rate ? 500.0 : 100000.0;
  const double max = v > 0.0 ? round_up(2.0 * v) : floor_max;
  return {0.0, max, max / 200.0};
}

bool set_driver_value(Case& c, std::string_view key, double value) {
  const std::vector<Driver> all = drivers(c);
  const auto it = std::find_if(all.begin(), all.end(), [&](const Driver& d) { return d.key == key; });
  if (it == all.end()) return false;
  switch (it->kind) {
    case DriverKind::discount_rate:
      c.discount_rate = value;
      return true;
    case DriverKind::one_time_cost:
      find_line(c.one_time_costs, it->line_id)->amount = value;
      return true;
    case DriverKind::recurring_cost:
      find_line(c.recurring_costs, it->line_id)->amount_per_year = value;
      return true;
    default:
      break;
  }
  BenefitLine* b = find_line(c.benefits, it->line_id);
  switch (it->kind) {
    case DriverKind::benefit_amount:
      b->amount_per_year = value;
      break;
    case DriverKind::benefit_margin:
      b->margin_percent = value;
      break;
    case DriverKind::adoption:
      set_adoption(*b, value);
      break;
    case DriverKind::hours:
      b->hours = value;
      break;
    case DriverKind::hourly_rate:
      b->hourly_rate = value;
      break;
    case DriverKind::people:
      b->people = value;
      break;
    default:
      break;
  }
  return true;
}

std::vector<SensitivityRow> sensitivity(const Case& in, Scenario s, double swing) {
  if (!std::isfinite(swing)) swing = 0.0;
  swing = std::clamp(std::fabs(swing), 0.0, 1.0);
  const Case base = sanitized(in);
  std::vector<SensitivityRow> rows;
  for (const Driver& d : drivers(base)) {
    SensitivityRow row;
    row.key = d.key;
    row.kind = d.kind;
    row.line_id = d.line_id;
    row.label = d.label;
    row.base_value = d.value;
    row.low_value = d.value * (1.0 - swing);
    row.high_value = d.value * (1.0 + swing);
    if (d.kind == DriverKind::adoption || d.kind == DriverKind::benefit_margin) {
      row.high_value = std::min(row.high_value, 100.0);
    }
    Case low = base, high = base;
    set_driver_value(low, d.key, row.low_value);
    set_driver_value(high, d.key, row.high_value);
    row.npv_low = model_npv(build(sanitized(low), s));
    row.npv_high = model_npv(build(sanitized(high), s));
    row.impact = std::fabs(row.npv_high - row.npv_low);
    rows.push_back(std::move(row));
  }
  std::stable_sort(rows.begin(), rows.end(),
                   [](const SensitivityRow& a, const SensitivityRow& b) { return a.impact > b.impact; });
  return rows;
}

}  // namespace fieldbook::roi
