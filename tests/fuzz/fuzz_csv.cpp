// Feeding the CSV parser in pieces must give exactly what feeding it whole gives: the same
// records, the same start lines, the same delimiter and the same error.
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

  if (size <= 512) {
    std::vector<std::size_t> every;
    for (std::size_t i = 1; i < size; ++i) every.push_back(i);
    if (!(parse(text, every, options) == expected)) std::abort();
  }
  return 0;
}
