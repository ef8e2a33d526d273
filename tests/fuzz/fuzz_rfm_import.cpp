// libFuzzer target for the RFM importer: arbitrary bytes fed in chunks (the split comes from the
// input), under every encoding and both error policies, then scored and segmented. Only
// fieldbook::Error may escape the importer; everything else (crash, UB, leak) is a bug.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "common/error.h"
#include "rfm/analysis.h"
#include "rfm/import.h"
#include "rfm/segments.h"

using namespace fieldbook::rfm;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  const std::uint8_t flags = data[0];
  const std::size_t chunk = 1 + data[1] % 97;
  std::string_view bytes(reinterpret_cast<const char*>(data) + 2, size - 2);

  ImportOptions o;
  const Encoding encodings[] = {Encoding::Auto, Encoding::Utf8, Encoding::Utf16LE, Encoding::Utf16BE};
  o.encoding = encodings[flags & 3];
  o.policy = (flags & 4) ? ErrorPolicy::Stop : ErrorPolicy::SkipBadRows;
  o.level = (flags & 8) ? Level::Customer : Level::Auto;
  o.preview_rows = (flags & 16) ? 3 : 100;
  o.aggregate.returns_count_as_orders = (flags & 32) != 0;
  o.pause_after_preview = (flags & 64) != 0;

  OrderImporter imp(o);
  try {
    for (std::size_t i = 0; i < bytes.size(); i += chunk) {
      imp.feed(bytes.substr(i, chunk));
      if (imp.state() == ImportState::NeedsMapping) imp.confirm_mapping(imp.preview().roles);
      if (imp.state() == ImportState::NeedsDateOrder) imp.answer_date_order(fieldbook::DateOrder::DayFirst);
    }
    imp.finish();
    if (imp.state() == ImportState::NeedsMapping) imp.confirm_mapping(imp.preview().roles);
    if (imp.state() == ImportState::NeedsDateOrder) imp.answer_date_order(fieldbook::DateOrder::MonthFirst);
    if (imp.state() != ImportState::Done) return 0;
    CustomerTable t = imp.table();
    ScoringOptions s;
    s.method = (flags & 128) ? ScoreMethod::Rank : ScoreMethod::Quantile;
    s.set_bins(2 + data[1] % 8);
    const ScoredTable sc = score_customers(t, s);
    const RuleSet rules = (flags & 1) ? abc_rule_set() : default_rule_set();
    assign_segments(t.customers, rules, sc);
    (void)summarize_segments(t.customers, rules);
  } catch (const fieldbook::Error&) {
  }
  return 0;
}
