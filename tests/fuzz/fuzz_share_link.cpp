// Share-link decoding (src/roi/share_link.h) on any input: it never crashes, never reads out of
// bounds, never allocates without bound, and only ever throws ShareLinkError. A link that
// decodes re-encodes to a link that decodes to the same case (compared as workspace JSON).
// Re-encoding may refuse a decoded case as too large: a forged link can pack its text tighter
// than our encoder does; nothing else may fail. Its QR code is made too.
//
// The CRC-32 in every link stops almost all mutated links before the unpacker and the record
// reader, so the first input byte picks what the rest is:
//   '#'  a record (the case's fields in the link's binary layout), framed as a valid link;
//   '$'  two bytes of unpacked size, then an LZ stream, framed as a valid link;
//   else the link's payload as it is (seeds: tests/fuzz/seeds/fuzz_share_link).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "common/base64url.h"
#include "common/crc32.h"
#include "common/lz_pack.h"
#include "common/qr_code.h"
#include "common/varint.h"
#include "roi/share_link.h"
#include "common/json_writer.h"
#include "roi/case_schema.h"

namespace {

// A version-1 payload around a packed record, with a checksum that matches.
std::string frame_payload(std::string_view packed, std::size_t raw_size) {
  std::string frame;
  fieldbook::put_varint(frame, raw_size);
  fieldbook::put_varint(frame, packed.size());
  frame += packed;
  const std::uint32_t crc = fieldbook::crc32(frame, fieldbook::crc32("1"));
  for (int i = 0; i < 4; ++i) frame.push_back(static_cast<char>((crc >> (8 * i)) & 0xFFu));
  return "1" + fieldbook::base64url_encode(frame);
}

void check(std::string_view payload) {
  using namespace fieldbook::roi;
  Case decoded;
  try {
    decoded = decode_share_link(payload);
  } catch (const ShareLinkError&) {
    return;
  }
  std::string again;
  try {
    again = encode_share_link(decoded);
  } catch (const ShareLinkError& e) {
    if (e.fault() == ShareLinkFault::too_large) return;
    std::fprintf(stderr, "a decoded case did not re-encode: %s\n", e.what());
    std::abort();
  }
  // The link's QR code (the ROI case's "QR code" dialog): a code of the right size, or none only
  // when the link is longer than any code holds.
  const auto qr = fieldbook::make_qr_code(again);
  if (qr ? (qr->size != 17 + 4 * qr->version || qr->modules.size() != std::size_t(qr->size) * qr->size)
         : again.size() <= fieldbook::kQrMaxBytes) {
    std::fprintf(stderr, "the QR code of a %zu-byte link is wrong\n", again.size());
    std::abort();
  }
  const Case back = decode_share_link(again);  // throws (and so fails) if our own link is refused
  if (fieldbook::json::write_json(back, 0) != fieldbook::json::write_json(decoded, 0)) {
    std::fprintf(stderr, "the re-encoded link decodes to a different case\n");
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  if (!in.empty() && in[0] == '#') {
    const std::string_view record = in.substr(1);
    check(frame_payload(fieldbook::lz_pack(record), record.size()));
  } else if (in.size() >= 3 && in[0] == '$') {
    const std::size_t raw = static_cast<std::uint8_t>(in[1]) | static_cast<std::size_t>(static_cast<std::uint8_t>(in[2])) << 8;
    check(frame_payload(in.substr(3), raw));
  } else {
    check(in);
  }
  return 0;
}
