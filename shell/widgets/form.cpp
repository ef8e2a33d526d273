#include "widgets/form.h"

#include <algorithm>

#include "imgui.h"
#include "widgets/theme.h"
#include "widgets/wrapped_text.h"

namespace fieldbook::shell::form {

void title(const char* text) {
  ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.6f);
  wrapped_text(text);  // a long title on a phone wraps (by the line-breaking rules) rather than running off
  ImGui::PopFont();
  ImGui::Spacing();
}

void label(const char* text) {
  ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 0.4f));
  ImGui::TextUnformatted(text);
}

void paragraph(const char* text, float width) {
  wrapped_text(text, width > 0.0f ? width : text_width(), ImGui::GetFontSize() * 0.4f);
}

void hint(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, colors::TextMuted);
  paragraph(text);
  ImGui::PopStyleColor();
}

void error(std::string_view text, float width) {
  ImGui::PushStyleColor(ImGuiCol_Text, colors::Error);
  // A paragraph's line spacing: a problem with its fix often runs to three lines.
  wrapped_text(text, width, ImGui::GetFontSize() * 0.4f);
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
