#pragma once
// HTML escaping for the printable summaries (roi/summary_html.h, grow/session_summary_html.h):
// whatever a user typed reads as text, never as markup.
#include <string>
#include <string_view>

namespace fieldbook {

// HTML-escapes & < > " ' (text and attribute values).
std::string html_escape(std::string_view text);

}  // namespace fieldbook
