// Segment rules: R rfm's default table, the handbook's A/B/C tiers, first match wins, scaling to
// other bin counts, industry rules, the summary and the JSON form.
#include <gtest/gtest.h>

#include "common/error.h"
#include "rfm/segments.h"

using namespace fieldbook::rfm;

namespace {

Customer scored(int r, int f, int m, std::int64_t orders = 1, double revenue = 10, std::string industry = {}) {
  Customer c;
  c.id = "c" + std::to_string(r) + std::to_string(f) + std::to_string(m);
  c.r_score = static_cast<std::uint8_t>(r);
  c.f_score = static_cast<std::uint8_t>(f);
  c.m_score = static_cast<std::uint8_t>(m);
  c.frequency = orders;
  c.monetary = revenue;
  c.industry = std::move(industry);
  return c;
}

ScoredTable bins(int r, int f, int m) {
  ScoredTable t;
  t.thresholds[0].bins = r;
  t.thresholds[1].bins = f;
  t.thresholds[2].bins = m;
  return t;
}

std::string segment_of(const RuleSet& rules, int r, int f, int m, int nbins = 5) {
  std::vector<Customer> cs = {scored(r, f, m)};
  assign_segments(cs, rules, bins(nbins, nbins, nbins));
  return segment_label(rules, cs[0].segment).en;
}

}  // namespace

TEST(RfmSegments, DefaultTableIsRsFirstMatchWins) {
  const RuleSet rules = default_rule_set();
  ASSERT_EQ(rules.rules.size(), 10u);
  EXPECT_EQ(segment_of(rules, 5, 5, 5), "Champions");
  EXPECT_EQ(segment_of(rules, 5, 5, 4), "Potential Loyalist");  // not Champions (M 5 only)
  EXPECT_EQ(segment_of(rules, 3, 3, 3), "Potential Loyalist");  // also fits Loyal Customers: first wins
  EXPECT_EQ(segment_of(rules, 2, 2, 2), "Loyal Customers");
  EXPECT_EQ(segment_of(rules, 3, 1, 4), "Promising");
  EXPECT_EQ(segment_of(rules, 5, 1, 1), "New Customers");
  EXPECT_EQ(segment_of(rules, 2, 3, 5), "Can't Lose Them");
  EXPECT_EQ(segment_of(rules, 1, 5, 4), "At Risk");
  EXPECT_EQ(segment_of(rules, 3, 5, 3), "Potential Loyalist");
  EXPECT_EQ(segment_of(rules, 1, 3, 3), "Need Attention");
  EXPECT_EQ(segment_of(rules, 2, 1, 1), "About To Sleep");
  EXPECT_EQ(segment_of(rules, 1, 1, 1), "Lost");
  EXPECT_EQ(segment_of(rules, 2, 1, 5), "Others");  // R 2, F 1, M 5 fits no rule
  EXPECT_EQ(segment_label(rules, -1).in(fieldbook::Language::Zh), "其他");
}

TEST(RfmSegments, AbcTiersFollowTheHandbook) {
  const RuleSet rules = abc_rule_set();
  EXPECT_EQ(segment_of(rules, 5, 5, 5), "A · Strategic binding");
  EXPECT_EQ(segment_of(rules, 4, 4, 4), "A · Strategic binding");
  EXPECT_EQ(segment_of(rules, 5, 1, 5), "B · Incubation");  // recent, big spender, new
  EXPECT_EQ(segment_of(rules, 3, 4, 1), "B · Incubation");  // recent, buys often, small tickets
  EXPECT_EQ(segment_of(rules, 1, 1, 1), "C · SOP service");
  EXPECT_EQ(segment_of(rules, 2, 5, 5), "C · SOP service");
  for (const auto& r : rules.rules) {
    EXPECT_FALSE(r.action_en.empty());
    EXPECT_FALSE(r.action_zh.empty());
  }
  EXPECT_NE(rules.rules[0].action_zh.find("战略绑定"), std::string::npos);
  EXPECT_NE(rules.rules[1].action_zh.find("孵化计划"), std::string::npos);
  EXPECT_NE(rules.rules[3].action_en.find("SOP"), std::string::npos);
}

TEST(RfmSegments, ScoresScaleToOtherBinCounts) {
  EXPECT_EQ(scaled_score(3, 5, 5), 3);
  EXPECT_EQ(scaled_score(1, 3, 5), 1);
  EXPECT_EQ(scaled_score(2, 3, 5), 3);
  EXPECT_EQ(scaled_score(3, 3, 5), 5);
  EXPECT_EQ(scaled_score(1, 9, 5), 1);
  EXPECT_EQ(scaled_score(9, 9, 5), 5);
  const RuleSet rules = default_rule_set();
  EXPECT_EQ(segment_of(rules, 3, 3, 3, 3), "Champions");
  EXPECT_EQ(segment_of(rules, 1, 1, 1, 3), "Lost");
}

TEST(RfmSegments, IndustryRulesApplyOnlyToTheirIndustry) {
  RuleSet rules = abc_rule_set();
  SegmentRule gov;
  gov.id = "gov_a";
  gov.name_en = "A · Strategic binding";
  gov.name_zh = "A类 · 战略绑定";
  gov.r_min = 3;  // government: long decision chains, so a slower buyer still counts as A
  gov.f_min = 3;
  gov.m_min = 4;
  gov.industry = "Government";
  rules.rules.insert(rules.rules.begin(), gov);
  std::vector<Customer> cs = {scored(3, 3, 4, 1, 10, "government"), scored(3, 3, 4, 1, 10, "tech")};
  assign_segments(cs, rules, bins(5, 5, 5));
  EXPECT_EQ(segment_label(rules, cs[0].segment).en, "A · Strategic binding");
  EXPECT_EQ(segment_label(rules, cs[1].segment).en, "B · Incubation");
}

TEST(RfmSegments, SummaryCountsSharesAndAverageOrderValue) {
  const RuleSet rules = default_rule_set();
  std::vector<Customer> cs = {scored(5, 5, 5, 10, 1000), scored(5, 5, 5, 5, 500), scored(1, 1, 1, 1, 100),
                              scored(2, 1, 5, 4, 400)};
  assign_segments(cs, rules, bins(5, 5, 5));
  const auto s = summarize_segments(cs, rules);
  ASSERT_EQ(s.size(), 11u);  // 10 named (some empty) + Others
  EXPECT_EQ(s[0].name.en, "Champions");
  EXPECT_EQ(s[0].customers, 2u);
  EXPECT_EQ(s[0].orders, 15);
  EXPECT_DOUBLE_EQ(s[0].revenue, 1500);
  EXPECT_DOUBLE_EQ(s[0].customer_share, 0.5);
  EXPECT_DOUBLE_EQ(s[0].revenue_share, 0.75);
  EXPECT_DOUBLE_EQ(s[0].average_order_value, 100);
  EXPECT_EQ(s[1].customers, 0u);
  EXPECT_DOUBLE_EQ(s[1].average_order_value, 0);
  EXPECT_EQ(s.back().name.en, "Others");
  EXPECT_EQ(s.back().customers, 1u);
  // Rules sharing a name merge into one row.
  const RuleSet abc = abc_rule_set();
  std::vector<Customer> ds = {scored(5, 1, 5), scored(3, 4, 1)};
  assign_segments(ds, abc, bins(5, 5, 5));
  const auto t = summarize_segments(ds, abc);
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[1].customers, 2u);
}

TEST(RfmSegments, JsonRoundTripAndValidation) {
  const RuleSet a = default_rule_set();
  const RuleSet b = parse_rule_set_json(rule_set_to_json(a));
  ASSERT_EQ(b.rules.size(), a.rules.size());
  for (std::size_t i = 0; i < a.rules.size(); ++i) {
    EXPECT_EQ(b.rules[i].name_en, a.rules[i].name_en);
    EXPECT_EQ(b.rules[i].name_zh, a.rules[i].name_zh);
    EXPECT_EQ(b.rules[i].r_min, a.rules[i].r_min);
    EXPECT_EQ(b.rules[i].m_max, a.rules[i].m_max);
  }
  const RuleSet c = parse_rule_set_json(
      R"({"rules":[{"name_en":"Top","r_min":4,"r_max":5,"f":[4,5],"mMin":4},{"nameEn":"Rest"}]})");
  EXPECT_EQ(c.rules[0].r_min, 4);
  EXPECT_EQ(c.rules[0].f_min, 4);
  EXPECT_EQ(c.rules[0].m_min, 4);
  EXPECT_EQ(c.rules[0].m_max, 5);
  EXPECT_EQ(c.rules[1].r_min, 1);
  try {
    parse_rule_set_json(R"({"rules":[{"nameEn":"x","r":[4,2]}]})");
    FAIL() << "no error";
  } catch (const fieldbook::Error& e) {
    EXPECT_EQ(e.position().path, "rules[0].r");
    EXPECT_EQ(e.rule().kind, fieldbook::ValueRule::Kind::Between);  // for a UI to say "1 to 5"
    EXPECT_EQ(e.rule().low, 1);
    EXPECT_EQ(e.rule().high, 5);
  }
  RuleSet nameless = default_rule_set();
  nameless.rules[1].name_en.clear();
  nameless.rules[1].name_zh.clear();
  try {
    validate(nameless);
    FAIL() << "no error";
  } catch (const fieldbook::Error& e) {
    EXPECT_EQ(e.position().path, "rules[1].nameEn");
    EXPECT_EQ(e.rule().kind, fieldbook::ValueRule::Kind::NotEmpty);
  }
  EXPECT_THROW(parse_rule_set_json("{"), fieldbook::Error);
  EXPECT_THROW(parse_rule_set_json(R"({"rules":[{"r":[1,5]}]})"), fieldbook::Error);  // no name
  EXPECT_THROW(parse_rule_set_json(R"({"rules":[{"nameEn":"x","f":[0,5]}]})"), fieldbook::Error);
  EXPECT_THROW(parse_rule_set_json("[]"), fieldbook::Error);
}
