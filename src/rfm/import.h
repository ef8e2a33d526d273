#pragma once
// Importing order or customer exports (CSV from a CRM or Excel) for RFM.
//
// - Encoding (rfm/encoding.h): detected from the first bytes, or forced by the caller. UTF-8 and
//   UTF-16 are decoded here; GBK needs a TextDecoder from the platform (the core ships no GBK
//   table: the CLI provides one on iconv, the browser one on TextDecoder('gb18030')).
// - Columns (rfm/columns.h): roles guessed from English and Chinese header names, then from value
//   shapes; the caller may confirm or change them (pause_after_preview) before the rows are read.
// - Chunked and resumable: feed() any slices; the browser feeds ~50 ms worth per frame, shows
//   progress() and may cancel().
// - Row errors carry line, column, value and reason; policy Skip records and skips the row,
//   Stop throws at the first one. Nothing is dropped silently.
// - Dates via parse_date_lenient (ISO, YYYY/MM/DD, YYYY年M月D日, Excel serials, A/B/YYYY); when
//   the sample cannot tell DD/MM from MM/DD the importer stops with a Question the caller
//   answers with answer_date_order().
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/csv.h"
#include "common/date.h"
#include "common/localized_text.h"
#include "common/money.h"
#include "common/text_decoder.h"
#include "rfm/analysis.h"
#include "rfm/columns.h"
#include "rfm/encoding.h"

namespace fieldbook::rfm {

// ---- the importer ----

enum class ErrorPolicy : std::uint8_t { SkipBadRows, Stop };

// What is wrong with a row, for a reader in any language (the shell says it in the user's; the
// CLI prints `reason`).
enum class RowProblem : std::uint8_t {
  NotUtf8,        // text not valid UTF-8 (part of the file in another encoding?)
  EmptyCustomer,
  ShortRow,       // the row ends before the column
  EmptyDate,
  AmbiguousDate,  // day-first and month-first both read it: the date order is still to choose
  NotADate,
  EmptyAmount,
  NotAnAmount,    // amount_error says why
  BadOrderCount,  // not a whole number >= 0
  RecencyOutOfRange,
};

struct RowError {
  std::size_t line = 0;      // 1-based physical line of the record
  std::size_t column = 0;    // 1-based column (field) number; 0 = whole row
  std::string column_name;   // header of that column
  std::string value;         // the offending value (truncated to 200 bytes)
  RowProblem problem = RowProblem::NotADate;
  AmountError amount_error = AmountError::None;  // NotAnAmount: what the amount's parser found
  std::string reason;        // the problem in English words
};

// Why an import failed, for a reader in any language (the shell says it in the user's; the CLI
// prints error()), with the values the words need in ImportFailure.
enum class ImportProblem : std::uint8_t {
  Other,         // none of the below (a misuse of the importer): error() only
  Empty,         // no bytes, or no header
  NotText,       // NUL bytes: not a text file (a spreadsheet's own format?)
  NoGbkDecoder,  // it looks like GBK/GB18030 (Chinese Excel) and there is no decoder for it here
  BadEncoding,   // not valid text in `encoding`
  BadCsv,        // the CSV itself is broken: `csv` at `line`, `column`
  NoColumn,      // no column for `role`; Recency: neither a last-order date nor recency days
  NoDataRows,    // a header and no rows
  NoUsableRows,  // every one of `rows` rows had a problem (the first is errors().front())
  BadRow,        // ErrorPolicy::Stop: a row had a problem (errors().back())
};

struct ImportFailure {
  ImportProblem problem = ImportProblem::Other;
  Encoding encoding = Encoding::Auto;                       // BadEncoding
  CsvError::Kind csv = CsvError::Kind::UnclosedQuote;       // BadCsv
  std::size_t line = 0, column = 0;                         // BadCsv
  std::size_t limit = 0;                                    // BadCsv: the most columns, or bytes in a value
  Role role = Role::Ignore;                                 // NoColumn
  Level level = Level::Order;                               // NoColumn: the level that needs it
  std::size_t rows = 0;                                     // NoUsableRows
};

struct ImportOptions {
  Level level = Level::Auto;
  Encoding encoding = Encoding::Auto;
  char delimiter = 0;                            // 0 = detect (, ; tab |)
  std::vector<Role> roles;                       // empty = guess
  DateOrder date_order = DateOrder::Unknown;     // Unknown = detect; ask when ambiguous
  ErrorPolicy policy = ErrorPolicy::SkipBadRows;
  AggregateOptions aggregate;
  std::size_t preview_rows = 1000;               // rows sampled for guessing (and the preview)
  bool pause_after_preview = false;              // wait for confirm_mapping() (the UI's mapping step)
  std::size_t max_errors_kept = 1000;            // detailed errors kept; all are counted
  DecoderFactory decoders;                       // for GB18030; may be empty
};

enum class ImportState : std::uint8_t {
  Reading,         // feed more (or finish)
  NeedsMapping,    // pause_after_preview: preview() is ready, call confirm_mapping()
  NeedsDateOrder,  // ambiguous DD/MM vs MM/DD: see question(), call answer_date_order()
  Done,            // finish() succeeded: call table()
  Failed,          // error() says why
  Cancelled,
};

struct Preview {
  Encoding encoding = Encoding::Utf8;
  char delimiter = ',';
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;  // the first rows (UTF-8), at most preview_rows
  std::vector<Role> roles;                     // guessed or given
  Level level = Level::Order;
  DateOrderVerdict date_verdict = DateOrderVerdict::NoEvidence;
};

struct Question {
  LocalizedText text;
  std::vector<std::string> examples;  // sample values that could be read either way
};

struct Progress {
  std::size_t bytes = 0;        // fed so far
  std::size_t total_bytes = 0;  // as set by set_total_bytes (0 = unknown)
  std::size_t rows = 0;         // data rows read (good + bad)
  std::size_t bad_rows = 0;
  std::size_t customers = 0;
  double fraction() const { return total_bytes ? static_cast<double>(bytes) / static_cast<double>(total_bytes) : 0.0; }
};

class OrderImporter {
 public:
  explicit OrderImporter(ImportOptions options = {});
  ~OrderImporter();
  OrderImporter(const OrderImporter&) = delete;
  OrderImporter& operator=(const OrderImporter&) = delete;

  void set_total_bytes(std::size_t total);

  // Feeds raw file bytes. In states NeedsMapping / NeedsDateOrder input is buffered until the
  // caller answers. Throws Error on a fatal problem (undecodable, no header, policy Stop);
  // the state is then Failed and error() holds the message.
  void feed(std::string_view chunk);
  // End of input. Afterwards state() is Done, or still NeedsMapping / NeedsDateOrder (answer,
  // then call finish() again), or Failed.
  void finish();
  void cancel();

  ImportState state() const;
  const std::string& error() const;
  const ImportFailure& failure() const;  // state Failed: what error() says, as a kind
  const Preview& preview() const;        // valid once the header and sample are read
  bool has_preview() const;
  const Question& question() const;      // valid in NeedsDateOrder
  Progress progress() const;
  std::span<const RowError> errors() const;
  std::size_t error_count() const;

  void confirm_mapping(std::vector<Role> roles, Level level = Level::Auto);
  void answer_date_order(DateOrder order);

  // The customer table (state Done). analysis_date defaults to the day after the newest order.
  CustomerTable table(std::optional<Day> analysis_date = std::nullopt) const;
  // The same table in steps (Aggregator::begin_finish), so a browser frame stays short.
  Aggregator::TableBuildPtr begin_table(std::optional<Day> analysis_date = std::nullopt) const;
  bool table_some(Aggregator::TableBuild& build, std::size_t max_customers) const;

  // ---- reading parts of one file in parallel (the CLI's threads; the core starts none)
  // Once the mapping and the date order are settled (state Reading after the preview) and the
  // file is UTF-8, fork() makes an importer for a later part of the same file that starts at a
  // record boundary: same delimiter, header, roles, level, date order and options; it takes rows
  // only (no header, BOM or detection) and counts its lines from 1. Feed it the part, check
  // at_record_boundary() where the next part starts, finish() it, then join() it into the
  // importer of the first part, in file order, before that one's finish().
  bool can_fork() const;
  std::unique_ptr<OrderImporter> fork() const;
  // Everything fed so far ends between two records (so the next byte starts a record).
  bool at_record_boundary() const;
  // The 1-based line the next record starts on.
  std::size_t next_line() const;
  // Adds a finished fork's rows after this importer's: customers (see Aggregator::merge),
  // counts, and errors with their lines shifted by line_offset (the lines before the fork's part).
  void join(const OrderImporter& later, std::size_t line_offset);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Convenience: a whole file in memory, fed in one go. Throws Error when the import fails or
// needs an answer (the message says which option to set).
struct ImportResult {
  CustomerTable table;
  Preview preview;
  std::vector<RowError> errors;
  std::size_t error_count = 0;
};
ImportResult import_text(std::string_view bytes, const ImportOptions& options,
                         std::optional<Day> analysis_date = std::nullopt);

}  // namespace fieldbook::rfm
