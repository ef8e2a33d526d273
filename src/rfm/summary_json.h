#pragma once
// One RFM run over a file as one JSON object: what `fieldbook rfm FILE.csv` prints. A contract
// (the CLI's tests read it): keep the key names and their order.
//
//   {"customers":995,"orders":2454,"revenue":...,"analysisDate":"2006-12-31"|null,
//    "level":"order"|"customer","encoding":"utf-8",...,"delimiter":","|";"|"|"|"tab",
//    "columns":{"customer":"<header>","date":"<header>",...},   (mapped columns, file order)
//    "method":"quantile"|"rank","rules":"<rule set id>",
//    "rows":...,"badRows":...,"returnRows":...,"futureCustomers":...,
//    "thresholds":{"recency":{"method","bins","lower","upper","scores","counts","emptyBins"},
//                  "frequency":{...},"monetary":{...}},
//    "segments":[{"name" (English),"label" (in the language),"customers","orders","revenue",
//                 "customerShare","revenueShare","averageOrderValue","action" (in the language)}],
//    "errors":[{"line","column","columnName","value","reason"}, ...]}   (the first 100)
//
// A threshold's method is "custom" when its breaks were given. Text from the file that is not
// valid UTF-8 has U+FFFD in place of each bad byte, so the JSON stays valid.
#include <string>

#include "common/localized_text.h"
#include "rfm/analysis.h"
#include "rfm/import.h"
#include "rfm/segments.h"

namespace fieldbook::rfm {

// `import` is the finished importer the table came from; `table` is scored (score_customers gave
// `scored`) and its segments assigned by `rules`. Segment labels and actions are in `lang`.
std::string summary_json(const OrderImporter& import, const CustomerTable& table, const ScoredTable& scored,
                         const RuleSet& rules, Language lang);

}  // namespace fieldbook::rfm
