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

std::uint64_t hash_bytes(std::string_view s) {
  // A small multiply-xorshift hash over 8-byte words (not cryptographic; ids are not adversarial
  // enough to matter, and probing stays linear-time per lookup on average).
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ (s.size() * 0xC2B2AE3D27D4EB4Full);
  const char* p = s.data();
  std::size_t n = s.size();
  while (n >= 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ (w * 0xBF58476D1CE4E5B9ull)) * 0x94D049BB133111EBull;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  std::uint64_t w = 0;
  std::memcpy(&w, p, n);
  h = (h ^ (w * 0xBF58476D1CE4E5B9ull)) * 0x94D049BB133111EBull;
  h ^= h >> 31;
  h *= 0xD6E8FEB86659FD93ull;
  h ^= h >> 32;
  return h;
}

constexpr Day kNoDay = std::numeric_limits<Day>::min();

// One cache line per customer on the hot path: ids up to 16 bytes compare without leaving it;
// attributes live in a separate (cold) vector, touched only when a new value must be stored.
struct alignas(64) Entry {
  const char* id_data = nullptr;  // interned in the arena
  std::uint32_t id_size = 0;
  std::uint8_t attributes_set = 0;  // bit per Attributes field already stored
  char prefix[16] = {};             // the id's first 16 bytes
  std::int64_t orders = 0;
  std::int64_t units = 0;         // the sum of the amounts that are whole multiples of 1/10000 (see add_amount)
  Day first_order = kNoDay;       // of counted orders
  Day last_order = kNoDay;        // of counted orders
  Day last_activity = kNoDay;     // of any row (a customer with returns only)
  Day recency_given = kNoDay;     // customer level: recency days from the file (smallest wins)

  std::string_view id() const { return {id_data, id_size}; }
  bool same_id(std::string_view s) const {
    if (s.size() != id_size) return false;
    if (s.size() <= sizeof prefix) return std::memcmp(prefix, s.data(), s.size()) == 0;
    return std::memcmp(prefix, s.data(), sizeof prefix) == 0 &&
           std::memcmp(id_data + sizeof prefix, s.data() + sizeof prefix, s.size() - sizeof prefix) == 0;
  }
};

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
  std::vector<Entry> entries;
  std::vector<std::uint64_t> hashes;     // per entry, for rehashing
  std::vector<Attributes> attributes;    // per entry (cold)
  std::vector<double> inexact;           // per entry (cold): amounts that are not whole 1/10000s
  std::vector<std::uint64_t> slots;
  std::size_t mask = 0;
  std::size_t rows = 0;
  std::size_t return_rows = 0;
  Day newest = kNoDay;
  bool any_date = false;
  bool any_recency = false;

  Impl() { rehash(1024); }

  // A slot holds the hash's high 32 bits and entry index + 1 (0 = empty), so a probe touches an
  // entry only when the tag matches.
  static std::uint64_t slot_of(std::uint64_t h, std::size_t index) {
    return (h & 0xFFFFFFFF00000000ull) | static_cast<std::uint64_t>(index + 1);
  }

  void rehash(std::size_t capacity) {
    slots.assign(capacity, 0);
    mask = capacity - 1;
    for (std::size_t i = 0; i < entries.size(); ++i) {
      std::size_t s = hashes[i] & mask;
      while (slots[s] != 0) s = (s + 1) & mask;
      slots[s] = slot_of(hashes[i], i);
    }
  }

  Entry& find_or_insert(std::string_view id) {
    const std::uint64_t h = hash_bytes(id);
    const std::uint64_t tag = h & 0xFFFFFFFF00000000ull;
    std::size_t s = h & mask;
    while (true) {
      const std::uint64_t v = slots[s];
      if (v == 0) break;
      if ((v & 0xFFFFFFFF00000000ull) == tag) {
        Entry& e = entries[static_cast<std::size_t>(v & 0xFFFFFFFFull) - 1];
        if (e.same_id(id)) return e;
      }
      s = (s + 1) & mask;
    }
    if (entries.size() >= std::numeric_limits<std::uint32_t>::max() - 1) throw Error("too many customers");
    if (id.size() > std::numeric_limits<std::uint32_t>::max()) throw Error("customer id is too long");
    Entry e;
    const std::string_view stored = arena.intern(id);
    e.id_data = stored.data();
    e.id_size = static_cast<std::uint32_t>(stored.size());
    std::memcpy(e.prefix, id.data(), std::min(id.size(), sizeof e.prefix));
    entries.push_back(e);
    hashes.push_back(h);
    attributes.emplace_back();
    inexact.push_back(0.0);
    slots[s] = slot_of(h, entries.size() - 1);
    if (entries.size() * 2 > slots.size()) rehash(slots.size() * 2);
    return entries.back();
  }

  void add_amount(Entry& e, double amount) {
    std::int64_t u = 0, sum = 0;
    if (to_units(amount, u) && !__builtin_add_overflow(e.units, u, &sum)) {
      e.units = sum;
      return;
    }
    inexact[static_cast<std::size_t>(&e - entries.data())] += amount;
  }

  double monetary(std::size_t i) const {
    const double exact = static_cast<double>(entries[i].units) / kUnitsPerOne;
    return inexact[i] == 0.0 ? exact : exact + inexact[i];
  }

  void merge_attributes(Entry& e, const Attributes& a) {
    const std::string_view in[4] = {a.name, a.industry, a.region, a.rep};
    for (unsigned k = 0; k < 4; ++k) {
      const auto bit = static_cast<std::uint8_t>(1u << k);
      if ((e.attributes_set & bit) || in[k].empty()) continue;
      Attributes& stored = attributes[static_cast<std::size_t>(&e - entries.data())];
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
  __builtin_prefetch(m.slots.data() + (hash_bytes(customer) & m.mask));
}

void Aggregator::merge(const Aggregator& later) {
  Impl& m = *impl_;
  const Impl& o = *later.impl_;
  auto earliest = [](Day a, Day b) { return a == kNoDay ? b : (b == kNoDay ? a : std::min(a, b)); };
  auto latest = [](Day a, Day b) { return a == kNoDay ? b : (b == kNoDay ? a : std::max(a, b)); };
  for (std::size_t i = 0; i < o.entries.size(); ++i) {
    const Entry& src = o.entries[i];
    Entry& e = m.find_or_insert(src.id());
    e.orders += src.orders;
    std::int64_t sum = 0;
    if (__builtin_add_overflow(e.units, src.units, &sum)) {
      m.inexact[static_cast<std::size_t>(&e - m.entries.data())] += static_cast<double>(src.units) / kUnitsPerOne;
    } else {
      e.units = sum;
    }
    if (o.inexact[i] != 0.0) m.inexact[static_cast<std::size_t>(&e - m.entries.data())] += o.inexact[i];
    e.first_order = earliest(e.first_order, src.first_order);
    e.last_order = latest(e.last_order, src.last_order);
    e.last_activity = latest(e.last_activity, src.last_activity);
    e.recency_given = earliest(e.recency_given, src.recency_given);
    if (src.attributes_set & ~e.attributes_set) m.merge_attributes(e, o.attributes[i]);
  }
  m.rows += o.rows;
  m.return_rows += o.return_rows;
  m.newest = latest(m.newest, o.newest);
  m.any_date = m.any_date || o.any_date;
  m.any_recency = m.any_recency || o.any_recency;
}

std::size_t Aggregator::customer_count() const { return impl_->entries.size(); }
std::size_t Aggregator::row_count() const { return impl_->rows; }
std::optional<Day> Aggregator::newest_date() const {
  if (impl_->newest == kNoDay) return std::nullopt;
  return impl_->newest;
}

CustomerTable Aggregator::finish(std::optional<Day> analysis_date) const {
  const Impl& m = *impl_;
  if (m.entries.empty()) throw Error("no customers: the input has no data rows");
  CustomerTable t;
  if (m.any_date) {
    t.analysis_date = analysis_date ? *analysis_date : m.newest + 1;
  } else if (analysis_date) {
    t.analysis_date = analysis_date;
  }
  std::vector<std::uint32_t> order(m.entries.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](std::uint32_t a, std::uint32_t b) { return m.entries[a].id() < m.entries[b].id(); });
  t.customers.reserve(order.size());
  t.rows = m.rows;
  t.return_rows = m.return_rows;
  for (std::uint32_t i : order) {
    const Entry& e = m.entries[i];
    Customer c;
    const Attributes& attrs = m.attributes[i];
    c.id.assign(e.id());
    c.name.assign(attrs.name);
    c.industry.assign(attrs.industry);
    c.region.assign(attrs.region);
    c.rep.assign(attrs.rep);
    c.frequency = e.orders;
    c.monetary = m.monetary(i);
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
    t.customers.push_back(std::move(c));
  }
  return t;
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
