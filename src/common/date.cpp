#include "common/date.h"

#include <string>

#include "common/error.h"

namespace fieldbook {

namespace {

// Howard Hinnant's days_from_civil / civil_from_days, in 64-bit to stay clear of overflow.
std::int64_t days_from_civil(std::int64_t y, std::int64_t m, std::int64_t d) {
  y -= m <= 2 ? 1 : 0;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

constexpr std::int64_t kMinDays = -719162;  // 0001-01-01
constexpr std::int64_t kMaxDays = 2932896;  // 9999-12-31

void append_padded(std::string& out, std::int64_t value, int width) {
  if (value < 0) {
    out.push_back('-');
    value = -value;
  }
  std::string digits = std::to_string(value);
  if (digits.size() < static_cast<std::size_t>(width)) {
    out.append(static_cast<std::size_t>(width) - digits.size(), '0');
  }
  out += digits;
}

}  // namespace

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && is_leap_year(year)) return 29;
  return kDays[month - 1];
}

bool is_valid_date(int year, int month, int day) {
  return year >= kMinYear && year <= kMaxYear && day >= 1 && day <= days_in_month(year, month);
}

std::optional<Date> make_date(int year, int month, int day) {
  if (!is_valid_date(year, month, day)) return std::nullopt;
  return Date{static_cast<std::int32_t>(days_from_civil(year, month, day))};
}

Date date_from_civil(int year, int month, int day) {
  if (auto date = make_date(year, month, day)) return *date;
  std::string text;
  append_padded(text, year, 4);
  text += '-';
  append_padded(text, month, 2);
  text += '-';
  append_padded(text, day, 2);
  throw Error("invalid date " + text);
}

Date date_from_civil(const CivilDate& civil) { return date_from_civil(civil.year, civil.month, civil.day); }

CivilDate to_civil(Date date) {
  const std::int64_t z = std::int64_t{date.days} + 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
  const std::int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return CivilDate{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

Date add_days(Date date, std::int64_t days) {
  const std::int64_t base = date.days;
  if (days > kMaxDays - base || days < kMinDays - base) {
    throw Error("date out of range: " + format_iso_date(date) + " plus " + std::to_string(days) + " days");
  }
  return Date{static_cast<std::int32_t>(base + days)};
}

std::int64_t days_between(Date from, Date to) { return std::int64_t{to.days} - std::int64_t{from.days}; }

Weekday day_of_week(Date date) {
  // 1970-01-01 was a Thursday (ISO weekday 4).
  const std::int64_t from_monday = ((std::int64_t{date.days} % 7 + 7) % 7 + 3) % 7;
  return static_cast<Weekday>(from_monday + 1);
}

std::string format_iso_date(Date date) {
  const CivilDate civil = to_civil(date);
  std::string out;
  out.reserve(10);
  append_padded(out, civil.year, 4);
  out += '-';
  append_padded(out, civil.month, 2);
  out += '-';
  append_padded(out, civil.day, 2);
  return out;
}

std::optional<Date> date_from_excel_serial(std::int64_t serial) {
  if (serial < 1 || serial > 2958465 || serial == 60) return std::nullopt;
  // Serials before the fictitious 1900-02-29 count from 1899-12-31, later ones from 1899-12-30.
  const std::int64_t epoch = days_from_civil(1899, 12, serial < 60 ? 31 : 30);
  return Date{static_cast<std::int32_t>(epoch + serial)};
}

std::int64_t excel_serial(Date date) {
  const std::int64_t days = date.days;
  if (days < days_from_civil(1900, 1, 1)) throw Error("dates before 1900-01-01 have no Excel serial");
  if (days < days_from_civil(1900, 3, 1)) return days - days_from_civil(1899, 12, 31);
  return days - days_from_civil(1899, 12, 30);
}

}  // namespace fieldbook
