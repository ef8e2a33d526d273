#include "okr/carry_over.h"

#include "okr/period.h"

namespace fieldbook::okr {

const Objective* continuation_of(std::span<const Objective> objectives, const Objective& objective) {
  for (const Objective& o : objectives)
    if (o.carried_from == objective.id && o.period_start > objective.period_end) return &o;
  return nullptr;
}

CarryOver carry_over(const Objective& objective, const KeyResult& kr, double current,
                     std::span<const Objective> objectives, const std::string& now,
                     const std::function<std::string(std::string_view kind)>& new_id) {
  CarryOver out;
  std::string objective_id;
  if (const Objective* next = continuation_of(objectives, objective)) {
    objective_id = next->id;
  } else {
    Objective o = objective;
    o.id = new_id("objective");
    if (const auto p = parse_period(objective.period_start, objective.period_end)) {
      const Period n = next_period(*p);
      o.period_start = format_iso_date(n.first);
      o.period_end = format_iso_date(n.last);
    }
    // It stays aligned under its parent while the parent's period holds the new one (a quarter
    // under its year); the next year's quarter starts at the top.
    if (!o.parent_id.empty()) {
      const Objective* parent = nullptr;
      for (const Objective& candidate : objectives)
        if (candidate.id == o.parent_id) parent = &candidate;
      const auto mine = parse_period(o.period_start, o.period_end);
      const auto theirs = parent ? parse_period(parent->period_start, parent->period_end) : std::nullopt;
      if (!mine || !theirs || mine->first < theirs->first || mine->last > theirs->last) o.parent_id.clear();
    }
    o.retrospective.clear();
    o.carried_from = objective.id;
    o.updated_at = now;
    objective_id = o.id;
    out.new_objective = std::move(o);
  }
  out.key_result = kr;
  out.key_result.id = new_id("kr");
  out.key_result.objective_id = objective_id;
  // A milestone restarts from its share done; a number from where it stands.
  out.key_result.start = current;
  out.key_result.carried_from = kr.id;
  out.key_result.updated_at = now;
  return out;
}

}  // namespace fieldbook::okr
