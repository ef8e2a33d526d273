// The self-check's rules (shell/app/host_check.h): facts the page gathered → a status per line and,
// for a problem, the fix in plain words; and the About page drawing them.
#include <gtest/gtest.h>

#include <string>

#include "app/app.h"
#include "app/host_check.h"
#include "i18n/i18n.h"
#include "platform/headless/headless_context.h"
#include "platform/headless/headless_platform.h"
#include "test_support.h"

using namespace fieldbook::shell;

namespace {

// A server set up as DEPLOY.md says, the worker in control with its whole build cached.
HostFacts good() {
  HostFacts f;
  f.gathered = true;
  f.secure_context = true;
  f.wasm_status = 200;
  f.wasm_type = "application/wasm";
  f.sw_supported = f.sw_active = f.sw_controlling = true;
  f.precache_total = f.precache_present = 41;
  f.persisted = 1;
  f.build_status = 200;
  f.server_build = "abc1234567";
  return f;
}

HostCheckLine line_of(const HostFacts& f, HostCheckId id, std::string_view running = "abc1234567") {
  for (const HostCheckLine& l : judge_host(f, running)) {
    if (l.id == id) return l;
  }
  ADD_FAILURE() << "no line " << host_check_id_name(id);
  return {};
}

class HostCheck : public ::testing::Test {
 protected:
  void SetUp() override { set_language(Language::En); }
  void TearDown() override { set_language(Language::En); }
};

}  // namespace

TEST_F(HostCheck, AServerSetUpAsDeployMdSaysIsOkOnEveryLine) {
  const auto lines = judge_host(good(), "abc1234567");
  ASSERT_EQ(lines.size(), 6u);
  for (const HostCheckLine& l : lines) {
    EXPECT_EQ(l.status, HostStatus::Ok) << host_check_id_name(l.id);
    EXPECT_EQ(host_check_fix(l), "") << host_check_id_name(l.id);
  }
  EXPECT_EQ(host_check_detail(line_of(good(), HostCheckId::Offline)), "All 41 files of this build are on this device.");
}

TEST_F(HostCheck, BeforeThePageReportsNothingIsJudged) {
  for (const HostCheckLine& l : judge_host(HostFacts{}, "abc")) {
    EXPECT_EQ(l.status, HostStatus::Unavailable) << host_check_id_name(l.id);
    EXPECT_EQ(host_check_detail(l), "Not checked yet.");
  }
}

TEST_F(HostCheck, AWrongWasmTypeIsAProblemThatNamesTheTypeAndTheFix) {
  HostFacts f = good();
  f.wasm_type = "text/plain; charset=utf-8";
  const HostCheckLine l = line_of(f, HostCheckId::WasmType);
  EXPECT_EQ(l.status, HostStatus::Problem);
  EXPECT_EQ(host_check_fix(l),
            "The server sends fieldbook.wasm as text/plain; charset=utf-8; add the type application/wasm for .wasm "
            "files — see DEPLOY.md.");
  set_language(Language::Zh);
  EXPECT_NE(host_check_fix(l).find("application/wasm"), std::string::npos);
  EXPECT_NE(host_check_fix(l).find("DEPLOY.md"), std::string::npos);
}

TEST_F(HostCheck, TheWasmTypeIsComparedWithoutParametersOrCase) {
  HostFacts f = good();
  f.wasm_type = "Application/WASM ; charset=binary";
  EXPECT_EQ(line_of(f, HostCheckId::WasmType).status, HostStatus::Ok);
  f.wasm_type = "";
  const HostCheckLine none = line_of(f, HostCheckId::WasmType);
  EXPECT_EQ(none.status, HostStatus::Problem);
  EXPECT_EQ(none.value, "—");
  f.wasm_type = "application/octet-stream";
  EXPECT_EQ(line_of(f, HostCheckId::WasmType).status, HostStatus::Problem);
}

TEST_F(HostCheck, AMissingWasmSaysCopyEveryFileAgain) {
  HostFacts f = good();
  f.wasm_status = 404;
  const HostCheckLine l = line_of(f, HostCheckId::WasmType);
  EXPECT_EQ(l.status, HostStatus::Problem);
  EXPECT_EQ(host_check_detail(l), "The server answered 404 for fieldbook.wasm.");
  EXPECT_NE(host_check_fix(l).find("Copy every file"), std::string::npos);
}

TEST_F(HostCheck, OfflineTheServerLinesAreNotAvailableNotProblems) {
  HostFacts f = good();
  f.wasm_status = 0;
  f.build_status = 0;
  EXPECT_EQ(line_of(f, HostCheckId::WasmType).status, HostStatus::Unavailable);
  EXPECT_EQ(line_of(f, HostCheckId::Build).status, HostStatus::Unavailable);
  EXPECT_EQ(line_of(f, HostCheckId::Offline).status, HostStatus::Ok);
}

TEST_F(HostCheck, PlainHttpIsTheProblemAndTheWorkerLinesFollowFromIt) {
  HostFacts f = good();
  f.secure_context = false;
  f.sw_active = f.sw_controlling = false;
  f.precache_total = f.precache_present = -1;
  EXPECT_EQ(line_of(f, HostCheckId::Https).status, HostStatus::Problem);
  EXPECT_EQ(line_of(f, HostCheckId::ServiceWorker).status, HostStatus::Unavailable);
  EXPECT_EQ(line_of(f, HostCheckId::Offline).status, HostStatus::Unavailable);
}

TEST_F(HostCheck, AWorkerThatDoesNotControlThePageOrIsMissingIsAProblemWithItsFix) {
  HostFacts f = good();
  f.sw_controlling = false;
  EXPECT_EQ(host_check_fix(line_of(f, HostCheckId::ServiceWorker)), "Reload the page once.");
  f.sw_active = false;
  f.precache_total = f.precache_present = -1;
  const HostCheckLine l = line_of(f, HostCheckId::ServiceWorker);
  EXPECT_EQ(l.status, HostStatus::Problem);
  EXPECT_NE(host_check_fix(l).find("sw.js"), std::string::npos);
  f.sw_supported = false;
  EXPECT_EQ(line_of(f, HostCheckId::ServiceWorker).status, HostStatus::Unavailable);
}

TEST_F(HostCheck, AnIncompleteCacheCountsWhatIsThere) {
  HostFacts f = good();
  f.precache_present = 3;
  const HostCheckLine l = line_of(f, HostCheckId::Offline);
  EXPECT_EQ(l.status, HostStatus::Problem);
  EXPECT_EQ(host_check_detail(l), "3 / 41 files of this build are on this device.");
}

TEST_F(HostCheck, StorageThatMayBeClearedIsAProblemAndUnknownIsNotAvailable) {
  HostFacts f = good();
  f.persisted = 0;
  EXPECT_EQ(line_of(f, HostCheckId::Storage).status, HostStatus::Problem);
  f.persisted = -1;
  EXPECT_EQ(line_of(f, HostCheckId::Storage).status, HostStatus::Unavailable);
}

TEST_F(HostCheck, TheServersBuildIsComparedWithTheRunningOne) {
  HostFacts f = good();
  f.server_build = "def7654321";
  const HostCheckLine other = line_of(f, HostCheckId::Build, "abc1234567");
  EXPECT_EQ(other.status, HostStatus::Problem);
  EXPECT_EQ(host_check_detail(other), "def7654321, not the build this page runs.");
  f.build_status = 404;
  f.server_build.clear();
  EXPECT_EQ(host_check_detail(line_of(f, HostCheckId::Build)), "The server answered 404 for build.json.");
}

TEST_F(HostCheck, TheJsonNamesEachLine) {
  HostFacts f = good();
  f.wasm_type = "text/plain";
  const std::string json = host_check_json(judge_host(f, "abc1234567"));
  EXPECT_NE(json.find(R"({"id":"wasmType","status":"problem","value":"text/plain")"), std::string::npos) << json;
  EXPECT_NE(json.find(R"({"id":"https","status":"ok")"), std::string::npos) << json;
}

// The About page asks the platform for the facts once, shows "Checking…" until they come, then a
// line per fact (each under its test id) and the fix of a problem.
TEST_F(HostCheck, TheAboutPageAsksOnceAndDrawsEachLine) {
  HeadlessPlatform platform;
  HeadlessContext ctx(ImVec2(768, 1024));
  App app(platform);
  ASSERT_TRUE(app.navigate("about"));
  std::string text = fieldbook::shell::testing::frame_text(ctx, [&] { app.frame(); });
  EXPECT_EQ(platform.host_checks, 1);
  EXPECT_NE(text.find("Checking"), std::string::npos);
  HostFacts f = good();
  f.wasm_type = "text/plain";
  app.state<HostCheckState>().facts = f;
  text = fieldbook::shell::testing::frame_text(ctx, [&] { app.frame(); });
  EXPECT_EQ(platform.host_checks, 1) << "asked once, not every frame";
  EXPECT_NE(text.find("Fix: The server sends fieldbook.wasm as text/plain"), std::string::npos) << text;
  for (const char* id : {"https", "wasmType", "serviceWorker", "offline", "storage", "build"}) {
    EXPECT_TRUE(item_rect(std::string("about.check.") + id)) << id;
  }
  EXPECT_TRUE(item_rect("about.check.again"));
}
