#pragma once
// The CLI's TextDecoder for encodings the core has no table for (GBK/GB18030), on glibc iconv.
#include <memory>
#include <string_view>

#include "common/text_decoder.h"

namespace fieldbook::cli {

// A decoder from `label` (e.g. "gb18030") to UTF-8, or nullptr when iconv does not know it.
std::unique_ptr<TextDecoder> make_iconv_decoder(std::string_view label);

}  // namespace fieldbook::cli
