#include "common/html.h"

namespace fieldbook {

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char ch : text) {
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += ch;
    }
  }
  return out;
}

void HtmlWriter::open(std::string_view tag, std::string_view cls) {
  out_ += "<";
  out_ += tag;
  if (!cls.empty()) {
    out_ += " class=\"";
    out_ += cls;
    out_ += "\"";
  }
  out_ += ">";
}

void HtmlWriter::begin_document(std::string_view lang, std::string_view stylesheet, std::string_view title,
                                std::string_view body_class) {
  raw("<!doctype html>\n<html lang=\"");
  text(lang);
  raw("\">\n<head>\n<meta charset=\"utf-8\">\n");
  raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'\">\n");
  raw("<link rel=\"stylesheet\" href=\"");
  text(stylesheet);
  raw("\">\n<title>");
  text(title);
  raw("</title>\n</head>\n");
  open("body", body_class);
  raw("\n");
}

void HtmlWriter::close(std::string_view tag) {
  out_ += "</";
  out_ += tag;
  out_ += ">";
}

void HtmlWriter::element(std::string_view tag, std::string_view content, std::string_view cls) {
  open(tag, cls);
  text(content);
  close(tag);
}

}  // namespace fieldbook
