// Compact saves copy an unchanged customer table's JSON instead of writing it again; the bytes
// must be exactly those a full write gives.
#include <gtest/gtest.h>

#include "common/json_writer.h"
#include "workspace/sample.h"
#include "workspace/workspace_io.h"

using namespace fieldbook::workspace;
using namespace fieldbook::rfm;
using fieldbook::json::without_layout;

TEST(WorkspaceCustomersCache, CompactSavesEqualTheIndentedFileWithoutLayout) {
  Workspace w = make_sample_workspace("zh", "2026-11-27T08:00:00Z");
  ASSERT_FALSE(w.rfm_analyses.empty());
  const std::string first = save_workspace(w, 0);   // writes the table and keeps its text
  const std::string second = save_workspace(w, 0);  // copies the kept text
  EXPECT_EQ(first, second);
  // The indented file never uses kept text: without its layout it is the compact file.
  EXPECT_EQ(without_layout(save_workspace(w, 2)), second);
  EXPECT_EQ(save_workspace(load_workspace(second), 0), second);
}

TEST(WorkspaceCustomersCache, AChangedTableIsWrittenAgain) {
  Workspace w = make_sample_workspace("en", "2026-11-27T08:00:00Z");
  ASSERT_FALSE(w.rfm_analyses.empty());
  const std::string before = save_workspace(w, 0);
  auto changed = std::make_shared<fieldbook::rfm::CustomerList>(*w.rfm_analyses[0].customers);
  (*changed)[0].name = "Renamed customer";
  w.rfm_analyses[0].customers = changed;
  const std::string after = save_workspace(w, 0);
  EXPECT_NE(after, before);
  EXPECT_NE(after.find("Renamed customer"), std::string::npos);
  EXPECT_EQ(without_layout(save_workspace(w, 2)), after);
}
