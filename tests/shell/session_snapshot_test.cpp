// The session's snapshot in slices (what storage.js writes): the same bytes as
// storage_snapshot(), the document as it was when it began, and a document that cannot be written
// fails with the reason in the save state.
#include <gtest/gtest.h>

#include <cmath>

#include "app/app.h"
#include "platform/headless/headless_context.h"
#include "platform/headless/headless_platform.h"

using namespace fieldbook::shell;

namespace {

struct SessionSnapshot : ::testing::Test {
  HeadlessPlatform platform;
  HeadlessContext imgui{ImVec2(1280, 800)};
  App app{platform};
};

}  // namespace

TEST_F(SessionSnapshot, TheSnapshotInSlicesIsTheStorageSnapshot) {
  app.session().open_sample("zh");
  Session& session = app.session();
  const std::string whole = session.storage_snapshot();
  session.begin_snapshot();
  // Edits while it is written are for the next save.
  session.edit("", [](fieldbook::workspace::Workspace& w) { w.settings.user_name = "after"; });
  int steps = 0;
  Session::SnapshotStatus status;
  while ((status = session.step_snapshot({1e9, 1000})) == Session::SnapshotStatus::Working) ++steps;
  ASSERT_EQ(status, Session::SnapshotStatus::Done);
  EXPECT_GT(steps, 0);
  std::string text;
  for (auto chunk = session.snapshot_chunk(4096); !chunk.empty(); chunk = session.snapshot_chunk(4096)) text += chunk;
  EXPECT_EQ(text, whole);
}

TEST_F(SessionSnapshot, ASnapshotInSlicesOfADocumentThatCannotBeWrittenFailsWithTheReason) {
  app.session().open_sample("en");
  app.session().edit("", [](fieldbook::workspace::Workspace& w) { w.roi_cases[0].discount_rate = std::nan(""); });
  app.session().begin_snapshot();
  EXPECT_EQ(app.session().step_snapshot({}), Session::SnapshotStatus::Failed);
  EXPECT_EQ(app.session().save_state(), SaveState::Failed);
  EXPECT_NE(app.session().save_message().find("discountRate"), std::string::npos);
  EXPECT_TRUE(app.session().snapshot_chunk(100).empty());
}
