#pragma once
// RFM aggregation: order rows (or customer summary rows) -> one aggregate per customer, then
// scores. Built for 1,000,000 rows: customer ids are interned once into an arena and looked up in
// an open-addressing hash map keyed by string_view, so adding a row allocates nothing.
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rfm/scoring.h"

namespace fieldbook::rfm {

// Days since 1970-01-01 (negative before).
using Day = std::int32_t;

// Optional per-order or per-customer attributes (empty = not given). For an order file the first
// non-empty value seen for a customer is kept.
struct Attributes {
  std::string_view name;
  std::string_view industry;
  std::string_view region;
  std::string_view rep;
};

struct Customer {
  std::string id;
  std::string name, industry, region, rep;
  Day recency_days = 0;                 // analysis date - last order date (may be < 0 for future dates)
  std::int64_t frequency = 0;           // orders (returns excluded unless counted)
  double monetary = 0;                  // sum of amounts, returns included: the exact decimal sum rounded
                                        // once (amounts with up to 4 decimals; others add as doubles)
  std::optional<Day> first_order;       // unknown for customer-level input
  std::optional<Day> last_order;        // unknown when the input gave recency days only
  std::uint8_t r_score = 0, f_score = 0, m_score = 0;
  std::int32_t segment = -1;            // index into the rule set's rules; -1 = "Others"

  int rfm_score() const { return r_score * 100 + f_score * 10 + m_score; }
};

struct AggregateOptions {
  // A negative amount is a return: it always counts in monetary; it counts as an order (frequency,
  // first/last order date) only when this is true. R's rfm counts every row as an order.
  bool returns_count_as_orders = false;
};

// The per-customer table plus totals; `analysis_date` is set when dates were known.
struct CustomerTable {
  std::vector<Customer> customers;      // sorted by id (byte order), like dplyr::group_by
  std::optional<Day> analysis_date;
  std::int64_t orders = 0;              // sum of frequency
  double revenue = 0;                   // sum of monetary
  std::size_t rows = 0;                 // input rows aggregated
  std::size_t return_rows = 0;          // rows with a negative amount
  std::size_t future_customers = 0;     // customers whose last order is after the analysis date
};

class Aggregator {
 public:
  explicit Aggregator(AggregateOptions options = {});
  ~Aggregator();
  Aggregator(Aggregator&&) noexcept;
  Aggregator& operator=(Aggregator&&) noexcept;

  // Order level: one row per order. Strings are copied (once per new customer).
  void add_order(std::string_view customer, Day date, double amount, const Attributes& attributes = {});

  // add_order, a few rows later: the row waits in a short queue while its customer's record is
  // fetched from memory (a row in a large file usually belongs to a customer whose record is no
  // longer in the cache). The ids and attributes must stay valid until the row is added, at the
  // latest by flush(); add_order, add_customer and merge flush first, and finishing or merging
  // from an aggregator with rows queued throws.
  void queue_order(std::string_view customer, Day date, double amount, const Attributes& attributes = {});
  void flush();

  // Customer level: one row per customer; give the last order date or the recency in days.
  // A repeated id is merged (orders and revenue add up, the latest date wins).
  void add_customer(std::string_view customer, std::optional<Day> last_order, std::optional<Day> recency_days,
                    std::int64_t orders, double revenue, const Attributes& attributes = {});

  // A hint before add_order / add_customer for the same id: starts loading its hash slot, so the
  // caller's other work for the row (parsing the date and amount) hides the memory latency.
  void prefetch(std::string_view customer) const;

  // Adds the rows another aggregator saw, as if they came after this one's (a parallel read of a
  // later part of the same file): counts and sums add up, dates take the min / max, attributes
  // this one already has win. The result equals one aggregator fed all rows in order (amounts
  // with up to 4 decimals are summed exactly, see Customer::monetary).
  void merge(const Aggregator& later);

  // Rows still queued are not counted yet.
  std::size_t customer_count() const;
  std::size_t row_count() const;
  std::optional<Day> newest_date() const;

  // Builds the table. analysis_date defaults to the day after the newest order date. Throws Error
  // when there is no customer, or when recency cannot be computed.
  CustomerTable finish(std::optional<Day> analysis_date = std::nullopt) const;

  // The same table built in steps, for the browser, where one frame must stay short:
  // begin_finish() sorts the customers, each finish_some() converts the next `max_customers`
  // of them and returns true once the table is complete, then take_table() hands it over.
  // The aggregator must not change in between.
  class TableBuild;
  struct TableBuildDeleter {
    void operator()(TableBuild* build) const;
  };
  using TableBuildPtr = std::unique_ptr<TableBuild, TableBuildDeleter>;  // usable where TableBuild is incomplete
  TableBuildPtr begin_finish(std::optional<Day> analysis_date = std::nullopt) const;
  bool finish_some(TableBuild& build, std::size_t max_customers) const;
  static CustomerTable take_table(TableBuild& build);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The scored analysis: customers with r/f/m scores plus the thresholds used.
struct ScoredTable {
  std::array<DimensionThresholds, 3> thresholds;  // recency, frequency, monetary
  ScoreMethod method = ScoreMethod::Quantile;
};

// Scores table.customers in place (R: recency_days, transaction_count, amount).
ScoredTable score_customers(CustomerTable& table, const ScoringOptions& options);

}  // namespace fieldbook::rfm
