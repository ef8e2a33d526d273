#include "rfm/export.h"

#include <cmath>
#include <ostream>
#include <sstream>

#include "common/csv.h"
#include "common/date.h"
#include "common/number_text.h"

namespace fieldbook::rfm {

std::string format_number(double value) { return shortest_number(value); }

namespace {

void cell(std::string& line, std::string_view v) {
  if (!line.empty() && line.back() != '\n') line.push_back(',');
  line += csv_escape(v, ',');
}

std::string day_text(const std::optional<Day>& d) {
  if (!d) return "";
  if (*d < -719162 || *d > 2932896) return "";  // outside years 1..9999
  return format_iso_date(Date{*d});
}

}  // namespace

void write_customers_csv(std::ostream& out, std::span<const Customer> customers, const RuleSet& rules,
                         const ScoredTable& scored, const ExportOptions& options) {
  const bool zh = options.lang == "zh";
  std::string line;
  line.reserve(512);
  if (options.bom) out << "\xEF\xBB\xBF";
  out << "customer_id,name,industry,region,rep,first_order,last_order,recency_days,frequency,monetary,"
         "r_score,f_score,m_score,rfm_score,segment,segment_label,action\r\n";
  for (const Customer& c : customers) {
    line.clear();
    line += csv_escape(c.id, ',');
    cell(line, c.name);
    cell(line, c.industry);
    cell(line, c.region);
    cell(line, c.rep);
    cell(line, day_text(c.first_order));
    cell(line, day_text(c.last_order));
    cell(line, std::to_string(c.recency_days));
    cell(line, std::to_string(c.frequency));
    cell(line, format_number(c.monetary));
    cell(line, std::to_string(c.r_score));
    cell(line, std::to_string(c.f_score));
    cell(line, std::to_string(c.m_score));
    cell(line, std::to_string(c.rfm_score()));
    cell(line, segment_name(rules, c.segment, "en"));
    cell(line, segment_name(rules, c.segment, options.lang));
    std::string_view action;
    if (c.segment >= 0 && static_cast<std::size_t>(c.segment) < rules.rules.size()) {
      const SegmentRule& r = rules.rules[static_cast<std::size_t>(c.segment)];
      action = zh && !r.action_zh.empty() ? r.action_zh : r.action_en;
    }
    cell(line, action);
    line += "\r\n";
    out << line;
  }
  if (options.thresholds) {
    out << "\r\nthreshold_dimension,score,lower,upper,customers,method\r\n";
    const Dimension dims[] = {Dimension::Recency, Dimension::Frequency, Dimension::Monetary};
    for (int d = 0; d < 3; ++d) {
      const DimensionThresholds& t = scored.thresholds[static_cast<std::size_t>(d)];
      const std::string method = t.custom ? "custom" : std::string(to_string(t.method));
      for (int b = 0; b < t.bins && static_cast<std::size_t>(b) < t.lower.size(); ++b) {
        line.clear();
        line += to_string(dims[d]);
        cell(line, std::to_string(t.score_of_bin(b)));
        cell(line, format_number(t.lower[static_cast<std::size_t>(b)]));
        cell(line, format_number(t.upper[static_cast<std::size_t>(b)]));
        cell(line, std::to_string(t.counts[static_cast<std::size_t>(b)]));
        cell(line, method);
        line += "\r\n";
        out << line;
      }
    }
    if (options.analysis_date) out << "analysis_date," << day_text(options.analysis_date) << "\r\n";
  }
}

std::string customers_csv(std::span<const Customer> customers, const RuleSet& rules, const ScoredTable& scored,
                          const ExportOptions& options) {
  std::ostringstream s;
  write_customers_csv(s, customers, rules, scored, options);
  return std::move(s).str();
}

}  // namespace fieldbook::rfm
