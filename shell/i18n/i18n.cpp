#include "i18n/i18n.h"

#include <cstddef>

namespace fieldbook::shell {
namespace {

struct Entry {
  const char* en;
  const char* zh;
};

constexpr Entry kStrings[] = {
#define FB_STRING(key, en, zh) {en, zh},
#include "i18n/strings.inc"
#undef FB_STRING
};
static_assert(sizeof(kStrings) / sizeof(kStrings[0]) == static_cast<std::size_t>(S::Count_));

Language g_language = Language::En;

}  // namespace

void set_language(Language lang) { g_language = lang; }
Language language() { return g_language; }

const char* tr(S key, Language lang) {
  const auto i = static_cast<std::size_t>(key);
  if (i >= static_cast<std::size_t>(S::Count_)) return "";
  return lang == Language::Zh ? kStrings[i].zh : kStrings[i].en;
}

const char* tr(S key) { return tr(key, g_language); }

Language language_from_locale(std::string_view locale) {
  if (locale.size() >= 2 && (locale[0] == 'z' || locale[0] == 'Z') && (locale[1] == 'h' || locale[1] == 'H') &&
      (locale.size() == 2 || locale[2] == '-' || locale[2] == '_'))
    return Language::Zh;
  return Language::En;
}

}  // namespace fieldbook::shell
