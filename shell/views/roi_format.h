#pragma once
// How the ROI screens say numbers: money in the case's currency (compact 万/亿 in Chinese),
// percentages, payback in months, IRR, the names of scenarios, benefit kinds and drivers.
// Formatting only: every number comes from src/roi.
#include <optional>
#include <string>

#include "common/money.h"
#include "roi/case.h"

namespace fieldbook::shell::roi_text {

Currency currency_of(const roi::Case& c);
std::string money(double value, const roi::Case& c);        // "¥123,457"
std::string money_short(double value, const roi::Case& c);  // "¥12.3万" (zh), "¥123.5K" (en)
std::string number(double value);                           // "12,345", "6", "7.5"
std::string percent(double percent_value);                  // "12.5%", "152%", "1,234%"
std::string roi_percent(const roi::Outputs& o);             // "152%" or "no costs"
std::string payback(const std::optional<double>& months);   // "14.2 months" / "not within the horizon"
std::string irr(const roi::Outputs& o);                     // "18.3%", "none", "several: 5.0%, 31.2%"
std::string net_3y_label(const roi::Outputs& o);            // "3-year net benefit"

const char* scenario_name(roi::Scenario s);
const char* benefit_kind_name(roi::BenefitKind k);
std::string period_label(const roi::Case& c, int period);  // "Start", "Y1", "M14"

// A validation problem in the user's words: what is wrong ("must be zero or more"), and where
// ("One-time costs · Training · amount", "Discount rate"), for the banner that lists them all.
std::string problem_message(const roi::Problem& p);
std::string problem_place(const roi::Case& c, const roi::Problem& p);
std::string problem_entry(const roi::Case& c, const roi::Problem& p);  // "<place>: <message>"

// A driver as the customer reads it: "Less manual data entry · hours saved", "Discount rate".
std::string driver_name(const roi::Case& c, const roi::Driver& d);
// Its value in its unit: "¥300,000", "80%", "6 h/week", "10 people", "8.0%".
std::string driver_value(const roi::Case& c, const roi::Driver& d, double value);

}  // namespace fieldbook::shell::roi_text
