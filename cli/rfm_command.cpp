// fieldbook rfm FILE.csv [...]: RFM segmentation of an order or customer export, one JSON object out.
// The steps, each a function below: read the options, load the rule set, read the file (in parts
// on several threads when it is large), confirm the columns, score and segment, write the CSV
// files asked for, print the summary (rfm/summary_json.h).
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <exception>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "command.h"
#include "common/date.h"
#include "common/error.h"
#include "common/localized_text.h"
#include "rfm/analysis.h"
#include "rfm/export.h"
#include "rfm/import.h"
#include "rfm/scoring.h"
#include "rfm/segments.h"
#include "rfm/summary_json.h"
#include "rfm_iconv.h"

namespace fieldbook::cli {

namespace {

using namespace fieldbook::rfm;

constexpr std::string_view kUsage =
    "usage: fieldbook rfm FILE.csv [--level=order|customer] [--customer=COL --date=COL --amount=COL --orders=COL]\n"
    "         [--recency=COL --name=COL --industry=COL --region=COL --rep=COL] [--analysis-date=YYYY-MM-DD]\n"
    "         [--bins=5] [--method=quantile|rank] [--recency-breaks=A,B,..] [--frequency-breaks=..]\n"
    "         [--monetary-breaks=..] [--rules=default|abc|RULES.json] [--lang=en|zh]\n"
    "         [--out=customers.csv] [--thresholds-out=thresholds.csv]\n"
    "         [--encoding=auto|utf-8|gbk|utf-16le|utf-16be] [--delimiter=,|;|tab||]\n"
    "         [--date-order=dmy|mdy] [--on-error=skip|stop] [--returns-as-orders] [--threads=N]\n";

struct UsageError {
  std::string message;
};

// ---- the options

// --customer=COL and the like: a column named for a role.
struct ColumnOption {
  Role role;
  std::string column;
};

struct Options {
  std::string file;
  ImportOptions import;
  ScoringOptions scoring;
  std::optional<Day> analysis_date;
  std::string rules = "default";  // default, abc or a JSON file
  std::string out_path, thresholds_path;
  Language lang = Language::En;
  std::vector<ColumnOption> columns;
  unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
};

std::vector<double> parse_breaks(std::string_view key, std::string_view v) {
  std::vector<double> out;
  std::size_t start = 0;
  while (start <= v.size()) {
    const std::size_t comma = v.find(',', start);
    const std::string part(v.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
    try {
      std::size_t used = 0;
      const double d = std::stod(part, &used);
      if (used != part.size()) throw std::invalid_argument("trailing");
      out.push_back(d);
    } catch (const std::exception&) {
      throw UsageError{"--" + std::string(key) + ": \"" + part + "\" is not a number"};
    }
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return out;
}

// A whole number, or 0 when the text is not one.
int whole_number(std::string_view value) {
  try {
    std::size_t used = 0;
    const int n = std::stoi(std::string(value), &used);
    return used == value.size() ? n : 0;
  } catch (const std::exception&) {
    return 0;
  }
}

std::optional<Role> column_role(std::string_view key) {
  static constexpr Role kRoles[] = {Role::Customer, Role::Date,     Role::Amount, Role::Orders, Role::Recency,
                                    Role::Name,     Role::Industry, Role::Region, Role::Rep};
  for (Role r : kRoles)
    if (key == to_string(r)) return r;
  return std::nullopt;
}

Options parse_options(std::span<const std::string_view> args) {
  Options o;
  bool have_file = false;
  for (std::string_view a : args) {
    std::string_view key, value;
    if (!split_option(a, key, value)) {
      if (have_file) throw UsageError{"more than one input file"};
      o.file = std::string(a);
      have_file = true;
      continue;
    }
    auto need = [&]() {
      if (value.empty()) throw UsageError{"--" + std::string(key) + " needs a value"};
    };
    if (key == "level") {
      auto l = parse_level(value);
      if (!l) throw UsageError{"--level must be order or customer"};
      o.import.level = *l;
    } else if (const auto role = column_role(key)) {
      need();
      o.columns.push_back({*role, std::string(value)});
    } else if (key == "analysis-date") {
      auto d = parse_iso_date(value);
      if (!d) throw UsageError{"--analysis-date must be YYYY-MM-DD"};
      o.analysis_date = d->days;
    } else if (key == "bins") {
      const int b = whole_number(value);
      if (b < kMinBins || b > kMaxBins) throw UsageError{"--bins must be 2..9"};
      o.scoring.set_bins(b);
    } else if (key == "method") {
      auto m = parse_score_method(value);
      if (!m) throw UsageError{"--method must be quantile or rank"};
      o.scoring.method = *m;
    } else if (key == "recency-breaks") {
      o.scoring.recency.custom_breaks = parse_breaks(key, value);
    } else if (key == "frequency-breaks") {
      o.scoring.frequency.custom_breaks = parse_breaks(key, value);
    } else if (key == "monetary-breaks") {
      o.scoring.monetary.custom_breaks = parse_breaks(key, value);
    } else if (key == "rules") {
      need();
      o.rules = std::string(value);
    } else if (key == "out") {
      need();
      o.out_path = std::string(value);
    } else if (key == "thresholds-out") {
      need();
      o.thresholds_path = std::string(value);
    } else if (key == "lang") {
      const auto lang = parse_language(value);
      if (!lang) throw UsageError{"--lang must be en or zh"};
      o.lang = *lang;
    } else if (key == "encoding") {
      auto e = parse_encoding(value);
      if (!e) throw UsageError{"--encoding must be auto, utf-8, gbk, utf-16le or utf-16be"};
      o.import.encoding = *e;
    } else if (key == "delimiter") {
      if (value == "tab" || value == "\\t") {
        o.import.delimiter = '\t';
      } else if (value == "," || value == ";" || value == "|") {
        o.import.delimiter = value[0];
      } else {
        throw UsageError{"--delimiter must be , ; | or tab"};
      }
    } else if (key == "date-order") {
      if (value == "dmy") {
        o.import.date_order = DateOrder::DayFirst;
      } else if (value == "mdy") {
        o.import.date_order = DateOrder::MonthFirst;
      } else {
        throw UsageError{"--date-order must be dmy or mdy"};
      }
    } else if (key == "on-error") {
      if (value == "skip") {
        o.import.policy = ErrorPolicy::SkipBadRows;
      } else if (value == "stop") {
        o.import.policy = ErrorPolicy::Stop;
      } else {
        throw UsageError{"--on-error must be skip or stop"};
      }
    } else if (key == "threads") {
      const int t = whole_number(value);
      if (t < 1 || t > 64) throw UsageError{"--threads must be 1..64"};
      o.threads = static_cast<unsigned>(t);
    } else if (key == "returns-as-orders") {
      o.import.aggregate.returns_count_as_orders = true;
    } else {
      throw UsageError{"unknown option --" + std::string(key)};
    }
  }
  if (!have_file) throw UsageError{"no input file"};
  try {
    validate(o.scoring);
  } catch (const Error& e) {
    throw UsageError{e.what()};
  }
  return o;
}

// ---- the rule set

RuleSet load_rules(const std::string& arg) {
  if (arg == "default") return default_rule_set();
  if (arg == "abc") return abc_rule_set();
  std::ifstream rf(arg, std::ios::binary);
  if (!rf) throw Error("cannot read rules file " + arg);
  const std::string json((std::istreambuf_iterator<char>(rf)), std::istreambuf_iterator<char>());
  return parse_rule_set_json(json);
}

// ---- the columns

std::optional<std::size_t> find_column(const std::vector<std::string>& header, std::string_view name) {
  for (std::size_t i = 0; i < header.size(); ++i)
    if (header[i] == name) return i;
  auto lower = [](std::string_view s) {
    std::string o(s);
    for (char& c : o)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return o;
  };
  const std::string ln = lower(name);
  for (std::size_t i = 0; i < header.size(); ++i)
    if (lower(header[i]) == ln) return i;
  // A 1-based column number.
  if (!name.empty() && name.find_first_not_of("0123456789") == std::string_view::npos && name.size() < 6) {
    const std::size_t k = static_cast<std::size_t>(std::stoul(std::string(name)));
    if (k >= 1 && k <= header.size()) return k - 1;
  }
  return std::nullopt;
}

// The guessed roles with the columns the options name (each role in one column).
std::vector<Role> mapped_roles(const Preview& p, const Options& o) {
  std::vector<Role> roles = p.roles;
  for (const ColumnOption& c : o.columns) {
    auto col = find_column(p.header, c.column);
    if (!col) {
      std::string cols;
      for (const auto& h : p.header) cols += (cols.empty() ? "" : ", ") + ("\"" + h + "\"");
      throw Error("no column \"" + c.column + "\" for --" + std::string(to_string(c.role)) + " (columns: " + cols + ")");
    }
    assign_role(roles, *col, c.role);
  }
  // --date on a customer-level file names the last order date: it then replaces a recency column.
  bool date_given = false, recency_given = false;
  for (const ColumnOption& c : o.columns) {
    date_given |= c.role == Role::Date;
    recency_given |= c.role == Role::Recency;
  }
  if (date_given && !recency_given) std::replace(roles.begin(), roles.end(), Role::Recency, Role::Ignore);
  if (effective_level(roles, o.import.level) == Level::Order) {
    std::replace(roles.begin(), roles.end(), Role::Orders, Role::Ignore);
    std::replace(roles.begin(), roles.end(), Role::Recency, Role::Ignore);
  }
  return roles;
}

// Answers the importer where it waits: the column mapping (the options' columns), the date order
// (it must be given: the command line asks no questions).
void answer_pause(OrderImporter& importer, const Options& o) {
  if (importer.state() == ImportState::NeedsMapping) {
    std::vector<Role> roles = mapped_roles(importer.preview(), o);
    const Level level = effective_level(roles, o.import.level);
    importer.confirm_mapping(std::move(roles), level);
  }
  if (importer.state() == ImportState::NeedsDateOrder) {
    throw Error(importer.question().text.en + " Pass --date-order=dmy or --date-order=mdy.");
  }
}

// ---- reading: 1 MiB reads; a large UTF-8 file is split at line starts, one part per thread

constexpr std::size_t kReadBytes = 1 << 20;
constexpr std::uint64_t kMinPartBytes = 4u << 20;  // smaller parts are not worth a thread

struct ReadError {};

// read() / pread() the whole request unless at the end; throws ReadError.
std::size_t read_some(int fd, char* out, std::size_t n, std::int64_t at) {
  while (true) {
    const ssize_t got = at < 0 ? ::read(fd, out, n) : ::pread(fd, out, n, static_cast<off_t>(at));
    if (got >= 0) return static_cast<std::size_t>(got);
    if (errno != EINTR) throw ReadError{};
  }
}

// Feeds bytes [from, to) of the file to `importer`.
void feed_range(int fd, std::uint64_t from, std::uint64_t to, OrderImporter& importer) {
  std::vector<char> buf(kReadBytes);
  while (from < to) {
    const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(buf.size(), to - from));
    const std::size_t n = read_some(fd, buf.data(), want, static_cast<std::int64_t>(from));
    if (n == 0) throw ReadError{};  // the file shrank
    importer.feed(std::string_view(buf.data(), n));
    from += n;
  }
}

// The offset just after the first '\n' at or after `pos` (within 1 MiB), if any.
std::optional<std::uint64_t> next_line_start(int fd, std::uint64_t pos, std::uint64_t size) {
  char buf[64 * 1024];
  for (std::uint64_t scanned = 0; pos < size && scanned < kReadBytes;) {
    const std::size_t n = read_some(fd, buf, static_cast<std::size_t>(std::min<std::uint64_t>(sizeof buf, size - pos)),
                                    static_cast<std::int64_t>(pos));
    if (n == 0) return std::nullopt;
    if (const void* nl = std::memchr(buf, '\n', n)) return pos + static_cast<std::uint64_t>(static_cast<const char*>(nl) - buf) + 1;
    pos += n;
    scanned += n;
  }
  return std::nullopt;
}

// Reads [start, size) in parts on `threads` threads: this thread feeds the first part to
// `importer`, each other part goes to a fork() of it, and the forks are joined in file order.
// A part boundary is a line start; it is checked to be a record boundary too (a quoted field
// may hold line breaks), and any doubt (or any error in a later part, e.g. --on-error=stop)
// drops the forks. Returns how far `importer` has read: `size`, or the end of the first part,
// from where the caller reads on sequentially.
std::uint64_t read_in_parts(int fd, std::uint64_t start, std::uint64_t size, unsigned threads,
                            OrderImporter& importer) {
  std::vector<std::uint64_t> cuts{start};
  const std::uint64_t parts_wanted = std::min<std::uint64_t>(threads, (size - start) / kMinPartBytes);
  for (std::uint64_t k = 1; k < parts_wanted; ++k) {
    const std::uint64_t target = start + (size - start) * k / parts_wanted;
    const auto cut = next_line_start(fd, std::max(target, cuts.back()), size);
    if (!cut || *cut >= size) break;
    if (*cut > cuts.back()) cuts.push_back(*cut);
  }
  cuts.push_back(size);
  const std::size_t parts = cuts.size() - 1;
  if (parts < 2) return start;

  struct Part {
    std::unique_ptr<OrderImporter> importer;
    bool ok = false;
    bool boundary = false;
    std::size_t lines = 0;
  };
  std::vector<Part> forks(parts);
  for (std::size_t k = 1; k < parts; ++k) forks[k].importer = importer.fork();
  {
    std::vector<std::jthread> workers;
    for (std::size_t k = 1; k < parts; ++k) {
      workers.emplace_back([&, k] {
        Part& p = forks[k];
        try {
          feed_range(fd, cuts[k], cuts[k + 1], *p.importer);
          p.boundary = p.importer->at_record_boundary();
          p.lines = p.importer->next_line() - 1;
          p.importer->finish();
          p.ok = p.importer->state() == ImportState::Done;
        } catch (...) {
          p.ok = false;
        }
      });
    }
    feed_range(fd, cuts[0], cuts[1], importer);  // on an exception the workers are joined first
  }
  bool all = importer.at_record_boundary();
  for (std::size_t k = 1; k < parts; ++k) all = all && forks[k].ok && (k + 1 == parts || forks[k].boundary);
  if (!all) return cuts[1];
  std::size_t line_offset = importer.next_line() - 1;
  for (std::size_t k = 1; k < parts; ++k) {
    importer.join(*forks[k].importer, line_offset);
    line_offset += forks[k].lines;
  }
  return size;
}

class InputFile {
 public:
  explicit InputFile(const std::string& path) : fd_(::open(path.c_str(), O_RDONLY | O_CLOEXEC)) {
    if (fd_ < 0) throw Error("cannot open " + path);
    struct stat st {};
    regular_ = ::fstat(fd_, &st) == 0 && S_ISREG(st.st_mode);
    size_ = regular_ ? static_cast<std::uint64_t>(st.st_size) : 0;
  }
  ~InputFile() { ::close(fd_); }
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;

  int fd() const { return fd_; }
  bool regular() const { return regular_; }  // a file whose size is known (not a pipe)
  std::uint64_t size() const { return size_; }

 private:
  int fd_;
  bool regular_ = false;
  std::uint64_t size_ = 0;
};

// Feeds the whole file to `importer`, answering its pauses; a large file is read in parts once
// the mapping is settled.
void read_file(InputFile& file, OrderImporter& importer, const Options& o) {
  std::vector<char> buf(kReadBytes);
  std::uint64_t offset = 0;
  bool split_tried = false;
  while (true) {
    const std::size_t n = read_some(file.fd(), buf.data(), buf.size(), -1);
    if (n == 0) break;
    importer.feed(std::string_view(buf.data(), n));
    answer_pause(importer, o);
    offset += n;
    if (!split_tried && o.threads > 1 && file.regular() && file.size() >= offset + 2 * kMinPartBytes &&
        importer.can_fork()) {
      split_tried = true;
      const std::uint64_t done = read_in_parts(file.fd(), offset, file.size(), o.threads, importer);
      if (done == file.size()) break;
      if (::lseek(file.fd(), static_cast<off_t>(done), SEEK_SET) < 0) throw ReadError{};
      offset = done;
    }
  }
}

// The file's customer table: read, mapped, aggregated.
CustomerTable import_file(OrderImporter& importer, const Options& o) {
  InputFile file(o.file);
  try {
    read_file(file, importer, o);
  } catch (const ReadError&) {
    throw Error("read error on " + o.file);
  }
  importer.finish();
  answer_pause(importer, o);
  if (importer.state() != ImportState::Done) importer.finish();
  if (importer.state() != ImportState::Done) throw Error(importer.error().empty() ? "import did not finish" : importer.error());
  return importer.table(o.analysis_date);
}

// ---- the output files

template <class Write>
void write_file(const std::string& path, const Write& write) {
  if (path.empty()) return;
  std::ofstream out(path, std::ios::binary);
  if (out) write(out);
  if (!out) throw Error("cannot write " + path);
}

void write_csv_files(const Options& o, const CustomerTable& table, const ScoredTable& scored, const RuleSet& rules) {
  ExportOptions eo;
  eo.lang = o.lang;
  eo.analysis_date = table.analysis_date;
  write_file(o.out_path, [&](std::ostream& out) { write_customers_csv(out, table.customers, rules, eo); });
  write_file(o.thresholds_path, [&](std::ostream& out) { write_thresholds_csv(out, scored, eo); });
}

int run(std::span<const std::string_view> args, Io io) {
  const Options o = parse_options(args);
  const RuleSet rules = load_rules(o.rules);

  ImportOptions import = o.import;
  import.pause_after_preview = true;
  import.decoders = [](std::string_view label) { return make_iconv_decoder(label); };
  OrderImporter importer(import);
  CustomerTable table = import_file(importer, o);

  const ScoredTable scored = score_customers(table, o.scoring);
  assign_segments(table.customers, rules, scored);

  write_csv_files(o, table, scored, rules);
  io.out << summary_json(importer, table, scored, rules, o.lang) << "\n";
  if (importer.error_count() > 0) {
    io.err << "fieldbook rfm: skipped " << importer.error_count() << " bad row(s); see \"errors\" in the output\n";
  }
  return 0;
}

}  // namespace

int run_rfm(std::span<const std::string_view> args, Io io) {
  try {
    return run(args, io);
  } catch (const UsageError& u) {
    io.err << "fieldbook rfm: " << u.message << "\n" << kUsage;
    return 2;
  } catch (const Error& e) {
    io.err << "fieldbook rfm: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace fieldbook::cli
