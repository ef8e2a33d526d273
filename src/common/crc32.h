#pragma once
// CRC-32 (IEEE 802.3, the polynomial zlib and PNG use): crc32("123456789") == 0xCBF43926.
#include <cstdint>
#include <string_view>

namespace fieldbook {

// `crc` continues a previous result (0 to start).
std::uint32_t crc32(std::string_view bytes, std::uint32_t crc = 0);

}  // namespace fieldbook
