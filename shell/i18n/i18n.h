#pragma once
// The i18n catalog: every UI string is a key of `S`, looked up in the current language with tr().
// Keys are an enum (a typo does not compile); the table is strings.inc.
#include <string_view>

namespace fieldbook::shell {

enum class Language { En, Zh };

enum class S {
#define FB_STRING(key, en, zh) key,
#include "i18n/strings.inc"
#undef FB_STRING
  Count_
};

// The language every tr() answers in.
void set_language(Language lang);
Language language();

const char* tr(S key);
const char* tr(S key, Language lang);

// "zh", "zh-CN", "zh-Hans-CN", "zh-TW" … → Zh; anything else → En.
Language language_from_locale(std::string_view locale);
const char* language_code(Language lang);  // "en" / "zh"

}  // namespace fieldbook::shell
