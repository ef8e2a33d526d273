// A KPI's entries added up (okr/kpi_stats.h): whether an entry meets an at-least or at-most
// target, the hit rate, the streak back from the latest entry, and the first day of the week or
// month an entry records.
#include "okr/kpi_stats.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace fieldbook::okr {
namespace {

Kpi kpi(KpiDirection direction, double target, KpiFrequency frequency = KpiFrequency::Weekly) {
  Kpi k;
  k.id = "kpi";
  k.name = "New qualified opportunities";
  k.direction = direction;
  k.target = target;
  k.frequency = frequency;
  return k;
}

KpiEntry entry(std::string id, std::string period_start, double value, std::string kpi_id = "kpi") {
  return {std::move(id), std::move(kpi_id), std::move(period_start), value, ""};
}

std::vector<std::string> ids(const KpiStats& s) {
  std::vector<std::string> out;
  for (const KpiEntry* e : s.entries) out.push_back(e->id);
  return out;
}

TEST(OkrKpiMeets, AtLeastAndAtMostIncludeTheTargetItself) {
  const Kpi at_least = kpi(KpiDirection::AtLeast, 5);
  EXPECT_TRUE(meets(at_least, 5));
  EXPECT_TRUE(meets(at_least, 6));
  EXPECT_FALSE(meets(at_least, 4.9));
  const Kpi at_most = kpi(KpiDirection::AtMost, 10);
  EXPECT_TRUE(meets(at_most, 10));
  EXPECT_TRUE(meets(at_most, 3));
  EXPECT_FALSE(meets(at_most, 10.5));
}

TEST(OkrKpiStats, TheHitRateIsTheShareOfEntriesThatMetTheTarget) {
  const Kpi k = kpi(KpiDirection::AtLeast, 5);
  const std::vector<KpiEntry> entries = {entry("w1", "2026-11-02", 6), entry("w2", "2026-11-09", 4),
                                         entry("w3", "2026-11-16", 5), entry("w4", "2026-11-23", 7)};
  const KpiStats s = kpi_stats(k, entries);
  EXPECT_EQ(s.met, 3);
  ASSERT_TRUE(s.hit_rate.has_value());
  EXPECT_DOUBLE_EQ(*s.hit_rate, 0.75);  // 3 of 4
  EXPECT_EQ(s.streak, 2);               // 7 and 5; 4 breaks it
  ASSERT_NE(s.latest, nullptr);
  EXPECT_EQ(s.latest->id, "w4");
  EXPECT_EQ(s.latest_met, true);
}

TEST(OkrKpiStats, TheStreakIsZeroWhenTheLatestEntryMissed) {
  const Kpi k = kpi(KpiDirection::AtLeast, 5);
  const std::vector<KpiEntry> entries = {entry("w1", "2026-11-02", 6), entry("w2", "2026-11-09", 7),
                                         entry("w3", "2026-11-16", 3)};
  const KpiStats s = kpi_stats(k, entries);
  EXPECT_EQ(s.streak, 0);
  EXPECT_EQ(s.latest_met, false);
  EXPECT_DOUBLE_EQ(*s.hit_rate, 2.0 / 3);
}

TEST(OkrKpiStats, EveryEntryMetIsAStreakOfAllOfThem) {
  const Kpi k = kpi(KpiDirection::AtLeast, 5);
  const std::vector<KpiEntry> entries = {entry("w1", "2026-11-02", 5), entry("w2", "2026-11-09", 8),
                                         entry("w3", "2026-11-16", 5)};
  const KpiStats s = kpi_stats(k, entries);
  EXPECT_EQ(s.streak, 3);
  EXPECT_DOUBLE_EQ(*s.hit_rate, 1.0);
}

TEST(OkrKpiStats, AnAtMostKpiIsMetAtOrBelowItsTarget) {
  // Lost deals a month, at most 10.
  const Kpi k = kpi(KpiDirection::AtMost, 10, KpiFrequency::Monthly);
  const std::vector<KpiEntry> entries = {entry("m1", "2026-09-01", 8), entry("m2", "2026-10-01", 12),
                                         entry("m3", "2026-11-01", 10)};
  const KpiStats s = kpi_stats(k, entries);
  EXPECT_EQ(s.met, 2);
  EXPECT_DOUBLE_EQ(*s.hit_rate, 2.0 / 3);
  EXPECT_EQ(s.streak, 1);
  EXPECT_EQ(s.latest_met, true);
}

TEST(OkrKpiStats, WithoutEntriesThereIsNoHitRate) {
  const Kpi k = kpi(KpiDirection::AtLeast, 5);
  // Another KPI's entries are not this one's.
  const std::vector<KpiEntry> entries = {entry("x", "2026-11-02", 9, "other")};
  const KpiStats s = kpi_stats(k, entries);
  EXPECT_TRUE(s.entries.empty());
  EXPECT_FALSE(s.hit_rate.has_value());
  EXPECT_EQ(s.met, 0);
  EXPECT_EQ(s.streak, 0);
  EXPECT_EQ(s.latest, nullptr);
  EXPECT_FALSE(s.latest_met.has_value());
}

TEST(OkrKpiStats, EntriesOutOfOrderAreTakenByPeriodStart) {
  const Kpi k = kpi(KpiDirection::AtLeast, 5);
  // In week order: 11-02 met, 11-09 missed, 11-16 met, 11-23 met. In list order the last is the
  // missed 11-09, which would make the streak 0.
  const std::vector<KpiEntry> entries = {entry("w3", "2026-11-16", 6), entry("w4", "2026-11-23", 5),
                                         entry("w1", "2026-11-02", 7), entry("w2", "2026-11-09", 2),
                                         entry("x", "2026-11-30", 0, "other")};
  const KpiStats s = kpi_stats(k, entries);
  EXPECT_EQ(ids(s), (std::vector<std::string>{"w1", "w2", "w3", "w4"}));
  EXPECT_EQ(s.latest->id, "w4");
  EXPECT_EQ(s.streak, 2);
  EXPECT_DOUBLE_EQ(*s.hit_rate, 0.75);
}

// The same week's value typed on a phone and on a tablet before entries had one id per period:
// a merge brings both (their ids differ). The newer counts, once; the older counts nowhere.
TEST(OkrKpiStats, OfTwoEntriesForOneWeekTheNewerCountsOnce) {
  const Kpi k = kpi(KpiDirection::AtLeast, 5);
  std::vector<KpiEntry> entries = {entry("phone", "2026-11-23", 8), entry("early", "2026-11-16", 6),
                                   entry("tablet", "2026-11-23", 3)};
  entries[0].updated_at = "2026-11-24T09:00:00.000Z";
  entries[2].updated_at = "2026-11-24T10:30:00.000Z";  // typed later
  const KpiStats s = kpi_stats(k, entries);
  EXPECT_EQ(ids(s), (std::vector<std::string>{"early", "tablet"}));
  EXPECT_EQ(s.latest->id, "tablet");
  EXPECT_EQ(s.streak, 0);
  EXPECT_DOUBLE_EQ(*s.hit_rate, 0.5) << "two weeks, one met: not three entries";

  entries[0].updated_at = entries[2].updated_at;  // a tie: the larger id, on every device alike
  EXPECT_EQ(ids(kpi_stats(k, entries)), (std::vector<std::string>{"early", "tablet"}));
  std::swap(entries[0], entries[2]);
  EXPECT_EQ(ids(kpi_stats(k, entries)), (std::vector<std::string>{"early", "tablet"})) << "whatever the list order";
}

TEST(OkrKpiStats, CountedEntriesKeepOnePerKpiAndPeriodInListOrder) {
  std::vector<KpiEntry> entries = {entry("a1", "2026-11-16", 1), entry("b1", "2026-11-16", 2, "other"),
                                   entry("a2", "2026-11-16", 3), entry("a3", "2026-11-23", 4)};
  entries[0].updated_at = "2026-11-17T08:00:00.000Z";
  entries[2].updated_at = "2026-11-16T08:00:00.000Z";  // older than a1
  std::vector<std::string> counted;
  for (const KpiEntry* e : counted_entries(entries)) counted.push_back(e->id);
  EXPECT_EQ(counted, (std::vector<std::string>{"a1", "b1", "a3"}));
  EXPECT_TRUE(supersedes(entries[0], entries[2]));
  EXPECT_FALSE(supersedes(entries[2], entries[0]));
  // Times, not texts: half a second later is later, though its text sorts first.
  KpiEntry on_time = entry("z", "2026-11-16", 1), later = entry("y", "2026-11-16", 2);
  on_time.updated_at = "2026-11-17T08:00:00Z";
  later.updated_at = "2026-11-17T08:00:00.5Z";
  EXPECT_TRUE(supersedes(later, on_time));
  // A time not written (an older file) is older than any.
  on_time.updated_at.clear();
  EXPECT_TRUE(supersedes(later, on_time));
}

// One id per KPI and period, the same on every device: the merge's rule by id (the newer copy
// wins) is then the rule by week.
TEST(OkrKpiEntryId, IsTheSameForTheSameKpiAndPeriod) {
  EXPECT_EQ(kpi_entry_id("kpi-1", "2026-11-23"), kpi_entry_id("kpi-1", "2026-11-23"));
  EXPECT_NE(kpi_entry_id("kpi-1", "2026-11-23"), kpi_entry_id("kpi-1", "2026-11-30"));
  EXPECT_NE(kpi_entry_id("kpi-1", "2026-11-23"), kpi_entry_id("kpi-2", "2026-11-23"));
}

TEST(OkrKpiPeriodStart, AWeekStartsOnItsMonday) {
  EXPECT_EQ(kpi_period_start(KpiFrequency::Weekly, "2026-11-30"), "2026-11-30");  // a Monday
  EXPECT_EQ(kpi_period_start(KpiFrequency::Weekly, "2026-12-03"), "2026-11-30");  // Thursday
  EXPECT_EQ(kpi_period_start(KpiFrequency::Weekly, "2026-12-06"), "2026-11-30");  // Sunday
  EXPECT_EQ(kpi_period_start(KpiFrequency::Weekly, "2026-12-07"), "2026-12-07");  // the next Monday
  EXPECT_EQ(kpi_period_start(KpiFrequency::Weekly, "2027-01-01"), "2026-12-28") << "across the year end";
}

TEST(OkrKpiPeriodStart, AMonthStartsOnItsFirst) {
  EXPECT_EQ(kpi_period_start(KpiFrequency::Monthly, "2026-11-30"), "2026-11-01");
  EXPECT_EQ(kpi_period_start(KpiFrequency::Monthly, "2026-11-01"), "2026-11-01");
  EXPECT_EQ(kpi_period_start(KpiFrequency::Monthly, "2028-02-29"), "2028-02-01");
}

TEST(OkrKpiPeriodStart, TextThatIsNotADayIsLeftAsItIs) {
  EXPECT_EQ(kpi_period_start(KpiFrequency::Weekly, "next week"), "next week");
  EXPECT_EQ(kpi_period_start(KpiFrequency::Monthly, ""), "");
}

}  // namespace
}  // namespace fieldbook::okr
