// Aggregator::queue_order (rows wait a few deep while their customer's record is fetched) gives
// the same table as add_order row by row, including the first-seen attributes and inexact sums,
// which depend on the order rows are added; and DateCache returns only what was stored for the
// same text under the same date order.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "common/error.h"
#include "rfm/analysis.h"
#include "rfm/date_cache.h"

using namespace fieldbook;
using namespace fieldbook::rfm;

namespace {

struct Row {
  std::string id, name;
  Day day;
  double amount;
};

std::vector<Row> make_rows(std::size_t n) {
  std::mt19937 rng(7);
  std::vector<Row> rows;
  for (std::size_t i = 0; i < n; ++i) {
    const unsigned c = rng() % 5000;  // more customers than the map's first index holds
    double amount = static_cast<double>(rng() % 100000) / 100.0 - 50.0;
    if (i % 17 == 0) amount = 1.0 / 3.0;  // inexact: its sum depends on the order of adding
    rows.push_back({"customer-with-a-long-id-" + std::to_string(c), rng() % 3 ? "" : "name " + std::to_string(i),
                    static_cast<Day>(19000 + rng() % 900), amount});
  }
  return rows;
}

void expect_same(const CustomerTable& a, const CustomerTable& b) {
  ASSERT_EQ(a.customers.size(), b.customers.size());
  EXPECT_EQ(a.rows, b.rows);
  EXPECT_EQ(a.return_rows, b.return_rows);
  EXPECT_EQ(a.orders, b.orders);
  EXPECT_EQ(a.analysis_date, b.analysis_date);
  for (std::size_t i = 0; i < a.customers.size(); ++i) {
    const Customer& x = a.customers[i];
    const Customer& y = b.customers[i];
    EXPECT_EQ(x.id, y.id);
    EXPECT_EQ(x.name, y.name);
    EXPECT_EQ(x.frequency, y.frequency);
    EXPECT_EQ(x.monetary, y.monetary);  // bit for bit
    EXPECT_EQ(x.first_order, y.first_order);
    EXPECT_EQ(x.last_order, y.last_order);
    EXPECT_EQ(x.recency_days, y.recency_days);
  }
}

}  // namespace

TEST(AggregatorQueue, SameTableAsAddingRowByRow) {
  const std::vector<Row> rows = make_rows(40000);
  Aggregator direct, queued;
  for (const Row& r : rows) direct.add_order(r.id, r.day, r.amount, Attributes{r.name, {}, {}, {}});
  for (const Row& r : rows) queued.queue_order(r.id, r.day, r.amount, Attributes{r.name, {}, {}, {}});
  queued.flush();
  EXPECT_EQ(queued.customer_count(), direct.customer_count());
  EXPECT_EQ(queued.row_count(), direct.row_count());
  expect_same(queued.finish(), direct.finish());
}

TEST(AggregatorQueue, AddOrderAfterQueuedRowsKeepsTheOrder) {
  // The first non-empty name wins: a queued row's name must win over a later add_order's.
  Aggregator a;
  a.queue_order("C1", 100, 10.0, Attributes{"first", {}, {}, {}});
  a.add_order("C1", 101, 5.0, Attributes{"second", {}, {}, {}});
  const CustomerTable t = a.finish();
  ASSERT_EQ(t.customers.size(), 1u);
  EXPECT_EQ(t.customers[0].name, "first");
  EXPECT_EQ(t.customers[0].frequency, 2);
}

TEST(AggregatorQueue, FinishingOrMergingWithQueuedRowsThrows) {
  Aggregator a, b;
  b.add_order("C2", 100, 1.0);
  a.queue_order("C1", 100, 1.0);
  EXPECT_THROW(a.finish(), Error);
  EXPECT_THROW(b.merge(a), Error);
  a.flush();
  EXPECT_EQ(a.finish().customers.size(), 1u);
  b.merge(a);
  EXPECT_EQ(b.customer_count(), 2u);
}

TEST(DateCache, FindsWhatWasStoredUnderTheSameOrder) {
  DateCache cache;
  Day day = 0;
  EXPECT_FALSE(cache.find("2024-03-05", DateOrder::Unknown, day));
  cache.store("2024-03-05", DateOrder::Unknown, 19787);
  ASSERT_TRUE(cache.find("2024-03-05", DateOrder::Unknown, day));
  EXPECT_EQ(day, 19787);
  EXPECT_FALSE(cache.find("2024-03-06", DateOrder::Unknown, day));
  EXPECT_FALSE(cache.find("2024-03-0", DateOrder::Unknown, day));
  cache.store("3/5/24", DateOrder::Unknown, 1);  // short texts are keyed whole
  EXPECT_FALSE(cache.find("3/5/25", DateOrder::Unknown, day));
  // Another date order: everything stored before is forgotten.
  EXPECT_FALSE(cache.find("2024-03-05", DateOrder::DayFirst, day));
  EXPECT_FALSE(cache.find("2024-03-05", DateOrder::Unknown, day));
  // Texts over 16 bytes are never cached.
  cache.store("2024-03-05T10:00:00Z", DateOrder::Unknown, 19787);
  EXPECT_FALSE(cache.find("2024-03-05T10:00:00Z", DateOrder::Unknown, day));
}
