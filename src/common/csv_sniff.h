#pragma once

#include <cstddef>

// Shared by detect_delimiter and CsvParser so that a parser fed in chunks decides the
// delimiter from exactly the lines detect_delimiter would read in the whole text.
namespace fieldbook::csv_detail {

inline constexpr std::size_t kSniffBytes = 64 * 1024;
inline constexpr std::size_t kSniffLines = 20;

// Counts non-empty lines, ignoring line breaks between quotes (every quote toggles, since
// the delimiter that would tell a field's start is not known yet).
struct LineCounter {
  bool in_quotes = false;
  bool line_has_text = false;
  std::size_t lines = 0;

  // True when `c` ends a non-empty line.
  bool step(char c) {
    if (c == '"') {
      in_quotes = !in_quotes;
    } else if (!in_quotes && (c == '\n' || c == '\r')) {
      if (!line_has_text) return false;
      line_has_text = false;
      ++lines;
      return true;
    }
    line_has_text = true;
    return false;
  }
};

}  // namespace fieldbook::csv_detail
