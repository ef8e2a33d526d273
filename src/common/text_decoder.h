#pragma once
// Decoding text in an encoding the core has no table for. The core decodes UTF-8 and UTF-16
// itself; GBK / GB18030 (what Chinese Excel writes) comes from the platform: the CLI makes a
// decoder on iconv, the browser one on its TextDecoder. Readers (the RFM importer) take a
// DecoderFactory and ask it for a decoder by the encoding's label.
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace fieldbook {

// A streaming decoder to UTF-8. decode() appends the UTF-8 of `bytes` to `out`; an incomplete
// trailing sequence is kept for the next call; with `last` it is an error. Throws Error on bytes
// that are not valid in the encoding (with the byte offset when known).
class TextDecoder {
 public:
  virtual ~TextDecoder() = default;
  virtual void decode(std::string_view bytes, bool last, std::string& out) = 0;
};

// Makes a decoder for an encoding label ("gb18030"); returns nullptr when unsupported.
using DecoderFactory = std::function<std::unique_ptr<TextDecoder>(std::string_view label)>;

}  // namespace fieldbook
