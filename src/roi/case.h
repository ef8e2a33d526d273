#pragma once
// The ROI case: what a rep fills in for one customer (costs of buying our product, the gains it
// brings), and the business rules that turn it into the numbers shown in a meeting: the
// per-period table, ROI %, NPV, IRR, payback in months, 3-year net benefit, the benefit
// breakdown, a sensitivity tornado and the three scenarios side by side.
//
// Plain structs with plain field names; the workspace serializes them (camelCase keys: the
// validation paths below use the same names, e.g. "oneTimeCosts[0].amount").
// Money is in the case's currency, as double major units (the model estimates; the UI rounds for
// display). Percentages are percent numbers (80 = 80 %); rates are decimals (0.08 = 8 %).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/localized_text.h"

namespace fieldbook::roi {

enum class PeriodKind { yearly, monthly };
enum class Scenario { conservative, expected, optimistic };
enum class BenefitKind { cost_saving, revenue_gain, productivity };
enum class HoursBasis { per_week, per_year };

inline constexpr int kMinYears = 1;
inline constexpr int kMaxYears = 10;
inline constexpr double kWeeksPerYear = 52.0;

// A cost paid once, at t = 0 (licence, implementation, training, hardware, ...).
struct OneTimeCost {
  std::string id;
  std::string label;
  double amount = 0.0;  // >= 0
  bool live = false;    // shown as a slider in meeting mode
  std::string updated_at;
};

// A cost paid every year (subscription, support, maintenance), spread evenly over the periods.
struct RecurringCost {
  std::string id;
  std::string label;
  double amount_per_year = 0.0;  // >= 0
  bool live = false;
  std::string updated_at;
};

// One expected gain. Its yearly value before ramp-up is
//   cost_saving:  amount_per_year
//   revenue_gain: amount_per_year * margin_percent / 100 (the whole amount when no margin is set)
//   productivity: hours (per week * 52, or per year) * hourly_rate * people
// and in year y it is multiplied by adoption_percent[y - 1] / 100 (years past the end of the
// list take its last value; an empty list means 100 % from year 1).
struct BenefitLine {
  std::string id;
  std::string label;
  BenefitKind kind = BenefitKind::cost_saving;
  double amount_per_year = 0.0;           // cost_saving, revenue_gain
  std::optional<double> margin_percent;   // revenue_gain only, 0..100
  double hours = 0.0;                     // productivity: hours saved per person
  HoursBasis hours_basis = HoursBasis::per_week;
  double hourly_rate = 0.0;               // productivity: loaded cost of one hour
  double people = 0.0;                    // productivity: how many people save those hours
  std::vector<double> adoption_percent;   // ramp-up, one entry per year from year 1, 0..100
  // Which of this line's drivers the rep shows as sliders in meeting mode.
  bool live_amount = false;
  bool live_adoption = false;
  bool live_hours = false;
  bool live_hourly_rate = false;
  bool live_people = false;
  std::string updated_at;
};

// Multipliers a scenario applies to every benefit and to every cost.
struct ScenarioFactors {
  double benefits = 1.0;
  double costs = 1.0;
};

struct ScenarioSet {
  ScenarioFactors conservative{0.7, 1.1};
  ScenarioFactors expected{1.0, 1.0};
  ScenarioFactors optimistic{1.2, 1.0};
};

struct Note {
  std::string id;
  std::string text;
  bool internal = true;  // internal notes are hidden in meeting mode and in shared links
  std::string updated_at;
};

struct Case {
  std::string id;
  std::string name;           // the case's title, e.g. "CRM subscription for ACME"
  std::string customer_name;
  std::string currency = "CNY";  // ISO 4217 code: "CNY", "USD", "EUR", ...
  int years = 3;                 // horizon, 1..10
  PeriodKind period = PeriodKind::yearly;
  double discount_rate = 0.08;   // annual; monthly periods use (1 + r)^(1/12) - 1
  bool live_discount_rate = false;
  std::vector<OneTimeCost> one_time_costs;
  std::vector<RecurringCost> recurring_costs;
  std::vector<BenefitLine> benefits;
  ScenarioSet scenarios;
  std::vector<Note> notes;
  std::string updated_at;
  // (last, so the records' positional initializers written before it stay right)
  std::string owner_id;  // whose it is: "" = this workspace's owner (me), else a member of the team
};

// ---------------------------------------------------------------- validation

// What is wrong, so that a screen can say it in its own language (Problem::message says it in
// English, for files and the command line).
enum class ProblemKind {
  missing_id,             // a record without an id
  duplicate_id,           // two lines of one list share an id (Problem::other: the first one)
  currency_code,          // not three capital letters
  years_range,            // outside kMinYears..kMaxYears
  period_kind,            // neither yearly nor monthly
  discount_rate_range,    // outside 0..1 (0 % to 100 % a year)
  not_a_number,           // NaN or infinite
  negative,               // below zero
  percent_range,          // outside 0..100
  hours_per_week_range,   // outside 0..168
  hours_per_year_range,   // outside 0..8784
  benefit_kind,           // none of the three kinds
  scenario_factor_range,  // outside 0..10
};

// The input a person changes to fix a problem. Ids are never typed, so a problem with a line's
// id belongs to that line's label (a note's text), and one with the case's id to the case name.
enum class ProblemField {
  name, currency, years, period, discount_rate,  // the case's own fields
  label, amount, margin_percent, hours, hourly_rate, people, adoption_percent, note_text,  // a line's
  scenario_benefits, scenario_costs,  // a scenario's factors
};
enum class ProblemList { none, one_time_costs, recurring_costs, benefits, notes };

struct Problem {
  std::string path;     // the value at fault, e.g. "years", "benefits[1].adoptionPercent[0]"
  std::string message;  // e.g. "must be between 1 and 10"
  ProblemKind kind = ProblemKind::not_a_number;
  // Where it is shown: the list and line (-1: the case's own fields or a scenario), the field,
  // and for adoption the year (0-based) or for scenario factors the scenario.
  ProblemList list = ProblemList::none;
  int line = -1;
  ProblemField field = ProblemField::name;
  int year = -1;
  Scenario scenario = Scenario::expected;
  int other = -1;  // duplicate_id: the line whose id this one repeats

  std::string text() const { return path + ": " + message; }  // "years: must be between 1 and 10"
  // The path of the input (`path` but for ids): "benefits[0].hours", "oneTimeCosts[2].label",
  // "scenarios.optimistic.costs". Every problem of one input has the same field path.
  std::string field_path() const;
};

// Every problem of the case, in field order; empty when the case is valid.
std::vector<Problem> validate(const Case& c);

// ---------------------------------------------------------------- outputs

int periods_per_year(PeriodKind kind);
// The discount rate per period: the annual rate for yearly periods, (1 + r)^(1/12) - 1 for months.
double period_rate(const Case& c);
const ScenarioFactors& factors(const Case& c, Scenario s);
std::string_view scenario_name(Scenario s);  // "conservative", "expected", "optimistic"

// One row of the per-period table. Row 0 is t = 0 (the one-time costs); rows 1..N are the
// periods (years or months), cash at the end of each. Costs are positive amounts; net =
// benefits - costs.
struct PeriodRow {
  int period = 0;  // 0..N
  int year = 0;    // 0 for t = 0, else the year (1-based) the period belongs to
  double one_time_costs = 0.0;
  double recurring_costs = 0.0;
  double costs = 0.0;  // one_time_costs + recurring_costs
  double cost_saving = 0.0;
  double revenue_gain = 0.0;
  double productivity = 0.0;
  double benefits = 0.0;  // cost_saving + revenue_gain + productivity
  double net = 0.0;
  double cumulative = 0.0;
  double discount_factor = 1.0;  // (1 + period rate)^-period
  double discounted_net = 0.0;
  double discounted_cumulative = 0.0;
};

std::vector<PeriodRow> cash_flows(const Case& c, Scenario s = Scenario::expected);

struct BenefitBreakdown {
  std::string id;
  std::string label;
  BenefitKind kind = BenefitKind::cost_saving;
  double total = 0.0;          // over the horizon, undiscounted
  double present_value = 0.0;  // discounted at the case's rate
  double share_percent = 0.0;  // of all benefits (0 when there are none)
};

struct Outputs {
  Scenario scenario = Scenario::expected;
  double total_costs = 0.0;     // over the horizon, undiscounted, incl. one-time costs
  double total_benefits = 0.0;  // over the horizon, undiscounted
  double net_benefit = 0.0;     // total_benefits - total_costs
  std::optional<double> roi_percent;  // (benefits - costs) / costs * 100; none when no costs
  double npv = 0.0;                   // at the case's discount rate, t = 0 undiscounted
  // Annual IRR (monthly period IRRs are annualized: (1 + r)^12 - 1). irr is the one
  // numpy-financial would pick; all_irrs every real one, ascending.
  std::optional<double> irr;
  std::vector<double> all_irrs;
  std::optional<double> payback_months;             // none: not paid back within the horizon
  std::optional<double> discounted_payback_months;  // none: not paid back within the horizon
  // Net benefit over the first three years (t = 0 included), or over the whole horizon when it
  // is shorter; net_benefit_3y_years says which (3, or years when < 3).
  double net_benefit_3y = 0.0;
  int net_benefit_3y_years = 3;
  std::vector<BenefitBreakdown> breakdown;  // one per benefit line, in case order
};

// evaluate() and friends assume a valid case; on an invalid one they clamp the horizon to 1..10
// and treat non-finite or negative amounts as 0, so they never produce NaN.
Outputs evaluate(const Case& c, Scenario s = Scenario::expected);

struct ScenarioComparison {
  Outputs conservative;
  Outputs expected;
  Outputs optimistic;
};
ScenarioComparison scenario_comparison(const Case& c);

// ---------------------------------------------------------------- drivers and sensitivity

// A number in the case that the rep can move (a slider in meeting mode, a bar in the tornado).
enum class DriverKind {
  benefit_amount,    // amount_per_year of a cost-saving or revenue-gain line
  benefit_margin,    // margin_percent of a revenue-gain line that has one
  adoption,          // a line's ramp-up (value: its steady-state adoption, the last entry)
  hours,             // productivity
  hourly_rate,       // productivity
  people,            // productivity
  one_time_cost,     // amount
  recurring_cost,    // amount_per_year
  discount_rate,
};

struct Driver {
  std::string key;      // stable: "benefits[<id>].amount", "oneTimeCosts[<id>].amount", "discountRate", ...
  DriverKind kind = DriverKind::discount_rate;
  std::string line_id;  // empty for the discount rate
  std::string label;    // the line's label ("" for the discount rate; the UI names the field)
  double value = 0.0;
  bool live = false;
};

// Every driver of the case, in case order (benefits, one-time costs, recurring costs, rate).
std::vector<Driver> drivers(const Case& c);
std::vector<Driver> live_drivers(const Case& c);
std::optional<double> driver_value(const Case& c, std::string_view key);
// Sets a driver (adoption: scales the whole ramp-up so its last entry becomes value, capped at
// 100 %). Returns false when the key names no driver of this case.
bool set_driver_value(Case& c, std::string_view key, double value);

// The range a slider offers for a driver: adoption and margin 0..100 %, the discount rate
// 0..30 % (or twice the rate when higher), counts and amounts 0..a round number at least twice
// the value (so the rep can halve or double it). `step` is the slider's resolution (a whole
// person, half an hour, 0.5 % of rate, a round share of the amount range).
struct DriverRange {
  double min = 0.0;
  double max = 1.0;
  double step = 0.0;
};
DriverRange driver_range(const Driver& d);

struct SensitivityRow {
  std::string key;
  DriverKind kind = DriverKind::discount_rate;
  std::string line_id;
  std::string label;
  double base_value = 0.0;
  double low_value = 0.0;   // base * (1 - swing)
  double high_value = 0.0;  // base * (1 + swing); adoption capped at 100 %
  double npv_low = 0.0;     // NPV with the driver at low_value
  double npv_high = 0.0;
  double impact = 0.0;      // |npv_high - npv_low|
};

// The tornado: each driver moved by -swing and +swing (relative, 0.20 = ±20 %), the NPV of the
// scenario recomputed; rows sorted by impact, largest first (ties keep case order).
std::vector<SensitivityRow> sensitivity(const Case& c, Scenario s = Scenario::expected, double swing = 0.20);

// ---------------------------------------------------------------- templates

// A built-in starting point. `base` is a complete, valid case with English labels; `labels`
// gives every line (by line id) and the case name in both languages.
struct Template {
  std::string id;  // "software-subscription", "productivity-tool", "equipment-purchase"
  LocalizedText name;
  LocalizedText description;
  Case base;
  std::vector<std::pair<std::string, LocalizedText>> labels;  // line id -> label
};

const std::vector<Template>& templates();
// A new case from a template: labels and name in `language`, the given id and updated_at
// stamped on the case and every line.
Case from_template(const Template& t, Language language, std::string new_id, std::string updated_at = {});
// The same with the language by its code ("en" or "zh"; anything else is English).
Case from_template(const Template& t, std::string_view language_code, std::string new_id, std::string updated_at = {});

// A copy of the case under a new id (line ids stay: they are unique within their case).
// updated_at, when given, is stamped on the copy.
Case duplicate(const Case& c, std::string new_id, std::string updated_at = {});

}  // namespace fieldbook::roi
