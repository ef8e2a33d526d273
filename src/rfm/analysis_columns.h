#pragma once
// Checks made on the parsed document before the strict read, where a problem still has its full
// path: every column of an RFM analysis's customer table holds one value per customer, and the
// order dates are ISO dates or "". (The read itself checks each value's type.)
#include <rapidjson/document.h>

namespace fieldbook::rfm {

// Throws Error with the path ("rfmAnalyses[0].customers.name: has 3 values ...").
void check_rfm_columns(const rapidjson::Value& document);

}  // namespace fieldbook::rfm
