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

std::string path_at(std::string_view field, std::size_t i) {
  return std::string(field) + "[" + std::to_string(i) + "]";
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

// ---------------------------------------------------------------- validation

namespace {

std::string_view list_name(ProblemList list) {
  switch (list) {
    case ProblemList::one_time_costs:
      return "oneTimeCosts";
    case ProblemList::recurring_costs:
      return "recurringCosts";
    case ProblemList::benefits:
      return "benefits";
    case ProblemList::notes:
      return "notes";
    case ProblemList::none:
      break;
  }
  return "";
}

std::string_view field_name(ProblemField f, ProblemList list) {
  switch (f) {
    case ProblemField::name:
      return "name";
    case ProblemField::currency:
      return "currency";
    case ProblemField::years:
      return "years";
    case ProblemField::period:
      return "period";
    case ProblemField::discount_rate:
      return "discountRate";
    case ProblemField::label:
      return "label";
    case ProblemField::amount:
      return list == ProblemList::one_time_costs ? "amount" : "amountPerYear";
    case ProblemField::margin_percent:
      return "marginPercent";
    case ProblemField::hours:
      return "hours";
    case ProblemField::hourly_rate:
      return "hourlyRate";
    case ProblemField::people:
      return "people";
    case ProblemField::adoption_percent:
      return "adoptionPercent";
    case ProblemField::note_text:
      return "text";
    case ProblemField::scenario_benefits:
      return "benefits";
    case ProblemField::scenario_costs:
      return "costs";
  }
  return "";
}

}  // namespace

std::string Problem::field_path() const {
  const std::string_view f = field_name(field, list);
  if (field == ProblemField::scenario_benefits || field == ProblemField::scenario_costs)
    return "scenarios." + std::string(scenario_name(scenario)) + "." + std::string(f);
  std::string out;
  if (list != ProblemList::none) out = path_at(list_name(list), static_cast<std::size_t>(std::max(line, 0))) + ".";
  out += f;
  if (field == ProblemField::adoption_percent) out = path_at(out, static_cast<std::size_t>(std::max(year, 0)));
  return out;
}

std::vector<Problem> validate(const Case& c) {
  std::vector<Problem> problems;
  // `at` is the problem's place (list, line, field, ...); `path` and the English message follow
  // from it and its kind.
  auto add = [&](Problem at, ProblemKind kind, std::string message) {
    at.kind = kind;
    at.message = std::move(message);
    if (at.path.empty()) at.path = at.field_path();
    problems.push_back(std::move(at));
  };
  auto field = [](ProblemField f) {
    Problem p;
    p.field = f;
    return p;
  };
  auto in_line = [](ProblemList list, std::size_t i, ProblemField f) {
    Problem p;
    p.list = list;
    p.line = static_cast<int>(i);
    p.field = f;
    return p;
  };
  auto check_amount = [&](Problem at, double v) {
    if (!std::isfinite(v)) {
      add(std::move(at), ProblemKind::not_a_number, "must be a number");
    } else if (v < 0.0) {
      add(std::move(at), ProblemKind::negative, "must be zero or more");
    }
  };
  auto check_percent = [&](Problem at, double v) {
    if (!std::isfinite(v) || v < 0.0 || v > 100.0) add(std::move(at), ProblemKind::percent_range, "must be between 0 and 100");
  };
  // A line's id is nobody's input: its problems are shown at the line's label (a note's text).
  auto check_ids = [&](ProblemList list, const auto& items, ProblemField shown_at) {
    std::vector<std::string> seen;
    for (std::size_t i = 0; i < items.size(); ++i) {
      const std::string& id = items[i].id;
      Problem at = in_line(list, i, shown_at);
      at.path = path_at(list_name(list), i) + ".id";
      if (id.empty()) {
        add(std::move(at), ProblemKind::missing_id, "must not be empty");
        continue;
      }
      const auto it = std::find(seen.begin(), seen.end(), id);
      if (it != seen.end()) {
        at.other = static_cast<int>(it - seen.begin());
        add(std::move(at), ProblemKind::duplicate_id,
            "duplicates the id of " + path_at(list_name(list), static_cast<std::size_t>(at.other)));
      }
      seen.push_back(id);
    }
  };

  if (c.id.empty()) {
    Problem at = field(ProblemField::name);
    at.path = "id";
    add(std::move(at), ProblemKind::missing_id, "must not be empty");
  }
  const bool currency_ok = c.currency.size() == 3 && std::all_of(c.currency.begin(), c.currency.end(),
                                                                   [](char ch) { return ch >= 'A' && ch <= 'Z'; });
  if (!currency_ok) {
    add(field(ProblemField::currency), ProblemKind::currency_code,
        "must be a three-letter currency code such as CNY, USD or EUR");
  }
  if (c.years < kMinYears || c.years > kMaxYears) add(field(ProblemField::years), ProblemKind::years_range, "must be between 1 and 10");
  if (c.period != PeriodKind::yearly && c.period != PeriodKind::monthly) {
    add(field(ProblemField::period), ProblemKind::period_kind, "must be yearly or monthly");
  }
  if (!std::isfinite(c.discount_rate) || c.discount_rate < 0.0 || c.discount_rate > 1.0) {
    add(field(ProblemField::discount_rate), ProblemKind::discount_rate_range, "must be between 0 and 1 (0 % to 100 % a year)");
  }

  check_ids(ProblemList::one_time_costs, c.one_time_costs, ProblemField::label);
  for (std::size_t i = 0; i < c.one_time_costs.size(); ++i) {
    check_amount(in_line(ProblemList::one_time_costs, i, ProblemField::amount), c.one_time_costs[i].amount);
  }
  check_ids(ProblemList::recurring_costs, c.recurring_costs, ProblemField::label);
  for (std::size_t i = 0; i < c.recurring_costs.size(); ++i) {
    check_amount(in_line(ProblemList::recurring_costs, i, ProblemField::amount), c.recurring_costs[i].amount_per_year);
  }
  check_ids(ProblemList::benefits, c.benefits, ProblemField::label);
  for (std::size_t i = 0; i < c.benefits.size(); ++i) {
    const BenefitLine& b = c.benefits[i];
    auto at = [&](ProblemField f) { return in_line(ProblemList::benefits, i, f); };
    switch (b.kind) {
      case BenefitKind::cost_saving:
        check_amount(at(ProblemField::amount), b.amount_per_year);
        break;
      case BenefitKind::revenue_gain:
        check_amount(at(ProblemField::amount), b.amount_per_year);
        if (b.margin_percent) check_percent(at(ProblemField::margin_percent), *b.margin_percent);
        break;
      case BenefitKind::productivity: {
        const bool weekly = b.hours_basis == HoursBasis::per_week;
        const double max_hours = weekly ? 168.0 : 8784.0;
        if (!std::isfinite(b.hours) || b.hours < 0.0 || b.hours > max_hours) {
          if (weekly) add(at(ProblemField::hours), ProblemKind::hours_per_week_range, "must be between 0 and 168 hours a week");
          else add(at(ProblemField::hours), ProblemKind::hours_per_year_range, "must be between 0 and 8784 hours a year");
        }
        check_amount(at(ProblemField::hourly_rate), b.hourly_rate);
        check_amount(at(ProblemField::people), b.people);
        break;
      }
      default: {
        Problem kind_at = at(ProblemField::label);
        kind_at.path = path_at("benefits", i) + ".kind";
        add(std::move(kind_at), ProblemKind::benefit_kind, "must be costSaving, revenueGain or productivity");
      }
    }
    for (std::size_t y = 0; y < b.adoption_percent.size(); ++y) {
      Problem year_at = at(ProblemField::adoption_percent);
      year_at.year = static_cast<int>(y);
      check_percent(std::move(year_at), b.adoption_percent[y]);
    }
  }

  for (Scenario s : {Scenario::conservative, Scenario::expected, Scenario::optimistic}) {
    const ScenarioFactors& f = factors(c, s);
    for (const auto& [which, v] : {std::pair{ProblemField::scenario_benefits, f.benefits},
                                   std::pair{ProblemField::scenario_costs, f.costs}}) {
      if (!std::isfinite(v) || v < 0.0 || v > 10.0) {
        Problem at = field(which);
        at.scenario = s;
        add(std::move(at), ProblemKind::scenario_factor_range, "must be between 0 and 10");
      }
    }
  }
  check_ids(ProblemList::notes, c.notes, ProblemField::note_text);
  return problems;
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

// ---------------------------------------------------------------- templates and copies

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

Case from_template(const Template& t, std::string_view language, std::string new_id, std::string updated_at) {
  Case c = t.base;
  c.id = std::move(new_id);
  c.name = t.name.get(language);
  auto relabel = [&](auto& items, auto member) {
    for (auto& x : items) {
      for (const auto& [id, text] : t.labels) {
        if (id == x.id) x.*member = text.get(language);
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

Case duplicate(const Case& c, std::string new_id, std::string updated_at) {
  Case copy = c;
  copy.id = std::move(new_id);
  stamp(copy, updated_at);
  return copy;
}

}  // namespace fieldbook::roi
