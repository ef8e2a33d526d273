#pragma once
// Segment rules: boxes over (R, F, M) scores, first match wins, the rest are "Others".
// Rule sets are plain data (the rule editor edits them; the workspace stores them; JSON below).
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/localized_text.h"
#include "rfm/analysis.h"

namespace fieldbook::rfm {

struct SegmentRule {
  std::string id;
  std::string name_en, name_zh;
  std::string action_en, action_zh;
  int r_min = 1, r_max = 5;
  int f_min = 1, f_max = 5;
  int m_min = 1, m_max = 5;
  std::string industry;  // empty = any industry; else matches the customer's industry (ASCII case-insensitive)

  bool operator==(const SegmentRule&) const = default;
};

struct RuleSet {
  std::string id;              // "default", "abc", or the user's
  std::string name_en, name_zh;
  int scale = 5;               // the score scale the ranges are written for (see scaled_score)
  std::string other_en = "Others", other_zh = "其他";
  std::vector<SegmentRule> rules;

  bool operator==(const RuleSet&) const = default;
};

// R rfm's documented default table (vignette "RFM - Introduction", rfm_segment() examples):
// Champions R5 F5 M5; Potential Loyalist R3-5 F3-5 M2-5; Loyal Customers R2-4 F2-4 M2-4;
// Promising R3-4 F1-3 M3-5; New Customers R4-5 F1-3 M1-5; Can't Lose Them R1-2 F3-4 M4-5;
// At Risk R1-2 F2-5 M4-5; Need Attention R1-3 F3-5 M3-5; About To Sleep R2-3 F1-3 M1-4; Lost R1 F1-5 M1-5.
RuleSet default_rule_set();

// The handbook's tiers (domain.md section 2): A 高R高F高M -> strategic binding 战略绑定;
// B 潜力型 -> incubation 孵化计划 (recent customers who either spend or buy often);
// C 小额散单 -> SOP service (everyone else, so nobody is left as Others).
RuleSet abc_rule_set();

// Validates ids/names and ranges (1..scale, min <= max); throws Error with the rule's position.
void validate(const RuleSet& rules);

// A score on a `bins`-point scale mapped to the rule set's `scale` (identity when equal): the
// bin's midpoint keeps its relative position, s' = floor((s - 0.5) / bins * scale) + 1.
int scaled_score(int score, int bins, int scale);

bool matches(const SegmentRule& rule, int r, int f, int m, std::string_view industry);

// Sets Customer::segment (rule index or -1) for every customer. Bins per dimension come from the
// scoring thresholds (custom breaks may give a dimension its own count).
void assign_segments(std::span<Customer> customers, const RuleSet& rules, const ScoredTable& scored);

struct SegmentSummary {
  LocalizedText name;    // segment_label of its rules
  LocalizedText action;  // segment_action of its first rule
  std::size_t customers = 0;
  std::int64_t orders = 0;
  double revenue = 0;
  double customer_share = 0;       // of all customers, 0..1
  double revenue_share = 0;        // of all revenue, 0..1 (0 when total revenue is 0)
  double average_order_value = 0;  // revenue / orders (0 when no orders)
  double mean_recency = 0, mean_frequency = 0, mean_monetary = 0;
};

// One row per distinct segment name in rule order (rules sharing a name are merged), including
// empty ones, then "Others" when it has customers.
std::vector<SegmentSummary> summarize_segments(std::span<const Customer> customers, const RuleSet& rules);

// A segment's label: the one place it is chosen, for the app's views, the CSV export and the CLI.
// `segment` is a rule's index, or -1 (or any other index no rule has) for the rule set's Others.
// The English label is the rule's English name, or its Chinese one when it has none (a rule needs
// a name in one language); pick the language with LocalizedText::in (no Chinese: English).
LocalizedText segment_label(const RuleSet& rules, std::int32_t segment);
// What the rule set advises for a segment (empty for Others).
LocalizedText segment_action(const RuleSet& rules, std::int32_t segment);

// JSON form of a rule set:
// {"id":"..","nameEn":"..","nameZh":"..","scale":5,"otherEn":"Others","otherZh":"其他",
//  "rules":[{"id":"..","nameEn":"..","nameZh":"..","actionEn":"..","actionZh":"..",
//            "r":[1,5],"f":[1,5],"m":[1,5],"industry":""}]}
// Parsing also accepts snake_case keys (name_en, r_min/r_max, ...). Throws Error with a path.
RuleSet parse_rule_set_json(std::string_view json);
std::string rule_set_to_json(const RuleSet& rules);

}  // namespace fieldbook::rfm
