// Validation of an ROI case: every problem, with the input a person changes to fix it.
#include "roi/case.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace fieldbook::roi {

namespace {

std::string path_at(std::string_view field, std::size_t i) {
  return std::string(field) + "[" + std::to_string(i) + "]";
}

std::string_view list_name(ProblemList list) {
  switch (list) {
    case ProblemList::one_time_costs:
      return "oneTimeCosts";
    case ProblemList::recurring_costs:
      return "recurringCosts";
    case ProblemList::benefits:
      return "benefits";
    case ProblemList::notes:
      return "notes";
    case ProblemList::none:
      break;
  }
  return "";
}

std::string_view field_name(ProblemField f, ProblemList list) {
  switch (f) {
    case ProblemField::name:
      return "name";
    case ProblemField::currency:
      return "currency";
    case ProblemField::years:
      return "years";
    case ProblemField::period:
      return "period";
    case ProblemField::discount_rate:
      return "discountRate";
    case ProblemField::label:
      return "label";
    case ProblemField::amount:
      return list == ProblemList::one_time_costs ? "amount" : "amountPerYear";
    case ProblemField::margin_percent:
      return "marginPercent";
    case ProblemField::hours:
      return "hours";
    case ProblemField::hourly_rate:
      return "hourlyRate";
    case ProblemField::people:
      return "people";
    case ProblemField::adoption_percent:
      return "adoptionPercent";
    case ProblemField::note_text:
      return "text";
    case ProblemField::scenario_benefits:
      return "benefits";
    case ProblemField::scenario_costs:
      return "costs";
  }
  return "";
}

}  // namespace

std::string Problem::field_path() const {
  const std::string_view f = field_name(field, list);
  if (field == ProblemField::scenario_benefits || field == ProblemField::scenario_costs)
    return "scenarios." + std::string(scenario_name(scenario)) + "." + std::string(f);
  std::string out;
  if (list != ProblemList::none) out = path_at(list_name(list), static_cast<std::size_t>(std::max(line, 0))) + ".";
  out += f;
  if (field == ProblemField::adoption_percent) out = path_at(out, static_cast<std::size_t>(std::max(year, 0)));
  return out;
}

std::vector<Problem> validate(const Case& c) {
  std::vector<Problem> problems;
  // `at` is the problem's place (list, line, field, ...); `path` and the English message follow
  // from it and its kind.
  auto add = [&](Problem at, ProblemKind kind, std::string message) {
    at.kind = kind;
    at.message = std::move(message);
    if (at.path.empty()) at.path = at.field_path();
    problems.push_back(std::move(at));
  };
  auto field = [](ProblemField f) {
    Problem p;
    p.field = f;
    return p;
  };
  auto in_line = [](ProblemList list, std::size_t i, ProblemField f) {
    Problem p;
    p.list = list;
    p.line = static_cast<int>(i);
    p.field = f;
    return p;
  };
  auto check_amount = [&](Problem at, double v) {
    if (!std::isfinite(v)) {
      add(std::move(at), ProblemKind::not_a_number, "must be a number");
    } else if (v < 0.0) {
      add(std::move(at), ProblemKind::negative, "must be zero or more");
    }
  };
  auto check_percent = [&](Problem at, double v) {
    if (!std::isfinite(v) || v < 0.0 || v > 100.0) add(std::move(at), ProblemKind::percent_range, "must be between 0 and 100");
  };
  // A line's id is nobody's input: its problems are shown at the line's label (a note's text).
  auto check_ids = [&](ProblemList list, const auto& items, ProblemField shown_at) {
    std::vector<std::string> seen;
    for (std::size_t i = 0; i < items.size(); ++i) {
      const std::string& id = items[i].id;
      Problem at = in_line(list, i, shown_at);
      at.path = path_at(list_name(list), i) + ".id";
      if (id.empty()) {
        add(std::move(at), ProblemKind::missing_id, "must not be empty");
        continue;
      }
      const auto it = std::find(seen.begin(), seen.end(), id);
      if (it != seen.end()) {
        at.other = static_cast<int>(it - seen.begin());
        add(std::move(at), ProblemKind::duplicate_id,
            "duplicates the id of " + path_at(list_name(list), static_cast<std::size_t>(at.other)));
      }
      seen.push_back(id);
    }
  };

  if (c.id.empty()) {
    Problem at = field(ProblemField::name);
    at.path = "id";
    add(std::move(at), ProblemKind::missing_id, "must not be empty");
  }
  const bool currency_ok = c.currency.size() == 3 && std::all_of(c.currency.begin(), c.currency.end(),
                                                                   [](char ch) { return ch >= 'A' && ch <= 'Z'; });
  if (!currency_ok) {
    add(field(ProblemField::currency), ProblemKind::currency_code,
        "must be a three-letter currency code such as CNY, USD or EUR");
  }
  if (c.years < kMinYears || c.years > kMaxYears) add(field(ProblemField::years), ProblemKind::years_range, "must be between 1 and 10");
  if (c.period != PeriodKind::yearly && c.period != PeriodKind::monthly) {
    add(field(ProblemField::period), ProblemKind::period_kind, "must be yearly or monthly");
  }
  if (!std::isfinite(c.discount_rate) || c.discount_rate < 0.0 || c.discount_rate > 1.0) {
    add(field(ProblemField::discount_rate), ProblemKind::discount_rate_range, "must be between 0 and 1 (0 % to 100 % a year)");
  }

  check_ids(ProblemList::one_time_costs, c.one_time_costs, ProblemField::label);
  for (std::size_t i = 0; i < c.one_time_costs.size(); ++i) {
    check_amount(in_line(ProblemList::one_time_costs, i, ProblemField::amount), c.one_time_costs[i].amount);
  }
  check_ids(ProblemList::recurring_costs, c.recurring_costs, ProblemField::label);
  for (std::size_t i = 0; i < c.recurring_costs.size(); ++i) {
    check_amount(in_line(ProblemList::recurring_costs, i, ProblemField::amount), c.recurring_costs[i].amount_per_year);
  }
  check_ids(ProblemList::benefits, c.benefits, ProblemField::label);
  for (std::size_t i = 0; i < c.benefits.size(); ++i) {
    const BenefitLine& b = c.benefits[i];
    auto at = [&](ProblemField f) { return in_line(ProblemList::benefits, i, f); };
    switch (b.kind) {
      case BenefitKind::cost_saving:
        check_amount(at(ProblemField::amount), b.amount_per_year);
        break;
      case BenefitKind::revenue_gain:
        check_amount(at(ProblemField::amount), b.amount_per_year);
        if (b.margin_percent) check_percent(at(ProblemField::margin_percent), *b.margin_percent);
        break;
      case BenefitKind::productivity: {
        const bool weekly = b.hours_basis == HoursBasis::per_week;
        const double max_hours = weekly ? 168.0 : 8784.0;
        if (!std::isfinite(b.hours) || b.hours < 0.0 || b.hours > max_hours) {
          if (weekly) add(at(ProblemField::hours), ProblemKind::hours_per_week_range, "must be between 0 and 168 hours a week");
          else add(at(ProblemField::hours), ProblemKind::hours_per_year_range, "must be between 0 and 8784 hours a year");
        }
        check_amount(at(ProblemField::hourly_rate), b.hourly_rate);
        check_amount(at(ProblemField::people), b.people);
        break;
      }
      default: {
        Problem kind_at = at(ProblemField::label);
        kind_at.path = path_at("benefits", i) + ".kind";
        add(std::move(kind_at), ProblemKind::benefit_kind, "must be costSaving, revenueGain or productivity");
      }
    }
    for (std::size_t y = 0; y < b.adoption_percent.size(); ++y) {
      Problem year_at = at(ProblemField::adoption_percent);
      year_at.year = static_cast<int>(y);
      check_percent(std::move(year_at), b.adoption_percent[y]);
    }
  }

  for (Scenario s : {Scenario::conservative, Scenario::expected, Scenario::optimistic}) {
    const ScenarioFactors& f = factors(c, s);
    for (const auto& [which, v] : {std::pair{ProblemField::scenario_benefits, f.benefits},
                                   std::pair{ProblemField::scenario_costs, f.costs}}) {
      if (!std::isfinite(v) || v < 0.0 || v > 10.0) {
        Problem at = field(which);
        at.scenario = s;
        add(std::move(at), ProblemKind::scenario_factor_range, "must be between 0 and 10");
      }
    }
  }
  check_ids(ProblemList::notes, c.notes, ProblemField::note_text);
  return problems;
}

}  // namespace fieldbook::roi
