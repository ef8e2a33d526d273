#include "roi/case_record.h"

#include "common/date.h"
#include "common/money.h"

namespace fieldbook::roi {

std::string record_name(const Case& c) { return c.customer_name.empty() ? c.name : c.customer_name + " · " + c.name; }

namespace {

template <class Lines>
void check_times(const char* list, const Lines& lines, std::vector<Issue>& out) {
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (!lines[i].updated_at.empty() && !parse_iso_timestamp(lines[i].updated_at))
      out.push_back(
          {std::string(list) + "[" + std::to_string(i) + "].updatedAt", kTimestampProblem, rule::timestamp()});
}

// The rule a problem names, as a file's value breaks it.
ValueRule rule_of(const Problem& p) {
  switch (p.kind) {
    case ProblemKind::missing_id: return rule::not_empty();
    case ProblemKind::duplicate_id:  // "benefits[3].id" repeats the id of benefits[other]
      return rule::duplicate_id(p.path.substr(0, p.path.find('[')) + "[" + std::to_string(p.other) + "]");
    case ProblemKind::currency_code: return rule::currency();
    case ProblemKind::years_range: return rule::between(kMinYears, kMaxYears);
    case ProblemKind::period_kind:
    case ProblemKind::benefit_kind: return rule::is(ValueRule::Kind::Choice);
    case ProblemKind::discount_rate_range: return rule::between(0, 1);
    case ProblemKind::not_a_number: return rule::is(ValueRule::Kind::Number);
    case ProblemKind::negative: return rule::not_negative();
    case ProblemKind::percent_range: return rule::between(0, 100);
    case ProblemKind::hours_per_week_range: return rule::between(0, 168);
    case ProblemKind::hours_per_year_range: return rule::between(0, 8784);
    case ProblemKind::scenario_factor_range: return rule::between(0, 10);
  }
  return {};
}

}  // namespace

std::vector<Issue> check_record(const Case& c) {
  std::vector<Issue> out;
  // validate() reads a currency the way the editor does (parse_currency); a file holds it exactly.
  if (!is_currency_code(c.currency)) out.push_back({"currency", kCurrencyCodeProblem, rule::currency()});
  for (const Problem& p : validate(c)) {
    if (p.path == "id" || p.path == "currency") continue;
    // Ids are never typed; every other problem is a value the editor lets a person hold.
    const bool typed = p.kind != ProblemKind::missing_id && p.kind != ProblemKind::duplicate_id;
    out.push_back({p.path, p.message, rule_of(p), typed});
  }
  check_times("oneTimeCosts", c.one_time_costs, out);
  check_times("recurringCosts", c.recurring_costs, out);
  check_times("benefits", c.benefits, out);
  check_times("notes", c.notes, out);
  return out;
}

std::vector<Case> sample_cases(std::string_view language, const std::string& now, Date /*today*/) {
  const bool zh = language == "zh";
  const auto& all = templates();
  std::vector<Case> out;
  if (!all.empty()) {
    out.push_back(from_template(all[0], language, "sample-roi-1", now));
    out.back().customer_name = zh ? "华东教育科技有限公司" : "East China EdTech Co.";
  }
  if (all.size() > 1) {
    out.push_back(from_template(all[1], language, "sample-roi-2", now));
    out.back().customer_name = zh ? "苏州智造集团" : "Suzhou Smart Manufacturing Group";
  }
  return out;
}

}  // namespace fieldbook::roi
