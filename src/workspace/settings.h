#pragma once
// The user's settings, part of the workspace document.
#include <string>

namespace fieldbook::workspace {

enum class LanguagePreference { Auto, En, Zh };

struct Settings {
  LanguagePreference language = LanguagePreference::Auto;  // Auto follows the browser
  std::string currency = "CNY";                            // ISO 4217
  std::string user_name;                                   // shown on exports and in meeting mode
  std::string updated_at;                                  // ISO-8601 UTC timestamp

  bool operator==(const Settings&) const = default;
};

const char* to_string(LanguagePreference lang);              // "auto" / "en" / "zh"
bool parse_language_preference(const std::string& text, LanguagePreference& out);

}  // namespace fieldbook::workspace
