#pragma once
// The one way JSON text becomes a RapidJSON document in Fieldbook. Every reader (workspace files,
// ROI case files, segment rule files) goes through parse_json(), so every one gets the same
// checks: valid UTF-8, nesting within a limit (RapidJSON would otherwise recurse or grow without
// bound), and numbers converted by us, never by RapidJSON.
//
// Why the numbers: Debian's RapidJSON is release 1.1.0, whose string-to-double conversion reads
// out of bounds on some long or extreme tokens ("0." followed by hundreds of zeros, exponents
// near -2^31; upstream issues 1249, 1251, 1255). The reader here only scans a number's grammar
// and hands us its text; we cap its length and convert it with the C library's strtod, which
// rounds correctly, so a double saved by the writer reads back as the same double.
#include <rapidjson/document.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "common/error.h"

namespace fieldbook {

// A longer number token is refused: no number the app writes comes near it (a double needs at
// most 24 characters), and a long one is most likely damage.
inline constexpr std::size_t kMaxJsonNumberLength = 100;

// What parse_json() refused, with where: text that is not UTF-8 (another encoding: a copy saved
// by another program), or not JSON (cut off, edited; nesting or a number past the limits).
class JsonError : public Error {
 public:
  enum class Kind : std::uint8_t { NotUtf8, NotJson };
  JsonError(Kind kind, std::string message, Position position)
      : Error(std::move(message), std::move(position)), kind_(kind) {}
  Kind kind() const { return kind_; }

 private:
  Kind kind_;
};

// Parses `text` into `doc`. A UTF-8 BOM is skipped. Throws JsonError with the line and column of
// the problem: not UTF-8, nested deeper than `max_nesting`, a number too long, not valid JSON.
void parse_json(std::string_view text, rapidjson::Document& doc, int max_nesting);

// The 1-based line and column (in characters, as an editor counts them) of a byte offset.
Position text_position(std::string_view text, std::size_t offset);

}  // namespace fieldbook
