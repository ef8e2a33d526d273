#include "common/csv.h"

#include <cstdint>
#include <cstring>
#include <utility>

#include "common/error.h"

namespace fieldbook {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// The first byte in [i, n) equal to a, b or c (n when none): 8 bytes at a time, SWAR.
inline std::size_t find_any_of3(const char* p, std::size_t i, std::size_t n, char a, char b, char c) {
  static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "the word search reads words little-endian");
  constexpr std::uint64_t kOnes = 0x0101010101010101ull;
  constexpr std::uint64_t kHigh = 0x8080808080808080ull;
  const std::uint64_t wa = kOnes * static_cast<unsigned char>(a);
  const std::uint64_t wb = kOnes * static_cast<unsigned char>(b);
  const std::uint64_t wc = kOnes * static_cast<unsigned char>(c);
  // (v - 1s) & ~v & high flags the zero bytes of v exactly up to the first one (the lowest set
  // bit is always right), which is all that is used.
  auto zero_bytes = [](std::uint64_t v) { return (v - kOnes) & ~v & kHigh; };
  while (n - i >= 8) {
    std::uint64_t w;
    std::memcpy(&w, p + i, 8);
    const std::uint64_t m = zero_bytes(w ^ wa) | zero_bytes(w ^ wb) | zero_bytes(w ^ wc);
    if (m != 0) return i + (static_cast<std::size_t>(__builtin_ctzll(m)) >> 3);
    i += 8;
  }
  while (i < n && p[i] != a && p[i] != b && p[i] != c) ++i;
  return i;
}

// The record starting at p[i] (not a CR or LF), if it ends inside [i, n) and its fields are
// unquoted, or quoted without doubled quotes or line breaks inside: its fields go to
// record[0, count) and the offset of its CR / LF is returned. Returns n (nothing decided) when it
// runs to the end of the data (or within 8 bytes of it), a quoted field is anything else, or a
// limit is passed: the state machine then reads the record itself. Special bytes are found 8 at
// a time: the delimiter, and any byte below 0x0E (CR, LF and rare control bytes, then skipped).
std::size_t split_record(const char* p, std::size_t i, std::size_t n, char delimiter, std::size_t max_fields,
                         std::size_t max_field_bytes, std::vector<std::string_view>& record, std::size_t& count) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull;
  constexpr std::uint64_t kHigh = 0x8080808080808080ull;
  const std::uint64_t wd = kOnes * static_cast<unsigned char>(delimiter);
  std::string_view* out = record.data();
  std::size_t capacity = record.size();
  std::size_t k = 0;
  auto push = [&](std::string_view field) {
    if (k == capacity) {
      record.resize(capacity < 16 ? 16 : capacity * 2);
      out = record.data();
      capacity = record.size();
    }
    out[k++] = field;
  };
  std::size_t start = i;  // of the field in progress
  // Quoted fields at `start`, each followed by the delimiter: read them; returns false to give up
  // or when the record ended (then `ended` holds the CR / LF offset).
  std::size_t ended = n;
  auto quoted_fields = [&]() -> bool {
    while (start < n && p[start] == '"') {
      const std::size_t q = find_any_of3(p, start + 1, n, '"', '\n', '\r');
      if (q == n || p[q] != '"' || q + 1 >= n) return false;
      const char after = p[q + 1];
      if (after != delimiter && after != '\n' && after != '\r') return false;  // "" or text after the quote
      if (k == max_fields || q - start - 1 > max_field_bytes) return false;
      push(q == start + 1 ? std::string_view() : std::string_view(p + start + 1, q - start - 1));
      if (after != delimiter) {
        ended = q + 1;
        return false;
      }
      start = q + 2;
    }
    return true;
  };
  if (!quoted_fields()) {
    count = k;
    return ended;
  }
  std::size_t j = start;
  while (n - j >= 8) {
    std::uint64_t w;
    std::memcpy(&w, p + j, 8);
    // Bytes equal to the delimiter or below 0x0E; only the lowest flag of each expression is
    // exact (a borrow can flag a byte above a hit), so every candidate is checked.
    const std::uint64_t x = w ^ wd;
    std::uint64_t m = (((x - kOnes) & ~x) | ((w - kOnes * 0x0E) & ~w)) & kHigh;
    std::size_t next = j + 8;
    while (m != 0) {
      const std::size_t pos = j + (static_cast<std::size_t>(__builtin_ctzll(m)) >> 3);
      m &= m - 1;
      if (pos < start) continue;
      const char c = p[pos];
      if (c != delimiter && c != '\n' && c != '\r') continue;
      if (k == max_fields || pos - start > max_field_bytes) return n;
      push(std::string_view(p + start, pos - start));
      if (c != delimiter) {
        count = k;
        return pos;
      }
      start = pos + 1;
      if (start < n && p[start] == '"') {
        if (!quoted_fields()) {
          count = k;
          return ended;
        }
        next = start;  // scan on from after the quoted fields
        break;
      }
    }
    j = next;
  }
  return n;
}

}  // namespace

CsvParser::CsvParser(CsvOptions options) : options_(options), delimiter_(options.delimiter) {
  const char d = options_.delimiter;
  if (d == '"' || d == '\r' || d == '\n') throw Error("a quote or line break cannot be the CSV delimiter");
  if (options_.max_fields == 0) throw Error("max_fields must be at least 1");
}

void CsvParser::feed(std::string_view chunk, const Callback& on_record) {
  if (failed_) throw Error("CSV parser used after an error");
  if (finished_) throw Error("CSV parser fed after finish()");
  bytes_fed_ += chunk.size();
  try {
    if (ready_) {
      parse(chunk, on_record);
      return;
    }
    held_.append(chunk);
    if (!ready_to_parse(false)) return;
    const std::string held = std::exchange(held_, std::string());
    parse(held, on_record);
  } catch (...) {
    failed_ = true;
    throw;
  }
}

void CsvParser::finish(const Callback& on_record) {
  if (failed_) throw Error("CSV parser used after an error");
  if (finished_) throw Error("CSV parser finished twice");
  try {
    if (!ready_) {
      ready_to_parse(true);
      const std::string held = std::exchange(held_, std::string());
      parse(held, on_record);
    }
    switch (state_) {
      case State::Quoted:
        throw CsvError(CsvError::Kind::UnclosedQuote, 0, "quoted field is never closed", {field_line_, field_column_, {}});
      case State::Unquoted:
      case State::AfterQuote:
        ++field_count_;
        end_record(on_record);
        break;
      case State::FieldStart:
        if (field_count_ > 0) {  // "a,b," at the very end: the last field is empty
          begin_field(0);
          ++field_count_;
          end_record(on_record);
        }
        break;
    }
    state_ = State::FieldStart;
    finished_ = true;
  } catch (...) {
    failed_ = true;
    throw;
  }
}

bool CsvParser::ready_to_parse(bool at_end) {
  if (!bom_checked_) {
    if (options_.strip_bom) {
      const std::size_t n = held_.size() < kBom.size() ? held_.size() : kBom.size();
      if (std::string_view(held_).substr(0, n) == kBom.substr(0, n)) {
        if (n < kBom.size() && !at_end) return false;
        if (n == kBom.size()) {
          held_.erase(0, kBom.size());
          base_offset_ = kBom.size();
          line_start_ = kBom.size();
        }
      }
    }
    bom_checked_ = true;
  }
  if (delimiter_ == 0) {
    while (held_scanned_ < held_.size() && held_lines_.lines < csv_detail::kSniffLines) {
      held_lines_.step(held_[held_scanned_++]);
    }
    // Strictly more than kSniffBytes, so detect_delimiter sees the same cut as in the whole text.
    if (!at_end && held_.size() <= csv_detail::kSniffBytes && held_lines_.lines < csv_detail::kSniffLines) {
      return false;
    }
    delimiter_ = detect_delimiter(held_);
  }
  ready_ = true;
  return true;
}

std::size_t CsvParser::column_of(std::size_t offset) const { return base_offset_ + offset - line_start_ + 1; }

void CsvParser::fail_at(std::size_t offset, CsvError::Kind kind, std::size_t limit, const std::string& message) const {
  throw CsvError(kind, limit, message, {line_, column_of(offset), {}});
}

void CsvParser::begin_field(std::size_t offset) {
  if (field_count_ >= options_.max_fields) {
    fail_at(offset, CsvError::Kind::TooManyFields, options_.max_fields,
            "record has more than " + std::to_string(options_.max_fields) + " fields");
  }
  if (field_count_ == fields_.size()) {
    fields_.emplace_back();
    views_.emplace_back();
    owned_.push_back(0);
  } else {
    views_[field_count_] = {};
    owned_[field_count_] = 0;
  }
  field_line_ = line_;
  field_column_ = column_of(offset);
}

void CsvParser::append(std::string_view bytes) {
  const std::size_t k = field_count_;
  std::string_view& view = views_[k];
  const std::size_t size = owned_[k] ? fields_[k].size() : view.size();
  if (bytes.size() > options_.max_field_bytes - size) {
    throw CsvError(CsvError::Kind::FieldTooLong, options_.max_field_bytes,
                   "field is longer than " + std::to_string(options_.max_field_bytes) + " bytes",
                   {field_line_, field_column_, {}});
  }
  if (!owned_[k]) {
    if (view.empty()) {
      view = bytes;
      return;
    }
    if (view.data() + view.size() == bytes.data()) {  // the next bytes of the same slice
      view = std::string_view(view.data(), view.size() + bytes.size());
      return;
    }
    fields_[k].assign(view);
    owned_[k] = 1;
  }
  fields_[k].append(bytes);
}

void CsvParser::own_pending_fields() {
  const std::size_t n = field_count_ + (state_ == State::FieldStart ? 0 : 1);
  for (std::size_t k = 0; k < n && k < fields_.size(); ++k) {
    if (owned_[k]) continue;
    fields_[k].assign(views_[k]);
    owned_[k] = 1;
  }
}

void CsvParser::end_record(const Callback& on_record) {
  record_.resize(field_count_);
  for (std::size_t k = 0; k < field_count_; ++k) record_[k] = owned_[k] ? std::string_view(fields_[k]) : views_[k];
  const CsvRecord record{std::span<const std::string_view>(record_.data(), field_count_), record_line_};
  field_count_ = 0;
  if (on_record) on_record(record);
}

void CsvParser::newline(char c, std::size_t offset) {
  // CR LF is one line break; a lone CR or LF is one too.
  if (c == '\r' || !after_cr_) ++line_;
  after_cr_ = c == '\r';
  line_start_ = base_offset_ + offset + 1;
}

void CsvParser::parse(std::string_view data, const Callback& on_record) {
  const char* const p = data.data();
  const std::size_t n = data.size();
  const char delimiter = delimiter_;
  std::size_t i = 0;
  while (i < n) {
    // Fast path: a whole record of unquoted fields that ends in this data, at a record's start.
    // Its fields go straight into record_ (no per-field bookkeeping); anything else (a quote at a
    // field's start, a record running past the data, a field or record over the limits, an empty
    // line) is left to the state machine below, which then reads the record from the same place.
    if (state_ == State::FieldStart && field_count_ == 0) {
      const char c0 = p[i];
      if (c0 != '\n' && c0 != '\r') {
        std::size_t k = 0;
        const std::size_t end =
            split_record(p, i, n, delimiter, options_.max_fields, options_.max_field_bytes, record_, k);
        if (end != n) {
          record_line_ = line_;
          after_cr_ = false;
          if (on_record) on_record(CsvRecord{std::span<const std::string_view>(record_.data(), k), record_line_});
          newline(p[end], end);
          i = end + 1;
          continue;
        }
      }
    }
    switch (state_) {
      case State::FieldStart: {
        const char c = p[i];
        if (c == '\n' || c == '\r') {
          if (field_count_ > 0) {  // "a,\n": the last field is empty
            begin_field(i);
            ++field_count_;
            end_record(on_record);
          }
          newline(c, i);
          ++i;
          break;
        }
        after_cr_ = false;
        if (field_count_ == 0) record_line_ = line_;
        begin_field(i);
        if (c == '"') {
          state_ = State::Quoted;
          ++i;
        } else if (c == delimiter) {
          ++field_count_;
          ++i;
        } else {
          state_ = State::Unquoted;
        }
        break;
      }
      case State::Unquoted: {
        const std::size_t j = find_any_of3(p, i, n, delimiter, '\n', '\r');
        if (j > i) {
          append(data.substr(i, j - i));
          after_cr_ = false;
        }
        i = j;
        if (i == n) break;
        ++field_count_;
        state_ = State::FieldStart;
        if (p[i] == delimiter) {
          ++i;
        } else {
          end_record(on_record);
          newline(p[i], i);
          ++i;
        }
        break;
      }
      case State::Quoted: {
        const std::size_t j = find_any_of3(p, i, n, '"', '\n', '\r');
        if (j > i) {
          append(data.substr(i, j - i));
          after_cr_ = false;
        }
        i = j;
        if (i == n) break;
        if (p[i] == '"') {
          state_ = State::AfterQuote;
          after_cr_ = false;
        } else {
          append(data.substr(i, 1));
          newline(p[i], i);
        }
        ++i;
        break;
      }
      case State::AfterQuote: {
        const char c = p[i];
        if (c == '"') {
          append("\"");
          state_ = State::Quoted;
          after_cr_ = false;
          ++i;
        } else if (c == delimiter) {
          ++field_count_;
          state_ = State::FieldStart;
          after_cr_ = false;
          ++i;
        } else if (c == '\n' || c == '\r') {
          ++field_count_;
          state_ = State::FieldStart;
          end_record(on_record);
          newline(c, i);
          ++i;
        } else {
          fail_at(i, CsvError::Kind::TextAfterQuote, 0, "unexpected character after a closing quote");
        }
        break;
      }
    }
  }
  own_pending_fields();
  base_offset_ += n;
}

std::vector<std::vector<std::string>> parse_csv(std::string_view text, CsvOptions options) {
  std::vector<std::vector<std::string>> rows;
  const auto collect = [&rows](const CsvRecord& record) {
    rows.emplace_back(record.fields.begin(), record.fields.end());
  };
  CsvParser parser(options);
  parser.feed(text, collect);
  parser.finish(collect);
  return rows;
}

}  // namespace fieldbook
