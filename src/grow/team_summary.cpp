#include "grow/team_summary.h"

#include "grow/follow_up.h"

namespace fieldbook::grow {

std::vector<RepSummary> summarize_team(const std::vector<team::Rep>& team,
                                       const std::vector<CoachingSession>& sessions, Date as_of) {
  // The action counts come from follow_up() itself, so "overdue" means the same on every screen.
  const FollowUp actions = follow_up(sessions, as_of);
  auto count_of = [](const std::vector<ActionItem>& items, const std::string& rep_id) {
    int n = 0;
    for (const ActionItem& item : items)
      if (item.session->rep_id == rep_id) ++n;
    return n;
  };

  std::vector<RepSummary> out;
  out.reserve(team.size());
  for (const team::Rep& rep : team) {
    RepSummary s;
    s.rep = &rep;
    const auto own = sessions_of(sessions, rep.id);
    s.sessions = static_cast<int>(own.size());
    if (!own.empty()) s.last_session = own.back()->date;
    s.latest_commitment = latest_commitment(sessions, rep.id);
    s.style = leadership_style(rep.stage, s.latest_commitment);
    s.overdue_actions = count_of(actions.overdue, rep.id);
    s.open_actions = s.overdue_actions + count_of(actions.this_week, rep.id) + count_of(actions.later, rep.id);
    const auto started = parse_iso_date(rep.started_on);
    s.has_start_date = started.has_value();
    s.suggested_stage = started ? suggested_stage(*started, as_of) : rep.stage;
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace fieldbook::grow
