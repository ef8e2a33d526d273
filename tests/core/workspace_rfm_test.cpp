// RFM analyses in the workspace (schema 3): the record round-trips byte for byte, copies (undo
// steps) share the customer table, the columns' problems are refused with their paths, version 2
// files gain an empty list, merge and contents count analyses, and the sample analysis reproduces
// the R rfm package's published summary.
#include <gtest/gtest.h>

#include "rfm/analysis_record.h"
#include "workspace/history.h"
#include "workspace/merge.h"
#include "workspace/sample.h"
#include "rfm/sample.h"
#include "workspace/validate.h"
#include "workspace_fixtures.h"

namespace fieldbook::workspace {
namespace {

using namespace testing;
using rapidjson::Document;
using Alloc = Document::AllocatorType;

const std::string kGolden = "workspace/v3.json";

Workspace golden() { return load_workspace(read_file(data_path(kGolden))); }

std::size_t customers_in(const rfm::AnalysisRecord& a, std::string_view name) {
  for (const auto& s : rfm::summarize_segments(a.list(), a.rules))
    if (s.name.en == name) return s.customers;
  return 0;
}

rapidjson::Value& customers_of(Document& d) { return d["rfmAnalyses"][0]["customers"]; }

TEST(WorkspaceRfm, TheGoldenAnalysisLoadsWithEveryField) {
  const Workspace w = golden();
  ASSERT_EQ(w.rfm_analyses.size(), 1u);
  const rfm::AnalysisRecord& a = w.rfm_analyses[0];
  EXPECT_EQ(a.options.method, rfm::ScoreMethod::Rank);
  EXPECT_EQ(a.options.recency.custom_breaks, (std::vector<double>{30, 90, 365}));
  EXPECT_TRUE(a.thresholds[0].custom);
  EXPECT_TRUE(a.thresholds[0].reversed) << "recency's direction follows from the dimension";
  EXPECT_EQ(a.thresholds[1].method, rfm::ScoreMethod::Rank);
  EXPECT_EQ(a.rules.rules[0].industry, "政府");
  ASSERT_EQ(a.list().size(), 8u);
  EXPECT_EQ(a.list()[0].name, "华东教育科技有限公司");
  EXPECT_DOUBLE_EQ(a.list()[0].monetary, 286000.5);
  EXPECT_DOUBLE_EQ(a.list()[7].monetary, -250);
  EXPECT_FALSE(a.list()[6].last_order.has_value()) << "an empty date is unknown";
  EXPECT_EQ(a.bad_rows, 2);
  EXPECT_TRUE(validate(w).empty());
}

TEST(WorkspaceRfm, MoneyIsWrittenInMinorUnitsAndColumnsAreCompact) {
  const std::string json = save_workspace(golden(), 0);
  EXPECT_NE(json.find("\"monetary\":[28600050,"), std::string::npos);
  EXPECT_NE(json.find("\"firstOrder\":[\"2025-01-08\""), std::string::npos);
  EXPECT_EQ(json.find("\"recencyDays\":", json.find("\"recencyDays\":") + 1), std::string::npos)
      << "one key per column, not per customer";
}

TEST(WorkspaceRfm, TheSampleAnalysisIsThePublishedOne) {
  const Workspace w = make_sample_workspace("zh", "2026-11-27T08:00:00Z");
  ASSERT_EQ(w.rfm_analyses.size(), 1u);
  const rfm::AnalysisRecord& a = w.rfm_analyses[0];
  EXPECT_EQ(a.list().size(), 995u);
  EXPECT_EQ(a.analysis_date, "2006-12-31");
  EXPECT_EQ(customers_in(a, "Potential Loyalist"), 342u);
  EXPECT_EQ(customers_in(a, "Loyal Customers"), 170u);
  EXPECT_EQ(customers_in(a, "Lost"), 148u);
  EXPECT_EQ(customers_in(a, "About To Sleep"), 102u);
  EXPECT_EQ(customers_in(a, "Promising"), 9u);
  EXPECT_EQ(customers_in(a, "Others"), 0u);
  const auto abbey = std::find_if(a.list().begin(), a.list().end(), [](const auto& c) { return c.id == "Abbey O'Reilly"; });
  ASSERT_NE(abbey, a.list().end());
  EXPECT_EQ(abbey->rfm_score(), 343);
  EXPECT_EQ(abbey->recency_days, 205);
  EXPECT_FALSE(abbey->industry.empty());
  // Saved and opened again, the same analysis.
  const Workspace again = load_workspace(save_workspace(w));
  EXPECT_EQ(save_workspace(again), save_workspace(w));
  EXPECT_EQ(customers_in(again.rfm_analyses[0], "Potential Loyalist"), 342u);
  // Cleared with the rest of the sample.
  EXPECT_TRUE(without_sample(w, "").rfm_analyses.empty());
}

TEST(WorkspaceRfm, UndoStepsShareTheCustomerTable) {
  Workspace w = make_sample_workspace("en", "");
  History h;
  h.record(w, "", 0);
  const auto* table = w.rfm_analyses[0].customers.get();
  w.rfm_analyses[0].name = "renamed";
  ASSERT_TRUE(h.undo(w));
  EXPECT_EQ(w.rfm_analyses[0].customers.get(), table) << "a snapshot copies the pointer, not 995 customers";
  EXPECT_EQ(w.rfm_analyses[0].customers.use_count(), 2);
}

TEST(WorkspaceRfm, Version2FilesGainAnEmptyList) {
  const Workspace w = load_workspace(read_file(data_path("workspace/v2.json")));
  EXPECT_EQ(w.schema_version, kSchemaVersion);
  EXPECT_TRUE(w.rfm_analyses.empty());
  EXPECT_EQ(load_error("{\"schemaVersion\":3,\"sample\":false,\"exportedBy\":\"\",\"settings\":{\"language\":\"en\","
                       "\"currency\":\"CNY\",\"userName\":\"\",\"updatedAt\":\"\"},\"team\":[],\"roiCases\":[]}"),
            "rfmAnalyses: is missing");
}

TEST(WorkspaceRfm, ColumnProblemsAreRefusedWithTheirPaths) {
  const std::string json = save_workspace(golden(), 0);
  EXPECT_EQ(load_error(edited([](Document& d, Alloc&) { customers_of(d)["name"].PopBack(); }, json)),
            "rfmAnalyses[0].customers.name: has 7 values, but customers.id has 8 (one per customer)");
  EXPECT_EQ(load_error(edited([](Document& d, Alloc& a) { customers_of(d)["lastOrder"][2].SetString("2026-02-30", a); }, json)),
            "rfmAnalyses[0].customers.lastOrder[2]: must be a date such as 2026-11-27, or empty");
  EXPECT_EQ(load_error(edited([](Document& d, Alloc& a) { customers_of(d)["r"][1].SetString("5", a); }, json)),
            "rfmAnalyses[0].customers.r[1]: must be a whole number, not text");
  EXPECT_EQ(load_error(edited([](Document& d, Alloc&) { customers_of(d)["r"][1].SetInt(9); }, json)),
            "rfmAnalyses[0].customers.r[1]: must be a score within the recency bins");
  EXPECT_EQ(load_error(edited([](Document& d, Alloc&) { customers_of(d)["segment"][3].SetInt(40); }, json)),
            "rfmAnalyses[0].customers.segment[3]: must be a rule index or -1 (Others)");
  EXPECT_EQ(load_error(edited([](Document& d, Alloc&) { customers_of(d).RemoveMember("rep"); }, json)),
            "rfmAnalyses[0].customers.rep: is missing");
  EXPECT_EQ(load_error(edited([](Document& d, Alloc&) { d["rfmAnalyses"][0]["thresholds"]["frequency"]["counts"][0].SetInt(-1); }, json)),
            "rfmAnalyses[0].thresholds.frequency.counts: must add up to the number of customers");
  EXPECT_EQ(load_error(edited([](Document& d, Alloc&) { d["rfmAnalyses"][0]["rules"]["rules"][0]["rMin"].SetInt(0); }, json))
                .substr(0, 23),
            "rfmAnalyses[0].rules: r");
  EXPECT_EQ(load_error(edited([](Document& d, Alloc&) { d["rfmAnalyses"][0]["options"]["monetary"]["bins"].SetInt(12); }, json))
                .substr(0, 23),
            "rfmAnalyses[0].options:");
  EXPECT_EQ(load_error(edited([](Document& d, Alloc& a) { d["rfmAnalyses"][0]["level"].SetString("both", a); }, json)),
            "rfmAnalyses[0].level: must be one of: order, customer");
  EXPECT_EQ(load_error(edited([](Document& d, Alloc& a) { d["rfmAnalyses"][0]["analysisDate"].SetString("31/12/2006", a); }, json)),
            "rfmAnalyses[0].analysisDate: must be a date such as 2026-11-27, or empty");
  EXPECT_EQ(load_error(edited([](Document& d, Alloc& a) { d["rfmAnalyses"][0]["currency"].SetString("RMB", a); }, json)),
            "rfmAnalyses[0].currency: is not a supported currency code (CNY, USD, EUR, HKD, JPY, GBP)");
}

TEST(WorkspaceRfm, DuplicateIdsAndMerge) {
  Workspace mine = golden();
  Workspace theirs = mine;
  auto copy = theirs.rfm_analyses[0];
  copy.id = "rfm-theirs";
  copy.name = "Theirs";
  theirs.rfm_analyses.push_back(copy);
  theirs.rfm_analyses[0].name = "renamed later";
  theirs.rfm_analyses[0].updated_at = "2026-11-22T00:00:00Z";
  MergeReport report;
  const Workspace merged = merge(mine, theirs, report);
  ASSERT_EQ(merged.rfm_analyses.size(), 2u);
  EXPECT_EQ(merged.rfm_analyses[0].name, "renamed later");
  ASSERT_EQ(report.conflicts.size(), 1u);
  EXPECT_EQ(report.conflicts[0].collection, "rfmAnalyses");
  EXPECT_EQ(contents_of(merged).count("rfmAnalyses"), 2);
  Workspace dup = mine;
  dup.rfm_analyses.push_back(dup.rfm_analyses[0]);
  ASSERT_FALSE(validate(dup).empty());
  EXPECT_EQ(validate(dup).front().path, "rfmAnalyses[1].id");
}

}  // namespace
}  // namespace fieldbook::workspace
