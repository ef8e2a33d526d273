#include "views/roi_format.h"

#include <cmath>
#include <cstdio>

#include "i18n/i18n.h"

namespace fieldbook::shell::roi_text {

namespace {

std::string printf_string(const char* format, const std::string& arg) {
  char buf[256];
  std::snprintf(buf, sizeof(buf), format, arg.c_str());
  return buf;
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
