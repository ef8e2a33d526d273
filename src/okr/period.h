#pragma once
// An OKR's period: a year, one of its quarters, a month, or any range of days. Objectives keep the
// first and last day; these name them and find the one that follows (where an unfinished key
// result is carried).
#include <optional>
#include <string>

#include "common/date.h"

namespace fieldbook::okr {

struct Period {
  Date first;
  Date last;
  friend bool operator==(const Period&, const Period&) = default;
};

enum class PeriodKind { Year, Quarter, Month, Custom };

Period year_period(int year);
Period quarter_period(int year, int quarter);  // quarter 1..4
Period quarter_containing(Date day);
Period month_containing(Date day);
Period week_containing(Date day);  // Monday to Sunday

PeriodKind kind_of(const Period& p);
int quarter_of(Date day);  // 1..4

// The period after `p`: the next year, quarter or month; a custom range of the same length
// starting the day after.
Period next_period(const Period& p);

// From the record's text; nullopt when a date does not parse or the last day is before the first.
std::optional<Period> parse_period(const std::string& first, const std::string& last);

}  // namespace fieldbook::okr
