#pragma once
// The languages Fieldbook speaks, and the core's own texts in both of them: the ROI templates'
// names and labels, the importer's questions, the RFM segments' labels and actions. The app and
// the command line pick a text's language with LocalizedText::in; a text with no Chinese is shown
// in English. (The app's own UI strings are its i18n catalog, shell/i18n.)
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace fieldbook {

enum class Language { En, Zh };

// "en" / "zh".
constexpr const char* language_code(Language lang) { return lang == Language::Zh ? "zh" : "en"; }

// "en" → En, "zh" → Zh; anything else is none.
constexpr std::optional<Language> parse_language(std::string_view code) {
  if (code == "en") return Language::En;
  if (code == "zh") return Language::Zh;
  return std::nullopt;
}

struct LocalizedText {
  std::string en;
  std::string zh;

  // The text in `lang`: the Chinese one unless it is empty, else the English one.
  const std::string& in(Language lang) const& { return lang == Language::Zh && !zh.empty() ? zh : en; }
  // On a temporary (segment_label(...).in(lang)): a copy, never a reference into it.
  std::string in(Language lang) && { return std::move(lang == Language::Zh && !zh.empty() ? zh : en); }

  bool operator==(const LocalizedText&) const = default;
};

}  // namespace fieldbook
