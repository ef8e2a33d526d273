#pragma once
// The browser's TextDecoder as the RFM importer's decoder for encodings the core cannot read
// itself (GBK / GB18030, what Chinese Excel writes). Chunks stream through one JS TextDecoder
// (fatal: invalid bytes are an error, never U+FFFD).
#include <memory>
#include <string_view>

#include "common/text_decoder.h"

namespace fieldbook::shell::web {

// nullptr when the browser has no decoder for `label`.
std::unique_ptr<TextDecoder> make_web_text_decoder(std::string_view label);

}  // namespace fieldbook::shell::web
