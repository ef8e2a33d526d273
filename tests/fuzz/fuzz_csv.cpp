// Feeding the CSV parser in pieces must give exactly what feeding it whole gives: the same
// records, the same start lines, the same delimiter and the same error. And every record the
// parser read, written back as text cells (CsvRowWriter, what every export uses), reads back as
// the same fields, with an apostrophe before each that a spreadsheet would take for a formula.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/csv.h"
#include "common/error.h"

namespace {

struct Outcome {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::size_t> lines;
  std::optional<std::string> error;
  char delimiter = 0;

  bool operator==(const Outcome&) const = default;
};

Outcome parse(std::string_view text, const std::vector<std::size_t>& cuts, const fieldbook::CsvOptions& options) {
  Outcome out;
  const auto collect = [&out](const fieldbook::CsvRecord& record) {
    out.rows.emplace_back(record.fields.begin(), record.fields.end());
    out.lines.push_back(record.line);
  };
  try {
    fieldbook::CsvParser parser(options);
    std::size_t start = 0;
    for (std::size_t cut : cuts) {
      parser.feed(text.substr(start, cut - start), collect);
      start = cut;
    }
    parser.feed(text.substr(start), collect);
    parser.finish(collect);
    out.delimiter = parser.delimiter();
  } catch (const fieldbook::Error& e) {
    out.error = e.what();
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::size_t seed = 0;
  for (std::size_t i = 0; i < size && i < 4; ++i) seed = seed * 131 + data[i];

  fieldbook::CsvOptions options;
  // Small limits now and then, so the limit errors are reached too.
  if (seed % 3 == 0) {
    options.max_field_bytes = 1 + seed % 64;
    options.max_fields = 1 + seed % 16;
  }
  const Outcome expected = parse(text, {}, options);

  const std::size_t cut = size == 0 ? 0 : seed % (size + 1);
  if (!(parse(text, {cut}, options) == expected)) std::abort();

  for (const auto& row : expected.rows) {
    if (row.size() == 1 && row[0].empty()) continue;  // a blank line: no CSV can hold it
    fieldbook::CsvRowWriter writer;
    std::vector<std::string> shown;
    for (const std::string& field : row) {
      writer.text(field);
      const bool formula = !field.empty() && std::string_view("=+-@\t\r").find(field[0]) != std::string_view::npos;
      shown.push_back(formula ? "'" + field : field);
    }
    fieldbook::CsvOptions written;
    written.delimiter = ',';
    // With a BOM first, as the exports write it (a field may itself begin with one).
    const std::string file = "\xEF\xBB\xBF" + writer.line();
    if (parse(file, {}, written).rows != std::vector<std::vector<std::string>>{shown}) std::abort();
  }

  if (size <= 512) {
    std::vector<std::size_t> every;
    for (std::size_t i = 1; i < size; ++i) every.push_back(i);
    if (!(parse(text, every, options) == expected)) std::abort();
  }
  return 0;
}
