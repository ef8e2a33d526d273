#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/csv_sniff.h"
#include "common/error.h"

namespace fieldbook {

struct CsvOptions {
  char delimiter = 0;  // 0 = detect from the start of the input (see detect_delimiter)
  std::size_t max_field_bytes = 1 << 20;
  std::size_t max_fields = 4096;
  bool strip_bom = true;  // drop a leading UTF-8 byte order mark, as Excel writes one
};

// What the parser refuses, as a kind a UI says in its own words (what() is the English), at the
// line and byte column of Error::position().
class CsvError : public Error {
 public:
  enum class Kind : std::uint8_t {
    UnclosedQuote,   // a quoted field still open at the end
    TextAfterQuote,  // "a"b: text between a closing quote and the delimiter
    TooManyFields,   // a record of more than max_fields: limit()
    FieldTooLong,    // a field of more than max_field_bytes: limit()
  };
  CsvError(Kind kind, std::size_t limit, std::string message, Position position)
      : Error(std::move(message), std::move(position)), kind_(kind), limit_(limit) {}
  Kind kind() const { return kind_; }
  std::size_t limit() const { return limit_; }

 private:
  Kind kind_;
  std::size_t limit_;
};

struct CsvRecord {
  // Valid only during the callback: most fields point straight into the fed chunk (no copy); a
  // field that has escaped quotes or spans two chunks points into the parser's own storage.
  std::span<const std::string_view> fields;
  std::size_t line;                     // 1-based physical line where the record starts
};

// Streaming RFC 4180 reader. Input may be fed in chunks of any size; records come out the same
// however it is split. Bytes are passed through unchanged (no UTF-8 check). Quoted fields may
// hold delimiters, doubled quotes and line breaks; CRLF, LF and CR end records; empty lines are
// skipped; a quote inside an unquoted field is literal. Errors (thrown as CsvError with line and
// byte column): text after a closing quote, a field above max_field_bytes, a record above
// max_fields, a quoted field still open at finish(). After an error the parser stays failed.
class CsvParser {
 public:
  using Callback = std::function<void(const CsvRecord&)>;

  explicit CsvParser(CsvOptions options = {});

  void feed(std::string_view chunk, const Callback& on_record);
  // Flushes the last record. The parser accepts no input afterwards.
  void finish(const Callback& on_record);

  // The delimiter in use; 0 while detection is still waiting for enough input.
  char delimiter() const { return delimiter_; }
  // All bytes fed so far (some may be held back until the delimiter is known).
  std::size_t bytes_consumed() const { return bytes_fed_; }
  // The input so far ends between two records (not inside a field, a quoted field or a row).
  bool at_record_boundary() const {
    return ready_ && held_.empty() && state_ == State::FieldStart && field_count_ == 0;
  }
  // The 1-based line the next record would start on (1 + line breaks read so far).
  std::size_t line() const { return line_; }

 private:
  enum class State : std::uint8_t { FieldStart, Unquoted, Quoted, AfterQuote };

  void parse(std::string_view data, const Callback& on_record);
  bool ready_to_parse(bool at_end);
  void begin_field(std::size_t offset);
  void append(std::string_view bytes);
  void end_record(const Callback& on_record);
  void newline(char c, std::size_t offset);
  std::size_t column_of(std::size_t offset) const;
  [[noreturn]] void fail_at(std::size_t offset, CsvError::Kind kind, std::size_t limit, const std::string& message) const;

  CsvOptions options_;
  char delimiter_ = 0;
  bool ready_ = false;
  bool finished_ = false;
  bool failed_ = false;

  // Input held back until a byte order mark or the delimiter can be decided.
  std::string held_;
  std::size_t held_scanned_ = 0;
  csv_detail::LineCounter held_lines_;
  bool bom_checked_ = false;

  // Keeps the fields of the record in progress that still point into `data` as owned copies,
  // before `data` goes away at the end of parse().
  void own_pending_fields();

  State state_ = State::FieldStart;
  // Field k is views_[k], a slice of the data being parsed, unless owned_[k]: then it is
  // fields_[k] (a field with escaped quotes, or one that started in an earlier chunk).
  std::vector<std::string> fields_;  // reused: capacity survives across records
  std::vector<std::string_view> views_;
  std::vector<unsigned char> owned_;
  std::vector<std::string_view> record_;  // what end_record hands out
  std::size_t field_count_ = 0;      // completed fields of the current record
  std::size_t record_line_ = 0;
  std::size_t field_line_ = 0;
  std::size_t field_column_ = 0;

  std::size_t bytes_fed_ = 0;
  std::size_t base_offset_ = 0;  // absolute offset of the data being parsed
  std::size_t line_ = 1;
  std::size_t line_start_ = 0;  // absolute offset of the current line's first byte
  bool after_cr_ = false;
};

// Picks , ; tab or | from the first lines of `sample` (at most 20 non-empty lines within the
// first 64 KiB): the one whose count per line (outside quotes) is the same on the most lines,
// then the larger count, then the order listed. ',' when none occurs.
char detect_delimiter(std::string_view sample);

std::vector<std::vector<std::string>> parse_csv(std::string_view text, CsvOptions options = {});

// Quotes a field when it holds the delimiter, a quote, CR or LF (delimiter 0 means ',').
// For a number the program formatted itself; text from users goes through csv_text_cell().
std::string csv_escape(std::string_view field, char delimiter);

// A text cell that a spreadsheet shows as text and never runs. Excel, WPS and LibreOffice take
// a cell beginning with = + - @ (or TAB / CR, which some of them skip first) as a formula, so a
// customer named =HYPERLINK(...) in a CRM export would run on the manager's machine (OWASP "CSV
// injection"). Such a cell gets a leading apostrophe, which the spreadsheets hide and treat as
// "this is text"; then it is quoted like any field. Every CSV the tools write uses this for
// every text column; numbers stay numbers through csv_escape().
std::string csv_text_cell(std::string_view text, char delimiter);

// One CSV record (a line ending in CRLF, as Excel writes) built cell by cell; every exporter
// writes its rows through this, so no text column can forget csv_text_cell().
class CsvRowWriter {
 public:
  explicit CsvRowWriter(char delimiter = ',') : delimiter_(delimiter) {}

  CsvRowWriter& text(std::string_view cell) { return add(csv_text_cell(cell, delimiter_)); }
  CsvRowWriter& value(std::string_view cell) { return add(csv_escape(cell, delimiter_)); }

  // The record with its line end; the next cell starts a new record.
  const std::string& line() {
    if (first_) line_.clear();  // a record without cells
    line_ += "\r\n";
    first_ = true;
    return line_;
  }

 private:
  CsvRowWriter& add(const std::string& cell) {
    if (first_) line_.clear();
    else line_.push_back(delimiter_);
    first_ = false;
    line_ += cell;
    return *this;
  }

  char delimiter_;
  bool first_ = true;
  std::string line_;
};

}  // namespace fieldbook
