#include "common/date.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/error.h"

namespace fieldbook {
namespace {

Date d(int y, int m, int day) { return date_from_civil(y, m, day); }

TEST(DateCalendar, LeapYears) {
  EXPECT_FALSE(is_leap_year(1900));
  EXPECT_TRUE(is_leap_year(2000));
  EXPECT_FALSE(is_leap_year(2100));
  EXPECT_TRUE(is_leap_year(2024));
  EXPECT_FALSE(is_leap_year(2023));
  EXPECT_TRUE(is_leap_year(1600));
  EXPECT_EQ(days_in_month(1900, 2), 28);
  EXPECT_EQ(days_in_month(2000, 2), 29);
  EXPECT_EQ(days_in_month(2100, 2), 28);
  EXPECT_EQ(days_in_month(2024, 4), 30);
  EXPECT_EQ(days_in_month(2024, 12), 31);
  EXPECT_EQ(days_in_month(2024, 0), 0);
  EXPECT_EQ(days_in_month(2024, 13), 0);
}

TEST(DateCalendar, Validity) {
  EXPECT_TRUE(is_valid_date(2024, 2, 29));
  EXPECT_FALSE(is_valid_date(2023, 2, 29));
  EXPECT_FALSE(is_valid_date(1900, 2, 29));
  EXPECT_TRUE(is_valid_date(2000, 2, 29));
  EXPECT_FALSE(is_valid_date(2100, 2, 29));
  EXPECT_FALSE(is_valid_date(2024, 4, 31));
  EXPECT_FALSE(is_valid_date(2024, 1, 0));
  EXPECT_FALSE(is_valid_date(2024, 0, 1));
  EXPECT_FALSE(is_valid_date(0, 1, 1));
  EXPECT_FALSE(is_valid_date(10000, 1, 1));
  EXPECT_FALSE(is_valid_date(-2147483647 - 1, 1, 1));
  EXPECT_FALSE(make_date(2023, 2, 29));
  EXPECT_THROW(date_from_civil(2023, 2, 29), Error);
}

TEST(DateCalendar, KnownDayNumbers) {
  EXPECT_EQ(d(1970, 1, 1).days, 0);
  EXPECT_EQ(d(1969, 12, 31).days, -1);
  EXPECT_EQ(d(2000, 3, 1).days, 11017);
  EXPECT_EQ(d(1, 1, 1).days, -719162);
  EXPECT_EQ(d(9999, 12, 31).days, 2932896);
  EXPECT_EQ(to_civil(Date{0}), (CivilDate{1970, 1, 1}));
  EXPECT_EQ(to_civil(Date{-1}), (CivilDate{1969, 12, 31}));
}

TEST(DateCalendar, EverySupportedDayRoundTrips) {
  std::int32_t expected = d(1, 1, 1).days;
  for (int year = kMinYear; year <= kMaxYear; ++year) {
    for (int month = 1; month <= 12; ++month) {
      for (int day = 1; day <= days_in_month(year, month); ++day) {
        const Date date = d(year, month, day);
        ASSERT_EQ(date.days, expected) << year << "-" << month << "-" << day;
        ASSERT_EQ(to_civil(date), (CivilDate{year, month, day}));
        ++expected;
      }
    }
  }
}

TEST(DateCalendar, ArithmeticAndComparison) {
  EXPECT_EQ(add_days(d(2024, 2, 28), 1), d(2024, 2, 29));
  EXPECT_EQ(add_days(d(2023, 2, 28), 1), d(2023, 3, 1));
  EXPECT_EQ(add_days(d(2024, 12, 31), 1), d(2025, 1, 1));
  EXPECT_EQ(add_days(d(2024, 3, 1), -1), d(2024, 2, 29));
  EXPECT_EQ(days_between(d(2024, 1, 1), d(2025, 1, 1)), 366);
  EXPECT_EQ(days_between(d(2025, 1, 1), d(2024, 1, 1)), -366);
  EXPECT_LT(d(2024, 1, 1), d(2024, 1, 2));
  EXPECT_GT(d(2024, 1, 1), d(1999, 12, 31));
  EXPECT_THROW(add_days(d(9999, 12, 31), 1), Error);
  EXPECT_THROW(add_days(d(1, 1, 1), -1), Error);
  EXPECT_THROW(add_days(d(2024, 1, 1), std::numeric_limits<std::int64_t>::max()), Error);
  EXPECT_THROW(add_days(d(2024, 1, 1), std::numeric_limits<std::int64_t>::min()), Error);
}

TEST(DateCalendar, DayOfWeek) {
  EXPECT_EQ(day_of_week(d(1970, 1, 1)), Weekday::Thursday);
  EXPECT_EQ(day_of_week(d(2000, 1, 1)), Weekday::Saturday);
  EXPECT_EQ(day_of_week(d(2024, 1, 1)), Weekday::Monday);
  EXPECT_EQ(day_of_week(d(2026, 11, 27)), Weekday::Friday);
  EXPECT_EQ(day_of_week(d(1969, 12, 28)), Weekday::Sunday);
  EXPECT_EQ(day_of_week(d(1, 1, 1)), Weekday::Monday);
}

TEST(DateIso, ParseStrict) {
  EXPECT_EQ(parse_iso_date("2026-11-27"), d(2026, 11, 27));
  EXPECT_EQ(parse_iso_date("2024-02-29"), d(2024, 2, 29));
  EXPECT_EQ(parse_iso_date("0001-01-01"), d(1, 1, 1));
  for (const char* bad : {"", "2026-11-2", "2026-1-27", "26-11-27", "2026/11/27", "2026-11-27 ",
                          " 2026-11-27", "2026-13-01", "2026-00-10", "2023-02-29", "2026-11-31",
                          "0000-01-01", "+2026-11-27", "2026-11-27T00:00:00Z", "abcd-ef-gh",
                          "2026-1a-27", "2026--1-27", "2026-11-+7"}) {
    EXPECT_FALSE(parse_iso_date(bad)) << bad;
  }
  EXPECT_FALSE(parse_iso_date(std::string("2026-11-2\0", 10)));
}

TEST(DateIso, Format) {
  EXPECT_EQ(format_iso_date(d(2026, 11, 27)), "2026-11-27");
  EXPECT_EQ(format_iso_date(d(1, 1, 1)), "0001-01-01");
  EXPECT_EQ(format_iso_date(Date{0}), "1970-01-01");
  EXPECT_EQ(format_iso_date(d(9999, 12, 31)), "9999-12-31");
}

TEST(DateTimestamp, ParseAndNormaliseToUtc) {
  const auto base = parse_iso_timestamp("2026-11-27T08:12:43Z");
  ASSERT_TRUE(base);
  EXPECT_EQ(base->ms, std::int64_t{d(2026, 11, 27).days} * 86400000 + (8 * 3600 + 12 * 60 + 43) * 1000);
  EXPECT_EQ(parse_iso_timestamp("2026-11-27T16:12:43+08:00"), base);
  EXPECT_EQ(parse_iso_timestamp("2026-11-27T03:12:43-05:00"), base);
  EXPECT_EQ(parse_iso_timestamp("2026-11-28T00:12:43+16:00"), base);
  EXPECT_EQ(parse_iso_timestamp("2026-11-27t08:12:43z"), base);
  EXPECT_EQ(parse_iso_timestamp("2026-11-27T08:12:43.5Z")->ms, base->ms + 500);
  EXPECT_EQ(parse_iso_timestamp("2026-11-27T08:12:43.123Z")->ms, base->ms + 123);
  EXPECT_EQ(parse_iso_timestamp("2026-11-27T08:12:43.123999999Z")->ms, base->ms + 123);
  EXPECT_EQ(parse_iso_timestamp("1970-01-01T00:00:00Z")->ms, 0);
  EXPECT_EQ(parse_iso_timestamp("1969-12-31T23:59:59.999Z")->ms, -1);
  EXPECT_EQ(parse_iso_timestamp("1970-01-01T00:30:00+01:00")->ms, -30 * 60000);
}

TEST(DateTimestamp, RejectsMalformed) {
  for (const char* bad : {"", "2026-11-27", "2026-11-27T08:12:43", "2026-11-27T08:12Z",
                          "2026-11-27 08:12:43Z", "2026-11-27T24:00:00Z", "2026-11-27T08:60:00Z",
                          "2026-11-27T08:12:60Z", "2026-11-27T08:12:43.Z", "2026-11-27T08:12:43+0800",
                          "2026-11-27T08:12:43+24:00", "2026-11-27T08:12:43Zjunk", "2026-02-30T08:12:43Z",
                          "2026-11-27T8:12:43Z", "2026-11-27T08:12:43+08:00:00"}) {
    EXPECT_FALSE(parse_iso_timestamp(bad)) << bad;
  }
  const std::string long_fraction = "2026-11-27T08:12:43." + std::string(100000, '9') + "Z";
  EXPECT_EQ(parse_iso_timestamp(long_fraction)->ms % 1000, 999);
}

TEST(DateTimestamp, FormatUtc) {
  EXPECT_EQ(format_iso_timestamp(Timestamp{0}), "1970-01-01T00:00:00Z");
  EXPECT_EQ(format_iso_timestamp(Timestamp{-1}), "1969-12-31T23:59:59.999Z");
  EXPECT_EQ(format_iso_timestamp(Timestamp{5}), "1970-01-01T00:00:00.005Z");
  EXPECT_EQ(format_iso_timestamp(*parse_iso_timestamp("2026-11-27T16:12:43+08:00")), "2026-11-27T08:12:43Z");
  EXPECT_EQ(format_iso_timestamp(*parse_iso_timestamp("2026-11-27T08:12:43.120Z")), "2026-11-27T08:12:43.120Z");
  EXPECT_EQ(date_of(Timestamp{-1}), d(1969, 12, 31));
  EXPECT_EQ(start_of_day(d(2026, 11, 27)), *parse_iso_timestamp("2026-11-27T00:00:00Z"));
  EXPECT_THROW(format_iso_timestamp(Timestamp{std::numeric_limits<std::int64_t>::max()}), Error);
  EXPECT_THROW(date_of(Timestamp{std::numeric_limits<std::int64_t>::min()}), Error);
}

TEST(DateExcel, SerialsIncludingTheLotusBug) {
  EXPECT_EQ(date_from_excel_serial(1), d(1900, 1, 1));
  EXPECT_EQ(date_from_excel_serial(59), d(1900, 2, 28));
  EXPECT_FALSE(date_from_excel_serial(60));  // 1900-02-29 never existed
  EXPECT_EQ(date_from_excel_serial(61), d(1900, 3, 1));
  EXPECT_EQ(date_from_excel_serial(45000), d(2023, 3, 15));
  EXPECT_EQ(date_from_excel_serial(2958465), d(9999, 12, 31));
  EXPECT_FALSE(date_from_excel_serial(0));
  EXPECT_FALSE(date_from_excel_serial(-1));
  EXPECT_FALSE(date_from_excel_serial(2958466));
  EXPECT_EQ(excel_serial(d(1900, 1, 1)), 1);
  EXPECT_EQ(excel_serial(d(1900, 2, 28)), 59);
  EXPECT_EQ(excel_serial(d(1900, 3, 1)), 61);
  EXPECT_EQ(excel_serial(d(2023, 3, 15)), 45000);
  EXPECT_THROW(excel_serial(d(1899, 12, 31)), Error);
  for (std::int64_t serial = 1; serial <= 2958465; serial += 997) {
    if (serial == 60) continue;
    EXPECT_EQ(excel_serial(*date_from_excel_serial(serial)), serial);
  }
}

TEST(DateLenient, SpreadsheetFormats) {
  const Date march5 = d(2024, 3, 5);
  for (const char* text : {"2024-03-05", "2024/3/5", "2024.03.05", "2024-3-05", "2024/03/05",
                           "2024\xE5\xB9\xB4" "3\xE6\x9C\x88" "5\xE6\x97\xA5",
                           "2024\xE5\xB9\xB4" "03\xE6\x9C\x88" "05\xE6\x97\xA5", "20240305", "45356",
                           "45356.75", "  2024-03-05  ", "2024-03-05 14:30:00", "2024-03-05T14:30:00Z",
                           "2024-03-05T14:30:00.000+08:00", "2024/3/5 2:30 PM", "2024-03-05 14:30",
                           "2024\xE5\xB9\xB4" "3\xE6\x9C\x88" "5\xE6\x97\xA5 09:00"}) {
    EXPECT_EQ(parse_date_lenient(text, DateOrder::Unknown), march5) << text;
  }
}

TEST(DateLenient, DayAndMonthOrder) {
  EXPECT_EQ(parse_date_lenient("05/03/2024", DateOrder::DayFirst), d(2024, 3, 5));
  EXPECT_EQ(parse_date_lenient("05/03/2024", DateOrder::MonthFirst), d(2024, 5, 3));
  EXPECT_FALSE(parse_date_lenient("05/03/2024", DateOrder::Unknown));  // ambiguous
  EXPECT_EQ(parse_date_lenient("25/12/2024", DateOrder::Unknown), d(2024, 12, 25));
  EXPECT_EQ(parse_date_lenient("12/25/2024", DateOrder::Unknown), d(2024, 12, 25));
  EXPECT_EQ(parse_date_lenient("7/7/2024", DateOrder::Unknown), d(2024, 7, 7));
  EXPECT_FALSE(parse_date_lenient("25/12/2024", DateOrder::MonthFirst));
  EXPECT_FALSE(parse_date_lenient("12/25/2024", DateOrder::DayFirst));
  EXPECT_EQ(parse_date_lenient("3-5-2024", DateOrder::MonthFirst), d(2024, 3, 5));
  EXPECT_EQ(parse_date_lenient("5.3.2024", DateOrder::DayFirst), d(2024, 3, 5));
  EXPECT_EQ(parse_date_lenient("29/02/2024 23:59:59", DateOrder::DayFirst), d(2024, 2, 29));
  EXPECT_FALSE(parse_date_lenient("29/02/2023", DateOrder::DayFirst));
}

TEST(DateLenient, RejectsGarbage) {
  for (const char* bad : {"", "   ", "abc", "2024-13-01", "2024-02-30", "2023/2/29", "2024-03",
                          "2024/03-05", "2024-03-05 garbage", "2024-03-05 25:00", "2024-03-05 14:3",
                          "2024-03-05 13:00 PM", "0", "60", "2958466", "-5", "1e5", "05/03/24",
                          "2024-03-05-", "2024\xE5\xB9\xB4" "3\xE6\x9C\x88", "123456789",
                          "\xFF\xFE", "1900-02-29", "45356.x", "0000-01-01", "2024 03 05"}) {
    EXPECT_FALSE(parse_date_lenient(bad, DateOrder::DayFirst)) << bad;
  }
  EXPECT_FALSE(parse_date_lenient(std::string("2024-03-05\0", 11), DateOrder::Unknown));
  EXPECT_FALSE(parse_date_lenient(std::string(1 << 20, '9'), DateOrder::Unknown));
}

TEST(DateLenient, ExcelSerialEdges) {
  EXPECT_EQ(parse_date_lenient("59", DateOrder::Unknown), d(1900, 2, 28));
  EXPECT_FALSE(parse_date_lenient("60", DateOrder::Unknown));
  EXPECT_EQ(parse_date_lenient("61", DateOrder::Unknown), d(1900, 3, 1));
  EXPECT_EQ(parse_date_lenient("1", DateOrder::Unknown), d(1900, 1, 1));
  EXPECT_EQ(parse_date_lenient("45000", DateOrder::Unknown), d(2023, 3, 15));
  EXPECT_EQ(parse_date_lenient("2958465", DateOrder::Unknown), d(9999, 12, 31));
}

TEST(DateOrderEvidence, DecidesFromSamples) {
  const std::vector<std::string> day_first = {"05/03/2024", "25/03/2024", "01/04/2024"};
  EXPECT_EQ(collect_date_order_evidence(day_first).verdict(), DateOrderVerdict::DayFirst);
  EXPECT_EQ(collect_date_order_evidence(day_first).order(), DateOrder::DayFirst);

  const std::vector<std::string> month_first = {"03/05/2024", "3/25/2024 10:00", "04/01/2024"};
  EXPECT_EQ(collect_date_order_evidence(month_first).verdict(), DateOrderVerdict::MonthFirst);
  EXPECT_EQ(collect_date_order_evidence(month_first).order(), DateOrder::MonthFirst);

  const std::vector<std::string> ambiguous = {"03/05/2024", "04/01/2024", "7/7/2024"};
  const DateOrderEvidence evidence = collect_date_order_evidence(ambiguous);
  EXPECT_EQ(evidence.verdict(), DateOrderVerdict::Ambiguous);
  EXPECT_EQ(evidence.order(), DateOrder::Unknown);
  EXPECT_EQ(evidence.ambiguous(), 2u);

  const std::vector<std::string> mixed = {"25/03/2024", "03/25/2024"};
  EXPECT_EQ(collect_date_order_evidence(mixed).verdict(), DateOrderVerdict::Conflicting);
  EXPECT_EQ(collect_date_order_evidence(mixed).order(), DateOrder::Unknown);

  const std::vector<std::string_view> none = {"2024-03-05", "", "garbage", "45000", "7/7/2024", "32/13/2024"};
  EXPECT_EQ(collect_date_order_evidence(none).verdict(), DateOrderVerdict::NoEvidence);
}

TEST(DateOrderEvidence, InvalidDayForTheOrderIsNotEvidence) {
  // 31/02 is not a date either way; 02/31 neither.
  const std::vector<std::string> samples = {"31/02/2024", "02/31/2024"};
  EXPECT_EQ(collect_date_order_evidence(samples).verdict(), DateOrderVerdict::NoEvidence);
}

}  // namespace
}  // namespace fieldbook
