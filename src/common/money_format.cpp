#include "common/money.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <span>

namespace fieldbook {

namespace {

struct CompactUnit {
  std::uint64_t size;
  std::string_view suffix;
};

constexpr CompactUnit kWesternUnits[] = {
    {1000ULL, "K"}, {1000000ULL, "M"}, {1000000000ULL, "B"}, {1000000000000ULL, "T"}};
constexpr CompactUnit kChineseUnits[] = {
    {10000ULL, "\xE4\xB8\x87"}, {100000000ULL, "\xE4\xBA\xBF"}, {1000000000000ULL, "\xE4\xB8\x87\xE4\xBA\xBF"}};

std::span<const CompactUnit> compact_units(CompactStyle style) {
  if (style == CompactStyle::Chinese) return kChineseUnits;
  return kWesternUnits;
}

std::uint64_t pow10_u64(int digits) {
  std::uint64_t p = 1;
  for (int i = 0; i < digits; ++i) p *= 10;
  return p;
}

std::string digits_of(std::uint64_t value) {
  std::string out;
  do {
    out.push_back(static_cast<char>('0' + value % 10));
    value /= 10;
  } while (value != 0);
  std::reverse(out.begin(), out.end());
  return out;
}

// Decimal digits of a non-negative integral double; exact below 2^64, beyond that only the
// leading digits are meaningful (as for any double).
std::string digits_of(double integral) {
  if (integral < 18446744073709551616.0) return digits_of(static_cast<std::uint64_t>(integral));
  std::string out;
  while (integral >= 1.0) {
    const double digit = std::fmod(integral, 10.0);
    out.push_back(static_cast<char>('0' + static_cast<int>(digit)));
    integral = (integral - digit) / 10.0;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

std::string group(const std::string& digits, bool grouping) {
  if (!grouping || digits.size() <= 3) return digits;
  std::string out;
  out.reserve(digits.size() + digits.size() / 3);
  const std::size_t lead = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
  out.append(digits, 0, lead);
  for (std::size_t i = lead; i < digits.size(); i += 3) {
    out.push_back(',');
    out.append(digits, i, 3);
  }
  return out;
}

std::string pad_fraction(std::uint64_t fraction, int digits) {
  std::string text = digits_of(fraction);
  if (text.size() < static_cast<std::size_t>(digits)) {
    text.insert(0, static_cast<std::size_t>(digits) - text.size(), '0');
  }
  return text;
}

bool has_nonzero_digit(const std::string& number) {
  return std::any_of(number.begin(), number.end(), [](char c) { return c >= '1' && c <= '9'; });
}

std::string assemble(bool negative, Currency currency, const FormatOptions& options,
                     const std::string& number) {
  std::string out;
  if (negative && has_nonzero_digit(number)) out.push_back('-');
  if (options.symbol) out.append(currency_symbol(currency));
  out.append(number);
  return out;
}

std::string compact_number(std::uint64_t tenths, std::string_view suffix, bool grouping) {
  std::string number = group(digits_of(tenths / 10), grouping);
  if (tenths % 10 != 0) {
    number.push_back('.');
    number.push_back(static_cast<char>('0' + tenths % 10));
  }
  number.append(suffix);
  return number;
}

}  // namespace

std::string format_money(Money money, const FormatOptions& options) {
  const bool negative = money.minor < 0;
  const std::uint64_t magnitude =
      negative ? 0 - static_cast<std::uint64_t>(money.minor) : static_cast<std::uint64_t>(money.minor);
  const int digits = minor_digits(money.currency);
  const std::uint64_t scale = pow10_u64(digits);

  if (options.compact) {
    const auto units = compact_units(options.compact_style);
    for (std::size_t i = 0; i < units.size(); ++i) {
      const std::uint64_t unit_minor = units[i].size * scale;
      const std::uint64_t q = magnitude / unit_minor;
      const std::uint64_t r = magnitude % unit_minor;
      if (i == 0 && q == 0) break;  // below the first unit: shown in full
      const std::uint64_t tenths = q * 10 + (r * 10 + unit_minor / 2) / unit_minor;
      const bool last = i + 1 == units.size();
      if (!last && tenths >= units[i + 1].size / units[i].size * 10) continue;
      return assemble(negative, money.currency, options,
                      compact_number(tenths, units[i].suffix, options.grouping));
    }
  }

  std::uint64_t whole = magnitude / scale;
  const std::uint64_t fraction = magnitude % scale;
  std::string number;
  if (!options.decimals || digits == 0) {
    if (fraction * 2 >= scale && digits != 0) ++whole;
    number = group(digits_of(whole), options.grouping);
  } else {
    number = group(digits_of(whole), options.grouping) + "." + pad_fraction(fraction, digits);
  }
  return assemble(negative, money.currency, options, number);
}

std::string format_amount(double value, Currency currency, int decimals,
                          const FormatOptions& options) {
  if (!std::isfinite(value)) return "\xE2\x80\x94";
  if (decimals < 0) decimals = minor_digits(currency);
  decimals = std::min(decimals, 9);
  if (!options.decimals) decimals = 0;
  const bool negative = std::signbit(value);
  const double magnitude = std::fabs(value);

  if (options.compact) {
    const auto units = compact_units(options.compact_style);
    for (std::size_t i = 0; i < units.size(); ++i) {
      const auto unit = static_cast<double>(units[i].size);
      if (i == 0 && magnitude < unit) break;
      const double tenths = std::round(magnitude / unit * 10.0);
      const bool last = i + 1 == units.size();
      const double next_step = last ? 0.0 : static_cast<double>(units[i + 1].size) / unit;
      if (!last && tenths >= next_step * 10.0) continue;
      std::string number = group(digits_of(std::floor(tenths / 10.0)), options.grouping);
      const int tenth = static_cast<int>(std::fmod(tenths, 10.0));
      if (tenth != 0) {
        number.push_back('.');
        number.push_back(static_cast<char>('0' + tenth));
      }
      number.append(units[i].suffix);
      return assemble(negative, currency, options, number);
    }
  }

  double whole = std::floor(magnitude);
  const std::uint64_t scale = pow10_u64(decimals);
  // magnitude - whole is exact, so rounding the fraction alone avoids scaling large values.
  auto fraction = static_cast<std::uint64_t>(std::round((magnitude - whole) * static_cast<double>(scale)));
  if (fraction >= scale) {
    whole += 1.0;
    fraction -= scale;
  }
  std::string number = group(digits_of(whole), options.grouping);
  if (decimals > 0) number += "." + pad_fraction(fraction, decimals);
  return assemble(negative, currency, options, number);
}

}  // namespace fieldbook
