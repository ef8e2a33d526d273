#include "grow/follow_up.h"

#include <algorithm>
#include <tuple>

namespace fieldbook::grow {

namespace {

std::optional<Date> due_of(const Action& a) { return a.due_date.empty() ? std::nullopt : parse_iso_date(a.due_date); }

// The Sunday that ends the (Monday-first) week of `d`.
Date end_of_week(Date d) { return add_days(d, 7 - static_cast<int>(day_of_week(d))); }

}  // namespace

FollowUp follow_up(const std::vector<CoachingSession>& sessions, Date as_of, std::string_view rep_id) {
  FollowUp out;
  const Date week_end = end_of_week(as_of);
  for (const CoachingSession& s : sessions) {
    if (!rep_id.empty() && s.rep_id != rep_id) continue;
    for (const Action& a : s.actions) {
      ActionItem item{&s, &a, 0};
      if (a.status == ActionStatus::Done) {
        out.done.push_back(item);
      } else if (a.status == ActionStatus::Open) {
        const auto due = due_of(a);
        if (due && *due < as_of) {
          item.days_overdue = static_cast<int>(days_between(*due, as_of));
          out.overdue.push_back(item);
        } else if (due && *due <= week_end) {
          out.this_week.push_back(item);
        } else {
          out.later.push_back(item);
        }
      }
    }
  }
  // Dates are "YYYY-MM-DD", so text order is date order; an empty due date sorts last in `later`.
  auto by_due = [](const ActionItem& a, const ActionItem& b) {
    return std::forward_as_tuple(a.action->due_date.empty(), a.action->due_date, a.session->rep_id, a.session->date) <
           std::forward_as_tuple(b.action->due_date.empty(), b.action->due_date, b.session->rep_id, b.session->date);
  };
  std::stable_sort(out.overdue.begin(), out.overdue.end(), by_due);
  std::stable_sort(out.this_week.begin(), out.this_week.end(), by_due);
  std::stable_sort(out.later.begin(), out.later.end(), by_due);
  std::stable_sort(out.done.begin(), out.done.end(),
                   [](const ActionItem& a, const ActionItem& b) { return a.action->done_on > b.action->done_on; });
  return out;
}

std::vector<const CoachingSession*> sessions_of(const std::vector<CoachingSession>& sessions, std::string_view rep_id) {
  std::vector<const CoachingSession*> out;
  for (const CoachingSession& s : sessions)
    if (s.rep_id == rep_id) out.push_back(&s);
  std::stable_sort(out.begin(), out.end(), [](const CoachingSession* a, const CoachingSession* b) {
    return std::tie(a->date, a->id) < std::tie(b->date, b->id);
  });
  return out;
}

const CoachingSession* latest_session(const std::vector<CoachingSession>& sessions, std::string_view rep_id) {
  const auto all = sessions_of(sessions, rep_id);
  return all.empty() ? nullptr : all.back();
}

std::optional<int> latest_commitment(const std::vector<CoachingSession>& sessions, std::string_view rep_id) {
  const auto all = sessions_of(sessions, rep_id);
  for (auto it = all.rbegin(); it != all.rend(); ++it)
    if ((*it)->will.commitment) return (*it)->will.commitment;
  return std::nullopt;
}

CoachingSession new_session(const std::vector<CoachingSession>& sessions, std::string_view rep_id, std::string id,
                            std::string date, Language lang, std::string now) {
  CoachingSession s;
  s.id = std::move(id);
  s.rep_id = std::string(rep_id);
  s.date = std::move(date);
  s.updated_at = std::move(now);
  const CoachingSession* last = latest_session(sessions, rep_id);
  if (!last) return s;
  std::string carried;
  for (const Action& a : last->actions) {
    if (a.status != ActionStatus::Open) continue;
    carried += "\n• " + a.text;
    if (!a.due_date.empty()) carried += LocalizedText{" (due ", "（截止 "}.in(lang) + a.due_date + LocalizedText{")", "）"}.in(lang);
  }
  if (!carried.empty())
    s.reality.text = LocalizedText{"Open from " + last->date + ":", "上次（" + last->date + "）未完成的行动："}.in(lang) + carried;
  return s;
}

}  // namespace fieldbook::grow
