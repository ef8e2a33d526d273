#pragma once
// The segmented customer list as CSV in UTF-8 with a BOM (so Excel shows Chinese), shared by the
// CLI's --out and the browser's Export button, and the thresholds the scores were made with as a
// file of their own: one table per file, so Excel's filters, pandas and BI tools read each as
// it is. Text cells never become live formulas (csv_text_cell).
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "common/localized_text.h"
#include "rfm/analysis.h"
#include "rfm/segments.h"

namespace fieldbook::rfm {

struct ExportOptions {
  Language lang = Language::En;    // the language of segment_label and action
  bool bom = true;
  std::optional<Day> analysis_date;
};

// Columns: customer_id, name, industry, region, rep, first_order, last_order, recency_days,
// frequency, monetary, r_score, f_score, m_score, rfm_score, segment (English label),
// segment_label (in `lang`), action (in `lang`): rfm::segment_label and segment_action.
void write_customers_csv(std::ostream& out, std::span<const Customer> customers, const RuleSet& rules,
                         const ExportOptions& options = {});
std::string customers_csv(std::span<const Customer> customers, const RuleSet& rules, const ExportOptions& options = {});

// Columns: dimension (recency, frequency, monetary), score, lower, upper, customers, method,
// analysis_date (the day recency was counted to; empty when unknown).
void write_thresholds_csv(std::ostream& out, const ScoredTable& scored, const ExportOptions& options = {});
std::string thresholds_csv(const ScoredTable& scored, const ExportOptions& options = {});

// Shortest round-trip text of a number ("472", "12.5"); integers without a decimal point.
std::string format_number(double value);

}  // namespace fieldbook::rfm
