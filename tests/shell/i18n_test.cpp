// The i18n catalog (shell/i18n/strings*.inc): every string in both languages, with the same printf
// conversions in the same order (a string used as a format gets its arguments in that order in
// both languages), each said by some code, and the browser's locale picking the language.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "i18n/i18n.h"

using namespace fieldbook::shell;

namespace {

constexpr const char* kKeys[] = {
#define FB_STRING(key, en, zh) #key,
#include "i18n/strings.inc"
#undef FB_STRING
};
static_assert(std::size(kKeys) == static_cast<std::size_t>(S::Count_));

// The printf conversions in `text`, in order ("%s", "%.1f", "%zu"). "%%" and a percent sign that
// begins no conversion ("0% to 100%", "（年化 %）", "(% a year)") are text.
std::vector<std::string> conversions(std::string_view text) {
  const auto in = [&](std::size_t j, std::string_view set) { return j < text.size() && set.find(text[j]) != set.npos; };
  std::vector<std::string> out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') continue;
    if (in(i + 1, "%")) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    while (in(j, "-+#0")) ++j;
    while (in(j, "0123456789*")) ++j;
    if (in(j, ".")) {
      ++j;
      while (in(j, "0123456789*")) ++j;
    }
    while (in(j, "hlLjzt")) ++j;
    if (in(j, "diouxXeEfFgGaAcspn")) {
      out.emplace_back(text.substr(i, j - i + 1));
      i = j;
    }
  }
  return out;
}

}  // namespace

TEST(I18n, ConversionsAreFoundAndPercentSignsAreText) {
  using V = std::vector<std::string>;
  EXPECT_EQ(conversions("%s of %s customers"), (V{"%s", "%s"}));
  EXPECT_EQ(conversions("%d rows, %.1f%%, %zu, %-8s"), (V{"%d", "%.1f", "%zu", "%-8s"}));
  EXPECT_EQ(conversions("must be between 0% and 100% a year"), V{});
  EXPECT_EQ(conversions("折现率（年化 %）"), V{});
  EXPECT_EQ(conversions("Discount rate (% a year)"), V{});
  EXPECT_EQ(conversions("+20%"), V{});
}

TEST(I18n, EveryStringHasBothLanguages) {
  for (int i = 0; i < int(S::Count_); ++i) {
    EXPECT_STRNE(tr(S(i), Language::En), "") << kKeys[i];
    EXPECT_STRNE(tr(S(i), Language::Zh), "") << kKeys[i];
  }
}

TEST(I18n, BothLanguagesHaveTheSameConversionsInTheSameOrder) {
  for (int i = 0; i < int(S::Count_); ++i) {
    const char* en = tr(S(i), Language::En);
    const char* zh = tr(S(i), Language::Zh);
    EXPECT_EQ(conversions(en), conversions(zh)) << kKeys[i] << ":\n  " << en << "\n  " << zh;
  }
}

// A count's text for one ("FooOne"): the same conversions as the text for any other count, the
// same Chinese (Chinese has one form), and English that differs (the singular).
TEST(I18n, EachTextForOneMatchesItsTextForMany) {
  int pairs = 0;
  for (int i = 0; i < int(S::Count_); ++i) {
    const std::string_view key = kKeys[i];
    if (!key.ends_with("One") || key.ends_with("OneOnOne")) continue;
    const std::string many(key.substr(0, key.size() - 3));
    int j = 0;
    while (j < int(S::Count_) && kKeys[j] != many) ++j;
    ASSERT_LT(j, int(S::Count_)) << key << " has no " << many;
    ++pairs;
    EXPECT_EQ(conversions(tr(S(i), Language::En)), conversions(tr(S(j), Language::En))) << key;
    EXPECT_STREQ(tr(S(i), Language::Zh), tr(S(j), Language::Zh)) << key;
    EXPECT_STRNE(tr(S(i), Language::En), tr(S(j), Language::En)) << key;
    EXPECT_STREQ(tr_count(S(j), S(i), 1), tr(S(i))) << key;
    EXPECT_STREQ(tr_count(S(j), S(i), 0), tr(S(j))) << key;
    EXPECT_STREQ(tr_count(S(j), S(i), 2), tr(S(j))) << key;
  }
  EXPECT_GE(pairs, 12);
}

// Every string of the catalogue is said somewhere: the shell's code names it (S::Key), or it is a
// later member of a numbered run that the code reaches from the first (MonthShort1 + month - 1).
TEST(I18n, EveryStringIsUsed) {
  std::string code;
  for (const auto& f : std::filesystem::recursive_directory_iterator(FIELDBOOK_SHELL_SOURCES)) {
    const auto ext = f.path().extension();
    if (ext != ".cpp" && ext != ".h") continue;
    std::ifstream in(f.path(), std::ios::binary);
    code.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  ASSERT_GT(code.size(), 100'000u) << "the shell's sources were not found";
  for (const char* key : kKeys) {
    std::string k = key;
    if (code.find("S::" + k) != std::string::npos) continue;
    const auto digits = k.find_last_not_of("0123456789") + 1;
    if (digits < k.size() && code.find("S::" + k.substr(0, digits) + "1") != std::string::npos) continue;
    ADD_FAILURE() << key << " is in the catalogue but no code says it";
  }
}

TEST(I18n, LocalesMapToTheirLanguage) {
  EXPECT_EQ(language_from_locale("zh-CN"), Language::Zh);
  EXPECT_EQ(language_from_locale("zh-Hans-CN"), Language::Zh);
  EXPECT_EQ(language_from_locale("zh"), Language::Zh);
  EXPECT_EQ(language_from_locale("en-US"), Language::En);
  EXPECT_EQ(language_from_locale("zu"), Language::En);
  EXPECT_EQ(language_from_locale(""), Language::En);
}
