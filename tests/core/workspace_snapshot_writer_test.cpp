// The storage snapshot written in slices must be byte for byte what save_workspace(w, 0) writes,
// over the sample workspace and a generated 100,000-customer analysis, in many small steps (each
// within its budget), whatever the chunk size the text is handed out in.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <memory>
#include <string>

#include "common/error.h"
#include "common/utf8.h"
#include "common/json_writer.h"
#include "workspace/sample.h"
#include "workspace/snapshot_writer.h"
#include "workspace/workspace_io.h"

using namespace fieldbook;
using namespace fieldbook::workspace;

namespace {

// A clock that moves `per_reading` ms each time it is read, so slices are the same on any machine.
struct FakeClock {
  double now = 0;
  double per_reading = 0;
  std::function<double()> fn() {
    return [this] { return now += per_reading; };
  }
};

// The same workspace with each customer table copied: a table nothing has written yet, so the
// reference below is computed without the text kept for the original tables, and vice versa.
Workspace with_fresh_tables(const Workspace& w) {
  Workspace copy = w;
  for (auto& a : copy.rfm_analyses) a.customers = std::make_shared<const rfm::CustomerList>(*a.customers);
  return copy;
}

std::string written_in_slices(SnapshotWriter& writer, StepBudget budget, std::size_t chunk_bytes) {
  int guard = 0;
  while (!writer.step(budget)) EXPECT_LT(++guard, 100000) << "the writer never finishes";
  std::string text;
  for (std::string_view c = writer.next_chunk(chunk_bytes); !c.empty(); c = writer.next_chunk(chunk_bytes)) {
    EXPECT_TRUE(is_valid_utf8(c)) << "a chunk splits a character at " << text.size();
    text += c;
  }
  EXPECT_EQ(text.size(), writer.total_bytes());
  return text;
}

// 100,000 customers with what makes JSON text and numbers hard: quotes, backslashes, control
// characters, Chinese, a 4-byte character, empty and negative values, unknown dates.
Workspace generated_workspace(std::size_t customers, const std::string& currency) {
  Workspace w = make_sample_workspace("zh", "2026-11-27T08:00:00Z");
  rfm::AnalysisRecord a = w.rfm_analyses.front();
  a.id = "rfm-generated";
  a.name = "十万客户";
  a.currency = currency;
  rfm::CustomerList list(customers);
  static const char* const kNames[] = {"", "张伟 \"大客户\"", "back\\slash", "tab\there\nline", "😀 emoji", "ctrl\x01\x1f"};
  static const char* const kIndustries[] = {"", "政府", "科技", "制造"};
  for (std::size_t i = 0; i < customers; ++i) {
    rfm::Customer& c = list[i];
    c.id = "C" + std::to_string(1000000 + i);
    c.name = kNames[i % 6];
    c.industry = kIndustries[i % 4];
    c.region = i % 7 == 0 ? "华东" : "";
    c.rep = i % 11 == 0 ? "rep-" + std::to_string(i % 13) : "";
    c.recency_days = static_cast<rfm::Day>(i % 900) - 5;
    c.frequency = static_cast<std::int64_t>(i % 50);
    c.monetary = (i % 3 == 0 ? -1.0 : 1.0) * (static_cast<double>(i) * 12.345 + 0.005);
    if (i % 5) c.first_order = static_cast<rfm::Day>(19000 + i % 700);
    if (i % 4) c.last_order = static_cast<rfm::Day>(19700 + i % 30);
    c.r_score = static_cast<std::uint8_t>(1 + i % 5);
    c.f_score = static_cast<std::uint8_t>(1 + i % 4);
    c.m_score = static_cast<std::uint8_t>(1 + i % 3);
    c.segment = static_cast<std::int32_t>(i % 12) - 1;
  }
  a.customers = std::make_shared<const rfm::CustomerList>(std::move(list));
  w.rfm_analyses.push_back(std::move(a));
  return w;
}

}  // namespace

TEST(SnapshotWriter, TheSampleWorkspaceIsWrittenByteForByte) {
  for (const char* lang : {"zh", "en"}) {
    const Workspace w = make_sample_workspace(lang, "2026-11-27T08:00:00Z");
    ASSERT_FALSE(w.rfm_analyses.empty());
    const std::string expected = save_workspace(with_fresh_tables(w), 0);
    EXPECT_EQ(json::without_layout(save_workspace(w, 2)), expected);
    for (std::size_t chunk : {std::size_t{1}, std::size_t{2}, std::size_t{7}, std::size_t{4096}, std::size_t{1} << 30}) {
      FakeClock clock{0, 0.25};
      SnapshotWriter writer(with_fresh_tables(w), clock.fn());
      writer.batch_rows = 64;
      EXPECT_EQ(written_in_slices(writer, {1.0, 4096}, chunk), expected) << lang << ", chunks of " << chunk;
      EXPECT_GT(writer.slices().size(), 1u);
    }
  }
}

TEST(SnapshotWriter, AHundredThousandCustomersInManyBoundedSlices) {
  for (const std::string currency : {"CNY", "JPY"}) {
    const Workspace w = generated_workspace(100'000, currency);
    const std::string expected = save_workspace(with_fresh_tables(w), 0);
    EXPECT_EQ(json::without_layout(save_workspace(w, 2)), expected);

    FakeClock clock;  // time stands still: only the byte budget ends a slice
    SnapshotWriter writer(w, clock.fn());
    const StepBudget budget{8.0, 256 * 1024};
    EXPECT_EQ(written_in_slices(writer, budget, 64 * 1024), expected) << currency;
    const auto& slices = writer.slices();
    // (a batch is about its share of the text; twice that leaves room for longer rows)
    const std::size_t batch_bytes = 2 * expected.size() / (100'000 / writer.batch_rows);
    std::size_t rows = 0, largest = 0;
    for (const auto& s : slices) {
      rows += s.rows;
      largest = std::max(largest, s.bytes);
    }
    EXPECT_EQ(rows, 100'000u + w.rfm_analyses.front().customers->size());  // and the sample's
    // A slice stops at the first batch that reaches the budget: over it by less than one batch.
    EXPECT_LT(largest, budget.bytes + batch_bytes) << currency;
    EXPECT_GE(slices.size(), expected.size() / (budget.bytes + batch_bytes)) << "the table is written in many steps";

    // The table's text is kept: the next snapshot copies it, in one step, writing no customer.
    SnapshotWriter again(w, clock.fn());
    EXPECT_EQ(written_in_slices(again, budget, 1 << 20), expected);
    ASSERT_EQ(again.slices().size(), 1u);
    EXPECT_EQ(again.slices()[0].rows, 0u);
    EXPECT_EQ(save_workspace(w, 0), expected);
  }
}

TEST(SnapshotWriter, TheTimeBudgetEndsASlice) {
  const Workspace w = generated_workspace(20'000, "CNY");
  FakeClock clock{0, 1.0};  // each reading is 1 ms later: a batch "takes" 1 ms
  SnapshotWriter writer(w, clock.fn());
  writer.batch_rows = 500;
  const std::string text = written_in_slices(writer, {3.0, std::size_t{1} << 30}, 1 << 20);
  EXPECT_EQ(text, save_workspace(with_fresh_tables(w), 0));
  // Start (1 reading), then batches each followed by one reading, until 3 ms have passed.
  for (std::size_t i = 0; i + 1 < writer.slices().size(); ++i) {
    EXPECT_LE(writer.slices()[i].rows, 3u * 500u) << "slice " << i;
    EXPECT_LE(writer.slices()[i].ms, 4.0) << "slice " << i;
  }
  EXPECT_GE(writer.slices().size(), 20'000u / (3 * 500));
}

TEST(SnapshotWriter, WritesTheDocumentAsItWasWhenItBegan) {
  Workspace w = generated_workspace(5'000, "CNY");
  const std::string expected = save_workspace(with_fresh_tables(w), 0);
  FakeClock clock;
  SnapshotWriter writer(w, clock.fn());
  writer.batch_rows = 100;
  ASSERT_FALSE(writer.step({1.0, 1000}));
  // Edits after it began (the person goes on working) are for the next save.
  w.settings.user_name = "changed";
  w.rfm_analyses.clear();
  EXPECT_EQ(written_in_slices(writer, {1.0, 1000}, 999), expected);
}

TEST(SnapshotWriter, ManyNewTablesAreAllWrittenInSlices) {
  // More tables than the kept texts hold: each is written once, none again in one long step.
  Workspace w = make_sample_workspace("en", "2026-11-27T08:00:00Z");
  const rfm::AnalysisRecord base = w.rfm_analyses.front();
  for (int i = 0; i < 7; ++i) {
    rfm::AnalysisRecord a = base;
    a.id = "rfm-copy-" + std::to_string(i);
    a.currency = i % 2 ? "USD" : "JPY";
    a.customers = std::make_shared<const rfm::CustomerList>(*base.customers);
    w.rfm_analyses.push_back(std::move(a));
  }
  const std::string expected = save_workspace(with_fresh_tables(w), 0);
  FakeClock clock;
  SnapshotWriter writer(w, clock.fn());
  writer.batch_rows = 50;
  EXPECT_EQ(written_in_slices(writer, {1.0, 2000}, 333), expected);
  std::size_t rows = 0;
  for (const auto& s : writer.slices()) rows += s.rows;
  EXPECT_EQ(rows, base.customers->size() * 8);
}

TEST(SnapshotWriter, AnEmptyWorkspaceAndAnEmptyTable) {
  Workspace w;
  FakeClock clock;
  SnapshotWriter empty(w, clock.fn());
  EXPECT_EQ(written_in_slices(empty, {}, 5), save_workspace(w, 0));

  w = make_sample_workspace("en", "2026-11-27T08:00:00Z");
  w.rfm_analyses.front().customers = std::make_shared<const rfm::CustomerList>();
  SnapshotWriter no_customers(w, clock.fn());
  EXPECT_EQ(written_in_slices(no_customers, {}, 100), save_workspace(with_fresh_tables(w), 0));
}

TEST(SnapshotWriter, ANumberNoFileCanHoldFailsAsSaveWorkspaceDoes) {
  Workspace w = make_sample_workspace("en", "2026-11-27T08:00:00Z");
  ASSERT_FALSE(w.roi_cases.empty());
  w.roi_cases[0].discount_rate = std::numeric_limits<double>::quiet_NaN();
  std::string expected;
  try {
    save_workspace(w, 0);
  } catch (const Error& e) {
    expected = e.what();
  }
  ASSERT_FALSE(expected.empty());
  FakeClock clock;
  SnapshotWriter writer(w, clock.fn());
  try {
    writer.step({});
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), expected);
  }
}
