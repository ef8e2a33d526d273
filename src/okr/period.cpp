#include "okr/period.h"

namespace fieldbook::okr {

Period year_period(int year) { return {date_from_civil(year, 1, 1), date_from_civil(year, 12, 31)}; }

Period quarter_period(int year, int quarter) {
  const int first_month = (quarter - 1) * 3 + 1;
  return {date_from_civil(year, first_month, 1),
          date_from_civil(year, first_month + 2, days_in_month(year, first_month + 2))};
}

int quarter_of(Date day) { return (to_civil(day).month - 1) / 3 + 1; }

Period quarter_containing(Date day) { return quarter_period(to_civil(day).year, quarter_of(day)); }

Period month_containing(Date day) {
  const CivilDate c = to_civil(day);
  return {date_from_civil(c.year, c.month, 1), date_from_civil(c.year, c.month, days_in_month(c.year, c.month))};
}

Period week_containing(Date day) {
  const Date monday = add_days(day, 1 - static_cast<int>(day_of_week(day)));
  return {monday, add_days(monday, 6)};
}

PeriodKind kind_of(const Period& p) {
  const CivilDate a = to_civil(p.first);
  if (p == year_period(a.year)) return PeriodKind::Year;
  if ((a.month - 1) % 3 == 0 && p == quarter_period(a.year, (a.month - 1) / 3 + 1)) return PeriodKind::Quarter;
  if (p == month_containing(p.first)) return PeriodKind::Month;
  return PeriodKind::Custom;
}

Period next_period(const Period& p) {
  const Date after = add_days(p.last, 1);
  switch (kind_of(p)) {
    case PeriodKind::Year: return year_period(to_civil(after).year);
    case PeriodKind::Quarter: return quarter_containing(after);
    case PeriodKind::Month: return month_containing(after);
    case PeriodKind::Custom: break;
  }
  return {after, add_days(after, days_between(p.first, p.last))};
}

std::optional<Period> parse_period(const std::string& first, const std::string& last) {
  const auto a = parse_iso_date(first), b = parse_iso_date(last);
  if (!a || !b || *b < *a) return std::nullopt;
  return Period{*a, *b};
}

}  // namespace fieldbook::okr
