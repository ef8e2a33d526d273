#include "grow/practice_cards.h"

namespace fieldbook::grow {

namespace {

std::vector<PracticeCard> make_cards() {
  return {
      {"no-budget",
       {"No budget: \"We don't have a budget for this this year.\"", "预算不足：“今年没有这笔预算。”"},
       {"Acknowledge it. Ask when budget planning starts and who decides it. Offer to split the project into "
        "phases so the first one fits what they have. Give them an ROI estimate to take into next year's budget.",
        "先表示理解；问清预算什么时候开始报、由谁来定；提出分期实施，让第一期落在现有预算里；用投入产出测算帮客户把项目报进明年预算。"},
       {"I understand, budgets are tight this year. When does planning for next year start? We could begin with a "
        "small first phase now, and I'll prepare an ROI estimate you can take straight to the budget meeting.",
        "理解，今年预算确实紧张。明年的预算大概什么时候开始报？我们可以先做小范围的一期，我再给您做一份投入产出测算，报预算的时候直接就能用。"}},
      {"competitor-undercuts",
       {"A competitor undercuts us: \"Another vendor is 30% cheaper.\"", "竞品压价：“别家比你们便宜三成。”"},
       {"Don't cut the price straight away. Ask what their quote includes. Compare the total cost over three "
        "years, with implementation, service and upgrades. Name what the cheaper offer leaves out. If you must "
        "give something, get something back: a longer contract, a reference case.",
        "别急着降价；先问清对方报价都包含什么；按三年总成本对比，实施、服务、升级都算上；讲清便宜的方案少了什么；真要让步，就换条件，比如签更长的合同、做标杆案例。"},
       {"Could I see what their quote covers? Let's put both offers side by side over three years, implementation "
        "and service included. If theirs is still the better deal, I'll tell you so.",
        "方便看看他们的报价都包含哪些内容吗？咱们把两家三年的总花费放在一起比，实施和售后都算上。要是这么算下来还是他们划算，我也实话实说。"}},
      {"boss-sign-off",
       {"Needs the boss's sign-off: \"I'll have to run this by my boss.\"", "需要领导审批：“这个我得请示一下领导。”"},
       {"Take it as progress, not a no. Ask what the boss will look at first. Prepare a one-page summary on exactly "
        "that. Offer to join the briefing or to meet the boss.",
        "这是推进，不是拒绝；问清领导最看重什么；围绕这一点准备一页纸的汇报材料；争取一起去汇报，或者约领导见一面。"},
       {"Of course. What will your boss look at first: the cost, the results or the risk? I'll put that on one page "
        "for you, and if it helps, I can come along to answer questions.",
        "应该的。领导一般最先看什么，花多少钱、有什么效果，还是风险？我按这个给您准备一页汇报材料，需要的话我也可以一起过去，现场答疑。"}},
      {"not-now",
       {"Not now: \"Let's leave it for a while and talk later.\"", "现在不是时候：“先放一放，过段时间再说。”"},
       {"Ask what has priority now. Work out with them what waiting costs. Don't accept an open \"later\": agree a "
        "date and one small step in between.",
        "问清眼下在忙什么；和客户一起算算拖下去的代价；别接受“以后再说”，约好具体时间，中间再安排一个小动作。"},
       {"Sure. What's taking priority at the moment? Let's keep in touch: I'll call you on the 15th next month, and "
        "in the meantime I'll send you one short case from a customer like you.",
        "没问题。最近主要在忙哪块工作？那咱们别断了联系：下个月 15 号我再给您打个电话，这期间我先发一个同类单位的案例给您参考。"}},
      {"have-a-supplier",
       {"We already have a supplier: \"We've used another vendor for years and it works.\"",
        "我们已有供应商：“我们一直用别家的，用得挺好。”"},
       {"Respect their choice. Ask what they would like to work better. Aim at that gap, not at replacing the "
        "supplier. Offer a small pilot alongside what they have.",
        "尊重客户现在的选择；问问哪里还希望做得更好；盯住这个缺口，而不是劝他换掉供应商；提议在现有系统旁边做个小范围试点。"},
       {"Good to hear. Switching just for the sake of it makes no sense. If there were one thing you'd like to work "
        "better, what would it be?",
        "用得顺手就好，没必要为换而换。要说有哪一点希望做得更好，会是哪方面？"}},
      {"too-complex",
       {"Too complex, risky to roll out: \"A new system is a lot of upheaval, and we worry it won't take.\"",
        "太复杂、实施风险大：“上新系统太折腾，怕落不了地。”"},
       {"Ask what went wrong in past projects. Show the rollout plan with milestones and who does what. Start with "
        "one department. Name a reference customer of a similar size.",
        "问清以前上系统踩过哪些坑；拿出带里程碑和分工的实施计划；先从一个部门做起；介绍一家规模相近的标杆客户。"},
       {"That worry is fair. What went wrong the last time you brought in a system? Our plan starts with one "
        "department, and I can put you in touch with a customer your size who went live last year.",
        "这个担心很正常。以前上系统主要卡在哪儿了？我们的方案是先从一个部门做起，我也可以介绍一家跟您规模差不多、去年刚上线的客户，您直接问问他们。"}},
      {"price-too-high",
       {"The price is too high: \"This is too expensive.\"", "价格太高：“你们这个太贵了。”"},
       {"Ask: too expensive compared with what? Break the price down per user per month. Set it against the "
        "savings in the ROI. Adjust the scope before the price.",
        "先问“跟什么比贵”；把价格拆到每人每月；对照投入产出测算讲能省下多少；要调就先调范围，不轻易降价。"},
       {"May I ask what you're comparing it with? Per user it comes to about the price of a lunch a month, and it "
        "saves each of your staff several hours a week. If the total is the problem, we can start with fewer "
        "modules.",
        "方便说说您是跟什么比吗？摊到每个人，一个月也就一顿饭钱，每周能给每位员工省出好几个小时。要是总价超了，我们可以先上几个核心模块。"}},
      {"send-materials",
       {"Send some materials first: \"Just send us something and we'll have a look.\"",
        "先发资料看看：“你先发点资料，我们看看再说。”"},
       {"Agree, but narrow it down: ask what they most want to understand, send only what fits, and fix a time to "
        "go through it together.",
        "答应下来，但要有针对性：问清最想了解哪方面，只发对口的材料，再约好时间一起过一遍。"},
       {"Happy to. So I don't bury you in brochures, which matters most to you, the features, the price or "
        "customer cases? I'll send that, and shall we take twenty minutes on Thursday to go through it?",
        "好的。为了不给您发一大堆没用的，您最想了解哪方面，功能、价格还是客户案例？我就发这部分。周四占用您二十分钟，一起过一遍，您看行吗？"}},
      {"security-compliance",
       {"Security and compliance: \"We're uneasy about our data, and it must meet the domestic IT (Xinchuang) "
        "requirements.\"",
        "安全与合规：“数据放你们那儿不放心，而且得符合信创要求。”"},
       {"Take it seriously. Ask which rules apply: the cybersecurity protection level, the domestic IT catalogue, "
        "data staying on site. Show your certificates and deployment options: on-premises, compatibility with "
        "domestic chips and operating systems. Bring in a pre-sales engineer.",
        "认真对待；问清要满足哪些要求：等保几级、是否要求信创适配、数据能不能出本地；出示资质证书和部署方式，比如私有化部署、国产芯片和操作系统的适配证明；请售前技术一起沟通。"},
       {"You're right to ask. Which requirements does your IT department go by: which protection level, and does it "
        "have to be on the domestic IT list? I'll bring our certificates and compatibility reports, and our engineer "
        "can take your IT team through the on-premises option.",
        "您问到点子上了。贵单位信息中心按哪些标准来：等保要求几级，是不是必须走信创？我把资质证书和适配证明带过来，再请我们的技术同事跟信息中心对一下私有化部署方案。"}},
      {"payment-terms",
       {"Payment terms: \"Our payment process takes at least six months.\"", "付款周期：“我们付款要走流程，至少半年。”"},
       {"Ask how their payment process runs and who approves. Propose payments tied to delivery milestones. "
        "Check with your finance team what terms you can accept before you agree.",
        "问清付款流程怎么走、谁来审批；提议按交付节点分期付款；答应之前先跟自己公司财务确认能接受的账期。"},
       {"I understand, every organisation has its process. Could we tie payments to milestones: a part at signing, "
        "a part at go-live and the rest at acceptance? I'll check with our finance team what we can offer.",
        "理解，每家单位都有自己的流程。能不能按节点付款：签约付一部分、上线付一部分、验收后付尾款？我回去跟财务确认一下我们能给的条件。"}},
      {"no-guaranteed-results",
       {"No guaranteed results: \"Who can promise this will actually work?\"", "效果没保证：“谁能保证用了就有效果？”"},
       {"Don't promise what you can't deliver. Agree measurable targets up front. Offer a pilot with clear success "
        "criteria. Show results from similar customers.",
        "不做办不到的承诺；事先约定能衡量的指标；提议一个带成功标准的试点；拿同类客户的数据说话。"},
       {"A fair question. Let's pick two or three numbers to watch, run a one-month pilot in one department, and let "
        "those numbers decide whether to roll it out.",
        "您这个顾虑很实在。咱们先定两三个要看的指标，在一个部门试用一个月，到时候用数据决定要不要全面推开。"}},
      {"nobody-uses-it",
       {"Nobody will use it: \"We'll buy it and it'll sit unused, like the last system.\"",
        "内部没人用：“买回来也没人用，上一套系统就一直闲着。”"},
       {"Ask why the last system went unused. Make adoption part of the offer: training, a champion in each team, "
        "monthly usage reports. Fit it into their daily work, not on top of it.",
        "问清上一套系统为什么闲置；把推广使用当成方案的一部分：培训、每个部门一个带头人、每月的使用报告；让系统嵌进日常工作，而不是多出来的负担。"},
       {"What stopped people using the last one? With us, training and adoption are part of the project: every "
        "team gets a champion, and each month you get a report on who is using it and how.",
        "上一套系统大家为什么不用？我们把培训和推广都算在项目里：每个部门配一个带头人，每个月给您一份使用报告，谁在用、用得怎么样一目了然。"}},
      {"think-it-over",
       {"We'll think it over: \"Let us think about it.\"", "再考虑考虑：“我们再考虑考虑。”"},
       {"Find out what exactly is still open. Answer that concern, not a general one. Agree the next step before "
        "you leave.",
        "问清具体还在顾虑哪一点；针对真正的顾虑回应，别泛泛而谈；离开前约定好下一步。"},
       {"Of course. So I can help, which part are you still unsure about: the price, the rollout or something else? "
        "Let's settle when we'll speak again.",
        "应该的。方便说说主要还在考虑哪方面吗，价格、实施，还是别的？我好有针对性地准备。咱们约个时间再碰一下。"}},
      {"public-tender",
       {"It has to go to tender: \"This must go through a public tender; wait for the announcement.\"",
        "必须走招标：“这个得走招标，你们等公告吧。”"},
       {"Get involved before the tender, within the rules: learn the procurement method and timetable, help the "
        "customer set out their requirements, and understand how bids are scored.",
        "在合规的前提下提前介入：了解采购方式和时间安排，帮客户梳理需求，弄清评分办法。"},
       {"Of course, it should go to tender. Before the announcement, may I share how similar schools described their "
        "requirements, so the specification covers what you really need?",
        "应该的，按规定走招标。公告发出之前，我可以把同类学校的需求是怎么写的发给您参考，让您真正需要的东西都能写进去。"}},
  };
}

}  // namespace

const std::vector<PracticeCard>& practice_cards() {
  static const std::vector<PracticeCard> cards = make_cards();
  return cards;
}

const PracticeCard* find_practice_card(std::string_view id) {
  for (const PracticeCard& card : practice_cards()) {
    if (card.id == id) return &card;
  }
  return nullptr;
}

}  // namespace fieldbook::grow
