// Golden files: a workspace file of every released schema version lives in tests/data/workspace/
// and must keep loading forever; each migration step gives exactly what it should.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>

#include "workspace_fixtures.h"
#include "workspace/validate.h"

namespace fieldbook::workspace {
namespace {

using namespace testing;
namespace fs = std::filesystem;

std::vector<fs::path> golden_files() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(data_path("workspace")))
    if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

TEST(WorkspaceGolden, EveryGoldenFileKeepsLoading) {
  const auto files = golden_files();
  ASSERT_GE(files.size(), 2u);
  for (const auto& file : files) {
    const std::string json = read_file(file.string());
    Workspace w;
    ASSERT_NO_THROW(w = load_workspace(json)) << file << ": " << load_error(json);
    EXPECT_EQ(w.schema_version, kSchemaVersion) << file;
    EXPECT_TRUE(validate(w).empty()) << file;
    // Once loaded, it round-trips like any workspace.
    EXPECT_EQ(save_workspace(load_workspace(save_workspace(w, 2)), 2), save_workspace(w, 2)) << file;
    // A file of the current version is exactly what the app writes (so it changes with the format).
    if (declared_schema_version(json) == kSchemaVersion) EXPECT_EQ(save_workspace(w, 2), json) << file;
  }
}

TEST(WorkspaceGolden, ThereIsAGoldenFileForEveryReleasedVersion) {
  std::set<int> versions;
  for (const auto& file : golden_files()) versions.insert(declared_schema_version(read_file(file.string())));
  for (int v = 1; v <= kSchemaVersion; ++v) {
    EXPECT_TRUE(versions.count(v)) << "no golden file of schema version " << v << " in tests/data/workspace";
    EXPECT_TRUE(fs::exists(data_path("workspace/v" + std::to_string(v) + ".json"))) << v;
  }
  EXPECT_FALSE(versions.count(-1)) << "a golden file does not declare its version";
}

TEST(WorkspaceGolden, Version1MigratesToSettingsAndEmptyTools) {
  const std::string v1 = read_file(data_path("workspace/v1.json"));
  EXPECT_EQ(declared_schema_version(v1), 1);
  const Workspace w = load_workspace(v1);
  EXPECT_EQ(w.schema_version, kSchemaVersion);
  EXPECT_EQ(w.settings.language, LanguagePreference::Zh);
  EXPECT_EQ(w.settings.currency, "CNY");
  EXPECT_EQ(w.settings.user_name, "");
  EXPECT_EQ(w.settings.updated_at, "");
  EXPECT_FALSE(w.sample);
  EXPECT_EQ(w.exported_by, "");
  EXPECT_TRUE(w.team.empty());
  EXPECT_TRUE(w.roi_cases.empty());
  EXPECT_EQ(migrate_workspace_json(v1, 0),
            "{\"schemaVersion\":6,\"sample\":false,\"exportedBy\":\"\",\"settings\":{\"language\":\"zh\",\"currency\":"
            "\"CNY\",\"userName\":\"\",\"ownerId\":\"\",\"updatedAt\":\"\"},\"team\":[],\"roiCases\":[],\"rfmAnalyses\":[],\"coachingSessions\":[],\"objectives\":[],\"keyResults\":[],"
            "\"checkIns\":[],\"kpis\":[],\"kpiEntries\":[],\"funnelPeriods\":[],\"deleted\":[]}");
  // Migrating is idempotent: a migrated file migrates to itself.
  const std::string once = migrate_workspace_json(v1);
  EXPECT_EQ(migrate_workspace_json(once), once);
}

TEST(WorkspaceGolden, Version1StepKeepsWhatIsThereAndStillChecksEverything) {
  // A version 1 file of another language and currency.
  EXPECT_EQ(load_workspace("{\"schemaVersion\":1,\"settings\":{\"language\":\"auto\",\"currency\":\"USD\"}}").settings.currency,
            "USD");
  // Version 1 had no settings.userName; one that is there anyway is kept, not overwritten.
  EXPECT_EQ(load_workspace("{\"schemaVersion\":1,\"settings\":{\"language\":\"en\",\"currency\":\"EUR\",\"userName\":\"Al\"}}")
                .settings.user_name,
            "Al");
  EXPECT_EQ(load_error("{\"schemaVersion\":1}"), "settings: is missing (a version 1 file has its settings here)");
  EXPECT_EQ(load_error("{\"schemaVersion\":1,\"settings\":\"zh\"}"),
            "settings: is missing (a version 1 file has its settings here)");
  EXPECT_EQ(load_error("{\"schemaVersion\":1,\"settings\":{\"language\":\"zh\"}}"), "settings.currency: is missing");
  EXPECT_EQ(load_error("{\"schemaVersion\":1,\"settings\":{\"language\":\"zh\",\"currency\":\"XYZ\"}}"),
            "settings.currency: is not a supported currency code (CNY, USD, EUR, HKD, JPY, GBP)");
  EXPECT_EQ(load_error("{\"schemaVersion\":1,\"settings\":{\"language\":\"zh\",\"currency\":\"CNY\"},\"theme\":1}"),
            "theme: is not a known field");
}

TEST(WorkspaceGolden, TheRichVersion2FileHoldsEveryFieldKind) {
  const Workspace w = load_workspace(read_file(data_path("workspace/v2.json")));
  ASSERT_EQ(w.roi_cases.size(), 2u);
  EXPECT_EQ(w.team.size(), 3u);
  bool monthly = false, yearly = false, margin = false, no_margin = false, per_year = false, internal = false, shared = false;
  for (const auto& c : w.roi_cases) {
    monthly |= c.period == roi::PeriodKind::monthly;
    yearly |= c.period == roi::PeriodKind::yearly;
    for (const auto& b : c.benefits) {
      margin |= b.margin_percent.has_value();
      no_margin |= b.kind == roi::BenefitKind::revenue_gain && !b.margin_percent;
      per_year |= b.hours_basis == roi::HoursBasis::per_year;
    }
    for (const auto& n : c.notes) (n.internal ? internal : shared) = true;
  }
  EXPECT_TRUE(monthly && yearly && margin && no_margin && per_year && internal && shared);
}

}  // namespace
}  // namespace fieldbook::workspace
