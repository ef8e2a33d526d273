#include "common/money.h"

#include <array>
#include <limits>

#include "common/error.h"

namespace fieldbook {

namespace {

constexpr std::array<CurrencyInfo, 6> kCurrencies = {{
    {Currency::CNY, "CNY", "\xC2\xA5", 2},
    {Currency::USD, "USD", "$", 2},
    {Currency::EUR, "EUR", "\xE2\x82\xAC", 2},
    {Currency::JPY, "JPY", "JP\xC2\xA5", 0},
    {Currency::HKD, "HKD", "HK$", 2},
    {Currency::GBP, "GBP", "\xC2\xA3", 2},
}};

char ascii_upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

bool is_space(char c) { return c == ' ' || c == '\t'; }

void require_same_currency(Money a, Money b) {
  if (a.currency != b.currency) {
    throw Error("cannot combine " + std::string(currency_code(a.currency)) + " and " +
                std::string(currency_code(b.currency)) + " amounts");
  }
}

[[noreturn]] void throw_overflow(Currency currency) {
  throw Error(std::string(currency_code(currency)) + " amount is out of range");
}

}  // namespace

const CurrencyInfo& currency_info(Currency currency) {
  const auto index = static_cast<std::size_t>(currency);
  if (index >= kCurrencies.size()) throw Error("unknown currency");
  return kCurrencies[index];
}

std::string_view currency_code(Currency currency) { return currency_info(currency).code; }
std::string_view currency_symbol(Currency currency) { return currency_info(currency).symbol; }
int minor_digits(Currency currency) { return currency_info(currency).minor_digits; }

std::int64_t minor_per_major(Currency currency) {
  std::int64_t scale = 1;
  for (int i = 0; i < minor_digits(currency); ++i) scale *= 10;
  return scale;
}

std::optional<Currency> parse_currency(std::string_view code) {
  while (!code.empty() && is_space(code.front())) code.remove_prefix(1);
  while (!code.empty() && is_space(code.back())) code.remove_suffix(1);
  if (code.size() != 3) return std::nullopt;
  std::string upper;
  for (char c : code) upper.push_back(ascii_upper(c));
  if (upper == "RMB") return Currency::CNY;
  for (const CurrencyInfo& info : kCurrencies) {
    if (info.code == upper) return info.currency;
  }
  return std::nullopt;
}

Currency parse_currency_or_throw(std::string_view code) {
  if (auto currency = parse_currency(code)) return *currency;
  throw Error("unknown currency code \"" + std::string(code.substr(0, 32)) + "\"");
}

bool is_currency_code(std::string_view code) {
  const auto parsed = parse_currency(code);
  return parsed && currency_code(*parsed) == code;
}

Money checked_add(Money a, Money b) {
  require_same_currency(a, b);
  std::int64_t sum = 0;
  if (__builtin_add_overflow(a.minor, b.minor, &sum)) throw_overflow(a.currency);
  return Money{sum, a.currency};
}

Money checked_sub(Money a, Money b) {
  require_same_currency(a, b);
  std::int64_t difference = 0;
  if (__builtin_sub_overflow(a.minor, b.minor, &difference)) throw_overflow(a.currency);
  return Money{difference, a.currency};
}

Money checked_negate(Money a) {
  if (a.minor == std::numeric_limits<std::int64_t>::min()) throw_overflow(a.currency);
  return Money{-a.minor, a.currency};
}

Money checked_multiply(Money a, std::int64_t factor) {
  std::int64_t product = 0;
  if (__builtin_mul_overflow(a.minor, factor, &product)) throw_overflow(a.currency);
  return Money{product, a.currency};
}

Money operator+(Money a, Money b) { return checked_add(a, b); }
Money operator-(Money a, Money b) { return checked_sub(a, b); }

}  // namespace fieldbook
