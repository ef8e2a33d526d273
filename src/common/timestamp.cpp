#include "common/date.h"

#include <limits>

#include "common/error.h"
#include "common/text_scan.h"

namespace fieldbook {

namespace {

constexpr std::int64_t kMsPerDay = 86400000;

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  std::int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

std::int32_t day_number(Timestamp timestamp) {
  const std::int64_t days = floor_div(timestamp.ms, kMsPerDay);
  if (days < std::numeric_limits<std::int32_t>::min() || days > std::numeric_limits<std::int32_t>::max()) {
    throw Error("timestamp out of range");
  }
  return static_cast<std::int32_t>(days);
}

void append2(std::string& out, std::int64_t value) {
  out.push_back(static_cast<char>('0' + value / 10));
  out.push_back(static_cast<char>('0' + value % 10));
}

}  // namespace

std::optional<Timestamp> parse_iso_timestamp(std::string_view text) {
  if (text.size() < 20) return std::nullopt;
  const auto date = parse_iso_date(text.substr(0, 10));
  if (!date) return std::nullopt;
  std::string_view s = text.substr(10);
  char separator = 0;
  if (!scan::one_of(s, "Tt", separator)) return std::nullopt;
  const auto hour = scan::digits(s, 2, 2);
  if (!hour || !scan::literal(s, ":")) return std::nullopt;
  const auto minute = scan::digits(s, 2, 2);
  if (!minute || !scan::literal(s, ":")) return std::nullopt;
  const auto second = scan::digits(s, 2, 2);
  if (!second || *hour > 23 || *minute > 59 || *second > 59) return std::nullopt;
  std::int64_t ms = 0;
  if (scan::literal(s, ".")) {
    std::size_t n = 0;
    std::int64_t scale = 100;
    while (n < s.size() && scan::is_digit(s[n])) {
      ms += (s[n] - '0') * scale;
      scale /= 10;
      ++n;
    }
    if (n == 0) return std::nullopt;
    s.remove_prefix(n);
  }
  std::int64_t offset_minutes = 0;
  char sign = 0;
  if (scan::one_of(s, "Zz", sign)) {
    // UTC
  } else if (scan::one_of(s, "+-", sign)) {
    const auto offset_hour = scan::digits(s, 2, 2);
    if (!offset_hour || !scan::literal(s, ":")) return std::nullopt;
    const auto offset_minute = scan::digits(s, 2, 2);
    if (!offset_minute || *offset_hour > 23 || *offset_minute > 59) return std::nullopt;
    offset_minutes = *offset_hour * 60 + *offset_minute;
    if (sign == '-') offset_minutes = -offset_minutes;
  } else {
    return std::nullopt;
  }
  if (!s.empty()) return std::nullopt;
  const std::int64_t local_ms = std::int64_t{date->days} * kMsPerDay +
                                ((*hour * 60 + *minute) * 60 + *second) * std::int64_t{1000} + ms;
  return Timestamp{local_ms - offset_minutes * 60000};
}

std::string format_iso_timestamp(Timestamp timestamp) {
  const std::int32_t days = day_number(timestamp);
  std::int64_t rest = timestamp.ms - std::int64_t{days} * kMsPerDay;
  std::string out = format_iso_date(Date{days});
  out.push_back('T');
  append2(out, rest / 3600000);
  rest %= 3600000;
  out.push_back(':');
  append2(out, rest / 60000);
  rest %= 60000;
  out.push_back(':');
  append2(out, rest / 1000);
  rest %= 1000;
  if (rest != 0) {
    out.push_back('.');
    out.push_back(static_cast<char>('0' + rest / 100));
    append2(out, rest % 100);
  }
  out.push_back('Z');
  return out;
}

Date date_of(Timestamp timestamp) { return Date{day_number(timestamp)}; }

Timestamp start_of_day(Date date) { return Timestamp{std::int64_t{date.days} * kMsPerDay}; }

}  // namespace fieldbook
