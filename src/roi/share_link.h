#pragma once
// Share links: an ROI case carried in a URL fragment, `…/#roi=<payload>`. The fragment never
// reaches a server (browsers do not send what follows '#'), so the case goes from one device to
// another without leaving them. The app reads the prefix `#roi=` (kShareLinkPrefix) in the page's
// JavaScript (web/static/js/share.js) and hands the payload to decode_share_link().
//
// Payload, version 1 (the text after "#roi="):
//
//   '1'                      the version: one ASCII digit. '2'..'9': made by a newer Fieldbook.
//   base64url(frame)         RFC 4648 §5 alphabet (A–Z a–z 0–9 - _), no padding
//
//   frame:
//     varint  raw_size       bytes of the record below, 1 .. kShareMaxRecordBytes (64 KiB)
//     varint  packed_size    bytes of the packed record that follow
//     bytes   packed         the record, packed with common/lz_pack.h (LZ77, varint tokens)
//     u32 LE  crc            CRC-32 (IEEE) of the version character and every frame byte above;
//                            a cut-off or altered link is detected, never misread
//
//   record: the case's fields in the order of visit(V&, roi::Case&) in roi/case_schema.h (the
//   same field list as the workspace file), each written by its type:
//     string        varint byte length, then UTF-8 bytes (≤ 10,000 code points, valid UTF-8)
//     bool          one byte, 0 or 1
//     enum          varint: the index of its value in json::EnumNames<E>
//     integer       varint of the zigzag-coded value
//     double        varint u; k = u & 7:
//                     k = 0..6: the value is m / 10^k with m = unzigzag(u >> 3), |m| < 2^53
//                           (80000 → 3 bytes, 0.08 → 1 byte: money and rates are short decimals)
//                     k = 7:    u >> 3 == 0, then 8 bytes IEEE-754 little-endian (finite only)
//     optional<T>   one byte 0 (absent) or 1 followed by T
//     vector<T>     varint count (≤ kShareMaxItems), then the items
//     record        its fields, in its visit() order
//   Notes marked internal are never written: a shared link holds only notes meant for the
//   customer, and a link that holds an internal note is refused.
//
// Changing visit(V&, roi::Case&) (or a record inside it) changes this format: bump kShareVersion
// and keep decoding version 1 (tests/core/roi_share_link_test.cpp pins a version-1 link).
//
// Limits: the payload is at most kShareMaxLinkChars (8 KiB) characters; the record unpacks to at
// most 64 KiB (no decompression bombs); every list has at most kShareMaxItems entries; the
// decoded case must pass roi::validate(). A typical case (the built-in templates) is well under
// 2 KB.
#include <cstddef>
#include <string>
#include <string_view>

#include "common/error.h"
#include "roi/case.h"

namespace fieldbook::roi {

inline constexpr std::string_view kShareLinkPrefix = "#roi=";
inline constexpr char kShareVersion = '1';
inline constexpr std::size_t kShareMaxLinkChars = 8 * 1024;
inline constexpr std::size_t kShareMaxRecordBytes = 64 * 1024;
inline constexpr std::size_t kShareMaxItems = 1000;

// What is wrong with a link, for a message in the user's language.
enum class ShareLinkFault {
  not_fieldbook,  // empty, or not a Fieldbook ROI link at all
  too_long,       // over kShareMaxLinkChars
  newer_version,  // made by a newer Fieldbook
  cut_off,        // the link ends too early (copied in part)
  damaged,        // the checksum does not match: characters were changed
  invalid_case,   // the link is whole but its case is not valid (a bug, or a forged link)
  too_large,      // encoding: the case does not fit in a link
};

class ShareLinkError : public Error {
 public:
  ShareLinkError(ShareLinkFault fault, std::string message) : Error(std::move(message)), fault_(fault) {}
  ShareLinkFault fault() const { return fault_; }

 private:
  ShareLinkFault fault_;
};

// The payload for "#roi=": the case without its internal notes. Throws ShareLinkError
// (too_large) when the case does not fit in kShareMaxLinkChars, and Error when it holds a
// number that is not finite.
std::string encode_share_link(const Case& c);

// The case a payload carries (without the "#roi=" prefix). Throws ShareLinkError naming what
// is wrong: "this link is cut off", "this link was made by a newer Fieldbook", "this link is not
// a Fieldbook ROI link", "the link is too long (over 8 KB)", ...
Case decode_share_link(std::string_view payload);

}  // namespace fieldbook::roi
