#include "common/csv.h"

namespace fieldbook {

std::string csv_escape(std::string_view field, char delimiter) {
  if (delimiter == 0) delimiter = ',';
  bool needs_quotes = false;
  for (char c : field) {
    if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
      needs_quotes = true;
      break;
    }
  }
  if (!needs_quotes) return std::string(field);
  std::string out;
  out.reserve(field.size() + 2);
  out.push_back('"');
  for (char c : field) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

std::string csv_text_cell(std::string_view text, char delimiter) {
  if (text.empty()) return {};
  switch (text.front()) {
    case '=': case '+': case '-': case '@': case '\t': case '\r':
      return csv_escape("'" + std::string(text), delimiter);
    default:
      return csv_escape(text, delimiter);
  }
}

}  // namespace fieldbook
