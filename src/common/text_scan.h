#pragma once

#include <optional>
#include <string_view>

// Small cursor helpers shared by the date and timestamp parsers.
namespace fieldbook::scan {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads min_digits..max_digits ASCII digits (max_digits <= 9) from the front of `s`.
inline std::optional<int> digits(std::string_view& s, std::size_t min_digits, std::size_t max_digits) {
  std::size_t n = 0;
  int value = 0;
  while (n < s.size() && n < max_digits && is_digit(s[n])) {
    value = value * 10 + (s[n] - '0');
    ++n;
  }
  if (n < min_digits || (n < s.size() && n == max_digits && is_digit(s[n]))) return std::nullopt;
  s.remove_prefix(n);
  return value;
}

inline bool literal(std::string_view& s, std::string_view prefix) {
  if (s.substr(0, prefix.size()) != prefix) return false;
  s.remove_prefix(prefix.size());
  return true;
}

inline bool one_of(std::string_view& s, std::string_view chars, char& which) {
  if (s.empty() || chars.find(s.front()) == std::string_view::npos) return false;
  which = s.front();
  s.remove_prefix(1);
  return true;
}

inline void skip_spaces(std::string_view& s) {
  for (;;) {
    if (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
      s.remove_prefix(1);
    } else if (!literal(s, "\xC2\xA0") && !literal(s, "\xE3\x80\x80")) {
      return;
    }
  }
}

inline std::string_view trim(std::string_view s) {
  skip_spaces(s);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace fieldbook::scan
