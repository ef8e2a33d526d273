#include "roi/summary_html.h"

#include <cmath>
#include <cstdio>

#include "common/money.h"

namespace fieldbook::roi {
namespace {

// A label with one %d, filled in without handing a translator's text to printf.
std::string with_number(const std::string& pattern, int n) {
  const std::size_t at = pattern.find("%d");
  if (at == std::string::npos) return pattern + " " + std::to_string(n);
  return pattern.substr(0, at) + std::to_string(n) + pattern.substr(at + 2);
}

std::string fixed(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.*f", decimals, v);
  return buf;
}

class Html : public HtmlWriter {
 public:
  Html(const Case& c, const SummaryLabels& l) : l_(l), currency_(parse_currency(c.currency).value_or(Currency::CNY)) {}

  std::string money(double v) const {
    FormatOptions o;
    return format_amount(v, currency_, 0, o);
  }
  std::string percent(std::optional<double> v) const { return v && std::isfinite(*v) ? fixed(*v, 1) + " %" : l_.none; }
  std::string months(std::optional<double> v) const {
    return v && std::isfinite(*v) ? fixed(*v, 1) + " " + l_.months : l_.not_reached;
  }

  void row(std::initializer_list<std::string> cells, bool header = false) {
    out_ += "<tr>";
    bool first = true;
    for (const std::string& cell : cells) {
      element(header ? "th" : "td", cell, first || header ? "" : "num");
      first = false;
    }
    out_ += "</tr>\n";
  }

 private:
  const SummaryLabels& l_;
  Currency currency_;
};

}  // namespace

std::string summary_html(const Case& c, const SummaryInfo& info, const SummaryLabels& l) {
  const ScenarioComparison sc = scenario_comparison(c);
  const Outputs& o = sc.expected;
  const std::vector<PeriodRow> rows = cash_flows(c, Scenario::expected);
  Html h(c, l);

  h.begin_document(l.html_lang, info.stylesheet, l.title + (c.customer_name.empty() ? "" : " · " + c.customer_name));
  h.raw("<header>\n");
  h.element("h1", c.customer_name.empty() ? c.name : c.customer_name);
  if (!c.customer_name.empty() && !c.name.empty()) h.element("p", c.name, "case-name");
  h.raw("<dl class=\"meta\">\n");
  const std::pair<const std::string*, std::string> meta[] = {
      {&l.customer, c.customer_name},
      {&l.rep, info.rep_name},
      {&l.date, info.date},
      {&l.horizon, with_number(c.period == PeriodKind::monthly ? l.years_monthly : l.years_yearly, c.years)},
      {&l.discount_rate, fixed(c.discount_rate * 100.0, 1) + " %"},
  };
  for (const auto& [label, value] : meta) {
    if (value.empty()) continue;
    h.raw("<div>");
    h.element("dt", *label);
    h.element("dd", value);
    h.raw("</div>\n");
  }
  h.raw("</dl>\n</header>\n");

  // KPIs, the expected scenario.
  h.raw("<section class=\"kpis\">\n");
  const std::pair<const std::string*, std::string> kpis[] = {
      {&l.roi, h.percent(o.roi_percent)},
      {&l.net_benefit, h.money(o.net_benefit)},
      {&l.npv, h.money(o.npv)},
      {&l.irr, h.percent(o.irr ? std::optional<double>(*o.irr * 100.0) : std::nullopt)},
      {&l.payback, h.months(o.payback_months)},
      {&l.discounted_payback, h.months(o.discounted_payback_months)},
      {&l.net_benefit_3y, h.money(o.net_benefit_3y)},
      {&l.total_costs, h.money(o.total_costs)},
      {&l.total_benefits, h.money(o.total_benefits)},
  };
  for (const auto& [label, value] : kpis) {
    h.raw("<div class=\"kpi\">");
    h.element("span", *label, "kpi-label");
    h.element("span", value, "kpi-value");
    h.raw("</div>\n");
  }
  h.raw("</section>\n");

  // The per-period table.
  h.element("h2", l.period_table);
  h.raw("<table class=\"periods\">\n<thead>");
  h.row({l.period, l.costs, l.benefits, l.net, l.cumulative}, true);
  h.raw("</thead>\n<tbody>\n");
  for (const PeriodRow& r : rows) {
    const std::string name = r.period == 0 ? l.start
                             : c.period == PeriodKind::monthly ? with_number(l.month_n, r.period)
                                                               : with_number(l.year_n, r.period);
    h.row({name, h.money(r.costs), h.money(r.benefits), h.money(r.net), h.money(r.cumulative)});
  }
  h.raw("</tbody>\n</table>\n");

  // Scenarios side by side.
  h.element("h2", l.scenarios);
  h.raw("<table class=\"scenarios\">\n<thead>");
  h.row({"", l.conservative, l.expected, l.optimistic}, true);
  h.raw("</thead>\n<tbody>\n");
  const Outputs* all[] = {&sc.conservative, &sc.expected, &sc.optimistic};
  auto scenario_row = [&](const std::string& label, auto value_of) {
    h.row({label, value_of(*all[0]), value_of(*all[1]), value_of(*all[2])});
  };
  scenario_row(l.roi, [&](const Outputs& x) { return h.percent(x.roi_percent); });
  scenario_row(l.net_benefit, [&](const Outputs& x) { return h.money(x.net_benefit); });
  scenario_row(l.npv, [&](const Outputs& x) { return h.money(x.npv); });
  scenario_row(l.irr, [&](const Outputs& x) {
    return h.percent(x.irr ? std::optional<double>(*x.irr * 100.0) : std::nullopt);
  });
  scenario_row(l.payback, [&](const Outputs& x) { return h.months(x.payback_months); });
  h.raw("</tbody>\n</table>\n");

  // Notes for the customer; internal notes stay in the rep's workspace.
  bool any_note = false;
  for (const Note& n : c.notes) {
    if (n.internal || n.text.empty()) continue;
    if (!any_note) {
      h.element("h2", l.notes);
      h.raw("<ul class=\"notes\">\n");
      any_note = true;
    }
    h.element("li", n.text);
    h.raw("\n");
  }
  if (any_note) h.raw("</ul>\n");
  h.element("footer", l.footer);
  h.end_document();
  return h.take();
}

}  // namespace fieldbook::roi
