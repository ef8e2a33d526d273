#include "rfm/export.h"

#include <cmath>
#include <ostream>
#include <sstream>
#include <vector>

#include "common/csv.h"
#include "common/date.h"
#include "common/number_text.h"

namespace fieldbook::rfm {

std::string format_number(double value) { return shortest_number(value); }

namespace {

std::string day_text(const std::optional<Day>& d) {
  if (!d) return "";
  if (*d < -719162 || *d > 2932896) return "";  // outside years 1..9999
  return format_iso_date(Date{*d});
}

}  // namespace

void write_customers_csv(std::ostream& out, std::span<const Customer> customers, const RuleSet& rules,
                         const ExportOptions& options) {
  // Each segment's texts once, not per customer: segment i at [i], Others at the end.
  struct Texts {
    std::string name, label, action;
  };
  std::vector<Texts> texts;
  for (std::int32_t i = 0; i <= static_cast<std::int32_t>(rules.rules.size()); ++i) {
    const std::int32_t segment = i < static_cast<std::int32_t>(rules.rules.size()) ? i : -1;
    const LocalizedText label = segment_label(rules, segment);
    texts.push_back({label.en, label.in(options.lang), segment_action(rules, segment).in(options.lang)});
  }
  CsvRowWriter row;
  if (options.bom) out << "\xEF\xBB\xBF";
  out << "customer_id,name,industry,region,rep,first_order,last_order,recency_days,frequency,monetary,"
         "r_score,f_score,m_score,rfm_score,segment,segment_label,action\r\n";
  for (const Customer& c : customers) {
    row.text(c.id);
    row.text(c.name);
    row.text(c.industry);
    row.text(c.region);
    row.text(c.rep);
    row.value(day_text(c.first_order));
    row.value(day_text(c.last_order));
    row.value(std::to_string(c.recency_days));
    row.value(std::to_string(c.frequency));
    row.value(format_number(c.monetary));
    row.value(std::to_string(c.r_score));
    row.value(std::to_string(c.f_score));
    row.value(std::to_string(c.m_score));
    row.value(std::to_string(c.rfm_score()));
    const bool in_rule = c.segment >= 0 && static_cast<std::size_t>(c.segment) < rules.rules.size();
    const Texts& t = texts[in_rule ? static_cast<std::size_t>(c.segment) : rules.rules.size()];
    row.text(t.name);
    row.text(t.label);
    row.text(t.action);
    out << row.line();
  }
}

void write_thresholds_csv(std::ostream& out, const ScoredTable& scored, const ExportOptions& options) {
  CsvRowWriter row;
  if (options.bom) out << "\xEF\xBB\xBF";
  out << "dimension,score,lower,upper,customers,method,analysis_date\r\n";
  const std::string analysis_date = day_text(options.analysis_date);
  const Dimension dims[] = {Dimension::Recency, Dimension::Frequency, Dimension::Monetary};
  for (int d = 0; d < 3; ++d) {
    const DimensionThresholds& t = scored.thresholds[static_cast<std::size_t>(d)];
    const std::string method = t.custom ? "custom" : std::string(to_string(t.method));
    for (int b = 0; b < t.bins && static_cast<std::size_t>(b) < t.lower.size(); ++b) {
      row.value(to_string(dims[d]));
      row.value(std::to_string(t.score_of_bin(b)));
      row.value(format_number(t.lower[static_cast<std::size_t>(b)]));
      row.value(format_number(t.upper[static_cast<std::size_t>(b)]));
      row.value(std::to_string(t.counts[static_cast<std::size_t>(b)]));
      row.value(method);
      row.value(analysis_date);
      out << row.line();
    }
  }
}

std::string thresholds_csv(const ScoredTable& scored, const ExportOptions& options) {
  std::ostringstream s;
  write_thresholds_csv(s, scored, options);
  return std::move(s).str();
}

std::string customers_csv(std::span<const Customer> customers, const RuleSet& rules, const ExportOptions& options) {
  std::ostringstream s;
  write_customers_csv(s, customers, rules, options);
  return std::move(s).str();
}

}  // namespace fieldbook::rfm
