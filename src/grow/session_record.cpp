#include "grow/session_record.h"

#include <map>

#include "common/date.h"
#include "grow/handbook_example.h"

namespace fieldbook::grow {

std::string record_name(const CoachingSession& s) { return s.topic.empty() ? s.date : s.date + " · " + s.topic; }

namespace {

std::string at(const char* list, std::size_t i) { return std::string(list) + "[" + std::to_string(i) + "]"; }

// Ids of a list inside the session: present and unique. A duplicate names the first holder of
// the id, as the workspace's other lists do ("duplicates the id of actions[0]"; validation puts
// the session's path in front of both).
template <class Items>
void check_ids(const char* list, const Items& items, std::vector<Issue>& out) {
  std::map<std::string, std::size_t> first;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i].id.empty())
      out.push_back({at(list, i) + ".id", "must not be empty", rule::not_empty()});
    else if (const auto [it, added] = first.emplace(items[i].id, i); !added)
      out.push_back({at(list, i) + ".id", "duplicates the id of " + at(list, it->second),
                     rule::duplicate_id(at(list, it->second))});
  }
}

}  // namespace

std::vector<Issue> check_record(const CoachingSession& s) {
  std::vector<Issue> out;
  auto date = [&](const std::string& path, const std::string& value) {
    if (!is_empty_or_date(value)) out.push_back({path, kDateProblem, rule::date()});
  };
  if (s.rep_id.empty()) out.push_back({"repId", "must name a member of the team", rule::no_reference("team")});
  if (s.date.empty() || !parse_iso_date(s.date)) out.push_back({"date", kDateProblem, rule::date()});
  date("goal.dueDate", s.goal.due_date);
  date("nextSessionOn", s.next_session_on);
  if (s.will.commitment && (*s.will.commitment < kMinCommitment || *s.will.commitment > kMaxCommitment))
    out.push_back({"will.commitment", "must be between 1 and 10, or null when not asked",
                   rule::between(kMinCommitment, kMaxCommitment)});
  check_ids("options", s.options, out);
  check_ids("actions", s.actions, out);
  for (std::size_t i = 0; i < s.actions.size(); ++i) {
    const Action& a = s.actions[i];
    date(at("actions", i) + ".dueDate", a.due_date);
    date(at("actions", i) + ".doneOn", a.done_on);
    if (!a.done_on.empty() && a.status != ActionStatus::Done)
      out.push_back({at("actions", i) + ".doneOn", "must be empty unless the action is done", rule::other()});
  }
  return out;
}

std::vector<RecordReference> references(const CoachingSession& s) {
  return {{"repId", "team", s.rep_id}, {"ownerId", "team", s.owner_id}};
}

std::vector<CoachingSession> sample_sessions(std::string_view language, const std::string& now, Date today) {
  const bool zh = language == "zh";
  if (!parse_iso_timestamp(now)) return {};
  auto day = [&](int offset) { return format_iso_date(add_days(today, offset)); };

  std::vector<CoachingSession> out;
  // The growing rep, with the handbook's example: two weeks ago, one action overdue, one due soon.
  CoachingSession hard = handbook_example(zh ? Language::Zh : Language::En);
  hard.id = "sample-session-1";
  hard.rep_id = "sample-rep-2";
  hard.roi_case_id = "sample-roi-1";  // the sample's first ROI case (roi/case_record.cpp)
  hard.key_result_id = "sample-kr-4";  // Li Na's key result in the OKR sample (okr/handbook_example.cpp)
  hard.date = day(-14);
  hard.goal.due_date = day(30);
  hard.will.commitment = 8;
  hard.next_session_on = day(2);
  hard.actions.at(0).due_date = day(-7);
  if (hard.actions.size() > 1) hard.actions.at(1).due_date = day(3);
  hard.updated_at = now;
  out.push_back(std::move(hard));

  // The mature rep, whose will wavers: a commitment of 6 turns delegating into supporting.
  CoachingSession renew;
  renew.id = "sample-session-2";
  renew.rep_id = "sample-rep-1";
  renew.date = day(-5);
  renew.topic = zh ? "续约：华东区教育局年度框架协议" : "Renewal: the East China education bureau framework";
  renew.goal = {zh ? "年底前续签框架协议，金额不低于去年" : "Renew the framework by year end at no less than last year",
                zh ? "签字版合同" : "A signed contract", day(31)};
  renew.reality.text = zh ? "客户新换了信息中心主任，对现有平台评价一般。" : "The bureau has a new IT director, lukewarm on the platform.";
  renew.options = {{"sample-option-1", zh ? "请新主任参加产品调研会" : "Invite the new director to a product research session",
                    zh ? "建立关系" : "Builds the relationship", zh ? "需要两周准备" : "Two weeks to prepare", true},
                   {"sample-option-2", zh ? "先做一次使用数据诊断" : "Run a usage-data diagnosis first",
                    zh ? "用数据说话" : "Lets the data speak", zh ? "可能暴露问题" : "May surface problems", false}};
  renew.will.commitment = 6;
  renew.will.support = zh ? "请经理一起拜访新主任" : "The manager joins the visit to the new director";
  renew.actions = {{"sample-action-3", zh ? "约新主任见面" : "Book a meeting with the new director", ActionOwner::Rep, day(2),
                    ActionStatus::Open, ""},
                   {"sample-action-4", zh ? "准备上一年度的使用报告" : "Prepare last year's usage report", ActionOwner::Manager,
                    day(-2), ActionStatus::Done, day(-3)}};
  renew.next_session_on = day(9);
  renew.updated_at = now;
  out.push_back(std::move(renew));
  return out;
}

}  // namespace fieldbook::grow
