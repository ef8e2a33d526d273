#include "common/date.h"

#include "common/text_scan.h"

namespace fieldbook {

namespace {

// "A/B/YYYY" (or with - or .) before the reader decides which of A and B is the day.
struct SlashDate {
  int first = 0;
  int second = 0;
  int year = 0;
};

// The optional time after a date: " 14:30", "T14:30:00.000Z", " 2:30 PM", " 14:30 +08:00".
bool is_time_suffix(std::string_view s) {
  if (s.empty()) return true;
  char separator = 0;
  const bool spaced = !s.empty() && (s.front() == ' ' || s.front() == '\t' || s.substr(0, 2) == "\xC2\xA0" ||
                                     s.substr(0, 3) == "\xE3\x80\x80");
  if (spaced) {
    scan::skip_spaces(s);
  } else if (!scan::one_of(s, "Tt", separator)) {
    return false;
  }
  const auto hour = scan::digits(s, 1, 2);
  if (!hour || !scan::literal(s, ":")) return false;
  const auto minute = scan::digits(s, 2, 2);
  if (!minute || *minute > 59) return false;
  if (scan::literal(s, ":")) {
    const auto second = scan::digits(s, 2, 2);
    if (!second || *second > 60) return false;
    if (scan::literal(s, ".")) {
      std::size_t n = 0;
      while (n < s.size() && scan::is_digit(s[n])) ++n;
      if (n == 0) return false;
      s.remove_prefix(n);
    }
  }
  scan::skip_spaces(s);
  int hour_limit = 23;
  for (std::string_view meridiem : {"AM", "PM", "am", "pm"}) {
    if (scan::literal(s, meridiem)) {
      hour_limit = 12;
      if (*hour == 0) return false;
      scan::skip_spaces(s);
      break;
    }
  }
  if (*hour > hour_limit) return false;
  char sign = 0;
  if (scan::one_of(s, "Zz", sign)) {
    // UTC marker
  } else if (scan::one_of(s, "+-", sign)) {
    const auto offset_hour = scan::digits(s, 2, 2);
    if (!offset_hour || *offset_hour > 23) return false;
    scan::literal(s, ":");
    const auto offset_minute = scan::digits(s, 2, 2);
    if (!offset_minute || *offset_minute > 59) return false;
  }
  return s.empty();
}

// Y-M-D with one separator used twice, or 年 月 日.
std::optional<Date> year_first(std::string_view& s) {
  std::string_view t = s;
  const auto year = scan::digits(t, 4, 4);
  if (!year) return std::nullopt;
  char separator = 0;
  std::optional<int> month;
  std::optional<int> day;
  if (scan::one_of(t, "-/.", separator)) {
    month = scan::digits(t, 1, 2);
    if (!month || t.empty() || t.front() != separator) return std::nullopt;
    t.remove_prefix(1);
    day = scan::digits(t, 1, 2);
  } else if (scan::literal(t, "\xE5\xB9\xB4")) {  // 年
    month = scan::digits(t, 1, 2);
    if (!month || !scan::literal(t, "\xE6\x9C\x88")) return std::nullopt;  // 月
    day = scan::digits(t, 1, 2);
    if (!day || !scan::literal(t, "\xE6\x97\xA5")) return std::nullopt;  // 日
  } else {
    return std::nullopt;
  }
  if (!day) return std::nullopt;
  s = t;
  return make_date(*year, *month, *day);
}

std::optional<SlashDate> slash_date(std::string_view& s) {
  std::string_view t = s;
  char separator = 0;
  const auto first = scan::digits(t, 1, 2);
  if (!first || !scan::one_of(t, "/-.", separator)) return std::nullopt;
  const auto second = scan::digits(t, 1, 2);
  if (!second || t.empty() || t.front() != separator) return std::nullopt;
  t.remove_prefix(1);
  const auto year = scan::digits(t, 4, 4);
  if (!year) return std::nullopt;
  s = t;
  return SlashDate{*first, *second, *year};
}

// All digits, optionally with a fractional part: "20240305" or an Excel serial "45000.5".
std::optional<Date> numeric_date(std::string_view s) {
  std::size_t n = 0;
  while (n < s.size() && scan::is_digit(s[n])) ++n;
  if (n == 0 || n > 8) return std::nullopt;
  std::string_view rest = s.substr(n);
  if (!rest.empty()) {
    if (rest.front() != '.' || n == 8) return std::nullopt;
    for (char c : rest.substr(1)) {
      if (!scan::is_digit(c)) return std::nullopt;
    }
  }
  auto number = [s](std::size_t pos, std::size_t count) {
    std::int64_t value = 0;
    for (char c : s.substr(pos, count)) value = value * 10 + (c - '0');
    return value;
  };
  if (n == 8) {
    return make_date(static_cast<int>(number(0, 4)), static_cast<int>(number(4, 2)),
                     static_cast<int>(number(6, 2)));
  }
  const std::int64_t serial = number(0, n);
  return date_from_excel_serial(serial);
}

std::optional<Date> resolve(const SlashDate& slash, DateOrder order) {
  const auto day_first = make_date(slash.year, slash.second, slash.first);
  const auto month_first = make_date(slash.year, slash.first, slash.second);
  switch (order) {
    case DateOrder::DayFirst: return day_first;
    case DateOrder::MonthFirst: return month_first;
    case DateOrder::Unknown: break;
  }
  if (day_first && month_first) {
    if (*day_first == *month_first) return day_first;
    return std::nullopt;
  }
  return day_first ? day_first : month_first;
}

}  // namespace

std::optional<Date> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  std::string_view s = text;
  const auto year = scan::digits(s, 4, 4);
  s.remove_prefix(year ? 1 : 0);
  const auto month = scan::digits(s, 2, 2);
  s.remove_prefix(month ? 1 : 0);
  const auto day = scan::digits(s, 2, 2);
  if (!year || !month || !day || !s.empty()) return std::nullopt;
  return make_date(*year, *month, *day);
}

std::optional<Date> parse_date_lenient(std::string_view text, DateOrder order) {
  std::string_view s = scan::trim(text);
  if (s.empty()) return std::nullopt;
  // Fast path for the common "2024-03-05" / "2024/03/05" / "2024.03.05": what year_first gives.
  if (s.size() == 10 && (s[4] == '-' || s[4] == '/' || s[4] == '.') && s[7] == s[4]) {
    const auto d = [&s](std::size_t k) { return static_cast<unsigned>(s[k] - '0'); };
    if (d(0) < 10 && d(1) < 10 && d(2) < 10 && d(3) < 10 && d(5) < 10 && d(6) < 10 && d(8) < 10 && d(9) < 10) {
      return make_date(static_cast<int>(d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3)), static_cast<int>(d(5) * 10 + d(6)),
                       static_cast<int>(d(8) * 10 + d(9)));
    }
  }
  if (auto numeric = numeric_date(s)) return numeric;
  std::string_view rest = s;
  if (auto date = year_first(rest)) {
    if (is_time_suffix(rest)) return date;
    return std::nullopt;
  }
  rest = s;
  if (auto slash = slash_date(rest)) {
    if (is_time_suffix(rest)) return resolve(*slash, order);
  }
  return std::nullopt;
}

void DateOrderEvidence::add(std::string_view sample) {
  std::string_view s = scan::trim(sample);
  const auto slash = slash_date(s);
  if (!slash || !is_time_suffix(s)) return;
  const bool day_first = make_date(slash->year, slash->second, slash->first).has_value();
  const bool month_first = make_date(slash->year, slash->first, slash->second).has_value();
  if (day_first && month_first) {
    if (slash->first != slash->second) ++ambiguous_;
  } else if (day_first) {
    ++day_first_;
  } else if (month_first) {
    ++month_first_;
  }
}

DateOrderVerdict DateOrderEvidence::verdict() const {
  if (day_first_ > 0 && month_first_ > 0) return DateOrderVerdict::Conflicting;
  if (day_first_ > 0) return DateOrderVerdict::DayFirst;
  if (month_first_ > 0) return DateOrderVerdict::MonthFirst;
  if (ambiguous_ > 0) return DateOrderVerdict::Ambiguous;
  return DateOrderVerdict::NoEvidence;
}

DateOrder DateOrderEvidence::order() const {
  switch (verdict()) {
    case DateOrderVerdict::DayFirst: return DateOrder::DayFirst;
    case DateOrderVerdict::MonthFirst: return DateOrder::MonthFirst;
    default: return DateOrder::Unknown;
  }
}

DateOrderEvidence collect_date_order_evidence(std::span<const std::string> samples) {
  DateOrderEvidence evidence;
  for (const std::string& sample : samples) evidence.add(sample);
  return evidence;
}

DateOrderEvidence collect_date_order_evidence(std::span<const std::string_view> samples) {
  DateOrderEvidence evidence;
  for (std::string_view sample : samples) evidence.add(sample);
  return evidence;
}

}  // namespace fieldbook
