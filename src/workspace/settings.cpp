#include "workspace/settings.h"

namespace fieldbook::workspace {

const char* to_string(LanguagePreference lang) {
  switch (lang) {
    case LanguagePreference::En: return "en";
    case LanguagePreference::Zh: return "zh";
    case LanguagePreference::Auto: break;
  }
  return "auto";
}

bool parse_language_preference(const std::string& text, LanguagePreference& out) {
  if (text == "auto") out = LanguagePreference::Auto;
  else if (text == "en") out = LanguagePreference::En;
  else if (text == "zh") out = LanguagePreference::Zh;
  else return false;
  return true;
}

}  // namespace fieldbook::workspace
