// Filtering and sorting the customer table by index, segment groups, the R x F grid.
#include <gtest/gtest.h>

#include <cmath>

#include "rfm/customer_query.h"

using namespace fieldbook::rfm;

namespace {

Customer make(std::string id, std::string name, std::string industry, std::string rep, int recency, int freq,
              double money, int r, int f, int m, int segment) {
  Customer c;
  c.id = std::move(id);
  c.name = std::move(name);
  c.industry = std::move(industry);
  c.rep = std::move(rep);
  c.recency_days = recency;
  c.frequency = freq;
  c.monetary = money;
  c.r_score = static_cast<std::uint8_t>(r);
  c.f_score = static_cast<std::uint8_t>(f);
  c.m_score = static_cast<std::uint8_t>(m);
  c.segment = segment;
  c.last_order = 20000 - recency;
  return c;
}

std::vector<Customer> sample() {
  return {
      make("a1", "Alpha Ltd", "政府", "王磊", 10, 5, 500, 5, 5, 5, 0),
      make("b2", "beta 公司", "科技", "李娜", 200, 1, 50, 1, 1, 1, -1),
      make("c3", "Gamma", "科技", "王磊", 30, 3, 300, 4, 3, 4, 1),
      make("d4", "delta", "", "", 60, 2, 120, 3, 2, 2, 2),
  };
}

RuleSet rules3() {
  RuleSet r;
  r.rules.resize(3);
  r.rules[0].name_en = "Champions";
  r.rules[1].name_en = "Loyal";
  r.rules[2].name_en = "Champions";  // shares a name: one segment
  return r;
}

}  // namespace

TEST(RfmCustomerQuery, SegmentGroupsMergeRulesByName) {
  const SegmentGroups g = segment_groups(rules3());
  EXPECT_EQ(g.named, 2);
  EXPECT_EQ(g.row_of(0), 0);
  EXPECT_EQ(g.row_of(1), 1);
  EXPECT_EQ(g.row_of(2), 0);
  EXPECT_EQ(g.row_of(-1), 2);
  EXPECT_EQ(g.row_of(99), 2);
}

TEST(RfmCustomerQuery, FiltersCombine) {
  const auto cs = sample();
  const SegmentGroups g = segment_groups(rules3());
  CustomerFilter f;
  EXPECT_EQ(filter_customers(cs, g, f), (std::vector<Index>{0, 1, 2, 3}));
  f.segment_row = 0;
  EXPECT_EQ(filter_customers(cs, g, f), (std::vector<Index>{0, 3}));
  f.segment_row = 2;
  EXPECT_EQ(filter_customers(cs, g, f), (std::vector<Index>{1}));
  f = {};
  f.industry = "科技";
  EXPECT_EQ(filter_customers(cs, g, f), (std::vector<Index>{1, 2}));
  f.rep = "王磊";
  EXPECT_EQ(filter_customers(cs, g, f), (std::vector<Index>{2}));
  f = {};
  f.industry = "";
  EXPECT_EQ(filter_customers(cs, g, f), (std::vector<Index>{3}));
  f = {};
  f.search = "BETA";
  EXPECT_EQ(filter_customers(cs, g, f), (std::vector<Index>{1}));
  f.search = "公司";
  EXPECT_EQ(filter_customers(cs, g, f), (std::vector<Index>{1}));
  f.search = "A1";
  EXPECT_EQ(filter_customers(cs, g, f), (std::vector<Index>{0}));
}

TEST(RfmCustomerQuery, SortsIndicesByAnyColumnStably) {
  const auto cs = sample();
  const SegmentGroups g = segment_groups(rules3());
  std::vector<Index> rows{0, 1, 2, 3};
  sort_customers(cs, rows, SortColumn::Monetary, true, g);
  EXPECT_EQ(rows, (std::vector<Index>{0, 2, 3, 1}));
  sort_customers(cs, rows, SortColumn::Recency, false, g);
  EXPECT_EQ(rows, (std::vector<Index>{0, 2, 3, 1}));
  sort_customers(cs, rows, SortColumn::Name, false, g);
  EXPECT_EQ(rows, (std::vector<Index>{0, 2, 1, 3})) << "byte order: upper case first";
  sort_customers(cs, rows, SortColumn::Segment, false, g);
  EXPECT_EQ(rows, (std::vector<Index>{0, 3, 2, 1})) << "ties in index (id) order";
  sort_customers(cs, rows, SortColumn::Score, true, g);
  EXPECT_EQ(rows.front(), 0u);
  sort_customers(cs, rows, SortColumn::Industry, false, g);
  EXPECT_EQ(rows.front(), 3u) << "empty first";
}

TEST(RfmCustomerQuery, ContainsFolded) {
  EXPECT_TRUE(contains_folded("Abbey O'Reilly", "o'rei"));
  EXPECT_TRUE(contains_folded("x", ""));
  EXPECT_FALSE(contains_folded("ab", "abc"));
  EXPECT_TRUE(contains_folded("华东教育", "教育"));
}

TEST(RfmCustomerQuery, DistinctValuesAndGrid) {
  const auto cs = sample();
  EXPECT_EQ(distinct_values(cs, TextColumn::Industry), (std::vector<std::string>{"政府", "科技"}));
  EXPECT_EQ(distinct_values(cs, TextColumn::Rep).size(), 2u);
  const std::vector<Index> all{0, 1, 2, 3};
  const RfGrid grid = rf_grid(cs, all, 5, 5);
  ASSERT_EQ(grid.mean_monetary.size(), 25u);
  EXPECT_DOUBLE_EQ(grid.mean_monetary[4 * 5 + 4], 500);
  EXPECT_EQ(grid.counts[0], 1u);
  EXPECT_TRUE(std::isnan(grid.mean_monetary[1]));
  const SegmentCounts sc = count_segments(cs, all, segment_groups(rules3()));
  EXPECT_EQ(sc.customers, (std::vector<std::size_t>{2, 1, 1}));
  EXPECT_EQ(sc.orders[0], 7);
  EXPECT_DOUBLE_EQ(sc.revenue[0], 620);
}
