#pragma once
// An RFM analysis as the workspace keeps it: the customer aggregates with their scores and
// segments, the scoring options and thresholds, and the rule set — not the raw orders. The
// customer table sits behind a shared pointer to const, so a copy of the workspace (an undo step)
// shares it; re-scoring or new rules make a new table.
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/issue.h"
#include "common/record_reference.h"
#include "rfm/analysis.h"
#include "rfm/import.h"
#include "rfm/scoring.h"
#include "rfm/segments.h"

namespace fieldbook::rfm {

using CustomerList = std::vector<Customer>;
using SharedCustomers = std::shared_ptr<const CustomerList>;

struct AnalysisRecord {
  std::string id;
  std::string name;
  std::string source_file;
  std::string imported_at;      // ISO-8601 time
  Level level = Level::Order;   // what the file held
  std::string analysis_date;    // ISO date; "" when the input had no dates (recency given)
  std::string currency = "CNY";
  ScoringOptions options;
  std::array<DimensionThresholds, 3> thresholds;  // recency, frequency, monetary
  RuleSet rules;
  std::int64_t rows = 0;       // data rows read
  std::int64_t bad_rows = 0;   // rows skipped for errors (the person chose to skip them)
  SharedCustomers customers = std::make_shared<const CustomerList>();
  std::string updated_at;
  // (last, so the records' positional initializers written before it stay right)
  std::string owner_id;  // whose it is: "" = this workspace's owner (me), else a member of the team

  const CustomerList& list() const { return *customers; }
  ScoredTable scored() const { return {thresholds, options.method}; }
  std::optional<Day> analysis_day() const;
};

// Builds a record from an imported table: amounts rounded to the currency's minor unit (the
// workspace keeps money in whole minor units), then scored and segmented.
// `analysis_date` defaults to the table's (the day after the newest order).
AnalysisRecord make_analysis(CustomerTable table, const ScoringOptions& options, RuleSet rules,
                             std::optional<Day> analysis_date, std::string_view currency);

// Re-scores with new options or a new analysis date (recency follows the last order date when it
// is known) and re-assigns segments: a new customer table.
void rescore(AnalysisRecord& record, const ScoringOptions& options, std::optional<Day> analysis_date);

// New rules: segments re-assigned (scores unchanged), a new customer table.
void apply_rules(AnalysisRecord& record, RuleSet rules);

// Thresholds as a person types them: "30, 90, 180" (commas, Chinese commas, semicolons or spaces
// between numbers). Empty text: no breaks. nullopt when a part is not a number.
std::optional<std::vector<double>> parse_breaks_text(std::string_view text);
std::string breaks_text(const std::vector<double>& breaks);  // "30, 90, 180"

// How a message names the record (a merge conflict, the import preview).
inline std::string record_name(const AnalysisRecord& record) { return record.name; }

// The problems of a record for the workspace's validation, each with a path inside the record
// ("customers.r[12]: ..."); empty when it is sound.
std::vector<Issue> check_record(const AnalysisRecord& record);

// Its owner.
inline std::vector<RecordReference> references(const AnalysisRecord& record) {
  return owner_references(record.owner_id);
}

}  // namespace fieldbook::rfm
