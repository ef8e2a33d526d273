#pragma once
// A customer table's compact JSON ({"id":[...],"name":[...],...}, as write_json gives it): kept
// per table, since tables are immutable (a change makes a new one), and written in batches of rows
// when it is not kept yet, so the first save of a 100,000-customer table can be spread over many
// small steps (snapshot_writer.h).
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "rfm/analysis_record.h"

namespace fieldbook::rfm {

// The text kept for `table` at `per_major` minor units, or nullptr.
std::shared_ptr<const std::string> kept_customers_json(const rfm::SharedCustomers& table, std::int64_t per_major);
// Keeps the text of `table` (the open workspace's tables and a few an undo could bring back).
void keep_customers_json(const rfm::SharedCustomers& table, std::int64_t per_major,
                         std::shared_ptr<const std::string> json);

// Writes a table's JSON a batch of rows at a time: each batch's values are appended to their
// columns' texts, and finish() joins the columns. The bytes equal write_json(to_columns(...), 0).
class CustomersJsonBuilder {
 public:
  CustomersJsonBuilder(rfm::SharedCustomers table, std::int64_t per_major);

  // Writes the next `rows` customers (fewer at the end); returns the bytes added.
  std::size_t write(std::size_t rows);
  bool done() const { return next_ >= table_->size(); }
  std::size_t rows_written() const { return next_; }
  // The whole text (call once, after done()).
  std::string finish();

 private:
  rfm::SharedCustomers table_;
  std::int64_t per_major_;
  std::size_t next_ = 0;
  std::vector<const char*> names_;    // the columns in file order (visit(CustomerColumns))
  std::vector<std::string> columns_;  // each column's values so far, comma-separated
};

}  // namespace fieldbook::rfm
