#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace fieldbook {

// ISO 4217 currencies the app knows.
enum class Currency : std::uint8_t { CNY, USD, EUR, JPY, HKD, GBP };

struct CurrencyInfo {
  Currency currency;
  std::string_view code;    // "CNY"
  std::string_view symbol;  // "¥"
  int minor_digits;         // 2, or 0 for JPY
};

const CurrencyInfo& currency_info(Currency currency);
std::string_view currency_code(Currency currency);
std::string_view currency_symbol(Currency currency);
int minor_digits(Currency currency);
// 10^minor_digits: 100, or 1 for JPY.
std::int64_t minor_per_major(Currency currency);

// Parses an ISO 4217 code, ignoring ASCII case and surrounding spaces ("cny", " USD ").
// "RMB" is accepted as CNY because Chinese spreadsheets use it.
std::optional<Currency> parse_currency(std::string_view code);
// Same, but throws Error naming the unknown code.
Currency parse_currency_or_throw(std::string_view code);
// A code exactly as the app writes it ("CNY", not "cny", " CNY" or "RMB", which parse_currency
// takes from spreadsheets): what a saved file must hold. kCurrencyCodeProblem says why not.
bool is_currency_code(std::string_view code);
inline constexpr const char* kCurrencyCodeProblem = "is not a supported currency code (CNY, USD, EUR, HKD, JPY, GBP)";

// An exact amount in minor units (fen, cents; whole yen for JPY).
struct Money {
  std::int64_t minor = 0;
  Currency currency = Currency::CNY;

  friend bool operator==(const Money&, const Money&) = default;
};

// Checked arithmetic: overflow or mixing currencies throws Error.
Money checked_add(Money a, Money b);
Money checked_sub(Money a, Money b);
Money checked_negate(Money a);
Money checked_multiply(Money a, std::int64_t factor);
Money operator+(Money a, Money b);
Money operator-(Money a, Money b);

// Exact decimal parse of a plain amount ("1234.56", "-1,234.5", "¥1,234.56") into minor units.
// Rejects more fraction digits than the currency has (unless they are zeros), exponents,
// a currency marker naming another currency, and amounts that do not fit in int64.
std::optional<Money> parse_money(std::string_view text, Currency currency);

enum class CompactStyle : std::uint8_t {
  Western,  // K, M, B, T
  Chinese,  // 万 (10^4), 亿 (10^8), 万亿 (10^12)
};

struct FormatOptions {
  bool decimals = true;   // false: round half away from zero to whole units
  bool grouping = true;   // thousands separators
  bool symbol = true;     // false: no currency symbol
  bool compact = false;   // "¥1.2M": one decimal, trailing ".0" dropped, below the first unit unchanged
  CompactStyle compact_style = CompactStyle::Western;
};

// "¥1,234.56", "-¥1,234.56", "$1,234.56", "€1,234.56", "JP¥1,235".
std::string format_money(Money money, const FormatOptions& options = {});

// For model outputs computed in double (ROI). decimals < 0 means the currency's minor digits;
// decimals above 9 are clamped. Non-finite values format as "—". Rounds half away from zero
// on the value as scaled by 10^decimals. Never prints "-¥0.00".
std::string format_amount(double value, Currency currency, int decimals = -1,
                          const FormatOptions& options = {});

// Why a lenient amount did not parse.
enum class AmountError : std::uint8_t {
  None,
  Empty,
  NoDigits,
  InvalidCharacter,
  MultipleSigns,
  MultipleCurrencies,
  BadGrouping,
  MultipleDecimalPoints,
  BadExponent,
  OutOfRange,
};

std::string_view describe(AmountError error);

struct AmountResult {
  std::optional<double> value;
  AmountError error = AmountError::None;
  std::optional<Currency> currency;  // if a sign or code named one (¥/￥/元/RMB → CNY)

  explicit operator bool() const { return value.has_value(); }
};

// Lenient parser for amounts in imported spreadsheets. Accepts surrounding spaces, a currency
// sign (¥ ￥ $ € £ US$ HK$) or code (RMB, CNY, USD, ...) before the number, a code or "元"
// after it, one leading minus (also "−" and "－") or plus, parentheses for negatives
// "(1,234.50)", comma thousands separators in valid groups, one decimal point, and an exponent
// as Excel writes large numbers ("1.23E+11", no grouping). Never returns NaN or infinity.
AmountResult parse_amount_detailed(std::string_view text);
std::optional<double> parse_amount(std::string_view text);

}  // namespace fieldbook
