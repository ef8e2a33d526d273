// fieldbook rfm FILE.csv [...]: RFM segmentation of an order or customer export, one JSON object out.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <exception>
#include <fstream>
#include <thread>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "command.h"
#include "common/date.h"
#include "common/error.h"
#include "common/localized_text.h"
#include "common/utf8.h"
#include "rfm/analysis.h"
#include "rfm/export.h"
#include "rfm/import.h"
#include "rfm/scoring.h"
#include "rfm/segments.h"
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

// Replaces invalid UTF-8 with U+FFFD so the JSON stays valid.
std::string clean_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = i;
    if (auto cp = decode_utf8(s, j)) {
      out.append(s.substr(i, j - i));
      i = j;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  return out;
}

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

void write_thresholds(rapidjson::Writer<rapidjson::StringBuffer>& w, const DimensionThresholds& t) {
  w.StartObject();
  w.Key("method");
  w.String(t.custom ? "custom" : std::string(to_string(t.method)).c_str());
  w.Key("bins");
  w.Int(t.bins);
  w.Key("lower");
  w.StartArray();
  for (double v : t.lower) w.Double(v);
  w.EndArray();
  w.Key("upper");
  w.StartArray();
  for (double v : t.upper) w.Double(v);
  w.EndArray();
  w.Key("scores");
  w.StartArray();
  for (int b = 0; b < t.bins; ++b) w.Int(t.score_of_bin(b));
  w.EndArray();
  w.Key("counts");
  w.StartArray();
  for (auto c : t.counts) w.Uint64(c);
  w.EndArray();
  w.Key("emptyBins");
  w.Int(t.empty_bins);
  w.EndObject();
}

void write_string(rapidjson::Writer<rapidjson::StringBuffer>& w, std::string_view s) {
  const std::string c = clean_utf8(s);
  w.String(c.c_str(), static_cast<rapidjson::SizeType>(c.size()));
}

int run(std::span<const std::string_view> args, Io io) {
  std::string file;
  ImportOptions opts;
  ScoringOptions scoring;
  std::optional<Day> analysis_date;
  std::string rules_arg = "default", out_path, thresholds_path;
  Language lang = Language::En;
  struct Override {
    Role role;
    std::string column;
  };
  std::vector<Override> overrides;
  bool have_file = false;
  unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1u, 8u);

  for (std::string_view a : args) {
    std::string_view key, value;
    if (!split_option(a, key, value)) {
      if (have_file) throw UsageError{"more than one input file"};
      file = std::string(a);
      have_file = true;
      continue;
    }
    auto need = [&]() {
      if (value.empty()) throw UsageError{"--" + std::string(key) + " needs a value"};
    };
    if (key == "level") {
      auto l = parse_level(value);
      if (!l) throw UsageError{"--level must be order or customer"};
      opts.level = *l;
    } else if (key == "customer" || key == "date" || key == "amount" || key == "orders" || key == "recency" ||
               key == "name" || key == "industry" || key == "region" || key == "rep") {
      need();
      const Role r = key == "customer" ? Role::Customer
                     : key == "date"   ? Role::Date
                     : key == "amount" ? Role::Amount
                     : key == "orders" ? Role::Orders
                     : key == "recency" ? Role::Recency
                     : key == "name"   ? Role::Name
                     : key == "industry" ? Role::Industry
                     : key == "region" ? Role::Region
                                       : Role::Rep;
      overrides.push_back({r, std::string(value)});
    } else if (key == "analysis-date") {
      auto d = parse_iso_date(value);
      if (!d) throw UsageError{"--analysis-date must be YYYY-MM-DD"};
      analysis_date = d->days;
    } else if (key == "bins") {
      int b = 0;
      try {
        std::size_t used = 0;
        b = std::stoi(std::string(value), &used);
        if (used != value.size()) b = 0;
      } catch (const std::exception&) {
        b = 0;
      }
      if (b < kMinBins || b > kMaxBins) throw UsageError{"--bins must be 2..9"};
      scoring.set_bins(b);
    } else if (key == "method") {
      auto m = parse_score_method(value);
      if (!m) throw UsageError{"--method must be quantile or rank"};
      scoring.method = *m;
    } else if (key == "recency-breaks") {
      scoring.recency.custom_breaks = parse_breaks(key, value);
    } else if (key == "frequency-breaks") {
      scoring.frequency.custom_breaks = parse_breaks(key, value);
    } else if (key == "monetary-breaks") {
      scoring.monetary.custom_breaks = parse_breaks(key, value);
    } else if (key == "rules") {
      need();
      rules_arg = std::string(value);
    } else if (key == "out") {
      need();
      out_path = std::string(value);
    } else if (key == "thresholds-out") {
      need();
      thresholds_path = std::string(value);
    } else if (key == "lang") {
      const auto l = parse_language(value);
      if (!l) throw UsageError{"--lang must be en or zh"};
      lang = *l;
    } else if (key == "encoding") {
      auto e = parse_encoding(value);
      if (!e) throw UsageError{"--encoding must be auto, utf-8, gbk, utf-16le or utf-16be"};
      opts.encoding = *e;
    } else if (key == "delimiter") {
      if (value == "tab" || value == "\\t") {
        opts.delimiter = '\t';
      } else if (value == "," || value == ";" || value == "|") {
        opts.delimiter = value[0];
      } else {
        throw UsageError{"--delimiter must be , ; | or tab"};
      }
    } else if (key == "date-order") {
      if (value == "dmy") {
        opts.date_order = DateOrder::DayFirst;
      } else if (value == "mdy") {
        opts.date_order = DateOrder::MonthFirst;
      } else {
        throw UsageError{"--date-order must be dmy or mdy"};
      }
    } else if (key == "on-error") {
      if (value == "skip") {
        opts.policy = ErrorPolicy::SkipBadRows;
      } else if (value == "stop") {
        opts.policy = ErrorPolicy::Stop;
      } else {
        throw UsageError{"--on-error must be skip or stop"};
      }
    } else if (key == "threads") {
      int t = 0;
      try {
        std::size_t used = 0;
        t = std::stoi(std::string(value), &used);
        if (used != value.size()) t = 0;
      } catch (const std::exception&) {
        t = 0;
      }
      if (t < 1 || t > 64) throw UsageError{"--threads must be 1..64"};
      threads = static_cast<unsigned>(t);
    } else if (key == "returns-as-orders") {
      opts.aggregate.returns_count_as_orders = true;
    } else {
      throw UsageError{"unknown option --" + std::string(key)};
    }
  }
  if (!have_file) throw UsageError{"no input file"};
  try {
    validate(scoring);
  } catch (const Error& e) {
    throw UsageError{e.what()};
  }

  RuleSet rules;
  if (rules_arg == "default") {
    rules = default_rule_set();
  } else if (rules_arg == "abc") {
    rules = abc_rule_set();
  } else {
    std::ifstream rf(rules_arg, std::ios::binary);
    if (!rf) {
      io.err << "fieldbook rfm: cannot read rules file " << rules_arg << "\n";
      return 1;
    }
    std::string json((std::istreambuf_iterator<char>(rf)), std::istreambuf_iterator<char>());
    rules = parse_rule_set_json(json);  // throws Error -> exit 1 with the message
  }

  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    io.err << "fieldbook rfm: cannot open " << file << "\n";
    return 1;
  }
  struct FdCloser {
    int fd;
    ~FdCloser() { ::close(fd); }
  } closer{fd};
  struct stat st {};
  const bool regular = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
  const std::uint64_t size = regular ? static_cast<std::uint64_t>(st.st_size) : 0;
  opts.pause_after_preview = true;
  opts.decoders = [](std::string_view label) { return make_iconv_decoder(label); };
  OrderImporter importer(opts);

  auto handle_pause = [&]() {
    if (importer.state() == ImportState::NeedsMapping) {
      const Preview& p = importer.preview();
      std::vector<Role> roles = p.roles;
      for (const Override& o : overrides) {
        auto col = find_column(p.header, o.column);
        if (!col) {
          std::string cols;
          for (const auto& h : p.header) cols += (cols.empty() ? "" : ", ") + ("\"" + h + "\"");
          throw Error("no column \"" + o.column + "\" for --" + std::string(to_string(o.role)) + " (columns: " + cols +
                      ")");
        }
        assign_role(roles, *col, o.role);
      }
      // --date on a customer-level file names the last order date: it then replaces a recency column.
      bool date_given = false, recency_given = false;
      for (const Override& o : overrides) {
        date_given |= o.role == Role::Date;
        recency_given |= o.role == Role::Recency;
      }
      if (date_given && !recency_given) {
        for (Role& r : roles)
          if (r == Role::Recency) r = Role::Ignore;
      }
      Level level = opts.level;
      if (level == Level::Auto) level = level_from_roles(roles);
      if (level == Level::Order) {
        for (Role& r : roles)
          if (r == Role::Orders || r == Role::Recency) r = Role::Ignore;
      }
      importer.confirm_mapping(std::move(roles), level);
    }
    if (importer.state() == ImportState::NeedsDateOrder) {
      throw Error(importer.question().text.en + " Pass --date-order=dmy or --date-order=mdy.");
    }
  };

  try {
    std::vector<char> buf(kReadBytes);
    std::uint64_t offset = 0;
    bool split_tried = false;
    while (true) {
      const std::size_t n = read_some(fd, buf.data(), buf.size(), -1);
      if (n == 0) break;
      importer.feed(std::string_view(buf.data(), n));
      handle_pause();
      offset += n;
      if (!split_tried && threads > 1 && regular && size >= offset + 2 * kMinPartBytes && importer.can_fork()) {
        split_tried = true;
        const std::uint64_t done = read_in_parts(fd, offset, size, threads, importer);
        if (done == size) break;
        if (::lseek(fd, static_cast<off_t>(done), SEEK_SET) < 0) throw ReadError{};
        offset = done;
      }
    }
  } catch (const ReadError&) {
    io.err << "fieldbook rfm: read error on " << file << "\n";
    return 1;
  }
  importer.finish();
  handle_pause();
  if (importer.state() != ImportState::Done) importer.finish();
  if (importer.state() != ImportState::Done) throw Error(importer.error().empty() ? "import did not finish" : importer.error());

  CustomerTable table = importer.table(analysis_date);
  const ScoredTable scored = score_customers(table, scoring);
  assign_segments(table.customers, rules, scored);
  const auto summary = summarize_segments(table.customers, rules);

  ExportOptions eo;
  eo.lang = lang;
  eo.analysis_date = table.analysis_date;
  const auto write_file = [&](const std::string& path, const auto& write) {
    if (path.empty()) return true;
    std::ofstream out(path, std::ios::binary);
    if (out) write(out);
    if (!out) io.err << "fieldbook rfm: cannot write " << path << "\n";
    return static_cast<bool>(out);
  };
  if (!write_file(out_path, [&](std::ostream& out) { write_customers_csv(out, table.customers, rules, eo); })) return 1;
  if (!write_file(thresholds_path, [&](std::ostream& out) { write_thresholds_csv(out, scored, eo); })) return 1;

  rapidjson::StringBuffer sb;
  rapidjson::Writer<rapidjson::StringBuffer> w(sb);
  const Preview& p = importer.preview();
  w.StartObject();
  w.Key("customers");
  w.Uint64(table.customers.size());
  w.Key("orders");
  w.Int64(table.orders);
  w.Key("revenue");
  w.Double(table.revenue);
  w.Key("analysisDate");
  if (table.analysis_date) {
    write_string(w, format_iso_date(Date{*table.analysis_date}));
  } else {
    w.Null();
  }
  w.Key("level");
  write_string(w, to_string(p.level));
  w.Key("encoding");
  write_string(w, to_string(p.encoding));
  w.Key("delimiter");
  write_string(w, p.delimiter == '\t' ? std::string("tab") : std::string(1, p.delimiter));
  w.Key("columns");
  w.StartObject();
  for (std::size_t i = 0; i < p.header.size() && i < p.roles.size(); ++i) {
    if (p.roles[i] == Role::Ignore) continue;
    w.Key(std::string(to_string(p.roles[i])).c_str());
    write_string(w, p.header[i]);
  }
  w.EndObject();
  w.Key("method");
  write_string(w, to_string(scoring.method));
  w.Key("rules");
  write_string(w, rules.id);
  w.Key("rows");
  w.Uint64(importer.progress().rows);
  w.Key("badRows");
  w.Uint64(importer.progress().bad_rows);
  w.Key("returnRows");
  w.Uint64(table.return_rows);
  w.Key("futureCustomers");
  w.Uint64(table.future_customers);
  w.Key("thresholds");
  w.StartObject();
  w.Key("recency");
  write_thresholds(w, scored.thresholds[0]);
  w.Key("frequency");
  write_thresholds(w, scored.thresholds[1]);
  w.Key("monetary");
  write_thresholds(w, scored.thresholds[2]);
  w.EndObject();
  w.Key("segments");
  w.StartArray();
  for (const SegmentSummary& s : summary) {
    w.StartObject();
    w.Key("name");
    write_string(w, s.name.en);
    w.Key("label");
    write_string(w, s.name.in(lang));
    w.Key("customers");
    w.Uint64(s.customers);
    w.Key("orders");
    w.Int64(s.orders);
    w.Key("revenue");
    w.Double(s.revenue);
    w.Key("customerShare");
    w.Double(s.customer_share);
    w.Key("revenueShare");
    w.Double(s.revenue_share);
    w.Key("averageOrderValue");
    w.Double(s.average_order_value);
    w.Key("action");
    write_string(w, s.action.in(lang));
    w.EndObject();
  }
  w.EndArray();
  w.Key("errors");
  w.StartArray();
  std::size_t shown = 0;
  for (const RowError& e : importer.errors()) {
    if (++shown > 100) break;
    w.StartObject();
    w.Key("line");
    w.Uint64(e.line);
    w.Key("column");
    w.Uint64(e.column);
    w.Key("columnName");
    write_string(w, e.column_name);
    w.Key("value");
    write_string(w, e.value);
    w.Key("reason");
    write_string(w, e.reason);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  io.out << sb.GetString() << "\n";
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
