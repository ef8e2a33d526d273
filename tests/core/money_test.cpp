#include "common/money.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

#include "common/error.h"

namespace fieldbook {
namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();

TEST(MoneyCurrency, MinorDigitsAndCodes) {
  EXPECT_EQ(minor_digits(Currency::CNY), 2);
  EXPECT_EQ(minor_digits(Currency::USD), 2);
  EXPECT_EQ(minor_digits(Currency::EUR), 2);
  EXPECT_EQ(minor_digits(Currency::JPY), 0);
  EXPECT_EQ(minor_digits(Currency::HKD), 2);
  EXPECT_EQ(minor_digits(Currency::GBP), 2);
  EXPECT_EQ(minor_per_major(Currency::CNY), 100);
  EXPECT_EQ(minor_per_major(Currency::JPY), 1);
  EXPECT_EQ(currency_code(Currency::HKD), "HKD");
  EXPECT_EQ(currency_symbol(Currency::CNY), "\xC2\xA5");
}

TEST(MoneyCurrency, ParseIsoCode) {
  EXPECT_EQ(parse_currency("CNY"), Currency::CNY);
  EXPECT_EQ(parse_currency("usd"), Currency::USD);
  EXPECT_EQ(parse_currency(" EUR "), Currency::EUR);
  EXPECT_EQ(parse_currency("JPY"), Currency::JPY);
  EXPECT_EQ(parse_currency("gbp"), Currency::GBP);
  EXPECT_EQ(parse_currency("RMB"), Currency::CNY);
  EXPECT_FALSE(parse_currency(""));
  EXPECT_FALSE(parse_currency("CN"));
  EXPECT_FALSE(parse_currency("CNYY"));
  EXPECT_FALSE(parse_currency("XXX"));
  EXPECT_FALSE(parse_currency(std::string("CN\0", 3)));
  EXPECT_FALSE(parse_currency("\xC2\xA5"));
  EXPECT_THROW(parse_currency_or_throw("ABC"), Error);
  EXPECT_EQ(parse_currency_or_throw("hkd"), Currency::HKD);
}

TEST(MoneyArithmetic, AddAndSubtract) {
  const Money a{123456, Currency::CNY};
  const Money b{-56, Currency::CNY};
  EXPECT_EQ(checked_add(a, b), (Money{123400, Currency::CNY}));
  EXPECT_EQ(checked_sub(a, b), (Money{123512, Currency::CNY}));
  EXPECT_EQ(a + b, (Money{123400, Currency::CNY}));
  EXPECT_EQ(a - a, (Money{0, Currency::CNY}));
}

TEST(MoneyArithmetic, OverflowThrows) {
  EXPECT_THROW(checked_add(Money{kMax, Currency::USD}, Money{1, Currency::USD}), Error);
  EXPECT_THROW(checked_add(Money{kMin, Currency::USD}, Money{-1, Currency::USD}), Error);
  EXPECT_THROW(checked_sub(Money{kMin, Currency::USD}, Money{1, Currency::USD}), Error);
  EXPECT_THROW(checked_sub(Money{0, Currency::USD}, Money{kMin, Currency::USD}), Error);
  EXPECT_THROW(checked_negate(Money{kMin, Currency::USD}), Error);
  EXPECT_THROW(checked_multiply(Money{kMax / 2 + 1, Currency::USD}, 2), Error);
  EXPECT_THROW(checked_multiply(Money{-1, Currency::USD}, kMin), Error);
  EXPECT_EQ(checked_add(Money{kMax - 1, Currency::USD}, Money{1, Currency::USD}).minor, kMax);
  EXPECT_EQ(checked_sub(Money{kMin + 1, Currency::USD}, Money{1, Currency::USD}).minor, kMin);
  EXPECT_EQ(checked_multiply(Money{250, Currency::USD}, -4).minor, -1000);
}

TEST(MoneyArithmetic, MixingCurrenciesThrows) {
  EXPECT_THROW(checked_add(Money{1, Currency::USD}, Money{1, Currency::CNY}), Error);
  EXPECT_THROW(checked_sub(Money{1, Currency::EUR}, Money{1, Currency::GBP}), Error);
}

TEST(MoneyFormat, SymbolsGroupingAndNegatives) {
  EXPECT_EQ(format_money(Money{123456, Currency::CNY}), "\xC2\xA5" "1,234.56");
  EXPECT_EQ(format_money(Money{123456, Currency::USD}), "$1,234.56");
  EXPECT_EQ(format_money(Money{123456, Currency::EUR}), "\xE2\x82\xAC" "1,234.56");
  EXPECT_EQ(format_money(Money{-123456, Currency::CNY}), "-\xC2\xA5" "1,234.56");
  EXPECT_EQ(format_money(Money{1234, Currency::JPY}), "JP\xC2\xA5" "1,234");
  EXPECT_EQ(format_money(Money{100, Currency::GBP}), "\xC2\xA3" "1.00");
  EXPECT_EQ(format_money(Money{5, Currency::HKD}), "HK$0.05");
  EXPECT_EQ(format_money(Money{0, Currency::USD}), "$0.00");
  EXPECT_EQ(format_money(Money{-1, Currency::USD}), "-$0.01");
  EXPECT_EQ(format_money(Money{99999, Currency::USD}), "$999.99");
  EXPECT_EQ(format_money(Money{100000, Currency::USD}), "$1,000.00");
  EXPECT_EQ(format_money(Money{123456789012, Currency::USD}), "$1,234,567,890.12");
}

TEST(MoneyFormat, ExtremesDoNotOverflow) {
  EXPECT_EQ(format_money(Money{kMax, Currency::USD}), "$92,233,720,368,547,758.07");
  EXPECT_EQ(format_money(Money{kMin, Currency::USD}), "-$92,233,720,368,547,758.08");
  EXPECT_EQ(format_money(Money{kMin, Currency::JPY}), "-JP\xC2\xA5" "9,223,372,036,854,775,808");
}

TEST(MoneyFormat, Options) {
  FormatOptions whole;
  whole.decimals = false;
  EXPECT_EQ(format_money(Money{123456, Currency::CNY}, whole), "\xC2\xA5" "1,235");
  EXPECT_EQ(format_money(Money{123449, Currency::CNY}, whole), "\xC2\xA5" "1,234");
  EXPECT_EQ(format_money(Money{-123450, Currency::CNY}, whole), "-\xC2\xA5" "1,235");
  EXPECT_EQ(format_money(Money{-40, Currency::CNY}, whole), "\xC2\xA5" "0");  // no "-¥0"
  EXPECT_EQ(format_money(Money{kMax, Currency::USD}, whole), "$92,233,720,368,547,758");
  FormatOptions plain;
  plain.grouping = false;
  plain.symbol = false;
  EXPECT_EQ(format_money(Money{-123456, Currency::CNY}, plain), "-1234.56");
}

TEST(MoneyFormat, Compact) {
  FormatOptions compact;
  compact.compact = true;
  EXPECT_EQ(format_money(Money{123456, Currency::USD}, compact), "$1.2K");
  EXPECT_EQ(format_money(Money{100000, Currency::USD}, compact), "$1K");
  EXPECT_EQ(format_money(Money{99999, Currency::USD}, compact), "$999.99");
  EXPECT_EQ(format_money(Money{99996000, Currency::USD}, compact), "$1M");  // 999,960 rounds up
  EXPECT_EQ(format_money(Money{-250000000, Currency::CNY}, compact), "-\xC2\xA5" "2.5M");
  EXPECT_EQ(format_money(Money{123456789012345, Currency::USD}, compact), "$1.2T");
  EXPECT_EQ(format_money(Money{kMax, Currency::USD}, compact), "$92,233.7T");
  EXPECT_EQ(format_money(Money{kMin, Currency::USD}, compact), "-$92,233.7T");
  compact.compact_style = CompactStyle::Chinese;
  EXPECT_EQ(format_money(Money{1234500, Currency::CNY}, compact), "\xC2\xA5" "1.2\xE4\xB8\x87");
  EXPECT_EQ(format_money(Money{25000000000, Currency::CNY}, compact), "\xC2\xA5" "2.5\xE4\xBA\xBF");
}

TEST(MoneyFormatAmount, DoublesFromModels) {
  EXPECT_EQ(format_amount(1234.567, Currency::CNY, 2), "\xC2\xA5" "1,234.57");
  EXPECT_EQ(format_amount(1234.567, Currency::CNY), "\xC2\xA5" "1,234.57");
  EXPECT_EQ(format_amount(1234.567, Currency::JPY), "JP\xC2\xA5" "1,235");
  EXPECT_EQ(format_amount(-0.5, Currency::USD, 0), "-$1");
  EXPECT_EQ(format_amount(0.125, Currency::USD, 2), "$0.13");
  EXPECT_EQ(format_amount(999.996, Currency::USD, 2), "$1,000.00");
  EXPECT_EQ(format_amount(-0.001, Currency::USD, 2), "$0.00");
  EXPECT_EQ(format_amount(-0.0, Currency::USD, 2), "$0.00");
  EXPECT_EQ(format_amount(1.5, Currency::USD, 20), "$1.500000000");  // clamped to 9
  EXPECT_EQ(format_amount(1e20, Currency::USD, 0), "$100,000,000,000,000,000,000");
  EXPECT_EQ(format_amount(1e300, Currency::USD, 2).size(), 1u + 301u + 100u + 3u);
}

TEST(MoneyFormatAmount, NonFiniteIsADash) {
  EXPECT_EQ(format_amount(std::nan(""), Currency::CNY, 2), "\xE2\x80\x94");
  EXPECT_EQ(format_amount(INFINITY, Currency::CNY, 2), "\xE2\x80\x94");
  EXPECT_EQ(format_amount(-INFINITY, Currency::CNY, 2), "\xE2\x80\x94");
}

TEST(MoneyFormatAmount, Compact) {
  FormatOptions compact;
  compact.compact = true;
  EXPECT_EQ(format_amount(1234567.0, Currency::USD, 2, compact), "$1.2M");
  EXPECT_EQ(format_amount(-999960.0, Currency::USD, 2, compact), "-$1M");
  EXPECT_EQ(format_amount(12.5, Currency::USD, 2, compact), "$12.50");
  compact.compact_style = CompactStyle::Chinese;
  EXPECT_EQ(format_amount(35000.0, Currency::CNY, 2, compact), "\xC2\xA5" "3.5\xE4\xB8\x87");
}

TEST(MoneyParseAmount, AcceptsSpreadsheetSpellings) {
  const std::pair<const char*, double> cases[] = {
      {"1234.56", 1234.56},
      {"1,234.56", 1234.56},
      {"  1,234.56  ", 1234.56},
      {"\xC2\xA5" "1,234.56", 1234.56},
      {"\xEF\xBF\xA5" "1,234.56", 1234.56},
      {"$1,234.56", 1234.56},
      {"\xE2\x82\xAC" "1234", 1234.0},
      {"\xC2\xA5 1,234", 1234.0},
      {"RMB 1,234.50", 1234.5},
      {"CNY1234", 1234.0},
      {"1,234.50\xE5\x85\x83", 1234.5},
      {"1234 \xE5\x85\x83", 1234.0},
      {"-1,234.50", -1234.5},
      {"-\xC2\xA5" "1,234.50", -1234.5},
      {"\xC2\xA5-1,234.50", -1234.5},
      {"(1,234.50)", -1234.5},
      {"(\xC2\xA5" "1,234.50)", -1234.5},
      {"+42", 42.0},
      {"\xE2\x88\x92" "7", -7.0},  // U+2212 minus
      {"0", 0.0},
      {"-0", 0.0},
      {".5", 0.5},
      {"5.", 5.0},
      {"1,000,000", 1000000.0},
      {"123", 123.0},
      {"1.23E+11", 1.23e11},
      {"1e-2", 0.01},
      {"\xC2\xA0" "12\xE3\x80\x80", 12.0},
      {"0.1", 0.1},
      {"9007199254740993", 9007199254740992.0},
  };
  for (const auto& [text, expected] : cases) {
    const AmountResult result = parse_amount_detailed(text);
    ASSERT_TRUE(result.value.has_value()) << text << ": " << describe(result.error);
    EXPECT_DOUBLE_EQ(*result.value, expected) << text;
    EXPECT_FALSE(std::signbit(*result.value) && *result.value == 0.0) << text;
  }
  EXPECT_EQ(parse_amount("0.1"), 0.1);  // exactly the nearest double
  EXPECT_EQ(parse_amount("1234.56"), 1234.56);
}

TEST(MoneyParseAmount, ReportsCurrency) {
  EXPECT_EQ(parse_amount_detailed("$5").currency, Currency::USD);
  EXPECT_EQ(parse_amount_detailed("5\xE5\x85\x83").currency, Currency::CNY);
  EXPECT_EQ(parse_amount_detailed("HK$5").currency, Currency::HKD);
  EXPECT_EQ(parse_amount_detailed("US$5").currency, Currency::USD);
  EXPECT_EQ(parse_amount_detailed("5 EUR").currency, Currency::EUR);
  EXPECT_FALSE(parse_amount_detailed("5").currency.has_value());
}

TEST(MoneyParseAmount, RejectsGarbage) {
  const std::pair<const char*, AmountError> cases[] = {
      {"", AmountError::Empty},
      {"   ", AmountError::Empty},
      {"abc", AmountError::InvalidCharacter},
      {"NaN", AmountError::InvalidCharacter},
      {"nan", AmountError::InvalidCharacter},
      {"inf", AmountError::InvalidCharacter},
      {"-Infinity", AmountError::InvalidCharacter},
      {"1,2,3.4.5", AmountError::BadGrouping},
      {"1.2.3", AmountError::MultipleDecimalPoints},
      {"1,23", AmountError::BadGrouping},
      {"1234,567", AmountError::BadGrouping},
      {",123", AmountError::BadGrouping},
      {"1,,234", AmountError::BadGrouping},
      {"1,234,", AmountError::BadGrouping},
      {"1.234,56", AmountError::BadGrouping},
      {"--5", AmountError::MultipleSigns},
      {"+-5", AmountError::MultipleSigns},
      {"-(5)", AmountError::InvalidCharacter},
      {"(-5)", AmountError::MultipleSigns},
      {"(5", AmountError::InvalidCharacter},
      {"5)", AmountError::InvalidCharacter},
      {"()", AmountError::NoDigits},
      {"$", AmountError::NoDigits},
      {"-", AmountError::NoDigits},
      {".", AmountError::NoDigits},
      {"$$5", AmountError::MultipleCurrencies},
      {"$5\xE5\x85\x83", AmountError::MultipleCurrencies},
      {"5-", AmountError::InvalidCharacter},
      {"5%", AmountError::InvalidCharacter},
      {"1 234", AmountError::InvalidCharacter},
      {"12abc", AmountError::InvalidCharacter},
      {"1e", AmountError::BadExponent},
      {"1,000e3", AmountError::BadExponent},
      {"1e999", AmountError::OutOfRange},
      {"1e-999", AmountError::OutOfRange},
      {"0x10", AmountError::InvalidCharacter},
      {"\xFF\xFE", AmountError::InvalidCharacter},
  };
  for (const auto& [text, error] : cases) {
    const AmountResult result = parse_amount_detailed(text);
    EXPECT_FALSE(result.value.has_value()) << text << " gave " << *result.value;
    EXPECT_EQ(result.error, error) << text << ": " << describe(result.error);
    EXPECT_FALSE(parse_amount(text).has_value()) << text;
  }
  EXPECT_FALSE(parse_amount(std::string("12\0", 3)).has_value());
}

TEST(MoneyParseAmount, HugeInputNeverInfinite) {
  const std::string digits(400, '9');
  EXPECT_EQ(parse_amount_detailed(digits).error, AmountError::OutOfRange);
  const std::string long_fraction = "0." + std::string(100000, '0') + "1";
  EXPECT_EQ(parse_amount_detailed(long_fraction).error, AmountError::OutOfRange);
  const std::string many_zeros = std::string(1000000, '0') + "7";
  EXPECT_EQ(parse_amount(many_zeros), 7.0);
  const std::string garbage(1 << 20, '\x80');
  EXPECT_FALSE(parse_amount(garbage).has_value());
  const std::string big = "1" + std::string(300, '0');
  const auto value = parse_amount(big);
  ASSERT_TRUE(value.has_value());
  EXPECT_TRUE(std::isfinite(*value));
  EXPECT_NEAR(*value / 1e300, 1.0, 1e-12);
}

TEST(MoneyParseMoney, ExactMinorUnits) {
  EXPECT_EQ(parse_money("1,234.56", Currency::CNY), (Money{123456, Currency::CNY}));
  EXPECT_EQ(parse_money("\xC2\xA5" "1,234.5", Currency::CNY), (Money{123450, Currency::CNY}));
  EXPECT_EQ(parse_money("(0.01)", Currency::USD), (Money{-1, Currency::USD}));
  EXPECT_EQ(parse_money("1234", Currency::JPY), (Money{1234, Currency::JPY}));
  EXPECT_EQ(parse_money("1234.00", Currency::JPY), (Money{1234, Currency::JPY}));
  EXPECT_EQ(parse_money("1.500", Currency::USD), (Money{150, Currency::USD}));
  EXPECT_EQ(parse_money("92233720368547758.07", Currency::USD), (Money{kMax, Currency::USD}));
  EXPECT_EQ(parse_money("-92233720368547758.08", Currency::USD), (Money{kMin, Currency::USD}));
}

TEST(MoneyParseMoney, RejectsInexactOrOverflowing) {
  EXPECT_FALSE(parse_money("1.234", Currency::USD));
  EXPECT_FALSE(parse_money("1.5", Currency::JPY));
  EXPECT_FALSE(parse_money("92233720368547758.08", Currency::USD));
  EXPECT_FALSE(parse_money("-92233720368547758.09", Currency::USD));
  EXPECT_FALSE(parse_money(std::string(30, '9'), Currency::USD));
  EXPECT_FALSE(parse_money("1e3", Currency::USD));
  EXPECT_FALSE(parse_money("$5", Currency::CNY));
  EXPECT_FALSE(parse_money("", Currency::CNY));
  EXPECT_FALSE(parse_money("abc", Currency::CNY));
}

TEST(MoneyParseMoney, RoundTripsFormat) {
  const std::int64_t values[] = {0, 1, -1, 99, 100, 123456, -987654321, kMax, kMin};
  for (std::int64_t minor : values) {
    for (Currency currency : {Currency::CNY, Currency::USD, Currency::EUR, Currency::JPY, Currency::HKD, Currency::GBP}) {
      const Money money{minor, currency};
      EXPECT_EQ(parse_money(format_money(money), currency), money) << format_money(money);
    }
  }
}

}  // namespace
}  // namespace fieldbook
