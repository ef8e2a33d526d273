#include "rfm/import.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#include "common/csv.h"
#include "common/error.h"
#include "common/money.h"
#include "common/text_scan.h"
#include "common/utf8.h"
#include "rfm/date_cache.h"

namespace fieldbook::rfm {

namespace {

constexpr std::size_t kDetectBytes = 64 * 1024;

std::string clip(std::string_view v) { return std::string(utf8_truncate(v, 200)); }

std::string role_list(std::span<const std::string> header) {
  std::string s;
  for (std::size_t i = 0; i < header.size() && i < 30; ++i) {
    if (i) s += ", ";
    s += "\"" + clip(header[i]) + "\"";
  }
  return s;
}

}  // namespace

struct OrderImporter::Impl {
  ImportOptions options;
  ImportState state = ImportState::Reading;
  std::string error;
  ImportFailure failure;
  Preview preview;
  bool have_preview = false;
  Question question;

  // encoding
  bool encoding_decided = false;
  std::string head;
  std::unique_ptr<TextDecoder> decoder;
  std::size_t skip_bytes = 0;  // BOM bytes still to drop before a built-in UTF-16 decoder
  std::string decoded;

  CsvParser parser;
  bool have_header = false;
  bool input_finished = false;
  bool finish_requested = false;
  bool mapping_confirmed = false;
  bool date_answered = false;

  struct Pending {
    std::size_t line;
    std::vector<std::string> fields;
  };
  std::vector<Pending> pending;

  std::vector<Role> roles;
  Level level = Level::Order;
  DateOrder date_order = DateOrder::Unknown;
  // column index of each role (or npos)
  std::size_t col_customer = npos, col_date = npos, col_amount = npos, col_orders = npos, col_recency = npos;
  std::size_t col_name = npos, col_industry = npos, col_region = npos, col_rep = npos;
  static constexpr std::size_t npos = std::numeric_limits<std::size_t>::max();

  Aggregator aggregator;
  std::vector<RowError> errors;
  std::size_t error_count = 0;
  std::size_t rows = 0;
  std::size_t bad_rows = 0;
  std::size_t bytes = 0;
  std::size_t total_bytes = 0;
  bool is_fork = false;

  explicit Impl(ImportOptions o)
      : options(std::move(o)), parser(make_csv_options(options)), aggregator(options.aggregate) {
    date_order = options.date_order;
    date_answered = date_order != DateOrder::Unknown;
    if (options.preview_rows == 0) options.preview_rows = 1;
  }

  static CsvOptions make_csv_options(const ImportOptions& o) {
    CsvOptions c;
    c.delimiter = o.delimiter;
    c.strip_bom = true;
    c.max_field_bytes = 16u << 20;  // one huge line is read (and refused per row), not a crash
    return c;
  }

  [[noreturn]] void fail(ImportFailure why, const std::string& message) {
    state = ImportState::Failed;
    error = message;
    failure = why;
    throw Error(message);
  }
  [[noreturn]] void fail(ImportProblem problem, const std::string& message) { fail(ImportFailure{.problem = problem}, message); }

  // Called in a handler of `e`: records why (a broken CSV says how and where; anything else is
  // Other), then throws `e` on as it was thrown.
  [[noreturn]] void fail_with(const Error& e) {
    state = ImportState::Failed;
    error = e.what();
    failure = {};
    if (const auto* csv = dynamic_cast<const CsvError*>(&e)) {
      failure.problem = ImportProblem::BadCsv;
      failure.csv = csv->kind();
      failure.line = csv->position().line;
      failure.column = csv->position().column;
      failure.limit = csv->limit();
    }
    throw;
  }

  // ---- bytes -> text -> records

  void decide_encoding(bool complete) {
    EncodingGuess g;
    if (options.encoding == Encoding::Auto) {
      if (head.empty() && complete) fail(ImportProblem::Empty, "the file is empty");
      g = detect_encoding(head, complete);
      if (g.binary) fail(ImportProblem::NotText, "this is not a text file (it contains NUL bytes): export the data as CSV");
    } else {
      g.encoding = options.encoding;
      const EncodingGuess seen = detect_encoding(head, complete);
      if ((g.encoding == Encoding::Utf16LE || g.encoding == Encoding::Utf16BE) && seen.encoding == g.encoding) {
        g.bom_bytes = seen.bom_bytes;
      }
    }
    encoding_decided = true;
    preview.encoding = g.encoding;
    if (g.encoding == Encoding::Utf16LE || g.encoding == Encoding::Utf16BE) {
      decoder = make_builtin_decoder(g.encoding);
      skip_bytes = g.bom_bytes;
    } else if (g.encoding == Encoding::Gb18030) {
      if (options.decoders) decoder = options.decoders("gb18030");
      if (!decoder) {
        fail(ImportProblem::NoGbkDecoder,
             "the file is not UTF-8; it looks like GBK/GB18030 (Chinese Excel), and no GBK decoder is available here: "
             "save it as \"CSV UTF-8\"");
      }
    }
    std::string h = std::move(head);
    head.clear();
    push_bytes(h, complete);
  }

  void push_bytes(std::string_view b, bool last) {
    if (skip_bytes) {
      const std::size_t k = std::min(skip_bytes, b.size());
      b.remove_prefix(k);
      skip_bytes -= k;
    }
    if (decoder) {
      decoded.clear();
      try {
        decoder->decode(b, last, decoded);
      } catch (const Error& e) {
        fail(ImportFailure{.problem = ImportProblem::BadEncoding, .encoding = preview.encoding},
             std::string("the file is not valid ") + std::string(to_string(preview.encoding)) + " text (" + e.what() +
                 "): choose another encoding or export it again");
      }
      parse(decoded);
    } else {
      parse(b);
    }
  }

  // The part of the text being parsed (during parser.feed only) that is known to be valid UTF-8:
  // a text field lying inside it needs no check of its own. Fields start and end next to ASCII
  // bytes (the delimiter, quotes, line breaks; trimming removes whole characters), so a field
  // inside a valid range is valid. Fields that span two parts are copies outside the range and
  // are checked one by one, as are all fields after the first bad byte of a part.
  std::uintptr_t valid_begin = 0, valid_end = 0;

  void mark_valid_text(std::string_view text) {
    valid_begin = valid_end = 0;
    const char d = parser.delimiter() ? parser.delimiter() : options.delimiter;
    if (static_cast<unsigned char>(d) >= 0x80) return;  // a non-ASCII delimiter could cut a character
    // The part may start inside a character cut at the previous part's end: skip its tail.
    std::size_t from = 0;
    while (from < text.size() && from < 3 && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) ++from;
    const std::string_view rest = text.substr(from);
    const Utf8Check check = validate_utf8(rest);
    valid_begin = reinterpret_cast<std::uintptr_t>(rest.data());
    valid_end = valid_begin + (check.ok ? rest.size() : check.error_offset);
  }

  bool in_valid_text(std::string_view v) const {
    const auto b = reinterpret_cast<std::uintptr_t>(v.data());
    return b >= valid_begin && b + v.size() <= valid_end;
  }

  // The text being parsed (during parser.feed only): an order row whose fields all lie inside it
  // can wait in the aggregator's queue until the end of this feed (Aggregator::queue_order);
  // other rows (fields copied by the parser, valid during their callback only) are added at once.
  std::uintptr_t text_begin = 0, text_end = 0;

  bool in_text(std::string_view v) const {
    const auto b = reinterpret_cast<std::uintptr_t>(v.data());
    return v.empty() || (b >= text_begin && b + v.size() <= text_end);
  }

  void parse(std::string_view text) {
    if (text.empty()) return;
    mark_valid_text(text);
    text_begin = reinterpret_cast<std::uintptr_t>(text.data());
    text_end = text_begin + text.size();
    try {
      parser.feed(text, [this](const CsvRecord& r) { on_record(r); });
      aggregator.flush();
    } catch (const Error& e) {
      valid_begin = valid_end = text_begin = text_end = 0;
      aggregator.flush();
      if (state == ImportState::Failed) throw;
      fail_with(e);
    }
    valid_begin = valid_end = text_begin = text_end = 0;
  }

  void end_of_input() {
    try {
      parser.finish([this](const CsvRecord& r) { on_record(r); });
    } catch (const Error& e) {
      if (state == ImportState::Failed) throw;
      fail_with(e);
    }
    input_finished = true;
  }

  void on_record(const CsvRecord& r) {
    if (!have_header) {
      preview.header.assign(r.fields.begin(), r.fields.end());
      for (auto& h : preview.header) {
        std::string_view t = scan::trim(h);
        if (t.substr(0, 3) == "\xEF\xBB\xBF") t.remove_prefix(3);
        h = std::string(t);
      }
      preview.delimiter = parser.delimiter() ? parser.delimiter() : ',';
      have_header = true;
      return;
    }
    ++rows;
    if (!have_preview || state != ImportState::Reading) {
      pending.push_back({r.line, std::vector<std::string>(r.fields.begin(), r.fields.end())});
      if (!have_preview && pending.size() >= options.preview_rows) resolve_preview();
      return;
    }
    process(r.line, r.fields);
  }

  // ---- preview, mapping, date order

  void resolve_preview() {
    have_preview = true;
    preview.rows.clear();
    for (std::size_t i = 0; i < pending.size() && i < options.preview_rows; ++i) preview.rows.push_back(pending[i].fields);
    if (!options.roles.empty()) {
      preview.roles = options.roles;
      preview.roles.resize(preview.header.size(), Role::Ignore);
    } else {
      preview.roles = guess_roles(preview.header, preview.rows);
    }
    preview.level = effective_level(preview.roles, options.level);
    apply_roles(preview.roles, preview.level);
    if (options.pause_after_preview && !mapping_confirmed) {
      state = ImportState::NeedsMapping;
      return;
    }
    check_mapping();
    advance();
  }

  void apply_roles(const std::vector<Role>& rs, Level lv) {
    roles = rs;
    level = lv;
    const auto col = [&](Role r) { return column_of(roles, r).value_or(npos); };
    col_customer = col(Role::Customer);
    col_date = col(Role::Date);
    col_amount = col(Role::Amount);
    col_orders = col(Role::Orders);
    col_recency = col(Role::Recency);
    col_name = col(Role::Name);
    col_industry = col(Role::Industry);
    col_region = col(Role::Region);
    col_rep = col(Role::Rep);
    // Date order evidence from the sample of the date column.
    DateOrderEvidence ev;
    if (col_date != npos) {
      for (const auto& row : preview.rows) {
        if (col_date < row.size()) ev.add(scan::trim(row[col_date]));
      }
    }
    preview.date_verdict = ev.verdict();
    if (!date_answered) {
      date_order = ev.order();
      if (preview.date_verdict == DateOrderVerdict::Ambiguous || preview.date_verdict == DateOrderVerdict::Conflicting) {
        question.examples.clear();
        for (const auto& row : preview.rows) {
          if (col_date >= row.size()) continue;
          const std::string_view v = scan::trim(row[col_date]);
          if (v.find('/') != std::string_view::npos || v.find('.') != std::string_view::npos) {
            question.examples.emplace_back(clip(v));
            if (question.examples.size() >= 5) break;
          }
        }
        const std::string ex = question.examples.empty() ? "03/04/2024" : question.examples.front();
        question.text = {"Dates such as " + ex + " could be day/month or month/day. Which order does this file use?",
                         "日期（如 " + ex + "）既可能是“日/月”也可能是“月/日”。此文件使用哪种顺序？"};
      }
    }
  }

  bool needs_date_answer() const {
    return !date_answered && col_date != npos &&
           (preview.date_verdict == DateOrderVerdict::Ambiguous || preview.date_verdict == DateOrderVerdict::Conflicting);
  }

  void check_mapping() {
    const std::string cols = role_list(preview.header);
    const auto no_column = [&](Role role, const char* name) {
      fail(ImportFailure{.problem = ImportProblem::NoColumn, .role = role, .level = level},
           std::string("no ") + name + " column: name one (columns: " + cols + ")");
    };
    if (col_customer == npos) no_column(Role::Customer, "customer");
    if (level == Level::Order) {
      if (col_date == npos) no_column(Role::Date, "order date");
      if (col_amount == npos) no_column(Role::Amount, "amount");
    } else {
      if (col_date == npos && col_recency == npos) no_column(Role::Recency, "last-order date or recency");
      if (col_orders == npos) no_column(Role::Orders, "order count");
      if (col_amount == npos) no_column(Role::Amount, "revenue");
    }
  }

  void advance() {
    if (state == ImportState::Failed || state == ImportState::Cancelled) return;
    if (needs_date_answer()) {
      state = ImportState::NeedsDateOrder;
      return;
    }
    state = ImportState::Reading;
    std::vector<Pending> todo = std::move(pending);
    pending.clear();
    std::vector<std::string_view> views;
    for (const Pending& p : todo) {
      views.assign(p.fields.begin(), p.fields.end());
      process(p.line, views);
    }
    if (finish_requested && input_finished) complete();
  }

  void complete() {
    if (is_fork) {  // the importer it joins checks for customers
      state = ImportState::Done;
      return;
    }
    if (aggregator.customer_count() == 0) {
      if (rows == 0) fail(ImportProblem::NoDataRows, "the file has a header but no data rows");
      std::string first = errors.empty() ? std::string() : " (first: line " + std::to_string(errors.front().line) + ": " +
                                                               errors.front().reason + ")";
      fail(ImportFailure{.problem = ImportProblem::NoUsableRows, .rows = rows},
           "no usable rows: all " + std::to_string(rows) + " rows had errors" + first);
    }
    state = ImportState::Done;
  }

  // ---- rows

  void row_error(std::size_t line, std::size_t col, std::string_view value, RowProblem problem, std::string reason,
                 AmountError amount_error = AmountError::None) {
    ++error_count;
    RowError e;
    e.line = line;
    e.problem = problem;
    e.amount_error = amount_error;
    e.column = col == npos ? 0 : col + 1;
    if (col != npos && col < preview.header.size()) e.column_name = preview.header[col];
    e.value = clip(value);
    e.reason = std::move(reason);
    if (options.policy == ErrorPolicy::Stop) {
      std::string msg = e.reason;
      if (!e.column_name.empty()) msg = "column \"" + e.column_name + "\": " + msg;
      if (!e.value.empty()) msg += " (\"" + e.value + "\")";
      errors.push_back(std::move(e));
      state = ImportState::Failed;
      const Error err = Error::at(line, col == npos ? 0 : col + 1, msg);
      error = err.what();
      failure = {.problem = ImportProblem::BadRow};
      throw err;
    }
    if (errors.size() < options.max_errors_kept) errors.push_back(std::move(e));
  }

  std::string_view field(std::span<const std::string_view> f, std::size_t col) const {
    if (col == npos || col >= f.size()) return {};
    const std::string_view v = f[col];
    // Most fields have nothing to trim: neither end is a space, a tab or the lead byte of a
    // no-break (C2 A0) or ideographic (E3 80 80) space.
    if (!v.empty()) {
      const auto first = static_cast<unsigned char>(v.front());
      const auto last = static_cast<unsigned char>(v.back());
      if (first != ' ' && first != '\t' && first != 0xC2 && first != 0xE3 && last != ' ' && last != '\t') return v;
    }
    return trim_slow(v);
  }
  [[gnu::noinline]] static std::string_view trim_slow(std::string_view v) { return scan::trim(v); }

  bool text_ok(std::size_t line, std::span<const std::string_view> f, std::size_t col, std::string_view& out) {
    out = field(f, col);
    return in_valid_text(out) || text_ok_slow(line, col, out);
  }
  [[gnu::noinline]] bool text_ok_slow(std::size_t line, std::size_t col, std::string_view v) {
    if (is_valid_utf8(v)) return true;
    row_error(line, col, v, RowProblem::NotUtf8, "not valid UTF-8 text (is part of the file in another encoding?)");
    return false;
  }

  DateCache date_cache;

  void process(std::size_t line, std::span<const std::string_view> f) {
    std::string_view id;
    if (!text_ok(line, f, col_customer, id)) return bad();
    if (id.empty()) {
      if (col_customer < f.size()) row_error(line, col_customer, id, RowProblem::EmptyCustomer, "empty customer");
      else row_error(line, col_customer, id, RowProblem::ShortRow, "missing column (short row)");
      return bad();
    }
    Attributes a;
    if (col_name != npos && !text_ok(line, f, col_name, a.name)) return bad();
    if (col_industry != npos && !text_ok(line, f, col_industry, a.industry)) return bad();
    if (col_region != npos && !text_ok(line, f, col_region, a.region)) return bad();
    if (col_rep != npos && !text_ok(line, f, col_rep, a.rep)) return bad();

    auto parse_day = [&](std::size_t col, Day& out) -> bool {
      const std::string_view v = field(f, col);
      if (v.empty()) {
        if (col < f.size()) row_error(line, col, v, RowProblem::EmptyDate, "empty date");
        else row_error(line, col, v, RowProblem::ShortRow, "missing column (short row)");
        return false;
      }
      if (date_cache.find(v, date_order, out)) return true;
      const auto d = parse_date_lenient(v, date_order);
      if (!d) {
        const bool ambiguous = date_order == DateOrder::Unknown && parse_date_lenient(v, DateOrder::DayFirst) &&
                               parse_date_lenient(v, DateOrder::MonthFirst);
        if (ambiguous) row_error(line, col, v, RowProblem::AmbiguousDate, "ambiguous date: choose day-first or month-first");
        else
          row_error(line, col, v, RowProblem::NotADate,
                    "not a date (expected e.g. 2024-03-05, 2024/3/5, 2024年3月5日 or an Excel serial)");
        return false;
      }
      out = d->days;
      date_cache.store(v, date_order, out);
      return true;
    };
    auto parse_money_field = [&](std::size_t col, double& out) -> bool {
      const std::string_view v = field(f, col);
      const AmountResult r = parse_amount_detailed(v);
      if (!r.value) {
        if (!v.empty())
          row_error(line, col, v, RowProblem::NotAnAmount, "not an amount: " + std::string(describe(r.error)), r.error);
        else if (col < f.size()) row_error(line, col, v, RowProblem::EmptyAmount, "empty amount");
        else row_error(line, col, v, RowProblem::ShortRow, "missing column (short row)");
        return false;
      }
      out = *r.value;
      return true;
    };

    if (level == Level::Order) {
      Day d = 0;
      double amount = 0;
      if (!parse_day(col_date, d)) return bad();
      if (!parse_money_field(col_amount, amount)) return bad();
      if (in_text(id) && in_text(a.name) && in_text(a.industry) && in_text(a.region) && in_text(a.rep)) {
        aggregator.queue_order(id, d, amount, a);
      } else {
        aggregator.add_order(id, d, amount, a);
      }
    } else {
      double orders = 0, revenue = 0;
      if (!parse_money_field(col_orders, orders)) return bad();
      if (orders < 0 || orders != std::floor(orders) || orders > 1e15) {
        row_error(line, col_orders, field(f, col_orders), RowProblem::BadOrderCount, "order count must be a whole number >= 0");
        return bad();
      }
      if (!parse_money_field(col_amount, revenue)) return bad();
      std::optional<Day> last, recency;
      // Recency days win over a last-order date when both are mapped (as in R's rfm_table_customer).
      if (col_recency != npos && (col_date == npos || !field(f, col_recency).empty())) {
        double r = 0;
        const std::string_view v = field(f, col_recency);
        if (!parse_money_field(col_recency, r)) return bad();
        if (std::fabs(r) > 3.0e6) {
          row_error(line, col_recency, v, RowProblem::RecencyOutOfRange, "recency days out of range");
          return bad();
        }
        recency = static_cast<Day>(std::lround(r));
      } else {
        Day d = 0;
        if (!parse_day(col_date, d)) return bad();
        last = d;
      }
      aggregator.add_customer(id, last, recency, static_cast<std::int64_t>(orders), revenue, a);
    }
  }

  void bad() { ++bad_rows; }
};

OrderImporter::OrderImporter(ImportOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
OrderImporter::~OrderImporter() = default;

void OrderImporter::set_total_bytes(std::size_t total) { impl_->total_bytes = total; }

void OrderImporter::feed(std::string_view chunk) {
  Impl& m = *impl_;
  if (m.state == ImportState::Cancelled) return;
  if (m.state == ImportState::Failed) throw Error(m.error);
  if (m.state == ImportState::Done || m.input_finished) throw Error("the import has already finished");
  m.bytes += chunk.size();
  if (!m.encoding_decided) {
    m.head.append(chunk);
    if (m.head.size() >= kDetectBytes) m.decide_encoding(false);
    return;
  }
  m.push_bytes(chunk, false);
}

void OrderImporter::finish() {
  Impl& m = *impl_;
  if (m.state == ImportState::Cancelled || m.state == ImportState::Done) return;
  if (m.state == ImportState::Failed) throw Error(m.error);
  m.finish_requested = true;
  if (!m.input_finished) {
    if (!m.encoding_decided) {
      m.decide_encoding(true);
    } else {
      m.push_bytes({}, true);
    }
    m.end_of_input();
    if (!m.have_header) m.fail(ImportProblem::Empty, "the file is empty");
  }
  if (!m.have_preview) m.resolve_preview();
  if (m.state == ImportState::Reading) m.complete();
}

void OrderImporter::cancel() {
  impl_->state = ImportState::Cancelled;
  impl_->pending.clear();
}

ImportState OrderImporter::state() const { return impl_->state; }
const std::string& OrderImporter::error() const { return impl_->error; }
const ImportFailure& OrderImporter::failure() const { return impl_->failure; }
const Preview& OrderImporter::preview() const { return impl_->preview; }
bool OrderImporter::has_preview() const { return impl_->have_preview; }
const Question& OrderImporter::question() const { return impl_->question; }

Progress OrderImporter::progress() const {
  Progress p;
  p.bytes = impl_->bytes;
  p.total_bytes = impl_->total_bytes;
  p.rows = impl_->rows;
  p.bad_rows = impl_->bad_rows;
  p.customers = impl_->aggregator.customer_count();
  return p;
}

std::span<const RowError> OrderImporter::errors() const { return impl_->errors; }
std::size_t OrderImporter::error_count() const { return impl_->error_count; }

void OrderImporter::confirm_mapping(std::vector<Role> roles, Level level) {
  Impl& m = *impl_;
  if (m.state != ImportState::NeedsMapping) throw Error("no mapping to confirm now");
  roles.resize(m.preview.header.size(), Role::Ignore);
  m.preview.roles = roles;
  m.preview.level = effective_level(roles, level);
  m.mapping_confirmed = true;
  m.state = ImportState::Reading;
  m.apply_roles(m.preview.roles, m.preview.level);
  m.check_mapping();
  m.advance();
}

void OrderImporter::answer_date_order(DateOrder order) {
  Impl& m = *impl_;
  if (order == DateOrder::Unknown) throw Error("choose day-first or month-first");
  m.date_order = order;
  m.date_answered = true;
  if (m.state == ImportState::NeedsDateOrder) m.advance();
}

CustomerTable OrderImporter::table(std::optional<Day> analysis_date) const {
  if (impl_->state != ImportState::Done) throw Error("the import is not finished");
  return impl_->aggregator.finish(analysis_date);
}

Aggregator::TableBuildPtr OrderImporter::begin_table(std::optional<Day> analysis_date) const {
  if (impl_->state != ImportState::Done) throw Error("the import is not finished");
  return impl_->aggregator.begin_finish(analysis_date);
}

bool OrderImporter::table_some(Aggregator::TableBuild& build, std::size_t max_customers) const {
  return impl_->aggregator.finish_some(build, max_customers);
}

bool OrderImporter::can_fork() const {
  const Impl& m = *impl_;
  return m.state == ImportState::Reading && m.encoding_decided && !m.decoder && m.have_header && m.have_preview &&
         m.pending.empty() && !m.input_finished && !m.is_fork && m.parser.delimiter() != 0;
}

std::unique_ptr<OrderImporter> OrderImporter::fork() const {
  const Impl& m = *impl_;
  if (!can_fork()) throw Error("this import cannot be split now");
  ImportOptions o = m.options;
  o.delimiter = m.parser.delimiter();
  o.encoding = Encoding::Utf8;
  o.roles = m.roles;
  o.level = m.level;
  o.date_order = m.date_order;
  o.pause_after_preview = false;
  auto f = std::make_unique<OrderImporter>(std::move(o));
  Impl& n = *f->impl_;
  CsvOptions csv = Impl::make_csv_options(n.options);
  csv.strip_bom = false;  // the part starts mid-file
  n.parser = CsvParser(csv);
  n.is_fork = true;
  n.encoding_decided = true;
  n.have_header = true;
  n.have_preview = true;
  n.mapping_confirmed = true;
  n.date_answered = m.date_answered;
  n.preview.encoding = m.preview.encoding;
  n.preview.delimiter = m.preview.delimiter;
  n.preview.header = m.preview.header;
  n.preview.roles = m.preview.roles;
  n.preview.level = m.preview.level;
  n.apply_roles(m.roles, m.level);  // column indexes (the sample is empty: the order stays as given)
  n.preview.date_verdict = m.preview.date_verdict;
  n.date_order = m.date_order;
  n.state = ImportState::Reading;
  return f;
}

bool OrderImporter::at_record_boundary() const { return impl_->parser.at_record_boundary(); }
std::size_t OrderImporter::next_line() const { return impl_->parser.line(); }

void OrderImporter::join(const OrderImporter& later, std::size_t line_offset) {
  Impl& m = *impl_;
  const Impl& o = *later.impl_;
  if (!o.is_fork || o.state != ImportState::Done) throw Error("only a finished fork can be joined");
  m.aggregator.merge(o.aggregator);
  m.rows += o.rows;
  m.bad_rows += o.bad_rows;
  m.bytes += o.bytes;
  m.error_count += o.error_count;
  for (const RowError& e : o.errors) {
    if (m.errors.size() >= m.options.max_errors_kept) break;
    m.errors.push_back(e);
    m.errors.back().line += line_offset;
  }
}

ImportResult import_text(std::string_view bytes, const ImportOptions& options, std::optional<Day> analysis_date) {
  OrderImporter imp(options);
  imp.set_total_bytes(bytes.size());
  imp.feed(bytes);
  imp.finish();
  if (imp.state() == ImportState::NeedsDateOrder) {
    throw Error("dates such as " + (imp.question().examples.empty() ? std::string("03/04/2024") : imp.question().examples.front()) +
                " could be day/month or month/day: choose a date order");
  }
  if (imp.state() == ImportState::NeedsMapping) throw Error("the column mapping needs confirming");
  ImportResult r;
  r.table = imp.table(analysis_date);
  r.preview = imp.preview();
  r.errors.assign(imp.errors().begin(), imp.errors().end());
  r.error_count = imp.error_count();
  return r;
}

}  // namespace fieldbook::rfm
