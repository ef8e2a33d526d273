#pragma once
// An import that runs a little at a time: the whole file is in memory (the browser hands it over
// at once) and step() feeds the OrderImporter slices until a time budget is spent, so a frame
// that imports 1,000,000 rows still draws in time. After the rows, the customer table is built in
// a step of its own. The job stops where the person must answer (the column mapping, the date
// order) and goes on after the answer; restart() reads the file again with another encoding.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "rfm/import.h"

namespace fieldbook::rfm {

class ImportJob {
 public:
  enum class Phase : std::uint8_t {
    Reading,         // rows are being read (step() on)
    NeedsMapping,    // confirm_mapping()
    NeedsDateOrder,  // answer_date_order()
    Building,        // the rows are read; the customer table is built in steps
    Done,            // table() is ready
    Failed,          // error()
    Cancelled,
  };

  // `clock` returns milliseconds (any origin). The options' pause_after_preview is honoured.
  ImportJob(std::string bytes, ImportOptions options, std::function<double()> clock);

  // Works until `budget_ms` has passed (at least one slice), or until the job must wait.
  void step(double budget_ms);
  // Feeds everything at once (tests, small files): returns at a question or at the end.
  void run_to_pause();

  Phase phase() const { return phase_; }
  bool busy() const { return phase_ == Phase::Reading || phase_ == Phase::Building; }
  const std::string& error() const { return error_; }
  // Failed: what error() says, as a kind (the importer's; Other for a failure after the rows).
  const ImportFailure& failure() const { return failure_; }
  double fraction() const;  // 0..1 of the bytes read
  const OrderImporter& importer() const { return *importer_; }
  const ImportOptions& options() const { return options_; }
  std::size_t total_bytes() const { return bytes_.size(); }

  void confirm_mapping(std::vector<Role> roles, Level level);
  void answer_date_order(DateOrder order);
  void cancel();
  // Reads the file again from the start with these options (another encoding, delimiter, ...).
  void restart(ImportOptions options);

  // The table built after the rows (phase Done); the analysis date is applied later, at scoring.
  const CustomerTable& table() const { return table_; }
  CustomerTable take_table() { return std::move(table_); }

  std::size_t slice_bytes = 64 * 1024;  // bytes fed between clock checks

 private:
  void sync_phase();
  void fail(const std::string& message);

  std::string bytes_;
  ImportOptions options_;
  std::function<double()> clock_;
  std::unique_ptr<OrderImporter> importer_;
  std::size_t offset_ = 0;
  Phase phase_ = Phase::Reading;
  std::string error_;
  ImportFailure failure_;
  CustomerTable table_;
  Aggregator::TableBuildPtr build_;
};

}  // namespace fieldbook::rfm
