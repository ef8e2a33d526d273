#include "workspace/snapshot_writer.h"

#include <stdexcept>

#include "common/json_writer.h"
#include "workspace/schema.h"

namespace fieldbook::workspace {

SnapshotWriter::SnapshotWriter(const Workspace& w, std::function<double()> clock) : doc_(w), clock_(std::move(clock)) {}

// The document with a hole where each customer table goes; the holes come in the order of
// rfmAnalyses (the only values that keep their own JSON).
void SnapshotWriter::start(Slice& slice) {
  json::check_finite(doc_);
  json::JsonWithHoles parts = json::write_json_with_holes(doc_);
  if (parts.holes.size() != doc_.rfm_analyses.size())
    throw std::logic_error("snapshot writer: a value other than a customer table keeps its own JSON");
  std::size_t from = 0;
  for (std::size_t i = 0; i < parts.holes.size(); ++i) {
    const std::size_t at = parts.text.find(parts.holes[i], from);
    if (at == std::string::npos) throw std::logic_error("snapshot writer: a hole is missing");
    between_.push_back(parts.text.substr(from, at - from));
    from = at + parts.holes[i].size();
    const rfm::AnalysisRecord& a = doc_.rfm_analyses[i];
    Table t;
    t.table = a.customers;
    t.per_major = rfm::minor_units_of(a.currency);
    t.json = rfm::kept_customers_json(t.table, t.per_major);
    if (!t.json) t.builder = std::make_unique<rfm::CustomersJsonBuilder>(t.table, t.per_major);
    tables_.push_back(std::move(t));
  }
  between_.push_back(parts.text.substr(from));
  for (const auto& b : between_) slice.bytes += b.size();
  phase_ = Phase::Tables;
}

bool SnapshotWriter::step(StepBudget budget) {
  if (phase_ == Phase::Done) return true;
  const double started = clock_();
  Slice slice;
  const auto spent = [&] { return slice.bytes >= budget.bytes || clock_() - started >= budget.ms; };
  do {
    if (phase_ == Phase::Start) {
      start(slice);
      continue;
    }
    while (building_ < tables_.size() && !tables_[building_].builder) ++building_;
    if (building_ == tables_.size()) {
      for (const auto& b : between_) total_bytes_ += b.size();
      for (const auto& t : tables_) total_bytes_ += t.json->size();
      phase_ = Phase::Done;
      break;
    }
    Table& t = tables_[building_];
    const std::size_t before = t.builder->rows_written();
    slice.bytes += t.builder->write(batch_rows);
    slice.rows += t.builder->rows_written() - before;
    if (t.builder->done()) {
      // Kept for the next save, which then only copies it (unless the table changes).
      t.json = std::make_shared<const std::string>(t.builder->finish());
      t.builder.reset();
      rfm::keep_customers_json(t.table, t.per_major, t.json);
    }
  } while (!spent());
  slice.ms = clock_() - started;
  slices_.push_back(slice);
  return phase_ == Phase::Done;
}

std::string_view SnapshotWriter::next_chunk(std::size_t max_bytes) {
  if (phase_ != Phase::Done) return {};
  for (;;) {
    const std::size_t pieces = between_.size() + tables_.size();
    if (piece_ >= pieces) return {};
    // Even pieces are the text between tables, odd ones the tables.
    const std::string& text = piece_ % 2 == 0 ? between_[piece_ / 2] : *tables_[piece_ / 2].json;
    if (offset_ >= text.size()) {
      ++piece_;
      offset_ = 0;
      continue;
    }
    std::size_t end = std::min(text.size(), offset_ + std::max<std::size_t>(max_bytes, 1));
    // Back to the start of a character (UTF-8 continuation bytes are 10xxxxxx) ...
    while (end < text.size() && end > offset_ && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    // ... unless the chunk would be empty: then forward past the character.
    if (end == offset_) {
      end = offset_ + 1;
      while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
    }
    const std::string_view chunk(text.data() + offset_, end - offset_);
    offset_ = end;
    return chunk;
  }
}

}  // namespace fieldbook::workspace
