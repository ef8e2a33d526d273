#include "rfm/import_job.h"

#include <algorithm>
#include <utility>

#include "common/error.h"

namespace fieldbook::rfm {

ImportJob::ImportJob(std::string bytes, ImportOptions options, std::function<double()> clock)
    : bytes_(std::move(bytes)), options_(std::move(options)), clock_(std::move(clock)) {
  restart(options_);
}

void ImportJob::restart(ImportOptions options) {
  options_ = std::move(options);
  build_.reset();  // it points into the old importer's customers
  importer_ = std::make_unique<OrderImporter>(options_);
  importer_->set_total_bytes(bytes_.size());
  offset_ = 0;
  phase_ = Phase::Reading;
  error_.clear();
  failure_ = {};
  table_ = {};
}

double ImportJob::fraction() const {
  if (phase_ == Phase::Building || phase_ == Phase::Done) return 1.0;
  return bytes_.empty() ? 0.0 : static_cast<double>(offset_) / static_cast<double>(bytes_.size());
}

void ImportJob::fail(const std::string& message) {
  phase_ = Phase::Failed;
  error_ = message;
  failure_ = importer_->state() == ImportState::Failed ? importer_->failure() : ImportFailure{};
}

void ImportJob::sync_phase() {
  switch (importer_->state()) {
    case ImportState::Reading: phase_ = Phase::Reading; break;
    case ImportState::NeedsMapping: phase_ = Phase::NeedsMapping; break;
    case ImportState::NeedsDateOrder: phase_ = Phase::NeedsDateOrder; break;
    case ImportState::Done: phase_ = Phase::Building; break;
    case ImportState::Failed: fail(importer_->error()); break;
    case ImportState::Cancelled: phase_ = Phase::Cancelled; break;
  }
}

void ImportJob::step(double budget_ms) {
  if (!busy()) return;
  const double start = clock_();
  try {
    if (phase_ == Phase::Building) {
      // Sorting the customers is one step; converting them goes in batches until the budget is
      // spent, so no frame holds the whole table's work.
      if (!build_) {
        build_ = importer_->begin_table();
        return;
      }
      constexpr std::size_t kBatch = 4096;
      while (!importer_->table_some(*build_, kBatch)) {
        if (clock_() - start >= budget_ms) return;
      }
      table_ = Aggregator::take_table(*build_);
      build_.reset();
      phase_ = Phase::Done;
      return;
    }
    do {
      if (offset_ < bytes_.size()) {
        const std::size_t n = std::min(std::max<std::size_t>(slice_bytes, 1), bytes_.size() - offset_);
        importer_->feed(std::string_view(bytes_).substr(offset_, n));
        offset_ += n;
      } else {
        // The end of the file; called again after an answer that came at the end.
        importer_->finish();
      }
      sync_phase();
    } while (phase_ == Phase::Reading && clock_() - start < budget_ms);
  } catch (const Error& e) {
    fail(e.what());
  }
  if (phase_ == Phase::Done || phase_ == Phase::Failed || phase_ == Phase::Cancelled) bytes_ = {};
}

void ImportJob::run_to_pause() {
  while (busy()) step(1e12);
}

void ImportJob::confirm_mapping(std::vector<Role> roles, Level level) {
  if (phase_ != Phase::NeedsMapping) return;
  const Level lv = effective_level(roles, level);
  if (const std::string missing = mapping_problem(roles, lv); !missing.empty()) {
    throw Error("the mapping has no " + missing + " column");
  }
  try {
    importer_->confirm_mapping(std::move(roles), lv);
    sync_phase();
  } catch (const Error& e) {
    fail(e.what());
  }
}

void ImportJob::answer_date_order(DateOrder order) {
  if (phase_ != Phase::NeedsDateOrder) return;
  try {
    importer_->answer_date_order(order);
    sync_phase();
  } catch (const Error& e) {
    fail(e.what());
  }
}

void ImportJob::cancel() {
  importer_->cancel();
  phase_ = Phase::Cancelled;
  bytes_ = {};
  table_ = {};
}

}  // namespace fieldbook::rfm
