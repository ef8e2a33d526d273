#include "roi/share_link.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <type_traits>
#include <utility>

#include "common/base64url.h"
#include "common/crc32.h"
#include "common/lz_pack.h"
#include "common/utf8.h"
#include "common/varint.h"
#include "roi/case_schema.h"

namespace fieldbook::roi {
namespace {

using json::IsOptional;
using json::IsVector;
using json::NamedEnum;

constexpr double kPow10[] = {1.0, 10.0, 100.0, 1e3, 1e4, 1e5, 1e6};
constexpr int kRawDouble = 7;
constexpr double kMaxExact = 9007199254740992.0;  // 2^53

[[noreturn]] void fail(ShareLinkFault fault, std::string message) { throw ShareLinkError(fault, std::move(message)); }

// ---------------------------------------------------------------- the record, written

class RecordWriter {
 public:
  explicit RecordWriter(std::string& out) : out_(out) {}

  template <class T>
  void operator()(const char* name, const T& value) {
    name_ = name;
    write(value);
  }
  // The fields the file gained after the link's format was fixed (the case's owner) stay out of
  // the link: a case opened from a link is the receiver's own.
  template <class T>
  void operator()(const char*, const T&, json::MayBeAbsent) {}

 private:
  template <class T>
  void write(const T& value) {
    if constexpr (IsOptional<T>::value) {
      out_.push_back(value ? '\1' : '\0');
      if (value) write(*value);
    } else if constexpr (std::is_same_v<T, std::string>) {
      put_varint(out_, value.size());
      out_ += value;
    } else if constexpr (std::is_same_v<T, bool>) {
      out_.push_back(value ? '\1' : '\0');
    } else if constexpr (NamedEnum<T>) {
      const auto& values = json::EnumNames<T>::values;
      std::uint64_t index = 0;
      for (std::size_t i = 0; i < std::size(values); ++i) {
        if (values[i].value == value) index = i;
      }
      put_varint(out_, index);
    } else if constexpr (std::is_integral_v<T>) {
      put_varint(out_, zigzag(static_cast<std::int64_t>(value)));
    } else if constexpr (std::is_floating_point_v<T>) {
      write_number(static_cast<double>(value));
    } else if constexpr (IsVector<T>::value) {
      put_varint(out_, value.size());
      for (const auto& item : value) write(item);
    } else {
      visit(*this, const_cast<T&>(value));  // visit() is shared with the reader, hence non-const
    }
  }

  void write_number(double v) {
    if (!std::isfinite(v)) throw Error::at_path(name_, "is not a finite number, so the case cannot be shared");
    if (!(v == 0.0 && std::signbit(v))) {
      for (int k = 0; k < kRawDouble; ++k) {
        const double scaled = std::nearbyint(v * kPow10[k]);
        if (!(std::fabs(scaled) < kMaxExact)) break;
        const auto m = static_cast<std::int64_t>(scaled);
        if (static_cast<double>(m) / kPow10[k] == v) {
          put_varint(out_, zigzag(m) << 3 | static_cast<std::uint64_t>(k));
          return;
        }
      }
    }
    put_varint(out_, kRawDouble);
    std::uint64_t bits = 0;
    std::memcpy(&bits, &v, sizeof bits);  // std::bit_cast is not in Emscripten 3.1.6's libc++
    for (int i = 0; i < 8; ++i) out_.push_back(static_cast<char>((bits >> (8 * i)) & 0xFFu));
  }

  std::string& out_;
  const char* name_ = "";
};

// ---------------------------------------------------------------- the record, read

// Reads what RecordWriter wrote, checking every byte; anything unexpected is an invalid case.
class RecordReader {
 public:
  explicit RecordReader(std::string_view in) : in_(in) {}

  template <class T>
  void operator()(const char* name, T& out) {
    name_ = name;
    read(out);
  }
  template <class T>
  void operator()(const char*, T&, json::MayBeAbsent) {}  // not in a link (RecordWriter)

  void finish() const {
    if (pos_ != in_.size()) bad("bytes are left over after the case");
  }

 private:
  [[noreturn]] void bad(const std::string& what) const {
    fail(ShareLinkFault::invalid_case, "this link does not hold a valid Fieldbook ROI case (" + what + ")");
  }

  std::uint64_t varint() {
    std::uint64_t v = 0;
    if (!get_varint(in_, pos_, v)) bad(std::string(name_) + ": a number is cut off");
    return v;
  }

  std::uint8_t byte() {
    if (pos_ >= in_.size()) bad(std::string(name_) + ": the case ends too early");
    return static_cast<std::uint8_t>(in_[pos_++]);
  }

  bool flag() {
    const std::uint8_t b = byte();
    if (b > 1) bad(std::string(name_) + ": must be 0 or 1");
    return b == 1;
  }

  template <class T>
  void read(T& out) {
    if constexpr (IsOptional<T>::value) {
      if (flag()) {
        typename T::value_type inner{};
        read(inner);
        out = std::move(inner);
      } else {
        out.reset();
      }
    } else if constexpr (std::is_same_v<T, std::string>) {
      const std::uint64_t n = varint();
      if (n > in_.size() - pos_) bad(std::string(name_) + ": the text is longer than the case");
      const std::string_view s = in_.substr(pos_, static_cast<std::size_t>(n));
      if (!is_valid_utf8(s)) bad(std::string(name_) + ": the text is not valid UTF-8");
      if (utf8_length(s) > json::kMaxStringLength) bad(std::string(name_) + ": the text is too long");
      out.assign(s);
      pos_ += static_cast<std::size_t>(n);
    } else if constexpr (std::is_same_v<T, bool>) {
      out = flag();
    } else if constexpr (NamedEnum<T>) {
      const auto& values = json::EnumNames<T>::values;
      const std::uint64_t index = varint();
      if (index >= std::size(values)) bad(std::string(name_) + ": unknown choice");
      out = values[index].value;
    } else if constexpr (std::is_integral_v<T>) {
      const std::int64_t v = unzigzag(varint());
      if (v < static_cast<std::int64_t>(std::numeric_limits<T>::min()) ||
          v > static_cast<std::int64_t>(std::numeric_limits<T>::max()))
        bad(std::string(name_) + ": out of range");
      out = static_cast<T>(v);
    } else if constexpr (std::is_floating_point_v<T>) {
      out = static_cast<T>(number());
    } else if constexpr (IsVector<T>::value) {
      const std::uint64_t n = varint();
      // Every item takes at least one byte, so a count larger than what is left is a lie.
      if (n > kShareMaxItems || n > in_.size() - pos_) bad(std::string(name_) + ": too many entries");
      out.clear();
      out.reserve(static_cast<std::size_t>(n));
      for (std::uint64_t i = 0; i < n; ++i) {
        typename T::value_type item{};
        read(item);
        out.push_back(std::move(item));
      }
    } else {
      visit(*this, out);
    }
  }

  double number() {
    const std::uint64_t u = varint();
    const int k = static_cast<int>(u & 7u);
    if (k == kRawDouble) {
      if ((u >> 3) != 0) bad(std::string(name_) + ": malformed number");
      std::uint64_t bits = 0;
      for (int i = 0; i < 8; ++i) bits |= static_cast<std::uint64_t>(byte()) << (8 * i);
      double v = 0;
      std::memcpy(&v, &bits, sizeof v);
      if (!std::isfinite(v)) bad(std::string(name_) + ": not a finite number");
      return v;
    }
    const std::int64_t m = unzigzag(u >> 3);
    if (!(std::fabs(static_cast<double>(m)) < kMaxExact)) bad(std::string(name_) + ": number out of range");
    return static_cast<double>(m) / kPow10[k];
  }

  std::string_view in_;
  std::size_t pos_ = 0;
  const char* name_ = "";
};

// ---------------------------------------------------------------- the frame

void put_u32le(std::string& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFFu));
}

std::uint32_t get_u32le(std::string_view in, std::size_t pos) {
  std::uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v |= static_cast<std::uint32_t>(static_cast<std::uint8_t>(in[pos + i])) << (8 * i);
  return v;
}

std::uint32_t frame_crc(std::string_view frame_without_crc) {
  const char version = kShareVersion;
  return crc32(frame_without_crc, crc32(std::string_view(&version, 1)));
}

std::string kb(std::size_t bytes) { return std::to_string((bytes + 1023) / 1024) + " KB"; }

}  // namespace

std::string encode_share_link(const Case& c) {
  const std::vector<Problem> problems = validate(c);
  if (!problems.empty()) {
    fail(ShareLinkFault::invalid_case, "this case cannot be shared until it is valid: " + problems.front().text());
  }
  Case shared = c;
  std::erase_if(shared.notes, [](const Note& n) { return n.internal; });

  std::string record;
  {
    RecordWriter writer(record);
    visit(writer, shared);
  }
  if (record.size() > kShareMaxRecordBytes) {
    fail(ShareLinkFault::too_large, "this case is too large to share as a link (" + kb(record.size()) +
                                        " of text; the limit is 64 KB): shorten its labels or notes");
  }
  const std::string packed = lz_pack(record);
  std::string frame;
  put_varint(frame, record.size());
  put_varint(frame, packed.size());
  frame += packed;
  put_u32le(frame, frame_crc(frame));

  std::string payload(1, kShareVersion);
  payload += base64url_encode(frame);
  if (payload.size() > kShareMaxLinkChars) {
    fail(ShareLinkFault::too_large, "this case is too large to share as a link (" + kb(payload.size()) +
                                        "; the limit is 8 KB): shorten its labels or notes");
  }
  return payload;
}

Case decode_share_link(std::string_view payload) {
  if (payload.size() > kShareMaxLinkChars) fail(ShareLinkFault::too_long, "the link is too long (over 8 KB)");
  if (payload.empty()) fail(ShareLinkFault::not_fieldbook, "this link is not a Fieldbook ROI link (it is empty)");
  const char version = payload.front();
  if (version > kShareVersion && version <= '9') {
    fail(ShareLinkFault::newer_version, "this link was made by a newer Fieldbook: update this app to open it");
  }
  if (version != kShareVersion) fail(ShareLinkFault::not_fieldbook, "this link is not a Fieldbook ROI link");
  const auto decoded = base64url_decode(payload.substr(1));
  if (!decoded) {
    fail(ShareLinkFault::not_fieldbook,
         "this link is not a Fieldbook ROI link (it holds characters such links never have)");
  }
  const std::string_view frame = decoded->bytes;

  const auto cut_off = [] { fail(ShareLinkFault::cut_off, "this link is cut off: copy the whole link and open it again"); };
  const auto damaged = [] {
    fail(ShareLinkFault::damaged, "this link is damaged (its checksum does not match): ask for the link again");
  };
  std::size_t pos = 0;
  std::uint64_t raw_size = 0, packed_size = 0;
  for (std::uint64_t* field : {&raw_size, &packed_size}) {
    if (!get_varint(frame, pos, *field)) {
      if (pos >= frame.size()) cut_off();
      damaged();
    }
  }
  const std::size_t rest = frame.size() - pos;
  if (packed_size > rest || rest - packed_size < 4) cut_off();
  if (rest - packed_size > 4) damaged();
  const std::size_t crc_at = pos + static_cast<std::size_t>(packed_size);
  if (decoded->non_canonical || get_u32le(frame, crc_at) != frame_crc(frame.substr(0, crc_at))) damaged();

  // The checksum matched: from here on a problem is not damage but a link no Fieldbook made.
  if (raw_size == 0 || raw_size > kShareMaxRecordBytes) {
    fail(ShareLinkFault::invalid_case, "this link does not hold a valid Fieldbook ROI case (its size is out of range)");
  }
  const auto record = lz_unpack(frame.substr(pos, static_cast<std::size_t>(packed_size)), static_cast<std::size_t>(raw_size));
  if (!record) fail(ShareLinkFault::invalid_case, "this link does not hold a valid Fieldbook ROI case (it does not unpack)");

  Case c;
  RecordReader reader(*record);
  visit(reader, c);
  reader.finish();
  for (const Note& n : c.notes) {
    if (n.internal) fail(ShareLinkFault::invalid_case, "this link does not hold a valid Fieldbook ROI case (it holds an internal note)");
  }
  const std::vector<Problem> problems = validate(c);
  if (!problems.empty()) {
    fail(ShareLinkFault::invalid_case, "this link does not hold a valid Fieldbook ROI case (" + problems.front().text() + ")");
  }
  return c;
}

}  // namespace fieldbook::roi
