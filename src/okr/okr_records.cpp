#include "okr/okr_records.h"

#include "common/date.h"
#include "common/number_text.h"
#include "okr/handbook_example.h"

namespace fieldbook::okr {

namespace {

std::string at(const char* list, std::size_t i) { return std::string(list) + "[" + std::to_string(i) + "]"; }

// A period's first and last day: real dates, the last not before the first. The editor may hold
// a last day before the first while a person moves both (at_input).
void check_period(const std::string& first, const std::string& last, std::vector<Issue>& out) {
  const auto a = parse_iso_date(first), b = parse_iso_date(last);
  if (!a) out.push_back({"periodStart", kDateProblem, rule::date()});
  if (!b) out.push_back({"periodEnd", kDateProblem, rule::date()});
  if (a && b && *b < *a)
    out.push_back({"periodEnd", "must not be before periodStart", rule::not_before("periodStart")});
}

// The sample's records, built once per call from the handbook's example.
OkrSet sample(std::string_view language, const std::string& now, Date today) {
  if (!parse_iso_timestamp(now)) return {};
  return handbook_example(parse_language(language).value_or(Language::En), today, now);
}

}  // namespace

std::string record_name(const Objective& o) { return o.title; }
std::string record_name(const KeyResult& k) { return k.title; }
std::string record_name(const CheckIn& c) { return c.date + " · " + shortest_number(c.value); }
std::string record_name(const Kpi& k) { return k.name; }
std::string record_name(const KpiEntry& e) { return e.period_start + " · " + shortest_number(e.value); }
std::string record_name(const FunnelPeriod& f) { return f.period_start + " – " + f.period_end; }

std::vector<Issue> check_record(const Objective& o) {
  std::vector<Issue> out;
  check_period(o.period_start, o.period_end, out);
  if (!o.parent_id.empty() && o.parent_id == o.id)
    out.push_back({"parentId", "must not be the objective itself", rule::other()});
  return out;
}

std::vector<Issue> check_record(const KeyResult& k) {
  std::vector<Issue> out;
  if (k.objective_id.empty())
    out.push_back({"objectiveId", "must name an objective", rule::no_reference("objectives")});
  if (k.weight < 0) out.push_back({"weight", "must not be negative", rule::not_negative()});
  return out;
}

std::vector<Issue> check_record(const CheckIn& c) {
  std::vector<Issue> out;
  if (c.key_result_id.empty())
    out.push_back({"keyResultId", "must name a key result", rule::no_reference("keyResults")});
  if (!parse_iso_date(c.date)) out.push_back({"date", kDateProblem, rule::date()});
  if (c.confidence < kMinConfidence || c.confidence > kMaxConfidence)
    out.push_back({"confidence", "must be between 0 and 10", rule::between(kMinConfidence, kMaxConfidence)});
  return out;
}

std::vector<Issue> check_record(const KpiEntry& e) {
  std::vector<Issue> out;
  if (e.kpi_id.empty()) out.push_back({"kpiId", "must name a KPI", rule::no_reference("kpis")});
  if (!parse_iso_date(e.period_start)) out.push_back({"periodStart", kDateProblem, rule::date()});
  return out;
}

std::vector<Issue> check_record(const FunnelPeriod& f) {
  std::vector<Issue> out;
  check_period(f.period_start, f.period_end, out);
  if (f.counts.size() < 2)
    out.push_back({"counts", "must hold a count for each of at least two stages", rule::other()});
  for (std::size_t i = 0; i < f.counts.size(); ++i)
    if (f.counts[i] < 0) out.push_back({at("counts", i), "must not be negative", rule::not_negative()});
  if (!f.stages.empty() && f.stages.size() != f.counts.size())
    out.push_back({"stages", "must name each stage of counts, or be empty for the usual four", rule::other()});
  if (f.counts.size() >= 2 && f.step_targets.size() > f.counts.size() - 1)
    out.push_back({"stepTargets", "must hold at most one target per step (one fewer than the stages)", rule::other()});
  for (std::size_t i = 0; i < f.step_targets.size(); ++i)
    if (f.step_targets[i] && *f.step_targets[i] <= 0)
      out.push_back({at("stepTargets", i), "must be a share above 0 (0.3 = 30 %), or null for none", rule::other()});
  if (f.five_whys.whys.size() > 5) out.push_back({"fiveWhys.whys", "must hold at most five answers", rule::other()});
  for (const auto& [path, share] : {std::pair{"pdca.conversionBefore", f.pdca.conversion_before},
                                    std::pair{"pdca.conversionAfter", f.pdca.conversion_after}})
    if (share && *share < 0) out.push_back({path, "must not be negative", rule::not_negative()});
  return out;
}

std::vector<RecordReference> references(const Objective& o) {
  return {{"ownerId", "team", o.owner_id}, {"parentId", "objectives", o.parent_id}};
}
std::vector<RecordReference> references(const KeyResult& k) { return {{"objectiveId", "objectives", k.objective_id}}; }
std::vector<RecordReference> references(const CheckIn& c) { return {{"keyResultId", "keyResults", c.key_result_id}}; }
std::vector<RecordReference> references(const KpiEntry& e) { return {{"kpiId", "kpis", e.kpi_id}}; }
std::vector<RecordReference> references(const Kpi& k) { return owner_references(k.owner_id); }
std::vector<RecordReference> references(const FunnelPeriod& f) { return owner_references(f.owner_id); }

std::vector<Objective> sample_objectives(std::string_view language, const std::string& now, Date today) {
  return sample(language, now, today).objectives;
}
std::vector<KeyResult> sample_key_results(std::string_view language, const std::string& now, Date today) {
  return sample(language, now, today).key_results;
}
std::vector<CheckIn> sample_check_ins(std::string_view language, const std::string& now, Date today) {
  return sample(language, now, today).check_ins;
}
std::vector<Kpi> sample_kpis(std::string_view language, const std::string& now, Date today) { return sample(language, now, today).kpis; }
std::vector<KpiEntry> sample_kpi_entries(std::string_view language, const std::string& now, Date today) {
  return sample(language, now, today).kpi_entries;
}
std::vector<FunnelPeriod> sample_funnel_periods(std::string_view language, const std::string& now, Date today) {
  return sample(language, now, today).funnel_periods;
}

}  // namespace fieldbook::okr
