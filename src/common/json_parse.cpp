#include "common/json_parse.h"

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "common/utf8.h"

namespace fieldbook {
namespace {

// Refuses nesting deeper than `max_nesting` before RapidJSON sees the text, with the position.
void check_nesting(std::string_view text, int max_nesting) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    if (in_string) {
      if (ch == '\\') ++i;
      else if (ch == '"') in_string = false;
    } else if (ch == '"') {
      in_string = true;
    } else if (ch == '{' || ch == '[') {
      if (++depth > max_nesting)
        throw JsonError(JsonError::Kind::NotJson, "nested deeper than " + std::to_string(max_nesting) + " levels",
                        text_position(text, i));
    } else if (ch == '}' || ch == ']') {
      --depth;
    }
  }
}

// Passes every SAX event on to the document, except numbers: RapidJSON only checked their
// grammar (kParseNumbersAsStringsFlag), and they are converted here.
class NumberConverter {
 public:
  explicit NumberConverter(rapidjson::Document& doc) : doc_(doc) {}

  bool Null() { return doc_.Null(); }
  bool Bool(bool b) { return doc_.Bool(b); }
  bool Int(int i) { return doc_.Int(i); }
  bool Uint(unsigned u) { return doc_.Uint(u); }
  bool Int64(std::int64_t i) { return doc_.Int64(i); }
  bool Uint64(std::uint64_t u) { return doc_.Uint64(u); }
  bool Double(double d) { return doc_.Double(d); }
  bool String(const char* s, rapidjson::SizeType n, bool copy) { return doc_.String(s, n, copy); }
  bool Key(const char* s, rapidjson::SizeType n, bool copy) { return doc_.Key(s, n, copy); }
  bool StartObject() { return doc_.StartObject(); }
  bool EndObject(rapidjson::SizeType members) { return doc_.EndObject(members); }
  bool StartArray() { return doc_.StartArray(); }
  bool EndArray(rapidjson::SizeType elements) { return doc_.EndArray(elements); }

  // `text` is a whole JSON number token (RapidJSON checked its grammar), NUL-terminated.
  bool RawNumber(const char* text, rapidjson::SizeType length, bool) {
    if (length > kMaxJsonNumberLength) {
      too_long_ = true;
      return false;
    }
    const std::string_view token(text, length);
    // Whole numbers stay integers (as RapidJSON itself would store them), so a reader can tell
    // 3 from 3.5 and keep 64-bit ids and amounts exact.
    if (token.find_first_of(".eE") == std::string_view::npos) {
      std::int64_t i = 0;
      if (auto r = std::from_chars(token.data(), token.data() + token.size(), i); r.ec == std::errc() && r.ptr == token.end())
        return doc_.Int64(i);
      std::uint64_t u = 0;
      if (auto r = std::from_chars(token.data(), token.data() + token.size(), u); r.ec == std::errc() && r.ptr == token.end())
        return doc_.Uint64(u);
    }
    // strtod rounds correctly (glibc and the musl of Emscripten's libc both do) and, past the
    // double range, gives ±HUGE_VAL or 0, which the readers then refuse or take as 0. The app
    // never changes LC_NUMERIC, so '.' is the decimal point.
    return doc_.Double(std::strtod(text, nullptr));
  }

  bool number_too_long() const { return too_long_; }

 private:
  rapidjson::Document& doc_;
  bool too_long_ = false;
};

constexpr unsigned kParseFlags = rapidjson::kParseIterativeFlag | rapidjson::kParseNumbersAsStringsFlag;

}  // namespace

Position text_position(std::string_view text, std::size_t offset) {
  Position p;
  p.line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++p.line;
      line_start = i + 1;
    }
  }
  if (offset > text.size()) offset = text.size();
  p.column = utf8_length(text.substr(line_start, offset - line_start)) + 1;
  return p;
}

void parse_json(std::string_view text, rapidjson::Document& doc, int max_nesting) {
  text = strip_utf8_bom(text);
  const Utf8Check utf8 = validate_utf8(text);
  if (!utf8.ok)
    throw JsonError(JsonError::Kind::NotUtf8, "the file is not valid UTF-8 text", text_position(text, utf8.error_offset));
  check_nesting(text, max_nesting);

  NumberConverter converter(doc);
  rapidjson::ParseResult result;
  auto generate = [&](rapidjson::Document&) {
    rapidjson::MemoryStream bytes(text.data(), text.size());
    rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> in(bytes);
    rapidjson::Reader reader;
    result = reader.Parse<kParseFlags>(in, converter);
    return !result.IsError();
  };
  doc.SetNull();
  doc.Populate(generate);
  if (converter.number_too_long())
    throw JsonError(JsonError::Kind::NotJson,
                    "not valid JSON: a number longer than " + std::to_string(kMaxJsonNumberLength) + " characters",
                    text_position(text, result.Offset()));
  if (result.IsError())
    throw JsonError(JsonError::Kind::NotJson, std::string("not valid JSON: ") + rapidjson::GetParseError_En(result.Code()),
                    text_position(text, result.Offset()));
}

}  // namespace fieldbook
