#include "common/utf8.h"

#include <gtest/gtest.h>

#include <string>

#include "common/error.h"

namespace fieldbook {
namespace {

TEST(Utf8Validate, AcceptsAsciiChineseAndEmoji) {
  EXPECT_TRUE(is_valid_utf8(""));
  EXPECT_TRUE(is_valid_utf8("plain ascii"));
  EXPECT_TRUE(is_valid_utf8("\xE5\xAE\xA2\xE6\x88\xB7"));   // 客户
  EXPECT_TRUE(is_valid_utf8("\xF0\x9F\x98\x80"));           // U+1F600
  EXPECT_TRUE(is_valid_utf8("\xF4\x8F\xBF\xBF"));           // U+10FFFF
  EXPECT_TRUE(is_valid_utf8("\xEF\xBF\xBF"));               // U+FFFF
  EXPECT_TRUE(is_valid_utf8(std::string("a\0b", 3)));       // NUL is a valid code point
}

struct BadCase {
  std::string bytes;
  std::size_t offset;
};

TEST(Utf8Validate, RejectsMalformedSequencesAtTheirOffset) {
  const BadCase cases[] = {
      {"\x80", 0},                      // lone continuation byte
      {"ab\xC0\x80", 2},                // overlong NUL
      {"\xC1\xBF", 0},                  // overlong 2-byte
      {"\xE0\x80\x80", 0},              // overlong 3-byte
      {"\xE0\x9F\xBF", 0},              // overlong U+07FF
      {"\xF0\x80\x80\x80", 0},          // overlong 4-byte
      {"\xF0\x8F\xBF\xBF", 0},          // overlong U+FFFF
      {"x\xED\xA0\x80", 1},             // surrogate U+D800
      {"\xED\xBF\xBF", 0},              // surrogate U+DFFF
      {"\xF4\x90\x80\x80", 0},          // U+110000
      {"\xF5\x80\x80\x80", 0},          // lead byte beyond range
      {"\xFF", 0},
      {"\xFE", 0},
      {"abc\xE5\xAE", 3},               // truncated at the end
      {"\xE5\xAE" "a", 0},              // truncated before ASCII
      {"ok\xF0\x9F\x98", 2},            // truncated emoji
      {"\xE5\xAE\xA2\xC3", 3},          // valid then truncated
  };
  for (const BadCase& c : cases) {
    const Utf8Check check = validate_utf8(c.bytes);
    EXPECT_FALSE(check.ok) << testing::PrintToString(c.bytes);
    EXPECT_EQ(check.error_offset, c.offset) << testing::PrintToString(c.bytes);
  }
}

TEST(Utf8Validate, EveryCodePointRoundTrips) {
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) {
      EXPECT_THROW(encode_utf8(cp), Error);
      continue;
    }
    const std::string bytes = encode_utf8(cp);
    ASSERT_TRUE(is_valid_utf8(bytes)) << static_cast<unsigned>(cp);
    std::size_t offset = 0;
    const auto decoded = decode_utf8(bytes, offset);
    ASSERT_TRUE(decoded.has_value());
    ASSERT_EQ(*decoded, cp);
    ASSERT_EQ(offset, bytes.size());
  }
  EXPECT_THROW(encode_utf8(0x110000), Error);
}

TEST(Utf8Validate, EncodedLengths) {
  EXPECT_EQ(encode_utf8(0x7F).size(), 1u);
  EXPECT_EQ(encode_utf8(0x80).size(), 2u);
  EXPECT_EQ(encode_utf8(0x7FF).size(), 2u);
  EXPECT_EQ(encode_utf8(0x800).size(), 3u);
  EXPECT_EQ(encode_utf8(0xFFFF).size(), 3u);
  EXPECT_EQ(encode_utf8(0x10000).size(), 4u);
  EXPECT_EQ(encode_utf8(0x5BA2), "\xE5\xAE\xA2");
}

TEST(Utf8Decode, StopsOnInvalidWithoutAdvancing) {
  const std::string text = "a\xE5\xAE\xA2\xC0\x80";
  std::size_t offset = 0;
  EXPECT_EQ(decode_utf8(text, offset), U'a');
  EXPECT_EQ(decode_utf8(text, offset), U'\u5BA2');
  EXPECT_EQ(offset, 4u);
  EXPECT_FALSE(decode_utf8(text, offset).has_value());
  EXPECT_EQ(offset, 4u);
  std::size_t end = text.size();
  EXPECT_FALSE(decode_utf8(text, end).has_value());
}

TEST(Utf8Length, CountsCodePointsAndThrowsOnInvalid) {
  EXPECT_EQ(utf8_length(""), 0u);
  EXPECT_EQ(utf8_length("abc"), 3u);
  EXPECT_EQ(utf8_length("\xE5\xAE\xA2\xE6\x88\xB7 A"), 4u);
  EXPECT_EQ(utf8_length("\xF0\x9F\x98\x80"), 1u);
  try {
    utf8_length("ab\xFF");
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("byte 2"), std::string::npos) << e.what();
  }
}

TEST(Utf8Truncate, NeverSplitsASequence) {
  const std::string text = "\xE5\xAE\xA2\xE6\x88\xB7\xF0\x9F\x98\x80x";  // 客户😀x
  EXPECT_EQ(utf8_truncate(text, 0), "");
  EXPECT_EQ(utf8_truncate(text, 1), "\xE5\xAE\xA2");
  EXPECT_EQ(utf8_truncate(text, 2), "\xE5\xAE\xA2\xE6\x88\xB7");
  EXPECT_EQ(utf8_truncate(text, 3), "\xE5\xAE\xA2\xE6\x88\xB7\xF0\x9F\x98\x80");
  EXPECT_EQ(utf8_truncate(text, 4), text);
  EXPECT_EQ(utf8_truncate(text, 1000), text);
  for (std::size_t n = 0; n < 6; ++n) EXPECT_TRUE(is_valid_utf8(utf8_truncate(text, n)));
}

TEST(Utf8Truncate, InvalidBytesCountAsOneEach) {
  EXPECT_EQ(utf8_truncate("\xFF\xFE" "ab", 2), "\xFF\xFE");
  EXPECT_EQ(utf8_truncate("\xE5\xAE", 1), "\xE5");
}

TEST(Utf16, LittleAndBigEndianWithSurrogatePairs) {
  // "A客😀" = 0041 5BA2 D83D DE00
  const std::string le("\x41\x00\xA2\x5B\x3D\xD8\x00\xDE", 8);
  const std::string be("\x00\x41\x5B\xA2\xD8\x3D\xDE\x00", 8);
  const std::string expected = "A\xE5\xAE\xA2\xF0\x9F\x98\x80";
  EXPECT_EQ(utf16_to_utf8(le, Utf16Endian::Little), expected);
  EXPECT_EQ(utf16_to_utf8(be, Utf16Endian::Big), expected);
  EXPECT_EQ(utf16_to_utf8("", Utf16Endian::Little), "");
  EXPECT_EQ(utf16_to_utf8(std::string("\x00\x00", 2), Utf16Endian::Big), std::string(1, '\0'));
}

void expect_utf16_error(const std::string& bytes, Utf16Endian endian, const std::string& offset_text) {
  try {
    utf16_to_utf8(bytes, endian);
    FAIL() << "no error for " << testing::PrintToString(bytes);
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find(offset_text), std::string::npos) << e.what();
  }
}

TEST(Utf16, InvalidInputThrowsWithOffset) {
  expect_utf16_error(std::string("\x41\x00\x42", 3), Utf16Endian::Little, "offset 2");
  expect_utf16_error(std::string("\x41\x00\x3D\xD8", 4), Utf16Endian::Little, "byte 2");   // high at end
  expect_utf16_error(std::string("\x3D\xD8\x41\x00", 4), Utf16Endian::Little, "byte 0");   // high + BMP
  expect_utf16_error(std::string("\x00\x41\xDE\x00", 4), Utf16Endian::Big, "byte 2");      // lone low
  expect_utf16_error(std::string("\xD8\x3D\xD8\x3D", 4), Utf16Endian::Big, "byte 0");      // high + high
}

TEST(Utf8Bom, Strip) {
  EXPECT_EQ(strip_utf8_bom("\xEF\xBB\xBF" "name,spend"), "name,spend");
  EXPECT_EQ(strip_utf8_bom("name"), "name");
  EXPECT_EQ(strip_utf8_bom("\xEF\xBB"), "\xEF\xBB");
  EXPECT_EQ(strip_utf8_bom(""), "");
  EXPECT_EQ(strip_utf8_bom("\xEF\xBB\xBF\xEF\xBB\xBF"), "\xEF\xBB\xBF");  // only one
  EXPECT_TRUE(has_utf8_bom("\xEF\xBB\xBF"));
}

TEST(Utf8Validate, HugeInput) {
  std::string big;
  for (int i = 0; i < 1000000; ++i) big += "\xE5\xAE\xA2";
  EXPECT_TRUE(is_valid_utf8(big));
  EXPECT_EQ(utf8_length(big), 1000000u);
  big.push_back('\xE5');
  const Utf8Check check = validate_utf8(big);
  EXPECT_FALSE(check.ok);
  EXPECT_EQ(check.error_offset, 3000000u);
}

}  // namespace
}  // namespace fieldbook
