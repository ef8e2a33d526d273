#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace fieldbook {

// Proleptic Gregorian calendar, no time zones. Supported years: 1..9999.
inline constexpr int kMinYear = 1;
inline constexpr int kMaxYear = 9999;

struct CivilDate {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31

  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

// A calendar day as days since 1970-01-01 (negative before).
struct Date {
  std::int32_t days = 0;

  friend auto operator<=>(const Date&, const Date&) = default;
};

enum class Weekday : std::uint8_t { Monday = 1, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday };

bool is_leap_year(int year);
int days_in_month(int year, int month);  // 0 for a month outside 1..12
bool is_valid_date(int year, int month, int day);  // also checks kMinYear..kMaxYear

std::optional<Date> make_date(int year, int month, int day);
Date date_from_civil(int year, int month, int day);  // throws Error if invalid
Date date_from_civil(const CivilDate& civil);
CivilDate to_civil(Date date);

// Throws Error if the result leaves the supported years.
Date add_days(Date date, std::int64_t days);
std::int64_t days_between(Date from, Date to);  // to - from
Weekday day_of_week(Date date);

// Strict "YYYY-MM-DD".
std::optional<Date> parse_iso_date(std::string_view text);
std::string format_iso_date(Date date);

// What a record's date fields (a due date, a start date) must be when they are not empty.
inline constexpr const char* kDateProblem = "must be a date such as 2026-02-28";
// True for "" and for a real "YYYY-MM-DD" day.
inline bool is_empty_or_date(std::string_view text) { return text.empty() || parse_iso_date(text).has_value(); }

// A UTC instant in milliseconds since 1970-01-01T00:00:00Z.
struct Timestamp {
  std::int64_t ms = 0;

  friend auto operator<=>(const Timestamp&, const Timestamp&) = default;
};

// RFC 3339: "2026-11-27T08:12:43Z", "2026-11-27T08:12:43.5+08:00". Fractional seconds beyond
// milliseconds are truncated; an offset is applied so the result is UTC. A zone is required.
std::optional<Timestamp> parse_iso_timestamp(std::string_view text);
// What a record's time fields (updatedAt, importedAt) must be when they are not empty.
inline constexpr const char* kTimestampProblem = "must be an ISO-8601 time such as 2026-11-27T08:00:00Z";
// "2026-11-27T08:12:43Z", or with ".123" when the milliseconds are not zero.
std::string format_iso_timestamp(Timestamp timestamp);
Date date_of(Timestamp timestamp);
Timestamp start_of_day(Date date);

// Excel's 1900 date system, including Lotus's fictitious 1900-02-29 (serial 60, which has no
// date, so nullopt). Serial 1 = 1900-01-01, 61 = 1900-03-01, 2958465 = 9999-12-31.
std::optional<Date> date_from_excel_serial(std::int64_t serial);
std::int64_t excel_serial(Date date);  // throws Error before 1900-01-01

enum class DateOrder : std::uint8_t { Unknown, DayFirst, MonthFirst };

// Spreadsheet dates: "2024-03-05", "2024/3/5", "2024.03.05", "2024年3月5日", "20240305",
// Excel serials (1..2958465, a fraction is the time of day), and "05/03/2024" or "3-5-2024"
// read by `order`. With DateOrder::Unknown a slash date parses only when it cannot be
// misread (a field above 12, or both fields equal). A trailing time ("14:30", "14:30:00.5",
// "2:30 PM", with "Z" or an offset) is accepted and ignored.
std::optional<Date> parse_date_lenient(std::string_view text, DateOrder order);

// Reads a sample of a column to tell whether its A/B/YYYY dates are day-first or month-first.
enum class DateOrderVerdict : std::uint8_t {
  NoEvidence,   // no A/B/YYYY date that could be misread (none, or only ones like 5/5/2024)
  DayFirst,     // some first field > 12, none second field > 12
  MonthFirst,   // some second field > 12, none first field > 12
  Ambiguous,    // only dates with both fields <= 12: ask the user
  Conflicting,  // both kinds seen: the column mixes orders or is not dates
};

class DateOrderEvidence {
 public:
  void add(std::string_view sample);
  DateOrderVerdict verdict() const;
  // The order to parse with, or DateOrder::Unknown when the user must choose.
  DateOrder order() const;

  std::size_t day_first() const { return day_first_; }
  std::size_t month_first() const { return month_first_; }
  std::size_t ambiguous() const { return ambiguous_; }

 private:
  std::size_t day_first_ = 0;
  std::size_t month_first_ = 0;
  std::size_t ambiguous_ = 0;
};

DateOrderEvidence collect_date_order_evidence(std::span<const std::string> samples);
DateOrderEvidence collect_date_order_evidence(std::span<const std::string_view> samples);

}  // namespace fieldbook
