#include "rfm/analysis.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#include "common/error.h"

namespace fieldbook::rfm {

namespace {

// Bump allocator for interned strings: blocks are never moved, so string_views stay valid.
class Arena {
 public:
  std::string_view intern(std::string_view s) {
    if (s.empty()) return {};
    if (s.size() > kBlock / 4) {
      big_.emplace_back(new char[s.size()]);
      std::memcpy(big_.back().get(), s.data(), s.size());
      return {big_.back().get(), s.size()};
    }
    if (blocks_.empty() || used_ + s.size() > kBlock) {
      blocks_.emplace_back(new char[kBlock]);
      used_ = 0;
    }
    char* p = blocks_.back().get() + used_;
    std::memcpy(p, s.data(), s.size());
    used_ += s.size();
    return {p, s.size()};
  }

 private:
  static constexpr std::size_t kBlock = 1 << 20;
  std::vector<std::unique_ptr<char[]>> blocks_;
  std::vector<std::unique_ptr<char[]>> big_;
  std::size_t used_ = 0;
};

// Loads of 8, 4 or 1 bytes without a call to memcpy (short ids are the common case).
inline std::uint64_t load8(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}
inline std::uint32_t load4(const char* p) {
  std::uint32_t w;
  std::memcpy(&w, p, 4);
  return w;
}

// The bytes of a short id (1..8 bytes) as one word, read inside the id only (overlapping loads).
inline std::uint64_t short_word(const char* p, std::size_t n) {
  if (n >= 4) return (static_cast<std::uint64_t>(load4(p + n - 4)) << 32) | load4(p);
  return static_cast<std::uint64_t>(static_cast<unsigned char>(p[0])) |
         (static_cast<std::uint64_t>(static_cast<unsigned char>(p[n >> 1])) << 8) |
         (static_cast<std::uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16);
}

std::uint64_t hash_bytes(std::string_view s) {
  // A small multiply-xorshift hash over 8-byte words (not cryptographic; ids are not adversarial
  // enough to matter, and probing stays linear-time per lookup on average). The last word
  // overlaps the one before it, so no byte is read outside the id.
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ (s.size() * 0xC2B2AE3D27D4EB4Full);
  const char* p = s.data();
  std::size_t n = s.size();
  auto mix = [&h](std::uint64_t w) {
    h = (h ^ (w * 0xBF58476D1CE4E5B9ull)) * 0x94D049BB133111EBull;
    h ^= h >> 29;
  };
  if (n > 8) {
    while (n > 8) {
      mix(load8(p));
      p += 8;
      n -= 8;
    }
    mix(load8(p + n - 8));
  } else if (n > 0) {
    mix(short_word(p, n));
  }
  h *= 0xD6E8FEB86659FD93ull;
  h ^= h >> 32;
  return h;
}

constexpr Day kNoDay = std::numeric_limits<Day>::min();

// One cache line per customer, stored in the hash table's slot itself (open addressing, linear
// probing): a lookup of an id up to 12 bytes touches this line only. Attributes and inexact
// sums live in separate (cold) vectors indexed by `index`, touched only when a new value must be
// stored. An empty slot has id_size 0 (ids are never empty).
struct alignas(64) Entry {
  const char* id_data = nullptr;  // interned in the arena
  std::uint32_t id_size = 0;
  char prefix[12] = {};           // the id's first 12 bytes, zero-padded
  std::uint32_t index = 0;        // insertion order: into the cold vectors
  std::uint8_t attributes_set = 0;  // bit per Attributes field already stored
  std::uint8_t hash_bits[3] = {};   // the hash's low 24 bits: rehashing tables up to 2^24 slots needs no hashing
  std::int64_t orders = 0;
  std::int64_t units = 0;         // the sum of the amounts that are whole multiples of 1/10000 (see add_amount)
  Day first_order = kNoDay;       // of counted orders
  Day last_order = kNoDay;        // of counted orders
  Day last_activity = kNoDay;     // of any row (a customer with returns only)
  Day recency_given = kNoDay;     // customer level: recency days from the file (smallest wins)

  static constexpr std::size_t kPrefix = sizeof prefix;

  std::string_view id() const { return {id_data, id_size}; }
  bool same_id(std::string_view s) const {
    const std::size_t n = s.size();
    if (n != id_size) return false;
    const char* p = s.data();
    if (n >= 8) {
      // The first 8 bytes, then the prefix's last 4 (overlapping when n < 12), then the rest.
      if (load8(p) != load8(prefix)) return false;
      const std::size_t k = n < kPrefix ? n : kPrefix;
      if (load4(p + k - 4) != load4(prefix + k - 4)) return false;
      return n <= kPrefix || std::memcmp(id_data + kPrefix, p + kPrefix, n - kPrefix) == 0;
    }
    return short_word(p, n) == short_word(prefix, n);
  }
};
static_assert(sizeof(Entry) == 64, "an entry is one cache line");

// Sort key of an id: its first 16 bytes big-endian (byte order compares as integers), so most
// comparisons of the customer sort need not leave the key array.
struct SortKey {
  std::uint64_t hi = 0, lo = 0;
  const Entry* entry = nullptr;
};

std::uint64_t big_endian_word(std::string_view s, std::size_t from) {
  std::uint64_t w = 0;
  for (std::size_t k = 0; k < 8; ++k) {
    const std::size_t i = from + k;
    w = (w << 8) | (i < s.size() ? static_cast<unsigned char>(s[i]) : 0u);
  }
  return w;
}

// Amounts are summed exactly, so a customer's monetary value does not depend on the order its
// rows come in (a parallel read adds the parts in another order than a sequential one) and is
// the decimal sum rounded once: amounts with up to 4 decimals (every currency amount in
// practice) are added as integers in 1/10000; any other amount (or an overflow) goes to a
// separate double sum.
constexpr double kUnitsPerOne = 10000.0;

bool to_units(double amount, std::int64_t& out) {
  const double q = amount * kUnitsPerOne;
  if (!(std::fabs(q) < 9.0e15)) return false;
  const double r = std::nearbyint(q);
  if (r / kUnitsPerOne != amount) return false;  // not the double nearest to a 4-decimal number
  out = static_cast<std::int64_t>(r);
  return true;
}

}  // namespace

struct Aggregator::Impl {
  AggregateOptions options;
  Arena arena;
  std::vector<Entry> table;              // the slots (power-of-two size); empty: id_size == 0
  std::size_t mask = 0;
  std::size_t count = 0;                 // customers
  std::vector<Attributes> attributes;    // per customer, by Entry::index (cold)
  std::vector<double> inexact;           // per customer, by Entry::index (cold): amounts that are not whole 1/10000s
  std::size_t rows = 0;
  std::size_t return_rows = 0;
  Day newest = kNoDay;
  bool any_date = false;
  bool any_recency = false;

  Impl() { rehash(1024); }

  void rehash(std::size_t capacity) {
    std::vector<Entry> old = std::move(table);
    table.assign(capacity, Entry{});
    mask = capacity - 1;
    for (const Entry& e : old) {
      if (e.id_size == 0) continue;
      const std::size_t h = capacity <= (std::size_t{1} << 24)
                                ? (std::size_t{e.hash_bits[0]} | (std::size_t{e.hash_bits[1]} << 8) |
                                   (std::size_t{e.hash_bits[2]} << 16))
                                : static_cast<std::size_t>(hash_bytes(e.id()));
      std::size_t s = h & mask;
      while (table[s].id_size != 0) s = (s + 1) & mask;
      table[s] = e;
    }
  }

  Entry& find_or_insert(std::string_view id) {
    const std::uint64_t h = hash_bytes(id);
    std::size_t s = h & mask;
    while (true) {
      Entry& e = table[s];
      if (e.id_size == 0) break;
      if (e.same_id(id)) return e;
      s = (s + 1) & mask;
    }
    if (count >= std::numeric_limits<std::uint32_t>::max() - 1) throw Error("too many customers");
    if (id.size() > std::numeric_limits<std::uint32_t>::max()) throw Error("customer id is too long");
    if ((count + 1) * 10 > table.size() * 7) {  // keep the load at most 0.7
      rehash(table.size() * 2);
      s = h & mask;
      while (table[s].id_size != 0) s = (s + 1) & mask;
    }
    Entry& e = table[s];
    const std::string_view stored = arena.intern(id);
    e.id_data = stored.data();
    e.id_size = static_cast<std::uint32_t>(stored.size());
    std::memcpy(e.prefix, id.data(), std::min(id.size(), Entry::kPrefix));
    e.index = static_cast<std::uint32_t>(count);
    e.hash_bits[0] = static_cast<std::uint8_t>(h);
    e.hash_bits[1] = static_cast<std::uint8_t>(h >> 8);
    e.hash_bits[2] = static_cast<std::uint8_t>(h >> 16);
    ++count;
    attributes.emplace_back();
    inexact.push_back(0.0);
    return e;
  }

  void add_amount(Entry& e, double amount) {
    std::int64_t u = 0, sum = 0;
    if (to_units(amount, u) && !__builtin_add_overflow(e.units, u, &sum)) {
      e.units = sum;
      return;
    }
    inexact[e.index] += amount;
  }

  double monetary(const Entry& e) const {
    const double exact = static_cast<double>(e.units) / kUnitsPerOne;
    const double other = inexact[e.index];
    return other == 0.0 ? exact : exact + other;
  }

  void merge_attributes(Entry& e, const Attributes& a) {
    const std::string_view in[4] = {a.name, a.industry, a.region, a.rep};
    for (unsigned k = 0; k < 4; ++k) {
      const auto bit = static_cast<std::uint8_t>(1u << k);
      if ((e.attributes_set & bit) || in[k].empty()) continue;
      Attributes& stored = attributes[e.index];
      std::string_view* out[4] = {&stored.name, &stored.industry, &stored.region, &stored.rep};
      *out[k] = arena.intern(in[k]);
      e.attributes_set = static_cast<std::uint8_t>(e.attributes_set | bit);
    }
  }
};

Aggregator::Aggregator(AggregateOptions options) : impl_(std::make_unique<Impl>()) { impl_->options = options; }
Aggregator::~Aggregator() = default;
Aggregator::Aggregator(Aggregator&&) noexcept = default;
Aggregator& Aggregator::operator=(Aggregator&&) noexcept = default;

void Aggregator::add_order(std::string_view customer, Day date, double amount, const Attributes& attributes) {
  if (customer.empty()) throw Error("empty customer id");
  Impl& m = *impl_;
  Entry& e = m.find_or_insert(customer);
  ++m.rows;
  m.any_date = true;
  m.add_amount(e, amount);
  const bool is_return = amount < 0;
  if (is_return) ++m.return_rows;
  if (!is_return || m.options.returns_count_as_orders) {
    ++e.orders;
    if (e.first_order == kNoDay || date < e.first_order) e.first_order = date;
    if (e.last_order == kNoDay || date > e.last_order) e.last_order = date;
  }
  if (e.last_activity == kNoDay || date > e.last_activity) e.last_activity = date;
  if (m.newest == kNoDay || date > m.newest) m.newest = date;
  if (!attributes.name.empty() || !attributes.industry.empty() || !attributes.region.empty() ||
      !attributes.rep.empty()) {
    m.merge_attributes(e, attributes);
  }
}

void Aggregator::add_customer(std::string_view customer, std::optional<Day> last_order,
                              std::optional<Day> recency_days, std::int64_t orders, double revenue,
                              const Attributes& attributes) {
  if (customer.empty()) throw Error("empty customer id");
  if (!last_order && !recency_days) throw Error("a customer row needs a last order date or recency days");
  if (orders < 0) throw Error("order count is negative");
  Impl& m = *impl_;
  Entry& e = m.find_or_insert(customer);
  ++m.rows;
  e.orders += orders;
  m.add_amount(e, revenue);
  if (last_order) {
    m.any_date = true;
    if (e.last_order == kNoDay || *last_order > e.last_order) e.last_order = *last_order;
    if (e.last_activity == kNoDay || *last_order > e.last_activity) e.last_activity = *last_order;
    if (m.newest == kNoDay || *last_order > m.newest) m.newest = *last_order;
  } else {
    m.any_recency = true;
    if (e.recency_given == kNoDay || *recency_days < e.recency_given) e.recency_given = *recency_days;
  }
  m.merge_attributes(e, attributes);
}

void Aggregator::prefetch(std::string_view customer) const {
  const Impl& m = *impl_;
  __builtin_prefetch(m.table.data() + (hash_bytes(customer) & m.mask));
}

void Aggregator::merge(const Aggregator& later) {
  Impl& m = *impl_;
  const Impl& o = *later.impl_;
  auto earliest = [](Day a, Day b) { return a == kNoDay ? b : (b == kNoDay ? a : std::min(a, b)); };
  auto latest = [](Day a, Day b) { return a == kNoDay ? b : (b == kNoDay ? a : std::max(a, b)); };
  for (const Entry& src : o.table) {
    if (src.id_size == 0) continue;
    Entry& e = m.find_or_insert(src.id());
    e.orders += src.orders;
    std::int64_t sum = 0;
    if (__builtin_add_overflow(e.units, src.units, &sum)) {
      m.inexact[e.index] += static_cast<double>(src.units) / kUnitsPerOne;
    } else {
      e.units = sum;
    }
    if (o.inexact[src.index] != 0.0) m.inexact[e.index] += o.inexact[src.index];
    e.first_order = earliest(e.first_order, src.first_order);
    e.last_order = latest(e.last_order, src.last_order);
    e.last_activity = latest(e.last_activity, src.last_activity);
    e.recency_given = earliest(e.recency_given, src.recency_given);
    if (src.attributes_set & ~e.attributes_set) m.merge_attributes(e, o.attributes[src.index]);
  }
  m.rows += o.rows;
  m.return_rows += o.return_rows;
  m.newest = latest(m.newest, o.newest);
  m.any_date = m.any_date || o.any_date;
  m.any_recency = m.any_recency || o.any_recency;
}

std::size_t Aggregator::customer_count() const { return impl_->count; }
std::size_t Aggregator::row_count() const { return impl_->rows; }
std::optional<Day> Aggregator::newest_date() const {
  if (impl_->newest == kNoDay) return std::nullopt;
  return impl_->newest;
}

class Aggregator::TableBuild {
 public:
  CustomerTable table;
  std::vector<SortKey> order;
  std::size_t next = 0;
};

void Aggregator::TableBuildDeleter::operator()(TableBuild* build) const { delete build; }

Aggregator::TableBuildPtr Aggregator::begin_finish(std::optional<Day> analysis_date) const {
  const Impl& m = *impl_;
  if (m.count == 0) throw Error("no customers: the input has no data rows");
  TableBuildPtr build(new TableBuild);
  CustomerTable& t = build->table;
  if (m.any_date) {
    t.analysis_date = analysis_date ? *analysis_date : m.newest + 1;
  } else if (analysis_date) {
    t.analysis_date = analysis_date;
  }
  // Byte order of the ids (std::string_view's <): the first 16 bytes as integers, then, for two
  // ids that agree there, the shorter first when both fit, else the rest of the bytes.
  std::vector<SortKey>& order = build->order;
  order.reserve(m.count);
  for (const Entry& e : m.table) {
    if (e.id_size == 0) continue;
    order.push_back({big_endian_word(e.id(), 0), big_endian_word(e.id(), 8), &e});
  }
  std::sort(order.begin(), order.end(), [](const SortKey& a, const SortKey& b) {
    if (a.hi != b.hi) return a.hi < b.hi;
    if (a.lo != b.lo) return a.lo < b.lo;
    return a.entry->id() < b.entry->id();
  });
  t.customers.reserve(order.size());
  t.rows = m.rows;
  t.return_rows = m.return_rows;
  return build;
}

bool Aggregator::finish_some(TableBuild& build, std::size_t max_customers) const {
  const Impl& m = *impl_;
  CustomerTable& t = build.table;
  const std::size_t end = std::min(build.order.size(), build.next + std::max<std::size_t>(max_customers, 1));
  for (; build.next < end; ++build.next) {
    const Entry& e = *build.order[build.next].entry;
    Customer& c = t.customers.emplace_back();  // filled in place (no move of five strings)
    const Attributes& attrs = m.attributes[e.index];
    c.id.assign(e.id());
    c.name.assign(attrs.name);
    c.industry.assign(attrs.industry);
    c.region.assign(attrs.region);
    c.rep.assign(attrs.rep);
    c.frequency = e.orders;
    c.monetary = m.monetary(e);
    if (e.first_order != kNoDay) c.first_order = e.first_order;
    const Day last = e.last_order != kNoDay ? e.last_order : e.last_activity;
    if (last != kNoDay) {
      c.last_order = last;
      const std::int64_t r = static_cast<std::int64_t>(*t.analysis_date) - last;
      if (r < std::numeric_limits<Day>::min() || r > std::numeric_limits<Day>::max()) {
        throw Error("customer " + c.id + ": recency is out of range");
      }
      c.recency_days = static_cast<Day>(r);
      if (r < 0) ++t.future_customers;
    } else if (e.recency_given != kNoDay) {
      c.recency_days = e.recency_given;
      if (t.analysis_date) c.last_order = static_cast<Day>(*t.analysis_date - e.recency_given);
    } else {
      throw Error("customer " + c.id + ": no order date");
    }
    t.orders += c.frequency;
    t.revenue += c.monetary;
  }
  return build.next == build.order.size();
}

CustomerTable Aggregator::take_table(TableBuild& build) {
  build.order.clear();
  return std::move(build.table);
}

CustomerTable Aggregator::finish(std::optional<Day> analysis_date) const {
  auto build = begin_finish(analysis_date);
  finish_some(*build, build->order.size());
  return take_table(*build);
}

ScoredTable score_customers(CustomerTable& table, const ScoringOptions& options) {
  validate(options);
  const std::size_t n = table.customers.size();
  if (n == 0) throw Error("no customers to score");
  std::vector<double> values(n);
  std::vector<std::uint8_t> scores(n);
  ScoredTable result;
  result.method = options.method;

  for (std::size_t i = 0; i < n; ++i) values[i] = static_cast<double>(table.customers[i].recency_days);
  result.thresholds[0] = score_dimension(values, Dimension::Recency, options.method, options.recency, scores);
  for (std::size_t i = 0; i < n; ++i) table.customers[i].r_score = scores[i];

  for (std::size_t i = 0; i < n; ++i) values[i] = static_cast<double>(table.customers[i].frequency);
  result.thresholds[1] = score_dimension(values, Dimension::Frequency, options.method, options.frequency, scores);
  for (std::size_t i = 0; i < n; ++i) table.customers[i].f_score = scores[i];

  for (std::size_t i = 0; i < n; ++i) values[i] = table.customers[i].monetary;
  result.thresholds[2] = score_dimension(values, Dimension::Monetary, options.method, options.monetary, scores);
  for (std::size_t i = 0; i < n; ++i) table.customers[i].m_score = scores[i];
  return result;
}

}  // namespace fieldbook::rfm
