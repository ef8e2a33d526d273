#include "rfm/sample.h"

#include <algorithm>
#include <charconv>
#include <cstdint>

#include "common/error.h"

namespace fieldbook::rfm {

namespace {

constexpr std::string_view kData =
#include "rfm/sample_data.inc"
    ;

std::int64_t number(std::string_view s) {
  std::int64_t v = 0;
  const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  if (r.ec != std::errc() || r.ptr != s.data() + s.size()) throw Error("sample_data.inc: bad number");
  return v;
}

std::uint32_t fnv1a(std::string_view s) {
  std::uint32_t h = 2166136261u;
  for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

}  // namespace

rfm::CustomerTable sample_rfm_table(std::string_view language) {
  const bool zh = language == "zh";
  static constexpr const char* kIndustriesZh[] = {"政府", "科技", "制造", "教育", "零售"};
  static constexpr const char* kIndustriesEn[] = {"Government", "Technology", "Manufacturing", "Education", "Retail"};
  static constexpr const char* kRepsZh[] = {"王磊", "李娜", "陈晨"};
  static constexpr const char* kRepsEn[] = {"Wang Lei", "Li Na", "Chen Chen"};
  rfm::CustomerTable t;
  rfm::Day newest = INT32_MIN;
  for (std::size_t start = 0; start < kData.size();) {
    const std::size_t end = std::min(kData.find('\n', start), kData.size());
    const std::string_view line = kData.substr(start, end - start);
    start = end + 1;
    std::string_view f[5];
    std::size_t from = 0;
    for (int i = 0; i < 5; ++i) {
      const std::size_t bar = i < 4 ? line.find('|', from) : line.size();
      if (bar == std::string_view::npos) throw Error("sample_data.inc: short line");
      f[i] = line.substr(from, bar - from);
      from = bar + 1;
    }
    rfm::Customer c;
    c.id = std::string(f[0]);
    c.first_order = static_cast<rfm::Day>(number(f[1]));
    c.last_order = static_cast<rfm::Day>(number(f[2]));
    c.frequency = number(f[3]);
    c.monetary = static_cast<double>(number(f[4]));
    const std::uint32_t h = fnv1a(c.id);
    c.industry = (zh ? kIndustriesZh : kIndustriesEn)[h % 5];
    c.rep = (zh ? kRepsZh : kRepsEn)[(h / 5) % 3];
    newest = std::max(newest, *c.last_order);
    t.orders += c.frequency;
    t.revenue += c.monetary;
    t.customers.push_back(std::move(c));
  }
  t.analysis_date = newest + 1;
  for (auto& c : t.customers) c.recency_days = *t.analysis_date - *c.last_order;
  t.rows = static_cast<std::size_t>(t.orders);
  return t;
}

rfm::AnalysisRecord make_sample_rfm_analysis(std::string_view language, const std::string& now) {
  const bool zh = language == "zh";
  rfm::AnalysisRecord a =
      rfm::make_analysis(sample_rfm_table(language), rfm::ScoringOptions{}, rfm::default_rule_set(), std::nullopt, "CNY");
  a.id = "sample-rfm-1";
  a.name = zh ? "示例：R rfm 订单数据" : "Sample: R rfm orders";
  a.source_file = "rfm_data_orders.csv";
  a.imported_at = now;
  a.updated_at = now;
  a.level = rfm::Level::Order;
  return a;
}

std::vector<AnalysisRecord> sample_analyses(std::string_view language, const std::string& now, Date /*today*/) {
  std::vector<AnalysisRecord> out;
  out.push_back(make_sample_rfm_analysis(language, now));
  return out;
}

}  // namespace fieldbook::rfm
