#pragma once
// A JSON string literal for text that is valid UTF-8 already: quotes, backslashes and control
// characters escaped. For the small JSON answers built by hand (the page's test API), where a
// writer object would be more code than the answer.
#include <cstdio>
#include <string>
#include <string_view>

namespace fieldbook {

inline std::string json_string(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof(buf), "\\u%04x", static_cast<unsigned>(c));
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

}  // namespace fieldbook
