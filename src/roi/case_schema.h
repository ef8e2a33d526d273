#pragma once
// The ROI case in JSON (roiCases[] in the workspace file, a bare case file, the checks of a share
// link): one visit() per type, shared by the writer and the reader (common/json_codec.h). Keys
// are camelCase; docs/workspace.schema.json describes the same format and changes with it.
#include "common/json_codec.h"
#include "roi/case.h"

namespace fieldbook::json {

template <>
struct EnumNames<roi::PeriodKind> {
  static constexpr EnumName<roi::PeriodKind> values[] = {{roi::PeriodKind::yearly, "yearly"},
                                                         {roi::PeriodKind::monthly, "monthly"}};
};
template <>
struct EnumNames<roi::BenefitKind> {
  static constexpr EnumName<roi::BenefitKind> values[] = {{roi::BenefitKind::cost_saving, "costSaving"},
                                                          {roi::BenefitKind::revenue_gain, "revenueGain"},
                                                          {roi::BenefitKind::productivity, "productivity"}};
};
template <>
struct EnumNames<roi::HoursBasis> {
  static constexpr EnumName<roi::HoursBasis> values[] = {{roi::HoursBasis::per_week, "perWeek"},
                                                         {roi::HoursBasis::per_year, "perYear"}};
};

}  // namespace fieldbook::json

namespace fieldbook::roi {

template <class V>
void visit(V& v, OneTimeCost& c) {
  v("id", c.id);
  v("label", c.label);
  v("amount", c.amount);
  v("live", c.live);
  v("updatedAt", c.updated_at);
}

template <class V>
void visit(V& v, RecurringCost& c) {
  v("id", c.id);
  v("label", c.label);
  v("amountPerYear", c.amount_per_year);
  v("live", c.live);
  v("updatedAt", c.updated_at);
}

template <class V>
void visit(V& v, BenefitLine& b) {
  v("id", b.id);
  v("label", b.label);
  v("kind", b.kind);
  v("amountPerYear", b.amount_per_year);
  v("marginPercent", b.margin_percent);
  v("hours", b.hours);
  v("hoursBasis", b.hours_basis);
  v("hourlyRate", b.hourly_rate);
  v("people", b.people);
  v("adoptionPercent", b.adoption_percent);
  v("liveAmount", b.live_amount);
  v("liveAdoption", b.live_adoption);
  v("liveHours", b.live_hours);
  v("liveHourlyRate", b.live_hourly_rate);
  v("livePeople", b.live_people);
  v("updatedAt", b.updated_at);
}

template <class V>
void visit(V& v, ScenarioFactors& f) {
  v("benefits", f.benefits);
  v("costs", f.costs);
}

template <class V>
void visit(V& v, ScenarioSet& s) {
  v("conservative", s.conservative);
  v("expected", s.expected);
  v("optimistic", s.optimistic);
}

template <class V>
void visit(V& v, Note& n) {
  v("id", n.id);
  v("text", n.text);
  v("internal", n.internal);
  v("updatedAt", n.updated_at);
}

template <class V>
void visit(V& v, Case& c) {
  v("id", c.id);
  v("name", c.name);
  v("customerName", c.customer_name);
  v("currency", c.currency);
  v("years", c.years);
  v("period", c.period);
  v("discountRate", c.discount_rate);
  v("liveDiscountRate", c.live_discount_rate);
  v("oneTimeCosts", c.one_time_costs);
  v("recurringCosts", c.recurring_costs);
  v("benefits", c.benefits);
  v("scenarios", c.scenarios);
  v("notes", c.notes);
  v("ownerId", c.owner_id, json::kMayBeAbsent);
  v("updatedAt", c.updated_at);
}

}  // namespace fieldbook::roi
