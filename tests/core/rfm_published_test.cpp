// Reproduces the R rfm package's published segment summary for its orders dataset.
//
// Source: rfm package article "RFM - Introduction" (rfm 0.3.0.9000, pkgdown site, dated
// 2024-02-26; github.com/rsquaredacademy/rfm docs/articles/rfm-introduction.html and
// vignettes/rfm-introduction.Rmd): rfm_table_order(rfm_data_orders, customer_id, order_date,
// revenue, analysis_date = as.Date("2006-12-31")), rfm_segment() with the default table, then
// rfm_segment_summary():
//    segment            customers orders revenue   aov
//    About To Sleep           102    283   23449  82.9
//    At Risk                   28    216   22227 103.
//    Can't Lose Them           47    274   32446 118.
//    Champions                 35    316   31646 100.
//    Lost                     148    393   35324  89.9
//    Loyal Customers          170    799   76562  95.8
//    Need Attention            10     57    4562  80.0
//    New Customers            104    329   28837  87.6
//    Potential Loyalist       342   2211  204856  92.6
//    Promising                  9     28    4249 152.
// The same page shows single customers, e.g. Abbey O'Reilly: recency 205, 6 orders, 472, score 343.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "rfm/analysis.h"
#include "rfm/segments.h"

using namespace fieldbook::rfm;

namespace {

// Days since 1970-01-01 (H. Hinnant's days_from_civil), local to keep this test independent of the importer.
int days(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

struct Expected {
  std::size_t customers;
  std::int64_t orders;
  double revenue;
  double aov;  // as printed (tibble, 3 significant digits)
};

const std::map<std::string, Expected>& published() {
  static const std::map<std::string, Expected> m = {
      {"About To Sleep", {102, 283, 23449, 82.9}},    {"At Risk", {28, 216, 22227, 103}},
      {"Can't Lose Them", {47, 274, 32446, 118}},     {"Champions", {35, 316, 31646, 100}},
      {"Lost", {148, 393, 35324, 89.9}},              {"Loyal Customers", {170, 799, 76562, 95.8}},
      {"Need Attention", {10, 57, 4562, 80.0}},       {"New Customers", {104, 329, 28837, 87.6}},
      {"Potential Loyalist", {342, 2211, 204856, 92.6}}, {"Promising", {9, 28, 4249, 152}},
  };
  return m;
}

CustomerTable load_orders(Day analysis_date) {
  std::ifstream in(std::string(FIELDBOOK_SHARED_DATA) + "/rfm/rfm_data_orders.csv");
  EXPECT_TRUE(in) << "missing " << FIELDBOOK_SHARED_DATA << "/rfm/rfm_data_orders.csv";
  std::string line;
  std::getline(in, line);  // customer_id,order_date,revenue,first_name,last_name,email (no quoted fields)
  Aggregator agg;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    std::stringstream ss(line);
    std::string id, date, revenue;
    std::getline(ss, id, ',');
    std::getline(ss, date, ',');
    std::getline(ss, revenue, ',');
    const int d = days(std::stoi(date.substr(0, 4)), std::stoi(date.substr(5, 2)), std::stoi(date.substr(8, 2)));
    agg.add_order(id, d, std::stod(revenue));
  }
  return agg.finish(analysis_date);
}

}  // namespace

TEST(RfmPublished, OrdersDatasetSegmentSummaryMatchesThePackage) {
  CustomerTable table = load_orders(days(2006, 12, 31));
  ASSERT_EQ(table.customers.size(), 995u);
  EXPECT_EQ(table.orders, 4906);
  const ScoredTable scored = score_customers(table, ScoringOptions{});
  const RuleSet rules = default_rule_set();
  assign_segments(table.customers, rules, scored);
  const auto summary = summarize_segments(table.customers, rules);

  std::size_t seen = 0;
  for (const auto& s : summary) {
    if (s.name.en == "Others") {
      ADD_FAILURE() << "the package assigns every customer; we left " << s.customers << " as Others";
      continue;
    }
    auto it = published().find(s.name.en);
    ASSERT_NE(it, published().end()) << s.name.en;
    EXPECT_EQ(s.customers, it->second.customers) << s.name.en;
    EXPECT_EQ(s.orders, it->second.orders) << s.name.en;
    EXPECT_DOUBLE_EQ(s.revenue, it->second.revenue) << s.name.en;
    // aov is printed by tibble with 3 significant digits (pillar): check to that precision.
    EXPECT_DOUBLE_EQ(s.average_order_value, s.revenue / static_cast<double>(s.orders));
    EXPECT_NEAR(s.average_order_value, it->second.aov, it->second.aov >= 100 ? 1.0 : 0.1) << s.name.en;
    ++seen;
  }
  EXPECT_EQ(seen, published().size());
}

TEST(RfmPublished, SingleCustomersMatchThePackage) {
  CustomerTable table = load_orders(days(2006, 12, 31));
  score_customers(table, ScoringOptions{});
  auto find = [&](std::string_view id) -> const Customer& {
    for (const auto& c : table.customers)
      if (c.id == id) return c;
    static Customer none;
    ADD_FAILURE() << "no customer " << id;
    return none;
  };
  // rfm-introduction.html, first rows of rfm_table_order's result and rfm_segment's output.
  const Customer& abbey = find("Abbey O'Reilly");
  EXPECT_EQ(abbey.recency_days, 205);
  EXPECT_EQ(abbey.frequency, 6);
  EXPECT_DOUBLE_EQ(abbey.monetary, 472);
  EXPECT_EQ(abbey.rfm_score(), 343);
  const Customer& add = find("Add Senger");
  EXPECT_EQ(add.recency_days, 140);
  EXPECT_EQ(add.rfm_score(), 412);
  EXPECT_EQ(find("Agness O'Keefe").rfm_score(), 555);
  EXPECT_EQ(find("Ailene Hermann").rfm_score(), 355);
  EXPECT_EQ(find("Aiyanna Bruen").rfm_score(), 321);
  EXPECT_EQ(find("Akeelah Walsh").rfm_score(), 445);
}

TEST(RfmPublished, DefaultAnalysisDateIsTheDayAfterTheNewestOrder) {
  Aggregator agg;
  agg.add_order("a", days(2006, 12, 30), 1);
  agg.add_order("b", days(2005, 1, 1), 1);
  auto t = agg.finish();
  ASSERT_TRUE(t.analysis_date.has_value());
  EXPECT_EQ(*t.analysis_date, days(2006, 12, 31));
  EXPECT_EQ(t.customers[0].recency_days, 1);
}
