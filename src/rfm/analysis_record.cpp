#include "rfm/analysis_record.h"

#include <cmath>
#include <cstdlib>
#include <utility>

#include "common/date.h"
#include "common/error.h"
#include "common/money.h"
#include "rfm/export.h"

namespace fieldbook::rfm {

namespace {

std::string iso(std::optional<Day> day) { return day ? format_iso_date(Date{*day}) : std::string(); }

double round_to_minor(double value, std::int64_t per_major) {
  const double scale = static_cast<double>(per_major);
  return static_cast<double>(std::llround(value * scale)) / scale;
}

// Recency follows the last order date when it is known; a recency given by the file ages with the date.
void move_analysis_date(CustomerList& customers, Day from, Day to) {
  if (from == to) return;
  for (Customer& c : customers) c.recency_days = c.last_order ? to - *c.last_order : c.recency_days + (to - from);
}

void score_and_segment(AnalysisRecord& record, CustomerList& customers) {
  CustomerTable t;
  t.customers = std::move(customers);
  const ScoredTable scored = score_customers(t, record.options);
  assign_segments(t.customers, record.rules, scored);
  record.thresholds = scored.thresholds;
  customers = std::move(t.customers);
}

}  // namespace

std::optional<Day> AnalysisRecord::analysis_day() const {
  if (analysis_date.empty()) return std::nullopt;
  const auto d = parse_iso_date(analysis_date);
  return d ? std::optional<Day>(d->days) : std::nullopt;
}

AnalysisRecord make_analysis(CustomerTable table, const ScoringOptions& options, RuleSet rules,
                             std::optional<Day> analysis_date, std::string_view currency) {
  const auto cur = parse_currency(currency);
  const std::int64_t per_major = cur ? minor_per_major(*cur) : 100;
  AnalysisRecord r;
  r.currency = cur ? std::string(currency_code(*cur)) : std::string("CNY");
  r.options = options;
  r.rules = std::move(rules);
  r.rows = static_cast<std::int64_t>(table.rows);
  CustomerList customers = std::move(table.customers);
  for (Customer& c : customers) c.monetary = round_to_minor(c.monetary, per_major);
  // A different analysis date moves every recency (the last order dates stay).
  const std::optional<Day> day = analysis_date ? analysis_date : table.analysis_date;
  if (analysis_date && table.analysis_date) move_analysis_date(customers, *table.analysis_date, *analysis_date);
  r.analysis_date = iso(day);
  score_and_segment(r, customers);
  r.customers = std::make_shared<const CustomerList>(std::move(customers));
  return r;
}

void rescore(AnalysisRecord& record, const ScoringOptions& options, std::optional<Day> analysis_date) {
  validate(options);
  CustomerList customers = *record.customers;
  const std::optional<Day> old_day = record.analysis_day();
  if (analysis_date && old_day) move_analysis_date(customers, *old_day, *analysis_date);
  if (analysis_date) record.analysis_date = iso(analysis_date);
  record.options = options;
  score_and_segment(record, customers);
  record.customers = std::make_shared<const CustomerList>(std::move(customers));
}

void apply_rules(AnalysisRecord& record, RuleSet rules) {
  validate(rules);
  CustomerList customers = *record.customers;
  assign_segments(customers, rules, record.scored());
  record.rules = std::move(rules);
  record.customers = std::make_shared<const CustomerList>(std::move(customers));
}

std::optional<std::vector<double>> parse_breaks_text(std::string_view text) {
  std::vector<double> out;
  std::string part;
  auto flush = [&]() -> bool {
    if (part.empty()) return true;
    char* end = nullptr;
    const double v = std::strtod(part.c_str(), &end);
    if (end != part.c_str() + part.size() || !std::isfinite(v)) return false;
    out.push_back(v);
    part.clear();
    return true;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (text.substr(i, 3) == "\xEF\xBC\x8C" || text.substr(i, 3) == "\xE3\x80\x81") {  // ， 、
      if (!flush()) return std::nullopt;
      i += 2;
    } else if (c == ',' || c == ';' || c == ' ' || c == '\t') {
      if (!flush()) return std::nullopt;
    } else {
      part += c;
    }
  }
  if (!flush()) return std::nullopt;
  return out;
}

std::string breaks_text(const std::vector<double>& breaks) {
  std::string s;
  for (double b : breaks) s += (s.empty() ? "" : ", ") + format_number(b);
  return s;
}

std::vector<Issue> check_record(const AnalysisRecord& record) {
  std::vector<Issue> out;
  auto add = [&](std::string path, std::string message, ValueRule rule = {}) {
    out.push_back({std::move(path), std::move(message), std::move(rule)});
  };
  if (!record.analysis_date.empty() && !parse_iso_date(record.analysis_date))
    add("analysisDate", "must be a date such as 2026-11-27, or empty", rule::date());
  if (!record.imported_at.empty() && !parse_iso_timestamp(record.imported_at))
    add("importedAt", kTimestampProblem, rule::timestamp());
  if (!is_currency_code(record.currency)) add("currency", kCurrencyCodeProblem, rule::currency());
  if (record.rows < 0) add("rows", "must not be negative", rule::not_negative());
  if (record.bad_rows < 0) add("badRows", "must not be negative", rule::not_negative());
  try {
    validate(record.options);
  } catch (const Error& e) {
    add("options", e.what());
  }
  try {
    validate(record.rules);
  } catch (const Error& e) {
    add("rules", e.what());
  }
  static const char* const kDims[] = {"recency", "frequency", "monetary"};
  for (std::size_t d = 0; d < 3; ++d) {
    const DimensionThresholds& t = record.thresholds[d];
    const std::string base = std::string("thresholds.") + kDims[d];
    const auto n = static_cast<std::size_t>(t.bins);
    if (t.bins < kMinBins || t.bins > kMaxBins) {
      add(base + ".bins", "must be 2..9", rule::between(kMinBins, kMaxBins));
    } else if (t.lower.size() != n || t.upper.size() != n || t.counts.size() != n) {
      add(base, "must have one lower bound, upper bound and count per bin");
    } else {
      std::size_t sum = 0;
      bool overflow = false;
      for (std::size_t c : t.counts) {
        overflow |= c > record.customers->size();
        sum += c;
      }
      if (overflow || sum != record.customers->size()) add(base + ".counts", "must add up to the number of customers");
    }
  }
  const CustomerList& list = *record.customers;
  const int rules = static_cast<int>(record.rules.rules.size());
  for (std::size_t i = 0; i < list.size(); ++i) {
    const Customer& c = list[i];
    const std::string at = "[" + std::to_string(i) + "]";
    if (c.id.empty()) add("customers.id" + at, "must not be empty", rule::not_empty());
    if (c.frequency < 0) add("customers.frequency" + at, "must not be negative", rule::not_negative());
    if (!std::isfinite(c.monetary))
      add("customers.monetary" + at, "must be a finite number", rule::is(ValueRule::Kind::Number));
    auto score_ok = [&](int s, const DimensionThresholds& t) { return s >= 1 && s <= std::max(t.bins, 1); };
    if (!score_ok(c.r_score, record.thresholds[0])) add("customers.r" + at, "must be a score within the recency bins");
    if (!score_ok(c.f_score, record.thresholds[1])) add("customers.f" + at, "must be a score within the frequency bins");
    if (!score_ok(c.m_score, record.thresholds[2])) add("customers.m" + at, "must be a score within the monetary bins");
    if (c.segment < -1 || c.segment >= rules) add("customers.segment" + at, "must be a rule index or -1 (Others)");
    if (out.size() >= 20) break;  // enough to say what is wrong
  }
  return out;
}

}  // namespace fieldbook::rfm
