// The core's texts in two languages (common/localized_text.h) and the one function that labels an
// RFM segment (rfm::segment_label), as the views, the CSV export and the CLI read them.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/localized_text.h"
#include "rfm/export.h"
#include "rfm/segments.h"
#include "roi/case.h"

namespace fieldbook {
namespace {

TEST(LocalizedText, PicksTheLanguageAndFallsBackToEnglish) {
  const LocalizedText both{"Champions", "冠军客户"};
  EXPECT_EQ(both.in(Language::En), "Champions");
  EXPECT_EQ(both.in(Language::Zh), "冠军客户");

  const LocalizedText english_only{"Champions", ""};
  EXPECT_EQ(english_only.in(Language::Zh), "Champions") << "no Chinese: English";
  EXPECT_EQ(english_only.in(Language::En), "Champions");

  const LocalizedText chinese_only{"", "冠军客户"};
  EXPECT_EQ(chinese_only.in(Language::En), "") << "English never borrows the Chinese text";
  EXPECT_EQ(chinese_only.in(Language::Zh), "冠军客户");
}

TEST(LocalizedText, OnATemporaryGivesACopy) {
  const std::string zh = LocalizedText{"Lost", "流失客户"}.in(Language::Zh);
  const std::string en = LocalizedText{"Lost", ""}.in(Language::Zh);
  EXPECT_EQ(zh, "流失客户");
  EXPECT_EQ(en, "Lost");
}

TEST(LocalizedText, LanguageCodes) {
  EXPECT_EQ(parse_language("en"), Language::En);
  EXPECT_EQ(parse_language("zh"), Language::Zh);
  EXPECT_EQ(parse_language("fr"), std::nullopt);
  EXPECT_EQ(parse_language(""), std::nullopt);
  EXPECT_STREQ(language_code(Language::En), "en");
  EXPECT_STREQ(language_code(Language::Zh), "zh");
}

TEST(LocalizedText, RoiTemplatesSpeakBothLanguages) {
  const roi::Template& t = roi::templates().front();
  const roi::Case zh = roi::from_template(t, Language::Zh, "roi-zh");
  EXPECT_EQ(zh.name, t.name.zh);
  EXPECT_EQ(roi::from_template(t, Language::En, "roi-en").name, t.name.en);
  // By code, as the sample workspace asks for it.
  EXPECT_EQ(roi::from_template(t, "zh", "roi-zh").name, zh.name);
  EXPECT_EQ(roi::from_template(t, "xx", "roi-xx").name, t.name.en);
}

rfm::RuleSet three_rules() {
  rfm::RuleSet rules;
  rules.id = "test";
  rules.other_en = "Others";
  rules.other_zh = "其他";
  rfm::SegmentRule both;
  both.id = "both";
  both.name_en = "Champions";
  both.name_zh = "冠军客户";
  both.action_en = "Reward them.";
  both.action_zh = "奖励他们。";
  rfm::SegmentRule english = both;
  english.id = "english";
  english.name_en = "Promising";
  english.name_zh = "";
  english.action_zh = "";
  rfm::SegmentRule chinese = both;
  chinese.id = "chinese";
  chinese.name_en = "";
  chinese.name_zh = "潜力客户";
  rules.rules = {both, english, chinese};
  return rules;
}

TEST(RfmSegmentLabel, NamesEachSegmentInBothLanguages) {
  const rfm::RuleSet rules = three_rules();
  EXPECT_EQ(rfm::segment_label(rules, 0), (LocalizedText{"Champions", "冠军客户"}));
  EXPECT_EQ(rfm::segment_label(rules, 0).in(Language::Zh), "冠军客户");
  // A rule without a Chinese name is called by its English one in Chinese.
  EXPECT_EQ(rfm::segment_label(rules, 1).in(Language::Zh), "Promising");
  // A rule named in Chinese only is called that in English too.
  EXPECT_EQ(rfm::segment_label(rules, 2).in(Language::En), "潜力客户");
  EXPECT_EQ(rfm::segment_label(rules, 2).in(Language::Zh), "潜力客户");
  // No rule: the rule set's Others.
  EXPECT_EQ(rfm::segment_label(rules, -1), (LocalizedText{"Others", "其他"}));
  EXPECT_EQ(rfm::segment_label(rules, 3), (LocalizedText{"Others", "其他"}));
}

TEST(RfmSegmentLabel, ActionsFallBackToEnglishAndOthersHaveNone) {
  const rfm::RuleSet rules = three_rules();
  EXPECT_EQ(rfm::segment_action(rules, 0).in(Language::Zh), "奖励他们。");
  EXPECT_EQ(rfm::segment_action(rules, 1).in(Language::Zh), "Reward them.");
  EXPECT_EQ(rfm::segment_action(rules, -1), LocalizedText{});
}

TEST(RfmSegmentLabel, TheSummaryAndTheCsvExportUseIt) {
  const rfm::RuleSet rules = three_rules();
  std::vector<rfm::Customer> customers(4);
  for (std::size_t i = 0; i < customers.size(); ++i) {
    customers[i].id = "c" + std::to_string(i);
    customers[i].segment = i < 3 ? static_cast<std::int32_t>(i) : -1;
    customers[i].frequency = 1;
    customers[i].monetary = 10;
  }
  const auto summary = rfm::summarize_segments(customers, rules);
  ASSERT_EQ(summary.size(), 4u);
  for (std::int32_t s = 0; s < 3; ++s) EXPECT_EQ(summary[static_cast<std::size_t>(s)].name, rfm::segment_label(rules, s));
  EXPECT_EQ(summary[3].name, rfm::segment_label(rules, -1));
  EXPECT_EQ(summary[1].action, rfm::segment_action(rules, 1));

  rfm::ExportOptions o;
  o.bom = false;
  o.lang = Language::Zh;
  const std::string csv = rfm::customers_csv(customers, rules, o);
  // segment (English), segment_label and action (Chinese, else English) end each row.
  EXPECT_NE(csv.find(",Champions,冠军客户,奖励他们。\r\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find(",Promising,Promising,Reward them.\r\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find(",潜力客户,潜力客户,奖励他们。\r\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find(",Others,其他,\r\n"), std::string::npos) << csv;
}

}  // namespace
}  // namespace fieldbook
