#pragma once
// The printable summary of an ROI case: one self-contained HTML document (no script, no inline
// style: it links the stylesheet `print.css`, so it satisfies the app's Content-Security-Policy
// style-src 'self') with the customer, the rep, the date, the KPIs, the per-period table and the
// three scenarios side by side, computed by roi::evaluate(). Internal notes never appear; notes
// meant for the customer do. Every text from the case is HTML-escaped.
//
// The words come from the caller (the app's i18n catalog), so this file knows no language.
#include <string>
#include <string_view>

#include "common/html.h"
#include "roi/case.h"

namespace fieldbook::roi {

struct SummaryLabels {
  std::string html_lang = "en";  // "en", "zh-CN"
  std::string title;             // "ROI summary"
  std::string customer, rep, date, horizon, discount_rate;
  std::string years_yearly;      // "%d years, yearly periods" (one %d)
  std::string years_monthly;     // "%d years, monthly periods"
  // KPIs
  std::string roi, net_benefit, npv, irr, payback, discounted_payback, net_benefit_3y, total_costs, total_benefits;
  std::string months;       // unit after a number of months: "months" / "个月"
  std::string not_reached;  // payback not within the horizon
  std::string none;         // no value (no IRR, no costs for ROI)
  // The per-period table
  std::string period_table, period, start, year_n, month_n;  // year_n / month_n: "Year %d" / "Month %d"
  std::string costs, benefits, net, cumulative;
  // Scenarios
  std::string scenarios, conservative, expected, optimistic;
  std::string notes;
  std::string footer;  // "Made with Fieldbook. Estimates, not a guarantee."
};

struct SummaryInfo {
  std::string rep_name;
  std::string date;                             // as it should read: "2026-11-27"
  std::string stylesheet = "print.css";         // href of the print stylesheet
};

// HTML-escapes & < > " ' (common/html.h).
using fieldbook::html_escape;

std::string summary_html(const Case& c, const SummaryInfo& info, const SummaryLabels& labels);

}  // namespace fieldbook::roi
