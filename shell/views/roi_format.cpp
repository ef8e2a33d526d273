#include "views/roi_format.h"

#include <cmath>
#include <cstdio>
#include <initializer_list>
#include <string>
#include <vector>

#include "i18n/i18n.h"

namespace fieldbook::shell::roi_text {

namespace {

std::string printf_string(const char* format, const std::string& arg) {
  char buf[256];
  std::snprintf(buf, sizeof(buf), format, arg.c_str());
  return buf;
}

// `format` with each %s or %d replaced by the next of `args` (already text), and %% by %. Unlike
// snprintf it never cuts a long label short, in the middle of a character or otherwise.
std::string fill(const char* format, std::initializer_list<std::string> args) {
  std::string out;
  auto next = args.begin();
  for (const char* f = format; *f; ++f) {
    if (f[0] == '%' && (f[1] == 's' || f[1] == 'd')) {
      if (next != args.end()) out += *next++;
      ++f;
    } else if (f[0] == '%' && f[1] == '%') {
      out += '%';
      ++f;
    } else {
      out += *f;
    }
  }
  return out;
}

std::string one_decimal(double v) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.1f", v);
  return buf;
}

}  // namespace

Currency currency_of(const roi::Case& c) { return parse_currency(c.currency).value_or(Currency::CNY); }

std::string money(double value, const roi::Case& c) { return format_amount(value, currency_of(c), 0); }

std::string money_short(double value, const roi::Case& c) {
  FormatOptions o;
  o.compact = true;
  o.compact_style = language() == Language::Zh ? CompactStyle::Chinese : CompactStyle::Western;
  return format_amount(value, currency_of(c), 0, o);
}

std::string number(double value) {
  FormatOptions o;
  o.symbol = false;
  const bool whole = std::isfinite(value) && std::fabs(value - std::round(value)) < 1e-9;
  std::string s = format_amount(value, Currency::CNY, whole ? 0 : 2, o);
  if (!whole) {
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
  }
  return s;
}

std::string percent(double p) {
  if (!std::isfinite(p)) return "\xE2\x80\x94";
  if (std::fabs(p) >= 1000) return number(std::round(p)) + "%";
  char buf[64];
  std::snprintf(buf, sizeof(buf), std::fabs(p) >= 100 ? "%.0f%%" : "%.1f%%", p);
  return buf;
}

std::string roi_percent(const roi::Outputs& o) { return o.roi_percent ? percent(*o.roi_percent) : tr(S::RoiNoCosts); }

std::string payback(const std::optional<double>& months) {
  if (!months) return tr(S::RoiNotWithinHorizon);
  return printf_string(tr(S::RoiMonths), one_decimal(*months));
}

std::string irr(const roi::Outputs& o) {
  if (o.all_irrs.size() > 1) {
    std::string list;
    for (double r : o.all_irrs) list += (list.empty() ? "" : ", ") + percent(r * 100.0);
    return printf_string(tr(S::RoiSeveralIrrs), list);
  }
  if (!o.irr) return tr(S::RoiNone);
  return percent(*o.irr * 100.0);
}

std::string net_3y_label(const roi::Outputs& o) {
  char buf[128];
  std::snprintf(buf, sizeof(buf), tr(S::RoiKpiNetYears), o.net_benefit_3y_years);
  return buf;
}

const char* scenario_name(roi::Scenario s) {
  switch (s) {
    case roi::Scenario::conservative: return tr(S::RoiScenarioConservative);
    case roi::Scenario::optimistic: return tr(S::RoiScenarioOptimistic);
    case roi::Scenario::expected: break;
  }
  return tr(S::RoiScenarioExpected);
}

const char* benefit_kind_name(roi::BenefitKind k) {
  switch (k) {
    case roi::BenefitKind::revenue_gain: return tr(S::RoiKindRevenueGain);
    case roi::BenefitKind::productivity: return tr(S::RoiKindProductivity);
    case roi::BenefitKind::cost_saving: break;
  }
  return tr(S::RoiKindCostSaving);
}

std::string period_label(const roi::Case& c, int period) {
  if (period == 0) return tr(S::RoiPeriodStart);
  char buf[64];
  std::snprintf(buf, sizeof(buf), tr(c.period == roi::PeriodKind::monthly ? S::RoiMonthShort : S::RoiYearShort), period);
  return buf;
}

namespace {

const char* field_name(roi::DriverKind k) {
  using K = roi::DriverKind;
  switch (k) {
    case K::benefit_amount: return tr(S::RoiFieldAmount);
    case K::benefit_margin: return tr(S::RoiFieldMargin);
    case K::adoption: return tr(S::RoiFieldAdoption);
    case K::hours: return tr(S::RoiFieldHours);
    case K::hourly_rate: return tr(S::RoiFieldHourlyRate);
    case K::people: return tr(S::RoiFieldPeople);
    case K::one_time_cost:
    case K::recurring_cost: return tr(S::RoiFieldPrice);
    case K::discount_rate: break;
  }
  return tr(S::RoiDiscountRateShort);
}

const roi::BenefitLine* benefit_of(const roi::Case& c, const std::string& id) {
  for (const auto& b : c.benefits)
    if (b.id == id) return &b;
  return nullptr;
}

}  // namespace

std::string problem_message(const roi::Problem& p) {
  using K = roi::ProblemKind;
  switch (p.kind) {
    case K::missing_id: return tr(p.list == roi::ProblemList::none ? S::RoiProblemCaseId : S::RoiProblemMissingId);
    case K::duplicate_id: return fill(tr(S::RoiProblemDuplicateId), {std::to_string(p.other + 1)});
    case K::currency_code: return tr(S::RoiProblemCurrency);
    case K::years_range: return tr(S::RoiProblemYears);
    case K::period_kind: return tr(S::RoiProblemPeriod);
    case K::discount_rate_range: return tr(S::RoiProblemDiscountRate);
    case K::not_a_number: return tr(S::RoiProblemNotANumber);
    case K::negative: return tr(S::RoiProblemNegative);
    case K::percent_range: return tr(S::RoiProblemPercent);
    case K::hours_per_week_range: return tr(S::RoiProblemHoursWeek);
    case K::hours_per_year_range: return tr(S::RoiProblemHoursYear);
    case K::benefit_kind: return tr(S::RoiProblemBenefitKind);
    case K::scenario_factor_range: break;
  }
  return tr(S::RoiProblemScenarioFactor);
}

namespace {

// The name of a line as the editor shows it: its label, else its kind or its number.
template <class Line>
std::string line_name(const std::vector<Line>& lines, int i) {
  if (i >= 0 && i < int(lines.size()) && !lines[size_t(i)].label.empty()) return lines[size_t(i)].label;
  return fill(tr(S::RoiProblemLineN), {std::to_string(i + 1)});
}

const char* problem_field_name(const roi::Problem& p) {
  using F = roi::ProblemField;
  switch (p.field) {
    case F::name: return tr(S::RoiCaseName);
    case F::currency: return tr(S::RoiCurrency);
    case F::years: return tr(S::RoiYears);
    case F::period: return tr(S::RoiPeriod);
    case F::discount_rate: return tr(S::RoiDiscountRateShort);
    case F::label: return tr(S::RoiFieldName);
    case F::amount: return tr(S::RoiFieldAmount);
    case F::margin_percent: return tr(S::RoiFieldMargin);
    case F::hours: return tr(S::RoiFieldHours);
    case F::hourly_rate: return tr(S::RoiFieldHourlyRate);
    case F::people: return tr(S::RoiFieldPeople);
    case F::adoption_percent: return tr(S::RoiFieldAdoption);
    case F::note_text: return tr(S::RoiFieldText);
    case F::scenario_benefits: return tr(S::RoiBenefitFactor);
    case F::scenario_costs: break;
  }
  return tr(S::RoiCostFactor);
}

}  // namespace

std::string problem_place(const roi::Case& c, const roi::Problem& p) {
  const std::string dot = " \xC2\xB7 ";
  using L = roi::ProblemList;
  switch (p.list) {
    case L::one_time_costs:
      return std::string(tr(S::RoiOneTimeCosts)) + dot + line_name(c.one_time_costs, p.line) + dot + problem_field_name(p);
    case L::recurring_costs:
      return std::string(tr(S::RoiRecurringCosts)) + dot + line_name(c.recurring_costs, p.line) + dot + problem_field_name(p);
    case L::benefits: {
      std::string where = std::string(tr(S::RoiBenefits)) + dot;
      if (p.line >= 0 && p.line < int(c.benefits.size()) && c.benefits[size_t(p.line)].label.empty())
        where += benefit_kind_name(c.benefits[size_t(p.line)].kind);
      else
        where += line_name(c.benefits, p.line);
      where += dot + std::string(problem_field_name(p));
      if (p.field == roi::ProblemField::adoption_percent) where += " " + fill(tr(S::RoiYearN), {std::to_string(p.year + 1)});
      return where;
    }
    case L::notes:
      return std::string(tr(S::RoiNotes)) + dot + fill(tr(S::RoiProblemNoteN), {std::to_string(p.line + 1)});
    case L::none:
      break;
  }
  if (p.field == roi::ProblemField::scenario_benefits || p.field == roi::ProblemField::scenario_costs)
    return std::string(tr(S::RoiScenarios)) + dot + roi_text::scenario_name(p.scenario) + dot + problem_field_name(p);
  return problem_field_name(p);
}

std::string problem_entry(const roi::Case& c, const roi::Problem& p) {
  return fill(tr(S::RoiProblemEntry), {problem_place(c, p), problem_message(p)});
}

std::string driver_name(const roi::Case&, const roi::Driver& d) {
  if (d.kind == roi::DriverKind::discount_rate) return tr(S::RoiDiscountRateShort);
  const std::string label = d.label.empty() ? std::string(tr(S::RoiUnnamed)) : d.label;
  return label + " \xC2\xB7 " + field_name(d.kind);
}

std::string driver_value(const roi::Case& c, const roi::Driver& d, double value) {
  using K = roi::DriverKind;
  switch (d.kind) {
    case K::benefit_margin:
    case K::adoption: return percent(value);
    case K::discount_rate: return percent(value * 100.0);
    case K::people: return printf_string(tr(S::RoiPeopleCount), number(value));
    case K::hours: {
      const roi::BenefitLine* b = benefit_of(c, d.line_id);
      const bool weekly = !b || b->hours_basis == roi::HoursBasis::per_week;
      return printf_string(tr(weekly ? S::RoiHoursPerWeek : S::RoiHoursPerYear), number(value));
    }
    case K::benefit_amount:
    case K::recurring_cost: return printf_string(tr(S::RoiPerYearAmount), money(value, c));
    case K::hourly_rate:
    case K::one_time_cost: break;
  }
  return money(value, c);
}

}  // namespace fieldbook::shell::roi_text
