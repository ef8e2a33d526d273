#include "widgets/form.h"

#include <algorithm>
#include <cstring>

#include "imgui.h"
#include "widgets/theme.h"

namespace fieldbook::shell::form {

void title(const char* text) {
  ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.6f);
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
  ImGui::Spacing();
}

void label(const char* text) {
  ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 0.4f));
  ImGui::TextUnformatted(text);
}

void paragraph(const char* text, float width) {
  if (width <= 0.0f) width = text_width();
  ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize();
  const float line_gap = size * 0.4f;
  const char* end = text + std::strlen(text);
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, line_gap));
  ImGui::BeginGroup();
  for (const char* s = text; s < end;) {
    const char* nl = static_cast<const char*>(std::memchr(s, '\n', static_cast<size_t>(end - s)));
    const char* line_end = nl ? nl : end;
    const char* wrap = font->CalcWordWrapPosition(size, s, line_end, width);
    if (wrap == s) wrap = s + 1;  // a single glyph wider than the line still advances
    ImGui::TextUnformatted(s, wrap);
    s = wrap;
    while (s < end && (*s == ' ' || (*s == '\n' && s == line_end))) ++s;
  }
  ImGui::EndGroup();
  ImGui::PopStyleVar();
}

void hint(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, colors::TextMuted);
  paragraph(text);
  ImGui::PopStyleColor();
}

void row(const char* label_text, const char* value) {
  ImGui::PushStyleColor(ImGuiCol_Text, colors::TextMuted);
  ImGui::TextUnformatted(label_text);
  ImGui::PopStyleColor();
  ImGui::SameLine(ImGui::GetFontSize() * 8.0f);
  ImGui::TextUnformatted(value);
}

float field_width() { return std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 24.0f); }

float text_width() { return std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 40.0f); }

}  // namespace fieldbook::shell::form
