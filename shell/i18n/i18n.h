#pragma once
// The i18n catalog: every UI string is a key of `S`, looked up in the current language with tr().
// Keys are an enum (a typo does not compile); the table is strings.inc.
#include <string_view>

#include "common/localized_text.h"

namespace fieldbook::shell {

// One notion of language for the app and the core (common/localized_text.h).
using fieldbook::Language;
using fieldbook::language_code;  // "en" / "zh"

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

// A text with a count in it: English says "1 day" but "2 days", so the catalogue has a key for
// one (FooOne, the same words as Foo in Chinese) beside the key for any other count.
inline const char* tr_count(S key, S key_one, long long count) { return tr(count == 1 ? key_one : key); }

// "zh", "zh-CN", "zh-Hans-CN", "zh-TW" … → Zh; anything else → En.
Language language_from_locale(std::string_view locale);

}  // namespace fieldbook::shell
