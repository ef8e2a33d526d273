#pragma once
// Writing HTML for the printable summaries (roi/summary_html.h, grow/session_summary_html.h):
// whatever a user typed reads as text, never as markup.
#include <string>
#include <string_view>
#include <utility>

namespace fieldbook {

// HTML-escapes & < > " ' (text and attribute values).
std::string html_escape(std::string_view text);

// An HTML document built in order: markup as given, text escaped.
class HtmlWriter {
 public:
  void raw(std::string_view s) { out_ += s; }
  void text(std::string_view s) { out_ += html_escape(s); }
  // <tag> or <tag class="cls">; the tag and class are the caller's own words, never user text.
  void open(std::string_view tag, std::string_view cls = {});
  void close(std::string_view tag);
  // <tag class="cls">content</tag>, the content escaped.
  void element(std::string_view tag, std::string_view content, std::string_view cls = {});
  // A printable page's start, up to and including <body> (with `body_class` when given): only
  // the stylesheet may load and nothing may run, whatever a text on the page says.
  void begin_document(std::string_view lang, std::string_view stylesheet, std::string_view title,
                      std::string_view body_class = {});
  void end_document() { raw("\n</body>\n</html>\n"); }
  std::string take() { return std::move(out_); }

 protected:
  std::string out_;
};

}  // namespace fieldbook
