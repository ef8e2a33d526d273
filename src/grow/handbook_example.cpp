#include "grow/handbook_example.h"

namespace fieldbook::grow {

CoachingSession handbook_example(Language lang) {
  auto t = [lang](const char* en, const char* zh) { return LocalizedText{en, zh}.in(lang); };
  CoachingSession s;
  s.topic = t("\"This customer is too hard\"", "“这个客户太难搞了”");
  s.customer = t("Huadong Education Group", "华东教育集团");
  s.goal.text = t("Sign this customer in Q4", "第四季度签下这个客户");
  s.goal.measure = t("A signed contract", "签订合同");
  s.reality.text = t("The customer is price-sensitive: they compare every line with the cheapest offer.",
                     "客户对价格很敏感，每一项都拿去和最便宜的报价比。");
  s.reality.tried = t("Two discounts on the licence price; the gap to the competitor stays.",
                      "软件价格已经让了两次，和竞品的差距还在。");
  s.reality.obstacles = t("The purchasing head only looks at the unit price.", "采购负责人只看单价。");
  s.options = {
      {"example-option-1", t("Bundle services with the licence", "把服务打包进方案"),
       t("Moves the talk from price to value", "把话题从价格转到价值"), t("Costs us delivery time", "占用交付资源"), true},
      {"example-option-2", t("Another discount", "再降一次价"), t("Quick", "见效快"),
       t("Margin; teaches them to wait for the next one", "利润受损，客户会等下一次降价"), false},
      {"example-option-3", t("Show an ROI case to their head of IT", "给对方信息中心负责人演示 ROI 测算"),
       t("Buys a result, not a tool", "让客户买的是结果而不是工具"), t("Needs their cost figures", "需要客户提供成本数据"),
       false},
  };
  s.will.support = t("The manager reviews the quote before it goes out", "经理在报价发出前把关");
  s.actions = {
      {"example-action-1", t("Send a customised quote with a service package", "提交定制报价和服务套餐"),
       ActionOwner::Rep, "", ActionStatus::Open, ""},
      {"example-action-2", t("Ask delivery which services can be bundled", "和交付团队确认可打包的服务"),
       ActionOwner::Manager, "", ActionStatus::Open, ""},
  };
  return s;
}

}  // namespace fieldbook::grow
