#pragma once
// Shared by the GROW tests: a text given in both languages really is in both.
#include <gtest/gtest.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "common/localized_text.h"
#include "common/utf8.h"

namespace fieldbook::grow::testing {

// Whether the text has a Chinese character (CJK Unified Ideographs and Extension A).
inline bool has_han(std::string_view text) {
  std::size_t offset = 0;
  while (offset < text.size()) {
    const std::optional<char32_t> cp = decode_utf8(text, offset);
    if (!cp) return false;
    if ((*cp >= 0x4E00 && *cp <= 0x9FFF) || (*cp >= 0x3400 && *cp <= 0x4DBF)) return true;
  }
  return false;
}

// Both texts are set, valid UTF-8, different, the Chinese one in Chinese and the English one not:
// a text left in the wrong field or copied across fails.
inline void expect_bilingual(const LocalizedText& text, const std::string& where) {
  EXPECT_FALSE(text.en.empty()) << where;
  EXPECT_FALSE(text.zh.empty()) << where;
  EXPECT_NE(text.en, text.zh) << where;
  EXPECT_TRUE(is_valid_utf8(text.en)) << where;
  EXPECT_TRUE(is_valid_utf8(text.zh)) << where;
  EXPECT_TRUE(has_han(text.zh)) << where << ": " << text.zh;
  EXPECT_FALSE(has_han(text.en)) << where << ": " << text.en;
}

}  // namespace fieldbook::grow::testing
