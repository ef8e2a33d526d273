// The customer table built in steps (for the browser's frames) is the table finish() builds.
#include <gtest/gtest.h>

#include <string>

#include "common/error.h"
#include "rfm/analysis.h"

using namespace fieldbook::rfm;

namespace {

Aggregator sample_orders() {
  Aggregator a;
  // 50 customers, 1..5 orders each, some returns; ids out of order on purpose.
  for (int i = 0; i < 50; ++i) {
    const std::string id = "C" + std::to_string((i * 37) % 50);
    for (int k = 0; k <= i % 5; ++k) a.add_order(id, 19000 + i * 3 + k, k == 3 ? -20.5 : 100.25 * (k + 1), {id + " Ltd", "教育", "华东", "王磊"});
  }
  return a;
}

void expect_same(const CustomerTable& a, const CustomerTable& b) {
  ASSERT_EQ(a.customers.size(), b.customers.size());
  EXPECT_EQ(a.analysis_date, b.analysis_date);
  EXPECT_EQ(a.orders, b.orders);
  EXPECT_EQ(a.revenue, b.revenue);
  EXPECT_EQ(a.rows, b.rows);
  for (std::size_t i = 0; i < a.customers.size(); ++i) {
    const Customer& x = a.customers[i];
    const Customer& y = b.customers[i];
    EXPECT_EQ(x.id, y.id);
    EXPECT_EQ(x.name, y.name);
    EXPECT_EQ(x.recency_days, y.recency_days);
    EXPECT_EQ(x.frequency, y.frequency);
    EXPECT_EQ(x.monetary, y.monetary);
    EXPECT_EQ(x.first_order, y.first_order);
    EXPECT_EQ(x.last_order, y.last_order);
  }
}

}  // namespace

TEST(RfmTableBuild, StepsOfAnySizeGiveTheSameTableAsFinish) {
  const Aggregator a = sample_orders();
  const CustomerTable whole = a.finish();
  for (std::size_t batch : {1u, 7u, 50u, 1000u}) {
    auto build = a.begin_finish();
    int steps = 0;
    while (!a.finish_some(*build, batch)) ++steps;
    EXPECT_EQ(steps, static_cast<int>((50 + batch - 1) / batch) - 1) << batch;
    expect_same(Aggregator::take_table(*build), whole);
  }
}

TEST(RfmTableBuild, TheAnalysisDateIsHonoured) {
  const Aggregator a = sample_orders();
  auto build = a.begin_finish(Day{20000});
  while (!a.finish_some(*build, 8)) {
  }
  expect_same(Aggregator::take_table(*build), a.finish(Day{20000}));
}

TEST(RfmTableBuild, AnEmptyInputIsRefusedAtTheStart) {
  Aggregator a;
  EXPECT_THROW(a.begin_finish(), fieldbook::Error);
}
