#pragma once
// A small LZ77 compressor for short texts (share links), with no dependency: zlib is not in the
// WebAssembly build. Good at what a serialized ROI case repeats (ids, labels, timestamps).
//
// The packed stream is a sequence of tokens; each starts with a varint t (common/varint.h):
//   t even: a literal run: (t >> 1) + 1 bytes follow, copied as they are;
//   t odd:  a match: length (t >> 1) + 3, then a varint d: copy from d + 1 bytes back in the
//           output (byte by byte, so a match may overlap what it writes: runs).
// The unpacked size is not in the stream: the caller stores it and passes it to lz_unpack.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace fieldbook {

inline constexpr std::size_t kLzMinMatch = 3;

std::string lz_pack(std::string_view bytes);

// Exactly `size` bytes, or nullopt when the stream is malformed: a token that writes past `size`
// or reaches before the start, a cut-off token, bytes left over, or fewer than `size` bytes.
// Never allocates more than `size` bytes, so a caller's bound on `size` bounds the memory.
std::optional<std::string> lz_unpack(std::string_view packed, std::size_t size);

}  // namespace fieldbook
