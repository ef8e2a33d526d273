#pragma once
// QR codes of addresses (the app's own, an ROI case's share link), for a phone to scan off a
// tablet held up in a meeting. The encoding is the QR Code generator's (a pinned Debian source,
// see scripts/fetch-sources.sh); this is the one place that calls it, so the rest of the app
// sees plain modules.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace fieldbook {

struct QrCode {
  int size = 0;                       // modules per side (21 for version 1 … 177 for version 40)
  int version = 0;                    // 1..40
  std::vector<std::uint8_t> modules;  // size × size, row by row, 1 = dark

  bool dark(int x, int y) const { return modules[static_cast<std::size_t>(y) * size + x] != 0; }
};

// The most bytes a QR code can carry in byte mode (version 40, low error correction): a longer
// text has no QR code at all.
inline constexpr std::size_t kQrMaxBytes = 2953;

// The smallest QR code that holds `text` (UTF-8, byte mode), with as much error correction as
// that version has room for. nullopt when the text is too long for any QR code.
std::optional<QrCode> make_qr_code(std::string_view text);

}  // namespace fieldbook
