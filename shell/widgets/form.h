#pragma once
// Small layout helpers shared by every form-like view, so they all look alike.
#include <string_view>

namespace fieldbook::shell::form {

void title(const char* text);             // a view's heading
void label(const char* text);             // a field's label, above the field
void hint(const char* text);              // a muted explanation under a field
// A field's problem, or why something was refused, in the error colour, wrapped at `width` px
// (<= 0: the right edge of the content region). The next tag_item() names the whole message.
void error(std::string_view text, float width = 0.0f);
// Wrapped text (wrapped_text()) with room between the lines: lines set edge to edge are hard to
// read in paragraphs, Chinese especially.
void paragraph(const char* text, float width = 0.0f);
void row(const char* label, const char* value);  // "label   value" for read-only facts
float field_width();                      // the width of a text field or combo on this screen
float text_width();                       // a comfortable line length for paragraphs

}  // namespace fieldbook::shell::form
