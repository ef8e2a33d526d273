#include "common/lz_pack.h"

#include <cstdint>
#include <vector>

#include "common/varint.h"

namespace fieldbook {
namespace {

constexpr int kHashBits = 12;
constexpr int kMaxChain = 64;  // candidates tried per position: plenty for texts of a few KB
constexpr std::size_t kNone = static_cast<std::size_t>(-1);

std::uint32_t hash3(std::string_view s, std::size_t i) {
  const std::uint32_t v = static_cast<std::uint32_t>(static_cast<std::uint8_t>(s[i])) |
                          static_cast<std::uint32_t>(static_cast<std::uint8_t>(s[i + 1])) << 8 |
                          static_cast<std::uint32_t>(static_cast<std::uint8_t>(s[i + 2])) << 16;
  return (v * 2654435761u) >> (32 - kHashBits);
}

void flush_literals(std::string& out, std::string_view in, std::size_t from, std::size_t to) {
  if (to > from) {
    put_varint(out, (static_cast<std::uint64_t>(to - from - 1)) << 1);
    out.append(in.substr(from, to - from));
  }
}

}  // namespace

std::string lz_pack(std::string_view in) {
  std::string out;
  std::vector<std::size_t> head(std::size_t{1} << kHashBits, kNone);
  std::vector<std::size_t> prev(in.size(), kNone);
  auto insert = [&](std::size_t i) {
    if (i + kLzMinMatch > in.size()) return;
    const std::uint32_t h = hash3(in, i);
    prev[i] = head[h];
    head[h] = i;
  };

  std::size_t literal_start = 0;
  std::size_t i = 0;
  while (i < in.size()) {
    std::size_t best_len = 0, best_dist = 0;
    if (i + kLzMinMatch <= in.size()) {
      std::size_t cand = head[hash3(in, i)];
      for (int n = 0; n < kMaxChain && cand != kNone; ++n, cand = prev[cand]) {
        std::size_t len = 0;
        while (i + len < in.size() && in[cand + len] == in[i + len]) ++len;
        if (len > best_len) {
          best_len = len;
          best_dist = i - cand;
        }
      }
    }
    // A match must be cheaper than the literals it replaces.
    const bool take = best_len >= kLzMinMatch &&
                      varint_size((best_len - kLzMinMatch) << 1 | 1) + varint_size(best_dist - 1) < best_len;
    if (!take) {
      insert(i);
      ++i;
      continue;
    }
    flush_literals(out, in, literal_start, i);
    put_varint(out, (static_cast<std::uint64_t>(best_len - kLzMinMatch) << 1) | 1u);
    put_varint(out, best_dist - 1);
    for (std::size_t k = 0; k < best_len; ++k) insert(i + k);
    i += best_len;
    literal_start = i;
  }
  flush_literals(out, in, literal_start, in.size());
  return out;
}

std::optional<std::string> lz_unpack(std::string_view packed, std::size_t size) {
  std::string out;
  out.reserve(size);
  std::size_t pos = 0;
  while (pos < packed.size()) {
    std::uint64_t t = 0;
    if (!get_varint(packed, pos, t)) return std::nullopt;
    const std::uint64_t n = t >> 1;
    if ((t & 1u) == 0) {
      if (n >= size - out.size() || n >= packed.size() - pos) return std::nullopt;  // n + 1 bytes
      out.append(packed.substr(pos, n + 1));
      pos += n + 1;
    } else {
      std::uint64_t d = 0;
      if (!get_varint(packed, pos, d)) return std::nullopt;
      if (n > size - out.size() || kLzMinMatch > size - out.size() - n) return std::nullopt;
      if (d >= out.size()) return std::nullopt;
      const std::size_t len = n + kLzMinMatch;
      std::size_t from = out.size() - static_cast<std::size_t>(d) - 1;
      for (std::size_t k = 0; k < len; ++k) out.push_back(out[from + k]);
    }
  }
  if (out.size() != size) return std::nullopt;
  return out;
}

}  // namespace fieldbook
