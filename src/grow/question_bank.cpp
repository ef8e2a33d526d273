#include "grow/question_bank.h"

namespace fieldbook::grow {

using team::RepStage;

namespace {

// A worksheet may refer to a question by its id, so an id keeps its meaning once given: reword a
// question freely, but a different question gets a new id.
std::vector<CoachingQuestion> make_bank() {
  const std::optional<RepStage> any;
  const std::optional<RepStage> new_rep = RepStage::New;
  const std::optional<RepStage> growing_rep = RepStage::Growing;
  const std::optional<RepStage> mature_rep = RepStage::Mature;
  const GrowStep goal = GrowStep::Goal, reality = GrowStep::Reality, options = GrowStep::Options,
                 will = GrowStep::Will;
  return {
      // Goal 目标
      {"goal-new-1", goal, new_rep, {"Which customer will you call first this week?", "这周你第一个要打电话的是哪家客户？"}},
      {"goal-new-2", goal, new_rep,
       {"What exactly do you want the customer to agree to at the end of this visit?",
        "这次拜访结束时，你希望客户具体答应你什么？"}},
      {"goal-new-3", goal, new_rep,
       {"How many calls and visits will you make this week? Let's write the numbers down.",
        "这周你要打几个电话、见几个客户？咱们把数字写下来。"}},
      {"goal-growing-1", goal, growing_rep,
       {"How far do you want this deal to have moved by the end of the month?", "到月底，你希望这个单子推进到哪一步？"}},
      {"goal-growing-2", goal, growing_rep,
       {"Apart from signing, what do you want to learn from this deal?", "除了签单，你还想通过这个项目练会什么？"}},
      {"goal-growing-3", goal, growing_rep,
       {"Who on the customer's side do you need to win over, and what do you need from them?",
        "客户那边你得争取到谁？需要他给你什么？"}},
      {"goal-mature-1", goal, mature_rep,
       {"What would success look like to you, and how will you know?", "在你看来，做成什么样算成功？到时候你怎么判断？"}},
      {"goal-mature-2", goal, mature_rep,
       {"Where do you want this account to be a year from now?", "一年以后，你希望这个客户做到什么程度？"}},
      {"goal-mature-3", goal, mature_rep,
       {"What goal would really stretch you this quarter?", "这个季度，定个什么目标能让你真正挑战一下自己？"}},
      {"goal-any-1", goal, any,
       {"What do you most want to sort out in our conversation today?", "今天咱们聊聊，你最想解决什么问题？"}},
      {"goal-any-2", goal, any,
       {"Which customer or deal shall we focus on?", "咱们重点聊哪个客户、哪个单子？"}},
      {"goal-any-3", goal, any,
       {"What result do you want, and by when?", "你想拿到什么结果？打算什么时候拿下？"}},
      {"goal-any-4", goal, any,
       {"How does this goal fit with your target for the quarter?", "这个目标跟你这个季度的任务是什么关系？"}},
      {"goal-any-5", goal, any,
       {"If we only had ten minutes, what would you want settled first?", "如果只有十分钟，你希望先把哪件事定下来？"}},
      {"goal-any-6", goal, any,
       {"Which number or event will tell us both that the goal has been met?",
        "到时候看哪个数字、哪件事，就能说明目标达成了？"}},

      // Reality 现状
      {"reality-new-1", reality, new_rep,
       {"When did you last speak to the customer, and what exactly did they say?",
        "你上次跟客户联系是哪天？对方原话是怎么说的？"}},
      {"reality-new-2", reality, new_rep,
       {"Which part of the product pitch are you least sure of?", "介绍产品的时候，哪一段你讲起来最没底？"}},
      {"reality-new-3", reality, new_rep,
       {"Which of the customer's questions could you not answer on the spot?", "客户问的问题里，哪些你当场没答上来？"}},
      {"reality-growing-1", reality, growing_rep,
       {"Compared with the deals you have won, what is different about this one?",
        "跟你签下来的那几单比，这一单有什么不一样？"}},
      {"reality-growing-2", reality, growing_rep,
       {"Which step of the sale is this deal stuck at, and why?", "这个单子卡在销售流程的哪一步？为什么卡住？"}},
      {"reality-growing-3", reality, growing_rep,
       {"Where do the competitors stand with this customer?", "竞争对手在这个客户那里是什么情况？"}},
      {"reality-mature-1", reality, mature_rep,
       {"How do you read the situation yourself?", "你自己怎么看现在的局面？"}},
      {"reality-mature-2", reality, mature_rep,
       {"What do you see here that others on the team might miss?", "有哪些情况你看到了，团队里其他人可能没注意到？"}},
      {"reality-mature-3", reality, mature_rep,
       {"What is taking up most of your energy at the moment?", "最近最牵扯你精力的是什么？"}},
      {"reality-any-1", reality, any,
       {"Where does the deal stand right now?", "这个单子现在走到哪一步了？"}},
      {"reality-any-2", reality, any,
       {"Who makes the final call on the customer's side, and who else has a say?",
        "客户那边谁拍板？还有谁说得上话？"}},
      {"reality-any-3", reality, any,
       {"What have you tried so far, and what happened?", "你已经试过哪些办法？结果怎么样？"}},
      {"reality-any-4", reality, any,
       {"What is the customer most worried about?", "客户现在最担心的是什么？"}},
      {"reality-any-5", reality, any,
       {"What do you know for certain, and what is still a guess?", "哪些情况是确定的，哪些还只是你的猜测？"}},
      {"reality-any-6", reality, any,
       {"How big is the budget, and when will it be decided?", "客户的预算大概多少？什么时候能定下来？"}},

      // Options 方案
      {"options-new-1", options, new_rep,
       {"What did the top seller you shadowed do when this happened?", "你跟岗的时候，那位销冠碰到这种情况是怎么处理的？"}},
      {"options-new-2", options, new_rep,
       {"Which practice card fits this situation, and what does it suggest?",
        "这种情况对应哪张异议卡片？卡片上建议怎么应对？"}},
      {"options-new-3", options, new_rep,
       {"Here are two ways to handle it: which would you try, and why?", "我给你两个做法，你选哪个？为什么？"}},
      {"options-growing-1", options, growing_rep,
       {"Could you phase the project or bundle in services so it fits the customer's budget?",
        "能不能分期实施，或者把服务打包进去，让价格落在客户的预算里？"}},
      {"options-growing-2", options, growing_rep,
       {"How did you handle a similar deal before, and what would you do differently now?",
        "以前碰到类似的单子你是怎么做的？现在会换成什么做法？"}},
      {"options-growing-3", options, growing_rep,
       {"Which of the company's resources could move this forward: pre-sales, a reference customer, a trial?",
        "公司有哪些资源能用上？比如售前支持、标杆客户、免费试用。"}},
      {"options-mature-1", options, mature_rep,
       {"If it were entirely up to you, what would you do?", "如果完全由你说了算，你会怎么做？"}},
      {"options-mature-2", options, mature_rep,
       {"What approach have you not yet tried with this customer?", "有没有哪种打法，你在这个客户身上还没试过？"}},
      {"options-mature-3", options, mature_rep,
       {"What are the risks in the option you favour, and how would you cover them?",
        "你最看好的方案有什么风险？打算怎么兜底？"}},
      {"options-any-1", options, any,
       {"What could you do? List as many options as you can before choosing.", "你能想到哪些办法？先别急着挑，尽量多列几条。"}},
      {"options-any-2", options, any, {"What else could you try?", "还有别的办法吗？"}},
      {"options-any-3", options, any,
       {"Who inside or outside the company could help with this?", "公司内外，有谁能帮上忙？"}},
      {"options-any-4", options, any,
       {"What does each option gain you, and what does it risk?", "每个办法各有什么好处、什么风险？"}},
      {"options-any-5", options, any,
       {"If money were no object, what would you do?", "假如不考虑花费，你会怎么做？"}},
      {"options-any-6", options, any,
       {"Which option would the customer value most?", "哪个方案客户会觉得最有价值？"}},

      // Will 行动
      {"will-new-1", will, new_rep,
       {"What is the first thing you will do tomorrow morning?", "明天上午你第一件事做什么？"}},
      {"will-new-2", will, new_rep,
       {"Let's write the steps down together: what are steps one, two and three?",
        "咱们一起把步骤写下来：第一步、第二步、第三步分别做什么？"}},
      {"will-new-3", will, new_rep,
       {"Which customer call this week would you like me to join?", "这周哪个客户电话需要我陪你一起打？"}},
      {"will-growing-1", will, growing_rep,
       {"What will you send the customer this week, and what should it include?",
        "这周你准备给客户发什么？里面要包括哪些内容？"}},
      {"will-growing-2", will, growing_rep,
       {"What will you do differently this time, and how will you tell whether it worked?",
        "这次你打算换什么做法？怎么判断有没有效果？"}},
      {"will-growing-3", will, growing_rep,
       {"Which deal will you bring to our next one-on-one to review?", "下次一对一，你带哪个项目来一起复盘？"}},
      {"will-mature-1", will, mature_rep,
       {"What have you decided to do, and is there anything you need from me?", "你决定怎么做？需要我这边配合什么吗？"}},
      {"will-mature-2", will, mature_rep,
       {"Which risks should I hear about from you, and at what point?", "哪些风险需要提前告诉我？到什么节点告诉我？"}},
      {"will-mature-3", will, mature_rep,
       {"Without me checking in, how will you keep yourself on track?", "没人盯着的时候，你打算怎么把控自己的进度？"}},
      {"will-any-1", will, any,
       {"What is your next step, and when will it be done?", "下一步你要做什么？什么时候完成？"}},
      {"will-any-2", will, any,
       {"What might get in the way, and what will you do then?", "可能会碰到什么阻碍？到时候怎么办？"}},
      {"will-any-3", will, any, {"What do you need from me?", "需要我帮你做什么？"}},
      {"will-any-4", will, any,
       {"On a scale of 1 to 10, how committed are you to getting this done?", "从 1 到 10 打分，你有多大决心把这件事做成？"}},
      {"will-any-5", will, any,
       {"When shall we catch up on how it went?", "咱们什么时候碰一下进展？"}},
      {"will-any-6", will, any,
       {"What will you be able to show me when we next meet?", "下次碰头的时候，你能拿出什么成果给我看？"}},
  };
}

}  // namespace

const std::vector<CoachingQuestion>& question_bank() {
  static const std::vector<CoachingQuestion> bank = make_bank();
  return bank;
}

std::vector<const CoachingQuestion*> questions_for(GrowStep step, RepStage stage) {
  std::vector<const CoachingQuestion*> own, general;
  for (const CoachingQuestion& q : question_bank()) {
    if (q.step != step) continue;
    if (!q.stage) {
      general.push_back(&q);
    } else if (*q.stage == stage) {
      own.push_back(&q);
    }
  }
  own.insert(own.end(), general.begin(), general.end());
  return own;
}

const CoachingQuestion* find_question(std::string_view id) {
  for (const CoachingQuestion& q : question_bank()) {
    if (q.id == id) return &q;
  }
  return nullptr;
}

}  // namespace fieldbook::grow
