#pragma once
// The RFM analysis record in the workspace file (rfmAnalyses[]), included by schema.h. The
// customer table is written column by column — {"id": [...], "recencyDays": [...], ...}, one value
// per customer in every column — which keeps 100,000 customers compact (no key repeated per
// customer) and cheap to read. Money is in whole minor units of the analysis's currency; dates
// are ISO (YYYY-MM-DD, "" when unknown). analysis_columns.h checks the columns' lengths and dates
// (with paths) before the record is read.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <type_traits>
#include <vector>

#include "common/date.h"
#include "common/money.h"
#include "rfm/analysis_record.h"
#include "common/json_codec.h"

namespace fieldbook::json {

class JsonReader;
class FiniteCheck;

template <>
struct EnumNames<rfm::Level> {
  static constexpr EnumName<rfm::Level> values[] = {{rfm::Level::Order, "order"}, {rfm::Level::Customer, "customer"}};
};
template <>
struct EnumNames<rfm::ScoreMethod> {
  static constexpr EnumName<rfm::ScoreMethod> values[] = {{rfm::ScoreMethod::Quantile, "quantile"},
                                                          {rfm::ScoreMethod::Rank, "rank"}};
};

}  // namespace fieldbook::json

namespace fieldbook::rfm {

// The customer table as columns (what the file holds).
struct CustomerColumns {
  std::vector<std::string> id, name, industry, region, rep;
  std::vector<std::int64_t> recency_days, frequency, monetary;  // monetary: minor units
  std::vector<std::string> first_order, last_order;
  std::vector<int> r, f, m, segment;
};

inline std::int64_t minor_units_of(const std::string& currency) {
  const auto c = parse_currency(currency);
  return c ? minor_per_major(*c) : 100;
}

// (A span, so a part of the table can be written: the snapshot writer goes a batch at a time.)
inline CustomerColumns to_columns(std::span<const Customer> list, std::int64_t per_major) {
  CustomerColumns c;
  const std::size_t n = list.size();
  for (auto* v : {&c.id, &c.name, &c.industry, &c.region, &c.rep, &c.first_order, &c.last_order}) v->reserve(n);
  for (auto* v : {&c.recency_days, &c.frequency, &c.monetary}) v->reserve(n);
  for (auto* v : {&c.r, &c.f, &c.m, &c.segment}) v->reserve(n);
  auto iso = [](const std::optional<Day>& d) { return d ? format_iso_date(Date{*d}) : std::string(); };
  for (const Customer& x : list) {
    c.id.push_back(x.id);
    c.name.push_back(x.name);
    c.industry.push_back(x.industry);
    c.region.push_back(x.region);
    c.rep.push_back(x.rep);
    c.recency_days.push_back(x.recency_days);
    c.frequency.push_back(x.frequency);
    c.monetary.push_back(std::llround(x.monetary * static_cast<double>(per_major)));
    c.first_order.push_back(iso(x.first_order));
    c.last_order.push_back(iso(x.last_order));
    c.r.push_back(x.r_score);
    c.f.push_back(x.f_score);
    c.m.push_back(x.m_score);
    c.segment.push_back(x.segment);
  }
  return c;
}

// Columns shorter than `id` give defaults (analysis_columns.h refuses such files before this runs);
// a score outside 0..255 becomes 0, which validation reports.
inline CustomerList from_columns(CustomerColumns& c, std::int64_t per_major) {
  CustomerList list(c.id.size());
  auto day = [](const std::vector<std::string>& v, std::size_t i) -> std::optional<Day> {
    if (i >= v.size() || v[i].empty()) return std::nullopt;
    const auto d = parse_iso_date(v[i]);
    return d ? std::optional<Day>(d->days) : std::nullopt;
  };
  auto score = [](const std::vector<int>& v, std::size_t i) -> std::uint8_t {
    return i < v.size() && v[i] >= 0 && v[i] <= 255 ? static_cast<std::uint8_t>(v[i]) : 0;
  };
  auto str = [](std::vector<std::string>& v, std::size_t i) { return i < v.size() ? std::move(v[i]) : std::string(); };
  for (std::size_t i = 0; i < list.size(); ++i) {
    Customer& x = list[i];
    x.id = std::move(c.id[i]);
    x.name = str(c.name, i);
    x.industry = str(c.industry, i);
    x.region = str(c.region, i);
    x.rep = str(c.rep, i);
    if (i < c.recency_days.size())
      x.recency_days = static_cast<Day>(std::clamp<std::int64_t>(c.recency_days[i], INT32_MIN, INT32_MAX));
    if (i < c.frequency.size()) x.frequency = c.frequency[i];
    if (i < c.monetary.size()) x.monetary = static_cast<double>(c.monetary[i]) / static_cast<double>(per_major);
    x.first_order = day(c.first_order, i);
    x.last_order = day(c.last_order, i);
    x.r_score = score(c.r, i);
    x.f_score = score(c.f, i);
    x.m_score = score(c.m, i);
    x.segment = i < c.segment.size() ? c.segment[i] : -1;
  }
  return list;
}

template <class V>
void visit(V& v, CustomerColumns& c) {
  v("id", c.id);
  v("name", c.name);
  v("industry", c.industry);
  v("region", c.region);
  v("rep", c.rep);
  v("recencyDays", c.recency_days);
  v("frequency", c.frequency);
  v("monetary", c.monetary);
  v("firstOrder", c.first_order);
  v("lastOrder", c.last_order);
  v("r", c.r);
  v("f", c.f);
  v("m", c.m);
  v("segment", c.segment);
}

// The record's table in and out of columns: written from the shared table (never copied into
// the document), read into a new one.
struct CustomersField {
  SharedCustomers* table;
  std::int64_t per_major;

  // The table's compact JSON, kept per table: tables are immutable (a change makes a new one),
  // so an autosave after an unrelated edit copies the text instead of writing 100,000 customers
  // again (customers_json.cpp).
  std::string compact_json() const;
};

template <class V>
void visit(V& v, CustomersField& field) {
  if constexpr (std::is_same_v<V, json::FiniteCheck>) {
    return;  // the columns hold whole numbers and text only
  } else if constexpr (std::is_same_v<V, json::JsonReader>) {
    CustomerColumns columns;
    visit(v, columns);
    *field.table = std::make_shared<const CustomerList>(from_columns(columns, field.per_major));
  } else {
    CustomerColumns columns = to_columns(**field.table, field.per_major);
    visit(v, columns);
  }
}

template <class V>
void visit(V& v, DimensionOptions& d) {
  v("bins", d.bins);
  v("breaks", d.custom_breaks);
}

template <class V>
void visit(V& v, ScoringOptions& o) {
  v("method", o.method);
  v("recency", o.recency);
  v("frequency", o.frequency);
  v("monetary", o.monetary);
}

// One dimension's interval table; method and direction follow from the options and the dimension.
// (Counts go through int64: a negative one becomes a huge count, which validation refuses as not
// adding up to the customers.)
template <class V>
void visit(V& v, DimensionThresholds& t) {
  v("custom", t.custom);
  v("bins", t.bins);
  v("lower", t.lower);
  v("upper", t.upper);
  std::vector<std::int64_t> counts(t.counts.begin(), t.counts.end());
  v("counts", counts);
  if constexpr (std::is_same_v<V, json::JsonReader>) t.counts.assign(counts.begin(), counts.end());
  v("emptyBins", t.empty_bins);
}

struct ThresholdsField {
  std::array<DimensionThresholds, 3>* t;
};

template <class V>
void visit(V& v, ThresholdsField& f) {
  v("recency", (*f.t)[0]);
  v("frequency", (*f.t)[1]);
  v("monetary", (*f.t)[2]);
}

template <class V>
void visit(V& v, SegmentRule& r) {
  v("id", r.id);
  v("nameEn", r.name_en);
  v("nameZh", r.name_zh);
  v("actionEn", r.action_en);
  v("actionZh", r.action_zh);
  v("rMin", r.r_min);
  v("rMax", r.r_max);
  v("fMin", r.f_min);
  v("fMax", r.f_max);
  v("mMin", r.m_min);
  v("mMax", r.m_max);
  v("industry", r.industry);
}

template <class V>
void visit(V& v, RuleSet& s) {
  v("id", s.id);
  v("nameEn", s.name_en);
  v("nameZh", s.name_zh);
  v("scale", s.scale);
  v("otherEn", s.other_en);
  v("otherZh", s.other_zh);
  v("rules", s.rules);
}

template <class V>
void visit(V& v, AnalysisRecord& a) {
  v("id", a.id);
  v("name", a.name);
  v("sourceFile", a.source_file);
  v("importedAt", a.imported_at);
  v("level", a.level);
  v("analysisDate", a.analysis_date);
  v("currency", a.currency);
  v("options", a.options);
  ThresholdsField thresholds{&a.thresholds};
  v("thresholds", thresholds);
  v("rules", a.rules);
  v("rows", a.rows);
  v("badRows", a.bad_rows);
  CustomersField customers{&a.customers, minor_units_of(a.currency)};
  v("customers", customers);
  v("ownerId", a.owner_id, json::kMayBeAbsent);
  v("updatedAt", a.updated_at);
  if constexpr (std::is_same_v<V, json::JsonReader>) {
    for (std::size_t d = 0; d < 3; ++d) {
      a.thresholds[d].method = a.options.method;
      a.thresholds[d].reversed = d == 0;
    }
  }
}

}  // namespace fieldbook::rfm
