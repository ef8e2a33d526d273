#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace fieldbook {

// Result of validating UTF-8: ok, or the byte offset of the first bad sequence.
struct Utf8Check {
  bool ok = true;
  std::size_t error_offset = 0;
};

// Rejects overlong forms, surrogates (U+D800..U+DFFF), code points above U+10FFFF and
// truncated sequences.
Utf8Check validate_utf8(std::string_view text);
bool is_valid_utf8(std::string_view text);

// Decodes the code point starting at `offset` and advances `offset` past it.
// Returns nullopt (offset unchanged) on an invalid or truncated sequence or at the end.
std::optional<char32_t> decode_utf8(std::string_view text, std::size_t& offset);

// Appends the UTF-8 encoding of `cp`; throws Error for surrogates and values above U+10FFFF.
void append_utf8(std::string& out, char32_t cp);
std::string encode_utf8(char32_t cp);

// Number of code points; throws Error (with the byte offset) on invalid UTF-8.
std::size_t utf8_length(std::string_view text);

// The longest prefix of at most `max_code_points` code points; never splits a sequence.
// Invalid bytes count as one code point each, so the result is always a prefix of `text`.
std::string_view utf8_truncate(std::string_view text, std::size_t max_code_points);

// `text` with U+FFFD in place of each byte that is not part of a valid sequence (so it can go
// into JSON, which must be valid UTF-8).
std::string replace_invalid_utf8(std::string_view text);

enum class Utf16Endian { Little, Big };

// Converts UTF-16 bytes (pairs in the given byte order, surrogate pairs joined) to UTF-8.
// Throws Error naming the byte offset of an odd trailing byte or an unpaired surrogate.
std::string utf16_to_utf8(std::string_view bytes, Utf16Endian endian);

// Removes a leading UTF-8 byte order mark (EF BB BF), if any.
std::string_view strip_utf8_bom(std::string_view text);
bool has_utf8_bom(std::string_view text);

}  // namespace fieldbook
