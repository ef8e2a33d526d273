#pragma once
// A QR code drawn with ImDrawList: dark modules on white with the four-module quiet zone the
// standard asks for, each module a whole number of device pixels so a camera sees sharp edges.
#include <string_view>

#include "common/qr_code.h"
#include "imgui.h"

namespace fieldbook::shell {

// Draws `qr` as an item at most `max_side` wide (quiet zone included), recorded under `test_id`.
// Returns the side it took.
float qr_code(std::string_view test_id, const QrCode& qr, float max_side);

}  // namespace fieldbook::shell
