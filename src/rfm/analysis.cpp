#include "rfm/analysis.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#include "common/error.h"
#include "rfm/customer_map.h"

namespace fieldbook::rfm {

namespace {

using customer_map::Arena;
using customer_map::CustomerMap;
using customer_map::Entry;
using customer_map::hash_bytes;
using customer_map::kNoDay;

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

// WebAssembly has no prefetch instruction: __builtin_prefetch compiles to nothing there.
#if defined(__wasm__)
constexpr bool kPrefetchHints = false;
#else
constexpr bool kPrefetchHints = true;
#endif

// A row waiting in Aggregator's queue (see queue_order).
struct QueuedOrder {
  std::string_view id;
  std::uint64_t hash = 0;
  Day date = 0;
  double amount = 0;
  Attributes attributes;
};

struct Aggregator::Impl {
  AggregateOptions options;
  Arena arena;
  CustomerMap map;
  // Cold, by Entry::index, and only as long as needed: most files have no attributes and only
  // amounts with up to 4 decimals, so these stay empty.
  std::vector<Attributes> attributes;
  std::vector<double> inexact;           // amounts that are not whole 1/10000s
  std::size_t rows = 0;
  std::size_t return_rows = 0;
  Day newest = kNoDay;
  bool any_date = false;
  bool any_recency = false;

  // queue_order's rows: a ring of kQueueDepth. A row's slot is prefetched when it enters, its
  // record kRecordAhead rows later, and it is added when the ring is full: about a microsecond
  // of parsing later, long enough for both loads to arrive from memory. Without prefetch hints
  // the full ring is added at once (add_queued_together), 16 rows: 8 overlapped misses gave most
  // of it, 32 no more.
  static constexpr std::size_t kQueueDepth = kPrefetchHints ? 8 : 16;
  static constexpr std::size_t kRecordAhead = 4;
  std::array<QueuedOrder, kQueueDepth> queue;
  std::size_t queue_head = 0;  // oldest
  std::size_t queue_size = 0;

  Entry& find_or_insert(std::string_view id, std::uint64_t h) { return map.find_or_insert(id, h, arena); }

  void add_amount(Entry& e, double amount) {
    std::int64_t u = 0, sum = 0;
    if (to_units(amount, u) && !__builtin_add_overflow(e.units, u, &sum)) {
      e.units = sum;
      return;
    }
    add_inexact(e, amount);
  }
  void add_inexact(const Entry& e, double amount) {
    if (inexact.size() <= e.index) inexact.resize(map.size());
    inexact[e.index] += amount;
  }
  double inexact_of(const Entry& e) const { return e.index < inexact.size() ? inexact[e.index] : 0.0; }

  double monetary(const Entry& e) const {
    const double exact = static_cast<double>(e.units) / kUnitsPerOne;
    const double other = inexact_of(e);
    return other == 0.0 ? exact : exact + other;
  }

  const Attributes& attributes_of(const Entry& e) const {
    static const Attributes kNone;
    return e.index < attributes.size() ? attributes[e.index] : kNone;
  }

  void merge_attributes(Entry& e, const Attributes& a) {
    const std::string_view in[4] = {a.name, a.industry, a.region, a.rep};
    for (unsigned k = 0; k < 4; ++k) {
      const auto bit = static_cast<std::uint8_t>(1u << k);
      if ((e.attributes_set & bit) || in[k].empty()) continue;
      if (attributes.size() <= e.index) attributes.resize(map.size());
      Attributes& stored = attributes[e.index];
      std::string_view* out[4] = {&stored.name, &stored.industry, &stored.region, &stored.rep};
      *out[k] = arena.intern(in[k]);
      e.attributes_set = static_cast<std::uint8_t>(e.attributes_set | bit);
    }
  }

  void add_order(std::string_view customer, std::uint64_t h, Day date, double amount, const Attributes& a) {
    Entry& e = find_or_insert(customer, h);
    ++rows;
    any_date = true;
    add_amount(e, amount);
    const bool is_return = amount < 0;
    if (is_return) ++return_rows;
    if (!is_return || options.returns_count_as_orders) {
      ++e.orders;
      if (e.first_order == kNoDay || date < e.first_order) e.first_order = date;
      if (e.last_order == kNoDay || date > e.last_order) e.last_order = date;
    }
    if (e.last_activity == kNoDay || date > e.last_activity) e.last_activity = date;
    if (newest == kNoDay || date > newest) newest = date;
    if (!a.name.empty() || !a.industry.empty() || !a.region.empty() || !a.rep.empty()) merge_attributes(e, a);
  }

  void add_oldest_queued() {
    const QueuedOrder& q = queue[queue_head];
    queue_head = (queue_head + 1) % kQueueDepth;
    --queue_size;
    add_order(q.id, q.hash, q.date, q.amount, q.attributes);
  }

  void flush() {
    while (queue_size) add_oldest_queued();
  }

  // The whole queue at once, for where prefetch hints compile to nothing (WebAssembly): the rows'
  // slots are loaded in one short loop and their records in another, so that their cache misses
  // overlap instead of coming one after another in add_order (with rows out of customer order
  // nearly every row misses twice).
  std::uint32_t touched = 0;
  void add_queued_together() {
    std::uint32_t sink = 0;
    for (std::size_t i = 0; i < queue_size; ++i) sink ^= map.touch_slot(queue[(queue_head + i) % kQueueDepth].hash);
    for (std::size_t i = 0; i < queue_size; ++i) sink ^= map.touch_record(queue[(queue_head + i) % kQueueDepth].hash);
    touched ^= sink;
    flush();
  }
};


Aggregator::Aggregator(AggregateOptions options) : impl_(std::make_unique<Impl>()) { impl_->options = options; }
Aggregator::~Aggregator() = default;
Aggregator::Aggregator(Aggregator&&) noexcept = default;
Aggregator& Aggregator::operator=(Aggregator&&) noexcept = default;

void Aggregator::add_order(std::string_view customer, Day date, double amount, const Attributes& attributes) {
  if (customer.empty()) throw Error("empty customer id");
  Impl& m = *impl_;
  m.flush();
  m.add_order(customer, hash_bytes(customer), date, amount, attributes);
}

void Aggregator::queue_order(std::string_view customer, Day date, double amount, const Attributes& attributes) {
  if (customer.empty()) throw Error("empty customer id");
  Impl& m = *impl_;
  const std::uint64_t h = hash_bytes(customer);
  if constexpr (!kPrefetchHints) {
    if (m.queue_size == Impl::kQueueDepth) m.add_queued_together();
    m.queue[(m.queue_head + m.queue_size) % Impl::kQueueDepth] = QueuedOrder{customer, h, date, amount, attributes};
    ++m.queue_size;
    return;
  }
  m.map.prefetch_slot(h);
  if (m.queue_size == Impl::kQueueDepth) m.add_oldest_queued();
  m.queue[(m.queue_head + m.queue_size) % Impl::kQueueDepth] = QueuedOrder{customer, h, date, amount, attributes};
  ++m.queue_size;
  if (m.queue_size > Impl::kRecordAhead) {
    m.map.prefetch_record(m.queue[(m.queue_head + m.queue_size - 1 - Impl::kRecordAhead) % Impl::kQueueDepth].hash);
  }
}

void Aggregator::flush() { impl_->flush(); }

void Aggregator::add_customer(std::string_view customer, std::optional<Day> last_order,
                              std::optional<Day> recency_days, std::int64_t orders, double revenue,
                              const Attributes& attributes) {
  if (customer.empty()) throw Error("empty customer id");
  if (!last_order && !recency_days) throw Error("a customer row needs a last order date or recency days");
  if (orders < 0) throw Error("order count is negative");
  Impl& m = *impl_;
  m.flush();
  Entry& e = m.find_or_insert(customer, hash_bytes(customer));
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

void Aggregator::prefetch(std::string_view customer) const { impl_->map.prefetch_slot(hash_bytes(customer)); }

void Aggregator::merge(const Aggregator& later) {
  Impl& m = *impl_;
  const Impl& o = *later.impl_;
  if (o.queue_size) throw Error("merge: the other aggregator still has queued rows");
  m.flush();
  auto earliest = [](Day a, Day b) { return a == kNoDay ? b : (b == kNoDay ? a : std::min(a, b)); };
  auto latest = [](Day a, Day b) { return a == kNoDay ? b : (b == kNoDay ? a : std::max(a, b)); };
  // In record order (memory order); the slot a few records ahead is prefetched.
  constexpr std::size_t kAhead = 8;
  const std::size_t n = o.map.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (i + kAhead < n) m.map.prefetch_slot(hash_bytes(o.map.at(i + kAhead).id()));
    const Entry& src = o.map.at(i);
    Entry& e = m.find_or_insert(src.id(), hash_bytes(src.id()));
    e.orders += src.orders;
    std::int64_t sum = 0;
    if (__builtin_add_overflow(e.units, src.units, &sum)) {
      m.add_inexact(e, static_cast<double>(src.units) / kUnitsPerOne);
    } else {
      e.units = sum;
    }
    if (o.inexact_of(src) != 0.0) m.add_inexact(e, o.inexact_of(src));
    e.first_order = earliest(e.first_order, src.first_order);
    e.last_order = latest(e.last_order, src.last_order);
    e.last_activity = latest(e.last_activity, src.last_activity);
    e.recency_given = earliest(e.recency_given, src.recency_given);
    if (src.attributes_set & ~e.attributes_set) m.merge_attributes(e, o.attributes_of(src));
  }
  m.rows += o.rows;
  m.return_rows += o.return_rows;
  m.newest = latest(m.newest, o.newest);
  m.any_date = m.any_date || o.any_date;
  m.any_recency = m.any_recency || o.any_recency;
}

std::size_t Aggregator::customer_count() const { return impl_->map.size(); }
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
  if (m.queue_size) throw Error("the aggregator still has queued rows: flush() first");
  if (m.map.size() == 0) throw Error("no customers: the input has no data rows");
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
  order.reserve(m.map.size());
  for (std::size_t i = 0; i < m.map.size(); ++i) {
    const Entry& e = m.map.at(i);
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
    // Records are read in id order, not memory order: fetch a few ahead.
    constexpr std::size_t kAhead = 8;
    if (build.next + kAhead < build.order.size()) __builtin_prefetch(build.order[build.next + kAhead].entry);
    const Entry& e = *build.order[build.next].entry;
    Customer& c = t.customers.emplace_back();  // filled in place (no move of five strings)
    const Attributes& attrs = m.attributes_of(e);
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
