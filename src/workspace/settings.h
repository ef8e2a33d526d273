#pragma once
// The user's settings, part of the workspace document.
#include <string>

namespace fieldbook::workspace {

enum class LanguagePreference { Auto, En, Zh };

struct Settings {
  LanguagePreference language = LanguagePreference::Auto;  // Auto follows the browser
  std::string currency = "CNY";                            // ISO 4217
  std::string user_name;                                   // shown on exports and in meeting mode
  // This workspace's owner: made on the first visit and kept, so a manager's copy of a rep's
  // records knows whose they are (team_import.h). "" in a file written before schema 6.
  std::string owner_id;
  std::string updated_at;                                  // ISO-8601 UTC timestamp

  bool operator==(const Settings&) const = default;
};

const char* to_string(LanguagePreference lang);              // "auto" / "en" / "zh"
bool parse_language_preference(const std::string& text, LanguagePreference& out);

}  // namespace fieldbook::workspace
