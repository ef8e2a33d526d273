// The objection cards new reps role-play with (grow/practice_cards.h).
#include "grow/practice_cards.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "grow_text_checks.h"

namespace fieldbook::grow {
namespace {

using testing::expect_bilingual;

const PracticeCard* card_with_objection(const std::string& zh) {
  for (const PracticeCard& card : practice_cards()) {
    if (card.objection.zh.find(zh) != std::string::npos) return &card;
  }
  return nullptr;
}

TEST(GrowPracticeCards, AtLeastTwelveWithUniqueIds) {
  EXPECT_GE(practice_cards().size(), 12u);
  std::set<std::string> ids;
  for (const PracticeCard& card : practice_cards()) {
    EXPECT_TRUE(ids.insert(card.id).second) << "duplicate id " << card.id;
    EXPECT_FALSE(card.id.empty());
    for (char c : card.id) EXPECT_TRUE((c >= 'a' && c <= 'z') || c == '-') << card.id;
  }
}

TEST(GrowPracticeCards, EveryTextIsInBothLanguages) {
  std::set<std::string> objections;
  for (const PracticeCard& card : practice_cards()) {
    expect_bilingual(card.objection, card.id + " objection");
    expect_bilingual(card.handling, card.id + " handling");
    expect_bilingual(card.sample_reply, card.id + " sample reply");
    EXPECT_NE(card.handling.zh, card.sample_reply.zh) << card.id;
    EXPECT_TRUE(objections.insert(card.objection.zh).second) << "twice: " << card.objection.zh;
  }
}

TEST(GrowPracticeCards, TheHandbooksTwoComeFirst) {
  ASSERT_GE(practice_cards().size(), 2u);
  EXPECT_EQ(practice_cards()[0].objection.zh.rfind("预算不足", 0), 0u) << practice_cards()[0].objection.zh;
  EXPECT_EQ(practice_cards()[1].objection.zh.rfind("竞品压价", 0), 0u) << practice_cards()[1].objection.zh;
}

TEST(GrowPracticeCards, CoverTheCommonObjections) {
  for (const char* zh : {"预算不足", "竞品压价", "需要领导审批", "现在不是时候", "我们已有供应商", "实施风险",
                         "价格太高", "先发资料看看", "信创", "付款周期", "效果没保证", "内部没人用"}) {
    EXPECT_NE(card_with_objection(zh), nullptr) << zh;
  }
}

TEST(GrowPracticeCards, FindsACardByItsId) {
  for (const PracticeCard& card : practice_cards()) EXPECT_EQ(find_practice_card(card.id), &card) << card.id;
  const PracticeCard* no_budget = find_practice_card("no-budget");
  ASSERT_NE(no_budget, nullptr);
  EXPECT_EQ(no_budget, card_with_objection("预算不足"));
  EXPECT_EQ(find_practice_card(""), nullptr);
  EXPECT_EQ(find_practice_card("No-Budget"), nullptr);
  EXPECT_EQ(find_practice_card("no-budget-2"), nullptr);
}

}  // namespace
}  // namespace fieldbook::grow
