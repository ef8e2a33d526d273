#include "common/money.h"

#include <cmath>
#include <limits>
#include <string>

namespace fieldbook {

namespace {

// One amount split into its parts; digits are ASCII without separators.
struct LexedAmount {
  bool negative = false;
  std::string int_digits;
  std::string frac_digits;
  bool has_exponent = false;
  long exponent = 0;
  std::optional<Currency> currency;
  AmountError error = AmountError::None;
};

struct Token {
  std::string_view text;
  Currency currency;
};

// Longer spellings first so "HK$" wins over "$".
constexpr Token kSigns[] = {
    {"US$", Currency::USD},         {"HK$", Currency::HKD},         {"JP\xC2\xA5", Currency::JPY},
    {"\xC2\xA5", Currency::CNY},    {"\xEF\xBF\xA5", Currency::CNY}, {"$", Currency::USD},
    {"\xE2\x82\xAC", Currency::EUR}, {"\xC2\xA3", Currency::GBP},     {"\xE5\x85\x83", Currency::CNY},
};

constexpr std::string_view kMinusSigns[] = {"-", "\xE2\x88\x92", "\xEF\xBC\x8D"};
constexpr std::string_view kSpaces[] = {" ", "\t", "\xC2\xA0", "\xE3\x80\x80"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool consume(std::string_view& s, std::string_view prefix) {
  if (s.substr(0, prefix.size()) != prefix) return false;
  s.remove_prefix(prefix.size());
  return true;
}

void skip_spaces(std::string_view& s) {
  bool again = true;
  while (again) {
    again = false;
    for (std::string_view space : kSpaces) again = again || consume(s, space);
  }
}

void trim_spaces_back(std::string_view& s) {
  bool again = true;
  while (again) {
    again = false;
    for (std::string_view space : kSpaces) {
      if (s.size() >= space.size() && s.substr(s.size() - space.size()) == space) {
        s.remove_suffix(space.size());
        again = true;
      }
    }
  }
}

// A currency sign, or a three-letter code not followed by another letter.
std::optional<Currency> consume_currency(std::string_view& s) {
  for (const Token& token : kSigns) {
    if (consume(s, token.text)) return token.currency;
  }
  if (s.size() >= 3 && is_alpha(s[0]) && is_alpha(s[1]) && is_alpha(s[2]) &&
      (s.size() == 3 || !is_alpha(s[3]))) {
    if (auto currency = parse_currency(s.substr(0, 3))) {
      s.remove_prefix(3);
      return currency;
    }
  }
  return std::nullopt;
}

bool merge_currency(LexedAmount& out, std::optional<Currency> found) {
  if (!found) return true;
  if (out.currency && *out.currency != *found) {
    out.error = AmountError::MultipleCurrencies;
    return false;
  }
  out.currency = found;
  return true;
}

// Digits with optional valid comma grouping, an optional fraction and an optional exponent.
bool lex_number(std::string_view& s, LexedAmount& out) {
  bool grouped = false;
  std::size_t group_length = 0;
  bool first_group = true;
  while (!s.empty() && (is_digit(s.front()) || s.front() == ',')) {
    if (s.front() == ',') {
      if (group_length == 0 || (first_group && group_length > 3) || (!first_group && group_length != 3)) {
        out.error = AmountError::BadGrouping;
        return false;
      }
      grouped = true;
      first_group = false;
      group_length = 0;
    } else {
      out.int_digits.push_back(s.front());
      ++group_length;
    }
    s.remove_prefix(1);
  }
  if (grouped && group_length != 3) {
    out.error = AmountError::BadGrouping;
    return false;
  }
  if (!s.empty() && s.front() == '.') {
    s.remove_prefix(1);
    while (!s.empty() && is_digit(s.front())) {
      out.frac_digits.push_back(s.front());
      s.remove_prefix(1);
    }
    if (!s.empty() && (s.front() == '.' || s.front() == ',')) {
      out.error = s.front() == '.' ? AmountError::MultipleDecimalPoints : AmountError::BadGrouping;
      return false;
    }
  }
  if (out.int_digits.empty() && out.frac_digits.empty()) {
    out.error = AmountError::NoDigits;
    return false;
  }
  if (!s.empty() && (s.front() == 'e' || s.front() == 'E')) {
    s.remove_prefix(1);
    bool exponent_negative = false;
    if (!s.empty() && (s.front() == '+' || s.front() == '-')) {
      exponent_negative = s.front() == '-';
      s.remove_prefix(1);
    }
    if (grouped || s.empty() || !is_digit(s.front())) {
      out.error = AmountError::BadExponent;
      return false;
    }
    long exponent = 0;
    while (!s.empty() && is_digit(s.front())) {
      if (exponent < 100000) exponent = exponent * 10 + (s.front() - '0');
      s.remove_prefix(1);
    }
    out.has_exponent = true;
    out.exponent = exponent_negative ? -exponent : exponent;
  }
  return true;
}

LexedAmount lex_amount(std::string_view s) {
  LexedAmount out;
  skip_spaces(s);
  trim_spaces_back(s);
  if (s.empty()) {
    out.error = AmountError::Empty;
    return out;
  }
  bool parenthesised = false;
  if (s.front() == '(' || s.back() == ')') {
    if (s.size() < 2 || s.front() != '(' || s.back() != ')') {
      out.error = AmountError::InvalidCharacter;
      return out;
    }
    parenthesised = true;
    s = s.substr(1, s.size() - 2);
    skip_spaces(s);
    trim_spaces_back(s);
  }

  bool signed_explicitly = false;
  bool prefix_currency = false;
  for (;;) {
    skip_spaces(s);
    bool minus = false;
    for (std::string_view sign : kMinusSigns) minus = minus || consume(s, sign);
    if (minus || consume(s, "+")) {
      if (signed_explicitly || parenthesised) {
        out.error = AmountError::MultipleSigns;
        return out;
      }
      signed_explicitly = true;
      out.negative = minus;
      continue;
    }
    if (auto currency = consume_currency(s)) {
      if (prefix_currency) {
        out.error = AmountError::MultipleCurrencies;
        return out;
      }
      prefix_currency = true;
      out.currency = currency;
      continue;
    }
    break;
  }
  if (s.empty()) {
    out.error = AmountError::NoDigits;
    return out;
  }
  if (!is_digit(s.front()) && s.front() != '.' && s.front() != ',') {
    bool sign_later = false;
    for (std::string_view sign : kMinusSigns) sign_later = sign_later || s.substr(0, sign.size()) == sign;
    out.error = sign_later || s.front() == '+' ? AmountError::MultipleSigns : AmountError::InvalidCharacter;
    return out;
  }
  if (!lex_number(s, out)) return out;
  skip_spaces(s);
  if (!merge_currency(out, consume_currency(s))) return out;
  skip_spaces(s);
  if (!s.empty()) {
    out.error = AmountError::InvalidCharacter;
    return out;
  }
  if (parenthesised) out.negative = true;
  return out;
}

double pow10_double(long exponent) {
  static constexpr double kExact[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                      1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                      1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  return kExact[exponent];
}

// Significant digits times 10^exponent. Exact (correctly rounded) for up to 15 digits and
// |exponent| <= 22, which covers every amount a spreadsheet holds; close otherwise.
double to_double(const LexedAmount& lexed) {
  std::string digits = lexed.int_digits + lexed.frac_digits;
  long exponent = lexed.exponent - static_cast<long>(lexed.frac_digits.size());
  std::size_t first = digits.find_first_not_of('0');
  if (first == std::string::npos) return 0.0;
  std::uint64_t mantissa = 0;
  std::size_t i = first;
  for (; i < digits.size() && i - first < 19; ++i) {
    mantissa = mantissa * 10 + static_cast<std::uint64_t>(digits[i] - '0');
  }
  exponent += static_cast<long>(digits.size() - i);
  double value = static_cast<double>(mantissa);
  while (exponent > 22 && std::isfinite(value)) {
    value *= 1e22;
    exponent -= 22;
  }
  while (exponent < -22 && value != 0.0) {
    value /= 1e22;
    exponent += 22;
  }
  if (exponent >= 0 && std::isfinite(value)) {
    value *= pow10_double(exponent);
  } else if (exponent < 0 && exponent >= -22) {
    value /= pow10_double(-exponent);
  }
  return value;
}

}  // namespace

std::string_view describe(AmountError error) {
  switch (error) {
    case AmountError::None: return "ok";
    case AmountError::Empty: return "empty";
    case AmountError::NoDigits: return "no digits";
    case AmountError::InvalidCharacter: return "unexpected character";
    case AmountError::MultipleSigns: return "more than one sign";
    case AmountError::MultipleCurrencies: return "conflicting currencies";
    case AmountError::BadGrouping: return "misplaced thousands separator";
    case AmountError::MultipleDecimalPoints: return "more than one decimal point";
    case AmountError::BadExponent: return "malformed exponent";
    case AmountError::OutOfRange: return "number out of range";
  }
  return "unknown";
}

namespace {

// The common forms of an export: "-1234.50", "980", "1,280.00", "¥1280.00", "￥1,280.00",
// "(120.00)": an optional "(" (negative, closed by ")" at the end) or minus, an optional ¥ / ￥,
// ASCII digits in valid comma groups (as lex_number accepts them), an optional decimal point
// with digits, at most 18 digits in all. The same value and currency lex_amount + to_double
// give; anything else (spaces, other signs, exponents, bad grouping: errors included) is left
// to them.
bool parse_plain_amount(std::string_view text, double& out, std::optional<Currency>& currency) {
  const char* p = text.data();
  const char* end = p + text.size();
  bool negative = false;
  if (p != end && *p == '(') {
    if (end - p < 2 || end[-1] != ')') return false;
    negative = true;
    ++p;
    --end;
  } else if (p != end && *p == '-') {
    negative = true;
    ++p;
  }
  if (end - p >= 2 && static_cast<unsigned char>(p[0]) == 0xC2 && static_cast<unsigned char>(p[1]) == 0xA5) {
    currency = Currency::CNY;  // ¥
    p += 2;
  } else if (end - p >= 3 && static_cast<unsigned char>(p[0]) == 0xEF && static_cast<unsigned char>(p[1]) == 0xBF &&
             static_cast<unsigned char>(p[2]) == 0xA5) {
    currency = Currency::CNY;  // ￥
    p += 3;
  }
  std::uint64_t mantissa = 0;
  std::size_t int_digits = 0, frac_digits = 0, group = 0;
  bool grouped = false;
  while (p != end) {
    if (*p >= '0' && *p <= '9') {
      mantissa = mantissa * 10 + static_cast<std::uint64_t>(*p - '0');
      ++int_digits;
      ++group;
    } else if (*p == ',') {
      if (group == 0 || (grouped ? group != 3 : group > 3)) return false;
      grouped = true;
      group = 0;
    } else {
      break;
    }
    ++p;
  }
  if (int_digits == 0 || (grouped && group != 3)) return false;
  if (p != end && *p == '.') {
    ++p;
    while (p != end && *p >= '0' && *p <= '9') {
      mantissa = mantissa * 10 + static_cast<std::uint64_t>(*p - '0');
      ++p;
      ++frac_digits;
    }
    if (frac_digits == 0) return false;
  }
  if (p != end || int_digits + frac_digits > 18) return false;
  // to_double: double(mantissa) scaled by 10^-frac_digits (leading zeros do not change mantissa).
  double value = static_cast<double>(mantissa);
  if (frac_digits > 0) value /= pow10_double(static_cast<long>(frac_digits));
  out = value == 0.0 ? 0.0 : (negative ? -value : value);
  return true;
}

}  // namespace

AmountResult parse_amount_detailed(std::string_view text) {
  AmountResult result;
  double plain = 0;
  std::optional<Currency> plain_currency;
  if (parse_plain_amount(text, plain, plain_currency)) {
    result.value = plain;
    result.currency = plain_currency;
    return result;
  }
  const LexedAmount lexed = lex_amount(text);
  result.currency = lexed.currency;
  if (lexed.error != AmountError::None) {
    result.error = lexed.error;
    return result;
  }
  const double magnitude = to_double(lexed);
  const bool nonzero_digits = (lexed.int_digits + lexed.frac_digits).find_first_not_of('0') != std::string::npos;
  if (!std::isfinite(magnitude) || (magnitude == 0.0 && nonzero_digits)) {
    result.error = AmountError::OutOfRange;
    return result;
  }
  result.value = magnitude == 0.0 ? 0.0 : (lexed.negative ? -magnitude : magnitude);
  return result;
}

std::optional<double> parse_amount(std::string_view text) { return parse_amount_detailed(text).value; }

std::optional<Money> parse_money(std::string_view text, Currency currency) {
  const LexedAmount lexed = lex_amount(text);
  if (lexed.error != AmountError::None || lexed.has_exponent) return std::nullopt;
  if (lexed.currency && *lexed.currency != currency) return std::nullopt;
  const auto digits = static_cast<std::size_t>(minor_digits(currency));
  std::string_view fraction = lexed.frac_digits;
  if (fraction.size() > digits) {
    if (fraction.substr(digits).find_first_not_of('0') != std::string_view::npos) return std::nullopt;
    fraction = fraction.substr(0, digits);
  }
  // Accumulate the magnitude as a negative number so INT64_MIN fits.
  std::int64_t value = 0;
  auto push_digit = [&value](char c) {
    return !__builtin_mul_overflow(value, 10, &value) && !__builtin_sub_overflow(value, c - '0', &value);
  };
  for (char c : lexed.int_digits) {
    if (!push_digit(c)) return std::nullopt;
  }
  for (std::size_t i = 0; i < digits; ++i) {
    if (!push_digit(i < fraction.size() ? fraction[i] : '0')) return std::nullopt;
  }
  if (!lexed.negative) {
    if (value == std::numeric_limits<std::int64_t>::min()) return std::nullopt;
    value = -value;
  }
  return Money{value, currency};
}

}  // namespace fieldbook
