#pragma once
// The text encoding of an imported file: detected from its first bytes (UTF-8 BOM, UTF-16 LE/BE
// BOM, UTF-16 without BOM by its zero bytes, valid UTF-8, else GBK/GB18030), or named by the
// person. UTF-8 and UTF-16 are decoded in the core; GBK needs a TextDecoder from the platform
// (common/text_decoder.h).
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>

#include "common/text_decoder.h"

namespace fieldbook::rfm {

enum class Encoding : std::uint8_t { Auto, Utf8, Utf8Bom, Utf16LE, Utf16BE, Gb18030 };

std::string_view to_string(Encoding encoding);           // "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "gb18030"
std::optional<Encoding> parse_encoding(std::string_view);  // also "utf8", "gbk", "gb2312", "utf-16", "auto"

struct EncodingGuess {
  Encoding encoding = Encoding::Utf8;
  std::size_t bom_bytes = 0;
  bool binary = false;  // NUL bytes in text that is not UTF-16: not a CSV
};

// Looks at the first bytes of a file. `complete` says `head` is the whole file (so a truncated
// UTF-8 sequence at its end is an error rather than a chunk boundary).
EncodingGuess detect_encoding(std::string_view head, bool complete);

// The decoders the core has itself (UTF-16 LE/BE); nullptr for others.
std::unique_ptr<TextDecoder> make_builtin_decoder(Encoding encoding);

}  // namespace fieldbook::rfm
