#include "grow/leadership.h"

#include <algorithm>

namespace fieldbook::grow {

using team::RepStage;

LeadershipStyle leadership_style(RepStage stage, std::optional<int> latest_commitment) {
  switch (stage) {
    case RepStage::New: return LeadershipStyle::Directing;
    case RepStage::Growing: return LeadershipStyle::Coaching;
    case RepStage::Mature: break;
  }
  // Only a mature rep is skilled enough for their will to decide the style; no commitment on
  // record is no sign of wavering.
  if (latest_commitment && *latest_commitment < kFirmCommitment) return LeadershipStyle::Supporting;
  return LeadershipStyle::Delegating;
}

namespace {

// Whole calendar months from `from` to `to` (to >= from). The month-end clamp keeps a start on the
// 29th–31st from skipping a short month: its anniversary there is the month's last day.
int whole_months(Date from, Date to) {
  const CivilDate a = to_civil(from);
  const CivilDate b = to_civil(to);
  int months = (b.year - a.year) * 12 + (b.month - a.month);
  const int anniversary_day = std::min(a.day, days_in_month(b.year, b.month));
  if (b.day < anniversary_day) --months;
  return months;
}

}  // namespace

RepStage suggested_stage(Date started_on, Date as_of) {
  if (started_on > as_of) return RepStage::New;
  const int months = whole_months(started_on, as_of);
  if (months < 3) return RepStage::New;
  if (months < 12) return RepStage::Growing;
  return RepStage::Mature;
}

const StyleGuide& style_guide(LeadershipStyle style) {
  static const StyleGuide directing{
      {"Directing", "指令型"},
      {"A new rep is keen but still learning the job: you set the steps, watch the progress and step in at the "
       "moments that matter.",
       "新人热情高、经验少：步骤由你来定，进度由你来盯，关键场合你亲自上。"},
      {
          {"Give clear steps for each task: whom to call, what to say, what to send afterwards.",
           "每项任务都讲清步骤：找谁、说什么、事后发什么。"},
          {"Check progress every day, ten minutes before the end of the day.",
           "每天下班前花十分钟过一遍当天的进展。"},
          {"Join the rep's important customer calls and visits, and go over them the same day.",
           "重要客户的电话和拜访你陪着一起去，当天就复盘。"},
          {"Check quotes and proposals before they go to a customer.", "报价单和方案发给客户之前，先经你把关。"},
          {"Praise the right move on the spot, so it sticks.", "做对了当场肯定，让正确的动作固定下来。"},
      }};
  static const StyleGuide coaching{
      {"Coaching", "教练型"},
      {"A growing rep has the basics and now has to learn to think a deal through: ask questions, give resources, "
       "and walk through GROW together.",
       "成长期的销售有了基本功，接下来要学会自己想办法：多提问、给资源，用 GROW 带着他把思路理清。"},
      {
          {"Ask before you tell: let the rep give their own view first, then add yours.",
           "先问后说：让他先讲自己的判断，你再补充。"},
          {"Take each stuck deal through a GROW conversation: goal, reality, options, next action.",
           "卡住的单子用 GROW 过一遍：目标、现状、方案、行动。"},
          {"Give resources, not answers: a similar case, a colleague who won one like it, pre-sales support.",
           "给资源，不直接给答案：类似的案例、打过同类单子的同事、售前支持。"},
          {"Agree the next step and a date, and follow it up in your next one-on-one.",
           "约定下一步和完成时间，下次一对一时跟进。"},
          {"Let the rep lead customer meetings; sit in on some and debrief afterwards.",
           "客户会议由他主导，你挑几场旁听，会后一起复盘。"},
      }};
  static const StyleGuide supporting{
      {"Supporting", "支持型"},
      {"A seasoned rep still has the skill but the drive has slipped: say less about how, listen more, help them "
       "find their motivation again and decide together.",
       "老销售本事还在，劲头却松了：少讲怎么做，多听他怎么想，帮他找回动力，事情一起商量着定。"},
      {
          {"Hold a one-on-one mainly to listen: what is wearing them down, what they want next.",
           "约一次一对一，以听为主：什么在消耗他，他接下来想要什么。"},
          {"Make decisions together: ask for their view of the plan before you give yours.",
           "决定一起做：定计划时先听他的意见，再说你的。"},
          {"Recognise their experience in front of the team, for example by asking them to mentor a new rep.",
           "当着团队认可他的经验，比如请他带一名新人。"},
          {"Clear the obstacles they name: internal approvals, pricing support, resources.",
           "帮他扫清他提到的障碍：内部审批、价格支持、资源协调。"},
          {"Break a big goal into small wins and acknowledge the first one as soon as it comes.",
           "把大目标拆成几个小胜利，拿下第一个就及时肯定。"},
      }};
  static const StyleGuide delegating{
      {"Delegating", "授权型"},
      {"A mature rep is skilled and committed: agree the goal together, let the rep decide how, and give only a "
       "risk checklist.",
       "成熟的销售能力强、意愿足：目标一起定，怎么打由他决定，你只给一份风险清单。"},
      {
          {"Agree the goal and the deadline; the rep decides how to get there.",
           "一起定好目标和期限，具体打法由他决定。"},
          {"Give only a risk checklist: the discount floor, contract terms, payment terms, compliance.",
           "只给一份风险清单：折扣底线、合同条款、回款账期、合规要求。"},
          {"Talk at the milestones you agreed, not every day.", "按约定的节点沟通，不做日常检查。"},
          {"Be there when asked: offer resources, not instructions.", "他找你时随时在，给资源，不下指令。"},
          {"Give them stretch: a key account, a new rep to mentor, a cross-department rotation.",
           "给他更大的舞台：重点大客户、带新人、跨部门轮岗。"},
      }};
  switch (style) {
    case LeadershipStyle::Directing: return directing;
    case LeadershipStyle::Coaching: return coaching;
    case LeadershipStyle::Supporting: return supporting;
    case LeadershipStyle::Delegating: return delegating;
  }
  return directing;
}

const TrainingPlan& training_plan(RepStage stage) {
  static const TrainingPlan new_rep{
      {"New rep (0-3 months): shadowing and objection role-play", "新人期（0–3 个月）：跟岗学习 + 异议演练"},
      {
          {"Weeks 1-2: shadow a top seller on calls and visits; after each one, note how they opened, what they "
           "asked and how they closed.",
           "第 1–2 周：跟着销冠跑客户、听电话，每次结束后记下他怎么开场、问了什么、怎么收尾。"},
          {"Give the standard product pitch to your manager until it runs smoothly.",
           "把标准的产品介绍讲给主管听，讲到顺畅为止。"},
          {"From week 3: role-play with the practice cards, one card at a time, with your manager or a colleague "
           "playing the customer; start with \"no budget\" and \"a competitor undercuts us\".",
           "第 3 周起：用异议卡片做角色扮演，主管或同事扮客户，一次练一张，先练“预算不足”和“竞品压价”。"},
          {"After each round, go over what worked and what to say differently; repeat a card until the reply "
           "comes naturally.",
           "每轮演练后复盘：哪里说得好、哪里换个说法，同一张卡练到张口就来。"},
          {"Take your first customers on your own, with your manager joining the calls.",
           "开始独立跟进第一批客户，主管陪同通话。"},
      }};
  static const TrainingPlan growing_rep{
      {"Growing rep (3-12 months): sand-table deal simulation", "成长期（3–12 个月）：项目沙盘推演"},
      {
          {"Pick a real or typical deal and set up the sand table: the customer, who decides, the budget, the "
           "competitors.",
           "选一个真实或典型的项目搭沙盘：客户背景、决策链、预算、竞争对手。"},
          {"Play it through from need discovery to the contract: discovery, solution, proposal, negotiation, "
           "signing.",
           "从挖掘需求一路推演到签合同：需求挖掘、方案呈现、商务谈判、签约。"},
          {"At each stage a colleague plays the customer and throws in a twist: a new decision maker, a budget "
           "cut.",
           "每个阶段由同事扮演客户，并抛出变数：换了决策人、预算被砍。"},
          {"Afterwards, review it with GROW: where the deal could be lost and what you would do then.",
           "推演结束后用 GROW 复盘：单子可能丢在哪里，到时怎么办。"},
          {"Apply what you learned to a live deal in your funnel and review it in your next one-on-one.",
           "把收获用到漏斗里一个正在跟的项目上，下次一对一时复盘。"},
      }};
  static const TrainingPlan mature_rep{
      {"Mature rep (1 year+): cross-department rotation", "成熟期（1 年以上）：跨部门轮岗"},
      {
          {"Rotate through pre-sales, implementation or customer success for a few weeks.",
           "到售前、实施或客户成功部门轮岗几周。"},
          {"See how a signed deal is delivered and where customers get stuck.",
           "看清签下的单子是怎么交付的，客户会卡在哪里。"},
          {"Bring back one improvement to the sales process and present it to the team.",
           "回来后为销售流程提一条改进建议，在团队里分享。"},
          {"Mentor a new rep through their shadowing weeks.", "带一名新人走完跟岗期。"},
      }};
  switch (stage) {
    case RepStage::New: return new_rep;
    case RepStage::Growing: return growing_rep;
    case RepStage::Mature: return mature_rep;
  }
  return new_rep;
}

const char* style_code(LeadershipStyle style) {
  switch (style) {
    case LeadershipStyle::Directing: return "directing";
    case LeadershipStyle::Coaching: return "coaching";
    case LeadershipStyle::Supporting: return "supporting";
    case LeadershipStyle::Delegating: return "delegating";
  }
  return "directing";
}

std::optional<LeadershipStyle> parse_style(std::string_view code) {
  for (LeadershipStyle style : {LeadershipStyle::Directing, LeadershipStyle::Coaching, LeadershipStyle::Supporting,
                                LeadershipStyle::Delegating}) {
    if (code == style_code(style)) return style;
  }
  return std::nullopt;
}

}  // namespace fieldbook::grow
