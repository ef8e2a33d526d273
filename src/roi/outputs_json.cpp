#include "roi/outputs_json.h"

#include "common/number_text.h"

#include <charconv>
#include <cmath>
#include <optional>
#include <string_view>
#include <system_error>

namespace fieldbook::roi {
namespace {

class Out {
 public:
  std::string text;

  void key(std::string_view name) {
    comma();
    quoted(name);
    text += ':';
    after_key_ = true;  // the value that follows needs no comma
  }

  void number(std::optional<double> v) {
    comma();
    if (!v || !std::isfinite(*v)) {
      text += "null";
      return;
    }
    text += shortest_number(*v);  // also in the wasm build, whose libc++ lacks double to_chars
  }

  void integer(long long v) {
    comma();
    text += std::to_string(v);
  }

  void string(std::string_view s) {
    comma();
    quoted(s);
  }

  void open(char bracket) {
    comma();
    text += bracket;
    first_ = true;
  }
  void close(char bracket) {
    text += bracket;
    first_ = false;
  }

 private:
  void quoted(std::string_view s) {
    text += '"';
    for (const char ch : s) {
      const auto u = static_cast<unsigned char>(ch);
      if (ch == '"' || ch == '\\') {
        text += '\\';
        text += ch;
      } else if (u < 0x20) {
        static constexpr char kHex[] = "0123456789abcdef";
        text += "\\u00";
        text += kHex[u >> 4];
        text += kHex[u & 15];
      } else {
        text += ch;
      }
    }
    text += '"';
  }

  // A comma before every value or key but the first in its object or list.
  void comma() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (!first_) text += ',';
    first_ = false;
  }

  bool first_ = true;
  bool after_key_ = false;
};

std::string_view kind_name(BenefitKind kind) {
  switch (kind) {
    case BenefitKind::revenue_gain: return "revenueGain";
    case BenefitKind::productivity: return "productivity";
    case BenefitKind::cost_saving: break;
  }
  return "costSaving";
}

void figures(Out& o, const Outputs& r) {
  o.key("roiPercent");
  o.number(r.roi_percent);
  o.key("netBenefit");
  o.number(r.net_benefit);
  o.key("npv");
  o.number(r.npv);
  o.key("irr");
  o.number(r.irr);
}

void later_figures(Out& o, const Outputs& r) {
  o.key("paybackMonths");
  o.number(r.payback_months);
  o.key("discountedPaybackMonths");
  o.number(r.discounted_payback_months);
  o.key("netBenefit3y");
  o.number(r.net_benefit_3y);
}

void totals(Out& o, const Outputs& r) {
  o.key("totalCosts");
  o.number(r.total_costs);
  o.key("totalBenefits");
  o.number(r.total_benefits);
}

}  // namespace

std::string outputs_json(const Case& c) {
  const ScenarioComparison all = scenario_comparison(c);
  const Outputs& r = all.expected;
  Out o;
  o.open('{');
  o.key("id");
  o.string(c.id);
  o.key("name");
  o.string(c.name);
  o.key("customerName");
  o.string(c.customer_name);
  o.key("currency");
  o.string(c.currency);
  o.key("years");
  o.integer(c.years);
  o.key("period");
  o.string(c.period == PeriodKind::monthly ? "monthly" : "yearly");
  o.key("discountRate");
  o.number(c.discount_rate);

  figures(o, r);
  o.key("irrs");
  o.open('[');
  for (double x : r.all_irrs) o.number(x);
  o.close(']');
  later_figures(o, r);
  o.key("netBenefit3yYears");
  o.integer(r.net_benefit_3y_years);
  totals(o, r);

  o.key("breakdown");
  o.open('[');
  for (const BenefitBreakdown& b : r.breakdown) {
    o.open('{');
    o.key("id");
    o.string(b.id);
    o.key("label");
    o.string(b.label);
    o.key("kind");
    o.string(kind_name(b.kind));
    o.key("total");
    o.number(b.total);
    o.key("presentValue");
    o.number(b.present_value);
    o.key("sharePercent");
    o.number(b.share_percent);
    o.close('}');
  }
  o.close(']');

  o.key("periods");
  o.open('[');
  for (const PeriodRow& p : cash_flows(c, Scenario::expected)) {
    o.open('{');
    o.key("period");
    o.integer(p.period);
    o.key("year");
    o.integer(p.year);
    const std::pair<std::string_view, double> columns[] = {
        {"oneTimeCosts", p.one_time_costs}, {"recurringCosts", p.recurring_costs},
        {"costs", p.costs},                 {"costSaving", p.cost_saving},
        {"revenueGain", p.revenue_gain},    {"productivity", p.productivity},
        {"benefits", p.benefits},           {"net", p.net},
        {"cumulative", p.cumulative},       {"discountFactor", p.discount_factor},
        {"discountedNet", p.discounted_net}, {"discountedCumulative", p.discounted_cumulative}};
    for (const auto& [name, value] : columns) {
      o.key(name);
      o.number(value);
    }
    o.close('}');
  }
  o.close(']');

  o.key("scenarios");
  o.open('{');
  for (const auto& [name, outputs] : {std::pair{Scenario::conservative, &all.conservative},
                                      std::pair{Scenario::expected, &all.expected},
                                      std::pair{Scenario::optimistic, &all.optimistic}}) {
    o.key(scenario_name(name));
    o.open('{');
    figures(o, *outputs);
    later_figures(o, *outputs);
    totals(o, *outputs);
    o.close('}');
  }
  o.close('}');
  o.close('}');
  return std::move(o.text);
}

}  // namespace fieldbook::roi
