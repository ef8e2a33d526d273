// Reading one file in parts (OrderImporter::fork / join, Aggregator::merge: what the CLI's
// threads use) gives the same customer table, counts and row errors as one sequential read, and
// monetary sums are exact decimal sums, whatever order the rows come in.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "common/error.h"
#include "rfm/analysis.h"
#include "rfm/import.h"

using namespace fieldbook;
using namespace fieldbook::rfm;

namespace {

// Orders with decimals that doubles cannot hold exactly, returns, attributes given on some rows
// only, a few bad rows, CRLF line ends and quoted fields (one with a line break).
std::string make_orders(std::size_t rows, unsigned seed) {
  std::mt19937 rng(seed);
  std::string s = "customer,name,order_date,amount,industry\r\n";
  for (std::size_t i = 0; i < rows; ++i) {
    const unsigned c = rng() % 97;
    const unsigned cents = rng() % 100000;
    std::string amount = std::to_string(cents / 100) + "." + (cents % 100 < 10 ? "0" : "") + std::to_string(cents % 100);
    if (rng() % 20 == 0) amount = "-" + amount;
    if (rng() % 10 == 0) amount = "\"￥" + amount + "\"";
    std::string date = "2024-" + std::string(rng() % 2 ? "03" : "11") + "-" + std::to_string(10 + rng() % 18);
    if (i % 331 == 200) date = "not a date";
    const std::string name = rng() % 3 == 0 ? "\"Name, " + std::to_string(c) + (c % 10 == 0 ? "\nsecond line" : "") + "\"" : "";
    const std::string industry = rng() % 4 == 0 ? "行业" + std::to_string(c % 5) : "";
    s += "C" + std::to_string(c) + "," + name + "," + date + "," + amount + "," + industry + "\r\n";
  }
  return s;
}

struct Outcome {
  CustomerTable table;
  std::vector<RowError> errors;
  std::size_t error_count = 0, rows = 0, bad_rows = 0;
};

ImportOptions options() {
  ImportOptions o;
  o.preview_rows = 20;
  return o;
}

Outcome sequential(const std::string& text) {
  OrderImporter imp(options());
  imp.feed(text);
  imp.finish();
  Outcome out{imp.table(), {imp.errors().begin(), imp.errors().end()}, imp.error_count(), imp.progress().rows,
              imp.progress().bad_rows};
  return out;
}

// The first `head` bytes go to the importer itself, the rest is cut at `cuts` (line starts)
// into forks, as the CLI does; returns nullopt when a cut is not a record boundary.
std::optional<Outcome> in_parts(const std::string& text, std::size_t head, std::vector<std::size_t> cuts) {
  OrderImporter imp(options());
  imp.feed(std::string_view(text).substr(0, head));
  EXPECT_TRUE(imp.can_fork());
  cuts.insert(cuts.begin(), head);
  cuts.push_back(text.size());
  imp.feed(std::string_view(text).substr(cuts[0], cuts[1] - cuts[0]));
  if (!imp.at_record_boundary()) return std::nullopt;
  std::vector<std::unique_ptr<OrderImporter>> forks;
  std::vector<std::size_t> lines;
  for (std::size_t k = 1; k + 1 < cuts.size(); ++k) {
    forks.push_back(imp.fork());
    forks.back()->feed(std::string_view(text).substr(cuts[k], cuts[k + 1] - cuts[k]));
    if (k + 2 < cuts.size() && !forks.back()->at_record_boundary()) return std::nullopt;
    lines.push_back(forks.back()->next_line() - 1);
    forks.back()->finish();
  }
  std::size_t offset = imp.next_line() - 1;
  for (std::size_t k = 0; k < forks.size(); ++k) {
    imp.join(*forks[k], offset);
    offset += lines[k];
  }
  imp.finish();
  Outcome out{imp.table(), {imp.errors().begin(), imp.errors().end()}, imp.error_count(), imp.progress().rows,
              imp.progress().bad_rows};
  return out;
}

void expect_same(const Outcome& a, const Outcome& b) {
  ASSERT_EQ(a.table.customers.size(), b.table.customers.size());
  for (std::size_t i = 0; i < a.table.customers.size(); ++i) {
    const Customer& x = a.table.customers[i];
    const Customer& y = b.table.customers[i];
    EXPECT_EQ(x.id, y.id);
    EXPECT_EQ(x.name, y.name) << x.id;
    EXPECT_EQ(x.industry, y.industry) << x.id;
    EXPECT_EQ(x.frequency, y.frequency) << x.id;
    EXPECT_EQ(x.monetary, y.monetary) << x.id;  // exactly: the sums do not depend on the order
    EXPECT_EQ(x.first_order, y.first_order) << x.id;
    EXPECT_EQ(x.last_order, y.last_order) << x.id;
    EXPECT_EQ(x.recency_days, y.recency_days) << x.id;
  }
  EXPECT_EQ(a.table.orders, b.table.orders);
  EXPECT_EQ(a.table.revenue, b.table.revenue);
  EXPECT_EQ(a.table.return_rows, b.table.return_rows);
  EXPECT_EQ(a.table.analysis_date, b.table.analysis_date);
  EXPECT_EQ(a.rows, b.rows);
  EXPECT_EQ(a.bad_rows, b.bad_rows);
  EXPECT_EQ(a.error_count, b.error_count);
  ASSERT_EQ(a.errors.size(), b.errors.size());
  for (std::size_t i = 0; i < a.errors.size(); ++i) {
    EXPECT_EQ(a.errors[i].line, b.errors[i].line);
    EXPECT_EQ(a.errors[i].column, b.errors[i].column);
    EXPECT_EQ(a.errors[i].reason, b.errors[i].reason);
  }
}

// The start of the line after `pos` (what the CLI cuts at).
std::size_t line_start_after(const std::string& text, std::size_t pos) { return text.find('\n', pos) + 1; }

}  // namespace

TEST(RfmParallel, PartsJoinedInOrderEqualOneSequentialRead) {
  const std::string text = make_orders(8000, 7);
  const Outcome seq = sequential(text);
  ASSERT_GT(seq.error_count, 0u);
  const std::size_t head = line_start_after(text, 70000);  // past the 64 KiB the encoding is detected on
  int compared = 0, refused = 0;
  for (std::size_t parts : {2u, 3u, 5u}) {
    for (std::size_t shift = 0; shift < 40; shift += 3) {
      std::vector<std::size_t> cuts;
      for (std::size_t k = 1; k < parts; ++k) {
        cuts.push_back(line_start_after(text, head + (text.size() - head) * k / parts + shift * 37));
      }
      const auto par = in_parts(text, head, cuts);
      if (!par) {
        ++refused;  // a cut inside the quoted field with a line break: the CLI reads on sequentially
        continue;
      }
      expect_same(seq, *par);
      ++compared;
    }
  }
  EXPECT_GT(compared, 20);
  EXPECT_GT(refused, 0);
}

TEST(RfmParallel, AForkNeedsASettledUtf8Import) {
  OrderImporter imp(options());
  EXPECT_FALSE(imp.can_fork());
  EXPECT_THROW(imp.fork(), Error);
  ImportOptions paused = options();
  paused.pause_after_preview = true;
  OrderImporter waiting(paused);
  waiting.feed(make_orders(3000, 3));  // more than the 64 KiB the encoding is detected on
  EXPECT_EQ(waiting.state(), ImportState::NeedsMapping);
  EXPECT_FALSE(waiting.can_fork());
}

TEST(RfmAnalysis, MonetaryIsTheExactDecimalSumInAnyOrder) {
  std::vector<double> amounts;
  // What parsing "0.10", "0.11", ... gives: the doubles nearest to those decimals.
  for (int i = 0; i < 1000; ++i) amounts.push_back((i % 7 == 0 ? -1 : 1) * ((i % 1000) + 10) / 100.0);
  double decimal_cents = 0;
  for (int i = 0; i < 1000; ++i) decimal_cents += (i % 7 == 0 ? -1 : 1) * ((i % 1000) + 10);
  const double expected = decimal_cents / 100.0;  // the exact sum, rounded once
  std::mt19937 rng(1);
  for (int round = 0; round < 5; ++round) {
    Aggregator agg;
    for (double a : amounts) agg.add_order("x", 19000, a);
    const CustomerTable t = agg.finish();
    EXPECT_EQ(t.customers.at(0).monetary, expected);
    std::shuffle(amounts.begin(), amounts.end(), rng);
  }
  // Split in two aggregators and merged: the same value.
  Aggregator first, second;
  for (std::size_t i = 0; i < amounts.size(); ++i) (i < 333 ? first : second).add_order("x", 19000, amounts[i]);
  first.merge(second);
  EXPECT_EQ(first.finish().customers.at(0).monetary, expected);
  // Amounts beyond 4 decimals still add up (as doubles).
  Aggregator odd;
  odd.add_order("y", 19000, 1.0 / 3.0);
  odd.add_order("y", 19000, 0.5);
  EXPECT_DOUBLE_EQ(odd.finish().customers.at(0).monetary, 1.0 / 3.0 + 0.5);
}
