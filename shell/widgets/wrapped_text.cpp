#include "widgets/wrapped_text.h"

#include <algorithm>

namespace fieldbook::shell {

namespace {

float resolve(float width) { return width > 0.0f ? width : ImGui::GetContentRegionAvail().x; }

#ifndef __EMSCRIPTEN__
struct Recorded {
  int frame = -1;
  std::vector<DrawnLine> lines;
};
Recorded& recorded() {
  static Recorded r;
  return r;
}
#endif

}  // namespace

std::vector<TextLine> wrap_lines(std::string_view text, float width) {
  ImFontBaked* baked = ImGui::GetFontBaked();
  const float scale = ImGui::GetFontSize() / baked->Size;
  // The advances ImGui's own CalcTextSize adds up, so a line measures the same when drawn.
  return break_lines(text, width, [baked, scale](char32_t c) {
    if (c > IM_UNICODE_CODEPOINT_MAX) c = IM_UNICODE_CODEPOINT_INVALID;
    return baked->GetCharAdvance(static_cast<ImWchar>(c)) * scale;
  });
}

ImVec2 wrapped_text_size(std::string_view text, float width, float line_gap) {
  const std::vector<TextLine> lines = wrap_lines(text, resolve(width));
  float w = 0.0f;
  for (const TextLine& line : lines) w = std::max(w, line.width);
  const float n = static_cast<float>(lines.size());
  return ImVec2(w, n * ImGui::GetTextLineHeight() + (n - 1.0f) * line_gap);
}

void wrapped_text(std::string_view text, float width, float line_gap) {
  const std::vector<TextLine> lines = wrap_lines(text, resolve(width));
  ImGui::BeginGroup();
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, line_gap));
  ImGui::PushTextWrapPos(-1.0f);  // already broken: a wrap position set around us must not break a line again
  for (const TextLine& line : lines) {
    const char* begin = text.empty() ? "" : text.data() + line.begin;
    const char* end = text.empty() ? begin : text.data() + line.end;
    ImGui::TextUnformatted(begin, end);
#ifndef __EMSCRIPTEN__
    Recorded& r = recorded();
    if (r.frame != ImGui::GetFrameCount()) r = {ImGui::GetFrameCount(), {}};
    r.lines.push_back({std::string(begin, end), ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
#endif
  }
  ImGui::PopTextWrapPos();
  ImGui::PopStyleVar();
  ImGui::EndGroup();
}

#ifndef __EMSCRIPTEN__
const std::vector<DrawnLine>& drawn_lines() {
  static const std::vector<DrawnLine> none;
  const Recorded& r = recorded();
  return r.frame == ImGui::GetFrameCount() ? r.lines : none;
}
#endif

}  // namespace fieldbook::shell
