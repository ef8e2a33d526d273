// The analysis record: built from an import (the published summary still holds), re-scored,
// re-segmented with new rules, copies share the customer table, and its checks.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "common/date.h"
#include "rfm/analysis_record.h"

using namespace fieldbook::rfm;

namespace {

CustomerTable orders_table() {
  std::ifstream in(std::string(FIELDBOOK_SHARED_DATA) + "/rfm/rfm_data_orders.csv", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return import_text(ss.str(), {}).table;
}

std::size_t customers_in(const AnalysisRecord& r, std::string_view name) {
  for (const auto& s : summarize_segments(r.list(), r.rules))
    if (s.name.en == name) return s.customers;
  return 0;
}

}  // namespace

TEST(RfmAnalysisRecord, MakeAnalysisKeepsThePublishedSummary) {
  const AnalysisRecord r = make_analysis(orders_table(), {}, default_rule_set(), std::nullopt, "CNY");
  EXPECT_EQ(r.analysis_date, "2006-12-31");
  EXPECT_EQ(r.rows, 4906);
  EXPECT_EQ(r.list().size(), 995u);
  EXPECT_EQ(customers_in(r, "Potential Loyalist"), 342u);
  EXPECT_EQ(customers_in(r, "Champions"), 35u);
  EXPECT_EQ(customers_in(r, "Lost"), 148u);
  EXPECT_TRUE(check_record(r).empty());
}

TEST(RfmAnalysisRecord, CopiesShareTheTableAndRescoringMakesANewOne) {
  AnalysisRecord r = make_analysis(orders_table(), {}, default_rule_set(), std::nullopt, "CNY");
  const AnalysisRecord copy = r;
  EXPECT_EQ(copy.customers.get(), r.customers.get());
  ScoringOptions o;
  o.set_bins(3);
  rescore(r, o, std::nullopt);
  EXPECT_NE(copy.customers.get(), r.customers.get());
  EXPECT_EQ(r.thresholds[0].bins, 3);
  EXPECT_EQ(copy.thresholds[0].bins, 5) << "the copy (an undo step) is untouched";
  for (const auto& c : r.list()) EXPECT_LE(c.r_score, 3);
}

TEST(RfmAnalysisRecord, ALaterAnalysisDateAgesEveryCustomer) {
  AnalysisRecord r = make_analysis(orders_table(), {}, default_rule_set(), std::nullopt, "CNY");
  const int before = r.list().front().recency_days;
  const auto day = fieldbook::parse_iso_date("2007-01-10");
  rescore(r, r.options, day->days);
  EXPECT_EQ(r.analysis_date, "2007-01-10");
  EXPECT_EQ(r.list().front().recency_days, before + 10);
}

TEST(RfmAnalysisRecord, NewRulesReassignSegmentsOnly) {
  AnalysisRecord r = make_analysis(orders_table(), {}, default_rule_set(), std::nullopt, "CNY");
  const auto scores = r.list()[10].rfm_score();
  apply_rules(r, abc_rule_set());
  EXPECT_EQ(r.rules.id, "abc");
  EXPECT_EQ(r.list()[10].rfm_score(), scores);
  for (const auto& c : r.list()) EXPECT_GE(c.segment, 0) << "A/B/C leaves nobody as Others";
}

TEST(RfmAnalysisRecord, AmountsAreRoundedToTheMinorUnit) {
  CustomerTable t;
  Customer a, b;
  a.id = "a";
  a.frequency = 1;
  a.monetary = 0.1 + 0.2;
  a.last_order = 100;
  b.id = "b";
  b.frequency = 2;
  b.monetary = 10.005;
  b.last_order = 90;
  t.customers = {a, b};
  t.analysis_date = 101;
  const AnalysisRecord r = make_analysis(t, {}, default_rule_set(), std::nullopt, "JPY");
  EXPECT_DOUBLE_EQ(r.list()[0].monetary, 0.0);
  EXPECT_DOUBLE_EQ(r.list()[1].monetary, 10.0);
  EXPECT_EQ(r.currency, "JPY");
}

TEST(RfmAnalysisRecord, CheckRecordNamesBadFields) {
  AnalysisRecord r = make_analysis(orders_table(), {}, default_rule_set(), std::nullopt, "CNY");
  auto list = std::make_shared<CustomerList>(r.list());
  (*list)[3].r_score = 9;
  (*list)[4].segment = 42;
  r.customers = list;
  r.currency = "RMB";
  const auto issues = check_record(r);
  ASSERT_GE(issues.size(), 3u);
  EXPECT_EQ(issues[0].path, "currency");
  EXPECT_EQ(issues[1].path, "customers.r[3]");
  EXPECT_EQ(issues[2].path, "customers.segment[4]");
}

TEST(RfmAnalysisRecord, BreaksAsTyped) {
  EXPECT_EQ(parse_breaks_text("30, 90,180"), (std::vector<double>{30, 90, 180}));
  EXPECT_EQ(parse_breaks_text("30，90、180；"), std::nullopt) << "a full-width semicolon is not a separator";
  EXPECT_EQ(parse_breaks_text("30，90、180"), (std::vector<double>{30, 90, 180}));
  EXPECT_EQ(parse_breaks_text("  "), std::vector<double>{});
  EXPECT_EQ(parse_breaks_text("1.5; 2e3"), (std::vector<double>{1.5, 2000}));
  EXPECT_EQ(parse_breaks_text("30, abc"), std::nullopt);
  EXPECT_EQ(breaks_text({30, 90.5}), "30, 90.5");
}
