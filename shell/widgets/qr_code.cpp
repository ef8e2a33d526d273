#include "widgets/qr_code.h"

#include <algorithm>
#include <cmath>

#include "widgets/test_ids.h"

namespace fieldbook::shell {

namespace {
constexpr int kQuietZone = 4;  // modules of white around the code (ISO/IEC 18004)
}

float qr_code(std::string_view test_id, const QrCode& qr, float max_side) {
  const int modules = qr.size + 2 * kQuietZone;
  // Whole device pixels per module: a module split across pixels blurs into grey at its edges,
  // which is what makes a code on a screen hard to read from a distance.
  const float scale = ImGui::GetIO().DisplayFramebufferScale.x > 0 ? ImGui::GetIO().DisplayFramebufferScale.x : 1.0f;
  const float device_px = std::max(1.0f, std::floor(max_side * scale / static_cast<float>(modules)));
  const float module = device_px / scale;
  const float side = module * static_cast<float>(modules);

  ImVec2 origin = ImGui::GetCursorScreenPos();
  origin.x = std::round(origin.x * scale) / scale;
  origin.y = std::round(origin.y * scale) / scale;
  ImGui::Dummy(ImVec2(side, side));
  tag_rect(test_id, origin, ImVec2(origin.x + side, origin.y + side));

  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(origin, ImVec2(origin.x + side, origin.y + side), IM_COL32(255, 255, 255, 255));
  const ImU32 dark = IM_COL32(0, 0, 0, 255);
  for (int y = 0; y < qr.size; ++y) {
    // One rectangle per run of dark modules in a row: a version 40 code is ~15,000 modules, but
    // far fewer runs, and the draw list stays small.
    for (int x = 0; x < qr.size;) {
      if (!qr.dark(x, y)) { ++x; continue; }
      int end = x;
      while (end < qr.size && qr.dark(end, y)) ++end;
      const ImVec2 a(origin.x + static_cast<float>(kQuietZone + x) * module, origin.y + static_cast<float>(kQuietZone + y) * module);
      const ImVec2 b(origin.x + static_cast<float>(kQuietZone + end) * module, a.y + module);
      draw->AddRectFilled(a, b, dark);
      x = end;
    }
  }
  return side;
}

}  // namespace fieldbook::shell
