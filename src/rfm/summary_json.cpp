#include "rfm/summary_json.h"

#include <cstddef>
#include <string_view>
#include <vector>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "common/date.h"
#include "common/utf8.h"

namespace fieldbook::rfm {

namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

constexpr std::size_t kErrorsShown = 100;

void write_string(Writer& w, std::string_view s) {
  const std::string c = replace_invalid_utf8(s);
  w.String(c.c_str(), static_cast<rapidjson::SizeType>(c.size()));
}

void write_thresholds(Writer& w, const DimensionThresholds& t) {
  w.StartObject();
  w.Key("method");
  w.String(t.custom ? "custom" : std::string(to_string(t.method)).c_str());
  w.Key("bins");
  w.Int(t.bins);
  w.Key("lower");
  w.StartArray();
  for (double v : t.lower) w.Double(v);
  w.EndArray();
  w.Key("upper");
  w.StartArray();
  for (double v : t.upper) w.Double(v);
  w.EndArray();
  w.Key("scores");
  w.StartArray();
  for (int b = 0; b < t.bins; ++b) w.Int(t.score_of_bin(b));
  w.EndArray();
  w.Key("counts");
  w.StartArray();
  for (auto c : t.counts) w.Uint64(c);
  w.EndArray();
  w.Key("emptyBins");
  w.Int(t.empty_bins);
  w.EndObject();
}

void write_columns(Writer& w, const Preview& p) {
  w.StartObject();
  for (std::size_t i = 0; i < p.header.size() && i < p.roles.size(); ++i) {
    if (p.roles[i] == Role::Ignore) continue;
    w.Key(std::string(to_string(p.roles[i])).c_str());
    write_string(w, p.header[i]);
  }
  w.EndObject();
}

void write_segments(Writer& w, const std::vector<SegmentSummary>& summary, Language lang) {
  w.StartArray();
  for (const SegmentSummary& s : summary) {
    w.StartObject();
    w.Key("name");
    write_string(w, s.name.en);
    w.Key("label");
    write_string(w, s.name.in(lang));
    w.Key("customers");
    w.Uint64(s.customers);
    w.Key("orders");
    w.Int64(s.orders);
    w.Key("revenue");
    w.Double(s.revenue);
    w.Key("customerShare");
    w.Double(s.customer_share);
    w.Key("revenueShare");
    w.Double(s.revenue_share);
    w.Key("averageOrderValue");
    w.Double(s.average_order_value);
    w.Key("action");
    write_string(w, s.action.in(lang));
    w.EndObject();
  }
  w.EndArray();
}

void write_errors(Writer& w, std::span<const RowError> errors) {
  w.StartArray();
  std::size_t shown = 0;
  for (const RowError& e : errors) {
    if (++shown > kErrorsShown) break;
    w.StartObject();
    w.Key("line");
    w.Uint64(e.line);
    w.Key("column");
    w.Uint64(e.column);
    w.Key("columnName");
    write_string(w, e.column_name);
    w.Key("value");
    write_string(w, e.value);
    w.Key("reason");
    write_string(w, e.reason);
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

std::string summary_json(const OrderImporter& import, const CustomerTable& table, const ScoredTable& scored,
                         const RuleSet& rules, Language lang) {
  rapidjson::StringBuffer sb;
  Writer w(sb);
  const Preview& p = import.preview();
  const Progress progress = import.progress();
  w.StartObject();
  w.Key("customers");
  w.Uint64(table.customers.size());
  w.Key("orders");
  w.Int64(table.orders);
  w.Key("revenue");
  w.Double(table.revenue);
  w.Key("analysisDate");
  if (table.analysis_date) {
    write_string(w, format_iso_date(Date{*table.analysis_date}));
  } else {
    w.Null();
  }
  w.Key("level");
  write_string(w, to_string(p.level));
  w.Key("encoding");
  write_string(w, to_string(p.encoding));
  w.Key("delimiter");
  write_string(w, p.delimiter == '\t' ? std::string("tab") : std::string(1, p.delimiter));
  w.Key("columns");
  write_columns(w, p);
  w.Key("method");
  write_string(w, to_string(scored.method));
  w.Key("rules");
  write_string(w, rules.id);
  w.Key("rows");
  w.Uint64(progress.rows);
  w.Key("badRows");
  w.Uint64(progress.bad_rows);
  w.Key("returnRows");
  w.Uint64(table.return_rows);
  w.Key("futureCustomers");
  w.Uint64(table.future_customers);
  w.Key("thresholds");
  w.StartObject();
  w.Key("recency");
  write_thresholds(w, scored.thresholds[0]);
  w.Key("frequency");
  write_thresholds(w, scored.thresholds[1]);
  w.Key("monetary");
  write_thresholds(w, scored.thresholds[2]);
  w.EndObject();
  w.Key("segments");
  write_segments(w, summarize_segments(table.customers, rules), lang);
  w.Key("errors");
  write_errors(w, import.errors());
  w.EndObject();
  return sb.GetString();
}

}  // namespace fieldbook::rfm
