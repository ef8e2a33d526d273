#pragma once
// LEB128 unsigned varints and zigzag signed integers for compact binary formats (share links).
// Reading is bounds-checked: a truncated or overlong varint returns false instead of reading on.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace fieldbook {

inline void put_varint(std::string& out, std::uint64_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<char>(v));
}

inline std::size_t varint_size(std::uint64_t v) {
  std::size_t n = 1;
  while (v >= 0x80) {
    v >>= 7;
    ++n;
  }
  return n;
}

// Reads one varint at `pos` (advanced past it). False when the bytes end first or when it has
// more than 10 bytes or does not fit 64 bits.
inline bool get_varint(std::string_view in, std::size_t& pos, std::uint64_t& out) {
  std::uint64_t v = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    if (pos >= in.size()) return false;
    const auto byte = static_cast<std::uint8_t>(in[pos++]);
    const std::uint64_t bits = byte & 0x7Fu;
    if (shift == 63 && bits > 1) return false;
    v |= bits << shift;
    if ((byte & 0x80u) == 0) {
      out = v;
      return true;
    }
  }
  return false;
}

inline std::uint64_t zigzag(std::int64_t v) {
  return (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63);
}
inline std::int64_t unzigzag(std::uint64_t v) {
  return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
}

}  // namespace fieldbook
