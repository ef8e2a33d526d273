#include "rfm/encoding.h"

#include <algorithm>
#include <string>

#include "common/error.h"
#include "common/utf8.h"

namespace fieldbook::rfm {

std::string_view to_string(Encoding encoding) {
  switch (encoding) {
    case Encoding::Auto: return "auto";
    case Encoding::Utf8: return "utf-8";
    case Encoding::Utf8Bom: return "utf-8-bom";
    case Encoding::Utf16LE: return "utf-16le";
    case Encoding::Utf16BE: return "utf-16be";
    case Encoding::Gb18030: return "gb18030";
  }
  return "utf-8";
}

namespace {

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

std::optional<Encoding> parse_encoding(std::string_view text) {
  const std::string t = lower_ascii(text);
  if (t == "auto") return Encoding::Auto;
  if (t == "utf-8" || t == "utf8") return Encoding::Utf8;
  if (t == "utf-8-bom" || t == "utf8-bom" || t == "utf-8-sig") return Encoding::Utf8Bom;
  if (t == "utf-16le" || t == "utf16le" || t == "utf-16") return Encoding::Utf16LE;
  if (t == "utf-16be" || t == "utf16be") return Encoding::Utf16BE;
  if (t == "gbk" || t == "gb2312" || t == "gb18030" || t == "cp936") return Encoding::Gb18030;
  return std::nullopt;
}

EncodingGuess detect_encoding(std::string_view head, bool complete) {
  EncodingGuess g;
  auto starts = [&](std::string_view p) { return head.substr(0, p.size()) == p; };
  if (starts("\xEF\xBB\xBF")) return {Encoding::Utf8Bom, 3, false};
  if (starts("\xFF\xFE")) return {Encoding::Utf16LE, 2, false};
  if (starts("\xFE\xFF")) return {Encoding::Utf16BE, 2, false};
  // UTF-16 without a BOM: ASCII text has a zero in every other byte.
  const std::size_t n = std::min<std::size_t>(head.size(), 4096);
  std::size_t zero_even = 0, zero_odd = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (head[i] == '\0') ++((i % 2 == 0) ? zero_even : zero_odd);
  }
  if (n >= 4) {
    const std::size_t half = n / 2;
    if (zero_odd * 10 >= half * 4 && zero_even * 10 < half) return {Encoding::Utf16LE, 0, false};
    if (zero_even * 10 >= half * 4 && zero_odd * 10 < half) return {Encoding::Utf16BE, 0, false};
  }
  if (zero_even + zero_odd > 0) {
    g.binary = true;
    return g;
  }
  const Utf8Check check = validate_utf8(head);
  if (check.ok) return g;
  if (!complete && head.size() - check.error_offset < 4) {
    // The sample may end inside a sequence: valid up to there counts as UTF-8.
    std::size_t off = check.error_offset;
    if (!decode_utf8(head, off)) {
      const unsigned char lead = static_cast<unsigned char>(head[check.error_offset]);
      const std::size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
      if (need > 1 && check.error_offset + need > head.size()) return g;
    }
  }
  // Mostly valid UTF-8 with a few bad bytes is a UTF-8 file with some rows in another encoding
  // (those rows are reported); GBK text almost never forms valid multi-byte UTF-8 sequences.
  std::size_t valid_multibyte = 0, invalid = 0;
  for (std::size_t i = 0; i < head.size();) {
    const std::size_t start = i;
    if (decode_utf8(head, i)) {
      if (i - start > 1) ++valid_multibyte;
    } else {
      if (!complete && head.size() - start < 4) break;  // cut at the end of the sample
      ++invalid;
      ++i;
    }
  }
  if (valid_multibyte >= 2 * invalid) return g;
  g.encoding = Encoding::Gb18030;
  return g;
}

namespace {

class Utf16Decoder final : public TextDecoder {
 public:
  explicit Utf16Decoder(bool little) : little_(little) {}

  void decode(std::string_view bytes, bool last, std::string& out) override {
    std::size_t i = 0;
    auto byte = [&](std::size_t k) -> unsigned {
      return k < carry_.size() ? static_cast<unsigned char>(carry_[k])
                               : static_cast<unsigned char>(bytes[k - carry_.size()]);
    };
    const std::size_t total = carry_.size() + bytes.size();
    while (i + 1 < total) {
      const unsigned b0 = byte(i), b1 = byte(i + 1);
      const char32_t u = little_ ? (b0 | (b1 << 8)) : ((b0 << 8) | b1);
      if (u >= 0xD800 && u <= 0xDBFF) {
        if (i + 3 >= total) break;  // wait for the low surrogate
        const unsigned c0 = byte(i + 2), c1 = byte(i + 3);
        const char32_t lo = little_ ? (c0 | (c1 << 8)) : ((c0 << 8) | c1);
        if (lo < 0xDC00 || lo > 0xDFFF) throw Error("UTF-16: unpaired surrogate at byte " + std::to_string(offset_ + i));
        append_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
        i += 4;
      } else if (u >= 0xDC00 && u <= 0xDFFF) {
        throw Error("UTF-16: unpaired surrogate at byte " + std::to_string(offset_ + i));
      } else {
        append_utf8(out, u);
        i += 2;
      }
    }
    std::string rest;
    for (std::size_t k = i; k < total; ++k) rest.push_back(static_cast<char>(byte(k)));
    offset_ += i;
    carry_ = std::move(rest);
    if (last && !carry_.empty()) throw Error("UTF-16: the file ends inside a character");
  }

 private:
  bool little_;
  std::string carry_;
  std::size_t offset_ = 0;
};

}  // namespace

std::unique_ptr<TextDecoder> make_builtin_decoder(Encoding encoding) {
  if (encoding == Encoding::Utf16LE) return std::make_unique<Utf16Decoder>(true);
  if (encoding == Encoding::Utf16BE) return std::make_unique<Utf16Decoder>(false);
  return nullptr;
}

}  // namespace fieldbook::rfm
