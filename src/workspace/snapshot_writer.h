#pragma once
// The compact storage snapshot (save_workspace(w, 0), byte for byte) written in small steps, so
// the first autosave after a 100,000-customer import never holds the page: the rest of the
// document is written in one go (it is small), each customer table not kept from an earlier save
// a batch of rows at a time, and the text is then handed out in chunks. A step ends when its
// time budget or its byte budget is spent; the clock is read after every batch.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rfm/customers_json.h"
#include "workspace/workspace.h"

namespace fieldbook::workspace {

struct StepBudget {
  double ms = 8.0;                     // stop once this much time has passed
  std::size_t bytes = 512 * 1024;      // or this much text was written
};

class SnapshotWriter {
 public:
  // Writes `w` as it is now (a copy; customer tables are shared, not copied). `clock` returns
  // milliseconds (any origin).
  SnapshotWriter(const Workspace& w, std::function<double()> clock);

  // Works until the budget is spent (at least one batch). Returns true once the whole text is
  // written. Throws Error as save_workspace() does (a number no file can hold), in the first step.
  bool step(StepBudget budget);
  bool done() const { return phase_ == Phase::Done; }

  // After done(): the next at most `max_bytes` of the text (never splitting a UTF-8 character;
  // more when one character is longer), or empty at the end.
  std::string_view next_chunk(std::size_t max_bytes);
  std::size_t total_bytes() const { return total_bytes_; }

  // What each step did, for tests and the e2e figures.
  struct Slice {
    double ms = 0;
    std::size_t bytes = 0;  // text written
    std::size_t rows = 0;   // customers written
  };
  const std::vector<Slice>& slices() const { return slices_; }

  std::size_t batch_rows = 1024;  // customers written between clock readings

 private:
  enum class Phase { Start, Tables, Done };
  struct Table {
    rfm::SharedCustomers table;
    std::int64_t per_major = 100;
    std::shared_ptr<const std::string> json;       // kept, or built
    std::unique_ptr<rfm::CustomersJsonBuilder> builder;  // while it is being built
  };

  void start(Slice& slice);

  Workspace doc_;
  std::function<double()> clock_;
  Phase phase_ = Phase::Start;
  std::vector<std::string> between_;  // the text around the tables: between_[i] comes before tables_[i]
  std::vector<Table> tables_;
  std::size_t building_ = 0;          // the table being built
  std::vector<Slice> slices_;
  std::size_t total_bytes_ = 0;
  // Handing out: the piece (between_[0], tables_[0], between_[1], ...) and the offset in it.
  std::size_t piece_ = 0;
  std::size_t offset_ = 0;
};

}  // namespace fieldbook::workspace
