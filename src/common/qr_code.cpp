#include "common/qr_code.h"

#include <stdexcept>

#include "qrcodegen.hpp"

namespace fieldbook {

std::optional<QrCode> make_qr_code(std::string_view text) {
  if (text.size() > kQrMaxBytes) return std::nullopt;
  const std::vector<std::uint8_t> bytes(text.begin(), text.end());
  const std::vector<qrcodegen::QrSegment> segments{qrcodegen::QrSegment::makeBytes(bytes)};
  // The smallest version first: bigger modules scan from further away. Within that version the
  // error correction is raised as far as it has room (boostEcl), so a short address gets high.
  try {
    const qrcodegen::QrCode qr = qrcodegen::QrCode::encodeSegments(segments, qrcodegen::QrCode::Ecc::LOW);
    QrCode out;
    out.size = qr.getSize();
    out.version = qr.getVersion();
    out.modules.resize(static_cast<std::size_t>(out.size) * out.size);
    for (int y = 0; y < out.size; ++y)
      for (int x = 0; x < out.size; ++x) out.modules[static_cast<std::size_t>(y) * out.size + x] = qr.getModule(x, y) ? 1 : 0;
    return out;
  } catch (const qrcodegen::data_too_long&) {
    return std::nullopt;
  }
}

}  // namespace fieldbook
