// How the OKR screens say things: statuses and grades in their colours, values in their units,
// owners, periods. Formatting only: every number comes from src/okr.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "app/app.h"
#include "common/money.h"
#include "i18n/i18n.h"
#include "okr/period.h"
#include "views/grow_parts.h"
#include "views/okr_parts.h"
#include "views/okr_state.h"
#include "widgets/test_ids.h"
#include "widgets/badge.h"
#include "widgets/charts/chart_common.h"
#include "widgets/theme.h"

namespace fieldbook::shell {

Date today_of(App& app) { return parse_iso_date(app.session().today_iso()).value_or(Date{}); }

bool skip_row(App& app, const std::string& key, float width, const std::string& tag) {
  const auto& heights = app.state<OkrViewState>().row_heights;
  const auto it = heights.find(key);
  if (it == heights.end() || ImGui::IsRectVisible(ImVec2(width, it->second))) return false;
  ImGui::Dummy(ImVec2(width, it->second));
  tag_item(tag);
  return true;
}

void remember_row(App& app, const std::string& key, float top) {
  app.state<OkrViewState>().row_heights[key] = ImGui::GetCursorScreenPos().y - top - ImGui::GetStyle().ItemSpacing.y;
}

float choices_width() { return std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 36.0f); }

const char* status_label(okr::Status s) {
  switch (s) {
    case okr::Status::OnTrack: return tr(S::OkrStatusOnTrack);
    case okr::Status::AtRisk: return tr(S::OkrStatusAtRisk);
    case okr::Status::OffTrack: return tr(S::OkrStatusOffTrack);
    case okr::Status::Done: return tr(S::OkrStatusDone);
  }
  return "";
}

ImU32 status_color(okr::Status s) {
  switch (s) {
    case okr::Status::OnTrack: return colors::Accent;
    case okr::Status::AtRisk: return colors::Warning;
    case okr::Status::OffTrack: return colors::Error;
    case okr::Status::Done: return colors::Success;
  }
  return colors::Text;
}

ImU32 status_fill(okr::Status s) {
  switch (s) {
    case okr::Status::OnTrack: return colors::AccentSoft;
    case okr::Status::AtRisk: return colors::WarningSoft;
    case okr::Status::OffTrack: return colors::ErrorSoft;
    case okr::Status::Done: return colors::SuccessSoft;
  }
  return colors::Sidebar;
}

void status_badge(okr::Status s) { badge(status_label(s), status_color(s), status_fill(s)); }

ImU32 grade_color(double grade) {
  switch (okr::grade_colour(grade)) {
    case okr::GradeColour::Red: return colors::Error;
    case okr::GradeColour::Yellow: return colors::Warning;
    case okr::GradeColour::Green: return colors::Success;
  }
  return colors::Text;
}

void grade_badge(double grade) {
  char text[32];
  std::snprintf(text, sizeof(text), "%.1f", grade);
  const okr::GradeColour c = okr::grade_colour(grade);
  badge(text, grade_color(grade),
        c == okr::GradeColour::Red ? colors::ErrorSoft : c == okr::GradeColour::Yellow ? colors::WarningSoft : colors::SuccessSoft);
}

std::string format_share(double share) {
  if (!std::isfinite(share)) return "—";
  char text[32];
  std::snprintf(text, sizeof(text), "%.0f%%", share * 100);
  return text;
}

std::string format_value(App& app, okr::Unit unit, double value) {
  switch (unit) {
    case okr::Unit::Money: {
      const Currency c = parse_currency(app.session().doc().settings.currency).value_or(Currency::CNY);
      FormatOptions o;
      o.compact = std::fabs(value) >= 100'000;
      o.compact_style = language() == Language::Zh ? CompactStyle::Chinese : CompactStyle::Western;
      return format_amount(value, c, 0, o);
    }
    case okr::Unit::Percent: return charts::format_number(value) + "%";
    case okr::Unit::Count: break;
  }
  return charts::format_number(value);
}

std::string owner_name(App& app, const std::string& owner_id) {
  if (owner_id.empty()) return tr(S::OkrOwnerMe);
  const team::Rep* rep = team::find_rep(app.session().doc().team, owner_id);
  return rep ? rep_name(*rep) : owner_id;
}

std::string period_label(const std::string& first, const std::string& last) {
  char text[96];
  if (const auto p = okr::parse_period(first, last)) {
    const CivilDate c = to_civil(p->first);
    switch (okr::kind_of(*p)) {
      case okr::PeriodKind::Quarter:
        std::snprintf(text, sizeof(text), tr(S::OkrPeriodQuarter), c.year, okr::quarter_of(p->first));
        return text;
      case okr::PeriodKind::Year:
        std::snprintf(text, sizeof(text), tr(S::OkrPeriodYear), c.year);
        return text;
      case okr::PeriodKind::Month:
      case okr::PeriodKind::Custom: break;
    }
  }
  std::snprintf(text, sizeof(text), tr(S::OkrPeriodRange), first.c_str(), last.c_str());
  return text;
}

const char* kind_label(okr::ObjectiveKind k) {
  return k == okr::ObjectiveKind::Committed ? tr(S::OkrKindCommitted) : tr(S::OkrKindAspirational);
}

const char* type_label(okr::KeyResultType t) {
  switch (t) {
    case okr::KeyResultType::Increase: return tr(S::OkrTypeIncrease);
    case okr::KeyResultType::Decrease: return tr(S::OkrTypeDecrease);
    case okr::KeyResultType::StayAbove: return tr(S::OkrTypeStayAbove);
    case okr::KeyResultType::StayBelow: return tr(S::OkrTypeStayBelow);
    case okr::KeyResultType::Milestone: return tr(S::OkrTypeMilestone);
  }
  return "";
}

std::string key_result_goal(App& app, const okr::KeyResult& kr) {
  switch (kr.type) {
    case okr::KeyResultType::Increase:
    case okr::KeyResultType::Decrease:
      return format_value(app, kr.unit, kr.start) + " → " + format_value(app, kr.unit, kr.target);
    case okr::KeyResultType::StayAbove:
    case okr::KeyResultType::StayBelow:
      return std::string(type_label(kr.type)) + " " + format_value(app, kr.unit, kr.target);
    case okr::KeyResultType::Milestone: return type_label(kr.type);
  }
  return "";
}

}  // namespace fieldbook::shell
