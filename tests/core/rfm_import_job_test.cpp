// The time-sliced import: slices stop at the budget, questions pause the job, answers resume it,
// a restart reads again with other options, a cancel drops everything.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "common/error.h"
#include "rfm/import_job.h"

using namespace fieldbook::rfm;

namespace {

std::string orders_file() {
  std::ifstream in(std::string(FIELDBOOK_SHARED_DATA) + "/rfm/rfm_data_orders.csv", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A clock that advances 1 ms per call.
struct TickClock {
  double t = 0;
  double operator()() { return t += 1.0; }
};

}  // namespace

TEST(RfmImportJob, MappingProblemNamesTheMissingRole) {
  EXPECT_EQ(mapping_problem(std::vector<Role>{Role::Customer, Role::Date, Role::Amount}, Level::Order), "");
  EXPECT_EQ(mapping_problem(std::vector<Role>{Role::Date, Role::Amount}, Level::Order), "customer");
  EXPECT_EQ(mapping_problem(std::vector<Role>{Role::Customer, Role::Amount}, Level::Order), "date");
  EXPECT_EQ(mapping_problem(std::vector<Role>{Role::Customer, Role::Date}, Level::Order), "amount");
  EXPECT_EQ(mapping_problem(std::vector<Role>{Role::Customer, Role::Recency, Role::Amount}, Level::Auto), "orders");
  EXPECT_EQ(effective_level(std::vector<Role>{Role::Customer, Role::Orders}, Level::Auto), Level::Customer);
}

TEST(RfmImportJob, SlicesRespectTheBudgetAndPauseForTheMapping) {
  ImportOptions o;
  o.pause_after_preview = true;
  TickClock clock;
  ImportJob job(orders_file(), o, std::ref(clock));
  job.slice_bytes = 4096;
  job.step(3.0);  // a few slices, then the budget is spent
  EXPECT_EQ(job.phase(), ImportJob::Phase::Reading);
  EXPECT_GT(job.fraction(), 0.0);
  EXPECT_LT(job.fraction(), 0.2);
  while (job.phase() == ImportJob::Phase::Reading) job.step(3.0);
  ASSERT_EQ(job.phase(), ImportJob::Phase::NeedsMapping);
  const Preview& p = job.importer().preview();
  ASSERT_GE(p.roles.size(), 3u);
  EXPECT_EQ(p.roles[0], Role::Customer);
  EXPECT_THROW(job.confirm_mapping(std::vector<Role>(p.roles.size(), Role::Ignore), Level::Auto), fieldbook::Error);
  EXPECT_EQ(job.phase(), ImportJob::Phase::NeedsMapping) << "an incomplete mapping is refused, not fatal";
  job.confirm_mapping(p.roles, Level::Auto);
  int steps = 0;
  while (job.busy()) {
    job.step(3.0);
    ++steps;
  }
  ASSERT_EQ(job.phase(), ImportJob::Phase::Done) << job.error();
  EXPECT_GT(steps, 3);
  EXPECT_EQ(job.table().customers.size(), 995u);
  EXPECT_EQ(job.table().orders, 4906);
  EXPECT_DOUBLE_EQ(job.fraction(), 1.0);
}

TEST(RfmImportJob, TheDateQuestionPausesAndTheAnswerResumes) {
  std::string csv = "customer,date,amount\n";
  for (int i = 0; i < 30; ++i) csv += "c" + std::to_string(i % 7) + ",0" + std::to_string(1 + i % 9) + "/0" + std::to_string(1 + i % 8) + "/2024,10\n";
  TickClock clock;
  ImportJob job(csv, {}, std::ref(clock));
  job.run_to_pause();
  ASSERT_EQ(job.phase(), ImportJob::Phase::NeedsDateOrder);
  EXPECT_FALSE(job.importer().question().examples.empty());
  job.answer_date_order(fieldbook::DateOrder::DayFirst);
  job.run_to_pause();
  ASSERT_EQ(job.phase(), ImportJob::Phase::Done) << job.error();
  EXPECT_EQ(job.table().customers.size(), 7u);
}

TEST(RfmImportJob, CancelAndFailure) {
  TickClock clock;
  ImportJob job(orders_file(), {}, std::ref(clock));
  job.slice_bytes = 1024;
  job.step(2.0);
  job.cancel();
  EXPECT_EQ(job.phase(), ImportJob::Phase::Cancelled);
  EXPECT_FALSE(job.busy());
  job.step(100.0);
  EXPECT_EQ(job.phase(), ImportJob::Phase::Cancelled);

  ImportJob bad(std::string("\x00\x01\x02 not a csv", 14), {}, std::ref(clock));
  bad.run_to_pause();
  EXPECT_EQ(bad.phase(), ImportJob::Phase::Failed);
  EXPECT_FALSE(bad.error().empty());
  EXPECT_EQ(bad.failure().problem, ImportProblem::NotText) << "the importer's, as a kind";
  // A restart reads again: the failure is gone with it.
  bad.restart({});
  EXPECT_EQ(bad.failure().problem, ImportProblem::Other);
  EXPECT_TRUE(bad.error().empty());
}

TEST(RfmImportJob, RestartReadsAgainWithAnotherEncoding) {
  // The mapping step shows how the file was read; a restart reads it again from byte 0 with the
  // person's choice (here another delimiter; in the app also another encoding).
  ImportOptions o;
  o.pause_after_preview = true;
  TickClock clock;
  ImportJob job("customer,date,amount\na,2024-01-02,5\n", o, std::ref(clock));
  job.run_to_pause();
  ASSERT_EQ(job.phase(), ImportJob::Phase::NeedsMapping);
  EXPECT_EQ(job.importer().preview().delimiter, ',');
  o.delimiter = ';';
  job.restart(o);
  EXPECT_EQ(job.fraction(), 0.0);
  job.run_to_pause();
  ASSERT_EQ(job.phase(), ImportJob::Phase::NeedsMapping);
  EXPECT_EQ(job.importer().preview().header.size(), 1u) << "one column when split on ;";
}
