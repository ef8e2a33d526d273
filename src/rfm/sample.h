#pragma once
// The sample workspace's RFM analysis: the R rfm package's orders dataset (995 customers), kept in
// the build as one compact line per customer (sample_data.inc, about 15 KB gzipped, rather
// than the 90 KB of the orders themselves) and scored when the sample opens, so it shows exactly
// the package's published segment summary.
#include <string>
#include <string_view>
#include <vector>

#include "common/date.h"
#include "rfm/analysis_record.h"

namespace fieldbook::rfm {

// The customers of the dataset (scores unset), sorted by id, with the analysis date the package
// uses (2006-12-31, the day after the newest order). The dataset has no industry or sales rep:
// the sample gives each customer one (deterministically, in `language`) so the filters have
// something to show; they change no score or segment.
rfm::CustomerTable sample_rfm_table(std::string_view language);

rfm::AnalysisRecord make_sample_rfm_analysis(std::string_view language, const std::string& now);
// The sample workspace's analyses: that one.
std::vector<AnalysisRecord> sample_analyses(std::string_view language, const std::string& now, Date today);

}  // namespace fieldbook::rfm
