#include "common/utf8.h"

#include <cstdint>
#include <cstring>

#include "common/error.h"

namespace fieldbook {

namespace {

constexpr char32_t kMaxCodePoint = 0x10FFFF;

bool is_surrogate(char32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

std::string code_point_name(char32_t cp) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string digits;
  for (auto v = static_cast<std::uint32_t>(cp); v != 0 || digits.size() < 4; v >>= 4) {
    digits.insert(digits.begin(), kHex[v & 0xF]);
  }
  return "U+" + digits;
}

unsigned char byte_at(std::string_view text, std::size_t i) {
  return static_cast<unsigned char>(text[i]);
}

// Decodes one sequence at `offset`; returns its length (0 if invalid) and the code point.
std::size_t decode_one(std::string_view text, std::size_t offset, char32_t& cp) {
  const std::size_t size = text.size();
  if (offset >= size) return 0;
  const unsigned char lead = byte_at(text, offset);
  if (lead < 0x80) {
    cp = lead;
    return 1;
  }
  std::size_t length = 0;
  char32_t min = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2;
    cp = lead & 0x1Fu;
    min = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3;
    cp = lead & 0x0Fu;
    min = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4;
    cp = lead & 0x07u;
    min = 0x10000;
  } else {
    return 0;
  }
  if (size - offset < length) return 0;
  for (std::size_t i = 1; i < length; ++i) {
    const unsigned char next = byte_at(text, offset + i);
    if ((next & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (next & 0x3Fu);
  }
  if (cp < min || cp > kMaxCodePoint || is_surrogate(cp)) return 0;
  return length;
}

}  // namespace

Utf8Check validate_utf8(std::string_view text) {
  // Hot in imports (every text field of every row): ASCII is skipped 8 bytes at a time (and a
  // word with a non-ASCII byte jumps straight to it), runs of 3-byte sequences (CJK) are checked
  // in their own loop, and the multi-byte forms follow the ranges of RFC 3629 (no overlongs, no
  // surrogates, nothing above U+10FFFF), which is what decode_one accepts.
  static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "the ASCII skip reads words little-endian");
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  std::size_t i = 0;
  auto cont = [p](std::size_t k) { return (p[k] & 0xC0) == 0x80; };
  while (i < size) {
    if (size - i >= 8) {
      std::uint64_t w;
      std::memcpy(&w, p + i, 8);
      const std::uint64_t high = w & 0x8080808080808080ull;
      if (high == 0) {
        i += 8;
        continue;
      }
      i += static_cast<std::size_t>(__builtin_ctzll(high)) >> 3;  // the first non-ASCII byte
    }
    unsigned char lead = p[i];
    if (lead < 0x80) {
      ++i;
    } else if ((lead & 0xF0) == 0xE0) {
      // 3-byte sequences, usually a run of them (Chinese text).
      do {
        // Two at a time from one word: leads E1..EC / EE..EF (E0 and ED have narrower second
        // bytes: checked one by one below), each followed by two continuation bytes.
        while (size - i >= 8) {
          std::uint64_t w;
          std::memcpy(&w, p + i, 8);
          if ((w & 0x0000C0C0F0C0C0F0ull) != 0x00008080E08080E0ull) break;
          const unsigned l0 = static_cast<unsigned>(w) & 0x0Fu, l1 = static_cast<unsigned>(w >> 24) & 0x0Fu;
          if (l0 == 0 || l0 == 0xD || l1 == 0 || l1 == 0xD) break;
          i += 6;
        }
        if (i >= size || ((lead = p[i]) & 0xF0) != 0xE0) break;
        if (size - i < 3) return Utf8Check{false, i};
        const unsigned char b1 = p[i + 1];
        const unsigned two = static_cast<unsigned>(b1) | (static_cast<unsigned>(p[i + 2]) << 8);
        if ((two & 0xC0C0u) != 0x8080u) return Utf8Check{false, i};
        if ((lead == 0xE0 && b1 < 0xA0) || (lead == 0xED && b1 > 0x9F)) return Utf8Check{false, i};
        i += 3;
      } while (i < size && ((lead = p[i]) & 0xF0) == 0xE0);
    } else if (lead >= 0xC2 && lead <= 0xDF) {
      if (size - i < 2 || !cont(i + 1)) return Utf8Check{false, i};
      i += 2;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      if (size - i < 4 || !cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return Utf8Check{false, i};
      const unsigned char b1 = p[i + 1];
      if ((lead == 0xF0 && b1 < 0x90) || (lead == 0xF4 && b1 > 0x8F)) return Utf8Check{false, i};
      i += 4;
    } else {
      return Utf8Check{false, i};
    }
  }
  return Utf8Check{};
}

bool is_valid_utf8(std::string_view text) { return validate_utf8(text).ok; }

std::optional<char32_t> decode_utf8(std::string_view text, std::size_t& offset) {
  char32_t cp = 0;
  const std::size_t n = decode_one(text, offset, cp);
  if (n == 0) return std::nullopt;
  offset += n;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp > kMaxCodePoint || is_surrogate(cp)) {
    throw Error("cannot encode " + code_point_name(cp) + " as UTF-8");
  }
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string encode_utf8(char32_t cp) {
  std::string out;
  append_utf8(out, cp);
  return out;
}

std::size_t utf8_length(std::string_view text) {
  std::size_t count = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    char32_t cp = 0;
    const std::size_t n = decode_one(text, i, cp);
    if (n == 0) throw Error("invalid UTF-8 at byte " + std::to_string(i));
    i += n;
    ++count;
  }
  return count;
}

std::string replace_invalid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t j = i;
    if (decode_utf8(text, j)) {
      out.append(text.substr(i, j - i));
      i = j;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  return out;
}

std::string_view utf8_truncate(std::string_view text, std::size_t max_code_points) {
  std::size_t i = 0;
  std::size_t count = 0;
  while (i < text.size() && count < max_code_points) {
    char32_t cp = 0;
    const std::size_t n = decode_one(text, i, cp);
    i += n == 0 ? 1 : n;
    ++count;
  }
  return text.substr(0, i);
}

std::string utf16_to_utf8(std::string_view bytes, Utf16Endian endian) {
  if (bytes.size() % 2 != 0) {
    throw Error("UTF-16 text has an odd number of bytes; stray byte at offset " +
                std::to_string(bytes.size() - 1));
  }
  auto unit_at = [&](std::size_t i) -> char32_t {
    const char32_t a = byte_at(bytes, i);
    const char32_t b = byte_at(bytes, i + 1);
    return endian == Utf16Endian::Little ? (b << 8) | a : (a << 8) | b;
  };
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 2);
  std::size_t i = 0;
  while (i < bytes.size()) {
    const char32_t unit = unit_at(i);
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      if (i + 2 >= bytes.size()) {
        throw Error("unpaired UTF-16 high surrogate at byte " + std::to_string(i));
      }
      const char32_t low = unit_at(i + 2);
      if (low < 0xDC00 || low > 0xDFFF) {
        throw Error("unpaired UTF-16 high surrogate at byte " + std::to_string(i));
      }
      append_utf8(out, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
      i += 4;
    } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
      throw Error("unpaired UTF-16 low surrogate at byte " + std::to_string(i));
    } else {
      append_utf8(out, unit);
      i += 2;
    }
  }
  return out;
}

bool has_utf8_bom(std::string_view text) {
  return text.size() >= 3 && byte_at(text, 0) == 0xEF && byte_at(text, 1) == 0xBB &&
         byte_at(text, 2) == 0xBF;
}

std::string_view strip_utf8_bom(std::string_view text) {
  return has_utf8_bom(text) ? text.substr(3) : text;
}

}  // namespace fieldbook
