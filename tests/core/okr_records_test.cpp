// The OKR tool's records as records of the workspace (okr/okr_records.h): the problems a file's
// record is refused for, with their paths; the records of other collections each names; how a
// message names each; and the handbook's example (okr/handbook_example.h), which is the first
// visit's sample and a template: valid in both languages, its references resolving, and still so
// under fresh ids.
#include "okr/okr_records.h"

#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "common/date.h"
#include "okr/funnel_board.h"
#include "okr/handbook_example.h"
#include "okr/kpi_stats.h"
#include "okr/objective_tree.h"
#include "okr/period.h"
#include "okr/progress.h"
#include "team/team.h"

namespace fieldbook::okr {
namespace {

using Texts = std::vector<std::string>;

Date day(const char* iso) { return *parse_iso_date(iso); }

// "path: message" per issue, in order.
Texts issues(const std::vector<Issue>& list) {
  Texts out;
  for (const Issue& i : list) out.push_back(i.path + ": " + i.message);
  return out;
}

// "path → collection/id" per reference, in order.
Texts refs(const std::vector<RecordReference>& list) {
  Texts out;
  for (const RecordReference& r : list) out.push_back(r.path + " → " + std::string(r.collection) + "/" + r.id);
  return out;
}

const std::string kDate = std::string(": ") + kDateProblem;

// ---------------------------------------------------------------- one record's rules

Objective objective() {
  Objective o;
  o.id = "o1";
  o.title = "Become the No. 1 education supplier";
  o.period_start = "2026-10-01";
  o.period_end = "2026-12-31";
  return o;
}

TEST(OkrRecordChecks, AnObjectiveHasRealDaysInOrder) {
  EXPECT_EQ(issues(check_record(objective())), Texts{});
  Objective one_day = objective();
  one_day.period_end = one_day.period_start;
  EXPECT_EQ(issues(check_record(one_day)), Texts{});

  Objective o = objective();
  o.period_start = "2026-10-32";
  o.period_end = "";
  EXPECT_EQ(issues(check_record(o)), (Texts{"periodStart" + kDate, "periodEnd" + kDate}));

  o = objective();
  o.period_end = "2026-09-30";
  EXPECT_EQ(issues(check_record(o)), Texts{"periodEnd: must not be before periodStart"});
}

TEST(OkrRecordChecks, AnObjectiveIsNotItsOwnParent) {
  Objective o = objective();
  o.parent_id = "o1";
  EXPECT_EQ(issues(check_record(o)), Texts{"parentId: must not be the objective itself"});
  o.parent_id = "o-year";
  EXPECT_EQ(issues(check_record(o)), Texts{});
}

TEST(OkrRecordChecks, AKeyResultBelongsToAnObjectiveAndWeighsZeroOrMore) {
  KeyResult k;
  k.id = "kr1";
  k.objective_id = "o1";
  k.weight = 0;
  EXPECT_EQ(issues(check_record(k)), Texts{}) << "a weight of 0 leaves it out of the progress, it is allowed";
  k.objective_id = "";
  k.weight = -1;
  EXPECT_EQ(issues(check_record(k)), (Texts{"objectiveId: must name an objective", "weight: must not be negative"}));
}

TEST(OkrRecordChecks, ACheckInHasARealDateAndAConfidenceOfZeroToTen) {
  CheckIn c;
  c.id = "c1";
  c.key_result_id = "kr1";
  c.date = "2026-11-30";
  for (int ok : {0, 3, 10}) {
    c.confidence = ok;
    EXPECT_EQ(issues(check_record(c)), Texts{}) << ok;
  }
  for (int bad : {-1, 11}) {
    c.confidence = bad;
    EXPECT_EQ(issues(check_record(c)), Texts{"confidence: must be between 0 and 10"}) << bad;
  }
  c.confidence = 5;
  c.key_result_id = "";
  c.date = "30/11/2026";
  EXPECT_EQ(issues(check_record(c)), (Texts{"keyResultId: must name a key result", "date" + kDate}));
}

TEST(OkrRecordChecks, AKpiEntryNamesItsKpiAndARealFirstDay) {
  KpiEntry e{"e1", "kpi1", "2026-11-23", 4, ""};
  EXPECT_EQ(issues(check_record(e)), Texts{});
  e.kpi_id = "";
  e.period_start = "2026-W48";
  EXPECT_EQ(issues(check_record(e)), (Texts{"kpiId: must name a KPI", "periodStart" + kDate}));
}

FunnelPeriod funnel() {
  FunnelPeriod f;
  f.id = "f1";
  f.period_start = "2026-11-23";
  f.period_end = "2026-11-29";
  f.counts = {40, 20, 6, 2};
  f.step_targets = {0.5, std::nullopt, 0.35};
  return f;
}

TEST(OkrRecordChecks, AFunnelPeriodThatIsRight) {
  EXPECT_EQ(issues(check_record(funnel())), Texts{});
  FunnelPeriod f = funnel();
  f.step_targets.clear();
  f.stages = {"Calls", "Demos", "Offers", "Deals"};
  f.five_whys.whys = {"1", "2", "3", "4", "5"};
  f.pdca.conversion_before = 0;
  f.pdca.conversion_after = 0.4;
  EXPECT_EQ(issues(check_record(f)), Texts{});
}

TEST(OkrRecordChecks, AFunnelPeriodsDaysAndCounts) {
  FunnelPeriod f = funnel();
  f.period_start = "2026-11-30";
  EXPECT_EQ(issues(check_record(f)), Texts{"periodEnd: must not be before periodStart"});

  f = funnel();
  f.counts = {40};
  f.step_targets.clear();
  EXPECT_EQ(issues(check_record(f)), Texts{"counts: must hold a count for each of at least two stages"});

  f = funnel();
  f.counts = {40, 20, -1, 2};
  EXPECT_EQ(issues(check_record(f)), Texts{"counts[2]: must not be negative"});
}

TEST(OkrRecordChecks, AFunnelPeriodsNamesTargetsAndCards) {
  FunnelPeriod f = funnel();
  f.stages = {"Calls", "Demos", "Deals"};
  EXPECT_EQ(issues(check_record(f)), Texts{"stages: must name each stage of counts, or be empty for the usual four"});

  f = funnel();
  f.step_targets = {0.5, 0.5, 0.35, 0.2};
  EXPECT_EQ(issues(check_record(f)),
            Texts{"stepTargets: must hold at most one target per step (one fewer than the stages)"});

  f = funnel();
  f.step_targets = {0.5, 0.0, -0.1};
  EXPECT_EQ(issues(check_record(f)), (Texts{"stepTargets[1]: must be a share above 0 (0.3 = 30 %), or null for none",
                                            "stepTargets[2]: must be a share above 0 (0.3 = 30 %), or null for none"}));

  f = funnel();
  f.five_whys.whys = {"1", "2", "3", "4", "5", "6"};
  f.pdca.conversion_before = -0.1;
  f.pdca.conversion_after = -0.2;
  EXPECT_EQ(issues(check_record(f)), (Texts{"fiveWhys.whys: must hold at most five answers",
                                            "pdca.conversionBefore: must not be negative",
                                            "pdca.conversionAfter: must not be negative"}));
}

// ---------------------------------------------------------------- references and names

TEST(OkrRecordReferences, EachRecordNamesItsOwnerParentObjectiveKeyResultOrKpi) {
  Objective o = objective();
  o.owner_id = "rep-2";
  o.parent_id = "o-year";
  EXPECT_EQ(refs(references(o)), (Texts{"ownerId → team/rep-2", "parentId → objectives/o-year"}));
  KeyResult k;
  k.objective_id = "o1";
  EXPECT_EQ(refs(references(k)), Texts{"objectiveId → objectives/o1"});
  CheckIn c;
  c.key_result_id = "kr1";
  EXPECT_EQ(refs(references(c)), Texts{"keyResultId → keyResults/kr1"});
  EXPECT_EQ(refs(references(KpiEntry{"e1", "kpi1", "2026-11-23", 4, ""})), Texts{"kpiId → kpis/kpi1"});
  FunnelPeriod f = funnel();
  f.owner_id = "rep-1";
  EXPECT_EQ(refs(references(f)), Texts{"ownerId → team/rep-1"});
  // "" is me (or no parent), which validation does not look up.
  EXPECT_EQ(refs(references(objective())), (Texts{"ownerId → team/", "parentId → objectives/"}));
}

TEST(OkrRecordNames, AMessageNamesEachRecordAsAPersonKnowsIt) {
  EXPECT_EQ(record_name(objective()), "Become the No. 1 education supplier");
  KeyResult k;
  k.title = "Sign 3 education bureaus";
  EXPECT_EQ(record_name(k), "Sign 3 education bureaus");
  CheckIn c;
  c.date = "2026-11-30";
  c.value = 2;
  EXPECT_EQ(record_name(c), "2026-11-30 · 2");
  c.value = 31.5;
  EXPECT_EQ(record_name(c), "2026-11-30 · 31.5");
  Kpi kpi;
  kpi.name = "Visit conversion";
  EXPECT_EQ(record_name(kpi), "Visit conversion");
  EXPECT_EQ(record_name(KpiEntry{"e1", "kpi1", "2026-11-23", 4, ""}), "2026-11-23 · 4");
  EXPECT_EQ(record_name(funnel()), "2026-11-23 – 2026-11-29");
}

// ---------------------------------------------------------------- the handbook's example

constexpr const char* kNow = "2026-11-30T08:00:00Z";  // a Monday in Q4
constexpr Language kLanguages[] = {Language::Zh, Language::En};

std::set<std::string> team_ids(Language language) {
  std::set<std::string> out;
  for (const auto& rep : team::sample_team(language_code(language), kNow, day("2026-11-30"))) out.insert(rep.id);
  return out;
}

template <class R>
std::set<std::string> ids_of(const std::vector<R>& records) {
  std::set<std::string> out;
  for (const R& r : records) out.insert(r.id);
  return out;
}

// Every record passes its own check, every id is unique, and every reference names a record of
// the set, a member of `team`, or is "" (me, no parent).
void expect_valid(const OkrSet& s, const std::set<std::string>& team) {
  const std::map<std::string_view, std::set<std::string>> collections = {
      {"team", team},
      {"objectives", ids_of(s.objectives)},
      {"keyResults", ids_of(s.key_results)},
      {"kpis", ids_of(s.kpis)}};
  std::set<std::string> all_ids;
  std::size_t count = 0;
  auto check = [&](const auto& records) {
    for (const auto& r : records) {
      ++count;
      all_ids.insert(r.id);
      EXPECT_FALSE(r.id.empty());
      if constexpr (!std::is_same_v<std::decay_t<decltype(r)>, Kpi>) {
        EXPECT_EQ(issues(check_record(r)), Texts{}) << r.id;
        for (const RecordReference& ref : references(r)) {
          if (ref.id.empty()) continue;
          EXPECT_TRUE(collections.at(ref.collection).contains(ref.id)) << r.id << " " << ref.path << " → " << ref.id;
        }
      }
    }
  };
  check(s.objectives);
  check(s.key_results);
  check(s.check_ins);
  check(s.kpis);
  check(s.kpi_entries);
  check(s.funnel_periods);
  EXPECT_EQ(all_ids.size(), count) << "ids are unique";
}

TEST(OkrHandbookExample, EveryRecordIsValidAndEveryReferenceResolvesInBothLanguages) {
  for (Language language : kLanguages) {
    SCOPED_TRACE(language_code(language));
    const OkrSet s = handbook_example(language, day("2026-11-30"), kNow);
    EXPECT_EQ(s.objectives.size(), 3u);
    EXPECT_EQ(s.key_results.size(), 6u);
    EXPECT_EQ(s.kpis.size(), 2u);
    EXPECT_EQ(s.funnel_periods.size(), 6u);
    expect_valid(s, team_ids(language));
    for (const auto& o : s.objectives) {
      EXPECT_TRUE(o.id.starts_with("sample-")) << o.id;
      EXPECT_EQ(o.updated_at, kNow);
      EXPECT_FALSE(o.title.empty());
    }
    for (const auto& k : s.key_results) EXPECT_FALSE(k.title.empty()) << k.id;
  }
}

TEST(OkrHandbookExample, TheYearsObjectiveHoldsTheQuartersWhichHoldsTheRepsOne) {
  const OkrSet s = handbook_example(Language::Zh, day("2026-11-30"), kNow);
  Texts rows;
  for (const TreeRow& r : objective_tree(s.objectives))
    rows.push_back(s.objectives[r.index].id + ":" + std::to_string(r.depth));
  EXPECT_EQ(rows, (Texts{"sample-objective-1:0", "sample-objective-2:1", "sample-objective-3:2"}));
  EXPECT_EQ(s.objectives[0].period_start, "2026-01-01");
  EXPECT_EQ(s.objectives[0].period_end, "2026-12-31");
  EXPECT_EQ(s.objectives[1].period_start, "2026-10-01");
  EXPECT_EQ(s.objectives[1].period_end, "2026-12-31");
  EXPECT_EQ(s.objectives[1].title, "Q4成为华东区教育行业第一供应商");
  EXPECT_EQ(s.objectives[1].kind, ObjectiveKind::Committed);
  EXPECT_EQ(s.objectives[2].owner_id, "sample-rep-2");
}

// Each check-in lies in its key result's period and not after the day, even on a quarter's
// third day when most would fall before it.
TEST(OkrHandbookExample, CheckInsLieInTheirPeriodUpToTheDay) {
  for (const char* today : {"2026-11-30", "2026-10-03", "2027-01-01"}) {
    SCOPED_TRACE(today);
    const OkrSet s = handbook_example(Language::En, day(today), kNow);
    expect_valid(s, team_ids(Language::En));
    std::map<std::string, const Objective*> objective_of_kr;
    for (const KeyResult& k : s.key_results)
      for (const Objective& o : s.objectives)
        if (o.id == k.objective_id) objective_of_kr[k.id] = &o;
    for (const CheckIn& c : s.check_ins) {
      const Objective* o = objective_of_kr.at(c.key_result_id);
      EXPECT_GE(c.date, o->period_start) << c.id;
      EXPECT_LE(c.date, o->period_end) << c.id;
      EXPECT_LE(c.date, std::string(today)) << c.id;
    }
  }
}

TEST(OkrHandbookExample, EarlyInTheQuarterTheLatestOfSameDayCheckInsStands) {
  // On 2026-10-03 all three check-ins of the revenue share fall on 2026-10-01; the last listed
  // (31 %, confidence 3) is the current one.
  const OkrSet s = handbook_example(Language::En, day("2026-10-03"), kNow);
  const ObjectiveState q = objective_state(s.objectives[1], s.key_results, s.check_ins, day("2026-10-03"));
  ASSERT_EQ(q.key_results.size(), 2u);
  const KeyResultState& share = q.key_results[1];
  EXPECT_EQ(share.key_result->id, "sample-kr-3");
  EXPECT_EQ(share.check_ins.size(), 3u);
  EXPECT_EQ(share.current, 31);
  EXPECT_EQ(share.confidence, 3);
  EXPECT_DOUBLE_EQ(share.progress, 0.4);  // (31 − 25) / (40 − 25)
}

TEST(OkrHandbookExample, TheKpisEntriesAddUpAsTheHandbookTellsIt) {
  const OkrSet s = handbook_example(Language::Zh, day("2026-11-30"), kNow);
  for (const KpiEntry& e : s.kpi_entries) {
    const Kpi& k = e.kpi_id == s.kpis[0].id ? s.kpis[0] : s.kpis[1];
    EXPECT_EQ(kpi_period_start(k.frequency, e.period_start), e.period_start) << e.id << " starts its week or month";
  }
  // Weekly, at least 5: 6 4 5 7 3 5 6 4 → 5 of 8 met; last week's 4 missed.
  const KpiStats weekly = kpi_stats(s.kpis[0], s.kpi_entries);
  ASSERT_EQ(weekly.entries.size(), 8u);
  EXPECT_DOUBLE_EQ(*weekly.hit_rate, 5.0 / 8);
  EXPECT_EQ(weekly.streak, 0);
  EXPECT_EQ(weekly.latest->period_start, "2026-11-23");
  EXPECT_EQ(weekly.entries.front()->period_start, "2026-10-05");
  // Monthly, at least 30 %: 28 32 31 26 33 from June to October → 3 of 5; October's 33 met.
  const KpiStats monthly = kpi_stats(s.kpis[1], s.kpi_entries);
  ASSERT_EQ(monthly.entries.size(), 5u);
  EXPECT_DOUBLE_EQ(*monthly.hit_rate, 0.6);
  EXPECT_EQ(monthly.streak, 1);
  EXPECT_EQ(monthly.entries.front()->period_start, "2026-06-01");
  EXPECT_EQ(monthly.latest->period_start, "2026-10-01");
  EXPECT_EQ(monthly.latest->value, 33);
}

TEST(OkrHandbookExample, TheFunnelsWeakStepIsOpportunityToProposalEveryWeek) {
  const OkrSet s = handbook_example(Language::Zh, day("2026-11-30"), kNow);
  ASSERT_EQ(s.funnel_periods.size(), 6u);
  EXPECT_EQ(s.funnel_periods.front().period_start, "2026-10-19");
  EXPECT_EQ(s.funnel_periods.back().period_start, "2026-11-23");
  EXPECT_EQ(s.funnel_periods.back().period_end, "2026-11-29");
  for (const FunnelPeriod& f : s.funnel_periods) {
    SCOPED_TRACE(f.id);
    EXPECT_EQ(stage_names(f, Language::Zh), (Texts{"线索", "商机", "提案", "签约"}));
    const FunnelState state = funnel_state(f, s.funnel_periods);
    EXPECT_EQ(state.bottleneck, 1u) << "商机 → 提案";
    EXPECT_TRUE(state.warnings.empty());
  }
  // Last week: 44 → 22 → 7 → 3; 7 / 22 ≈ 0.32 against 0.5, compared with the week before's 6 / 20.
  const FunnelState last = funnel_state(s.funnel_periods.back(), s.funnel_periods);
  ASSERT_NE(last.previous, nullptr);
  EXPECT_EQ(last.previous->id, "sample-funnel-5");
  EXPECT_DOUBLE_EQ(*last.steps[1].conversion, 7.0 / 22);
  EXPECT_DOUBLE_EQ(*last.steps[1].previous, 0.3);
  EXPECT_DOUBLE_EQ(*last.steps[1].shortfall, 0.5 - 7.0 / 22);
  EXPECT_EQ(s.funnel_periods.back().five_whys.whys.size(), 5u);
  EXPECT_EQ(s.funnel_periods.back().pdca.conversion_before, 0.3);
}

// ---------------------------------------------------------------- the sample

TEST(OkrSample, IsTheHandbooksExampleOnTheUsersDay) {
  const Date today = day("2026-11-30");
  for (Language language : kLanguages) {
    SCOPED_TRACE(language_code(language));
    const OkrSet s = handbook_example(language, today, kNow);
    const std::string code = language_code(language);
    const auto objectives = sample_objectives(code, kNow, today);
    ASSERT_EQ(objectives.size(), s.objectives.size());
    for (std::size_t i = 0; i < objectives.size(); ++i) {
      EXPECT_EQ(objectives[i].id, s.objectives[i].id);
      EXPECT_EQ(objectives[i].title, s.objectives[i].title);
      EXPECT_EQ(objectives[i].period_start, s.objectives[i].period_start);
    }
    EXPECT_EQ(sample_key_results(code, kNow, today).size(), s.key_results.size());
    EXPECT_EQ(sample_check_ins(code, kNow, today).size(), s.check_ins.size());
    EXPECT_EQ(sample_kpis(code, kNow, today).size(), s.kpis.size());
    EXPECT_EQ(sample_kpi_entries(code, kNow, today).size(), s.kpi_entries.size());
    EXPECT_EQ(sample_funnel_periods(code, kNow, today).size(), s.funnel_periods.size());
  }
  // New Year's morning in Shanghai, still 2026 in UTC: the user's day decides the quarter.
  EXPECT_EQ(sample_objectives("en", "2026-12-31T23:30:00Z", day("2027-01-01"))[0].period_start, "2027-01-01");
}

TEST(OkrSample, AnUnknownLanguageIsEnglishAndAnUnreadableTimeGivesNone) {
  EXPECT_EQ(sample_objectives("fr", kNow, day("2026-11-30"))[2].title, "Turn more opportunities into proposals");
  EXPECT_TRUE(sample_objectives("en", "yesterday", day("2026-11-30")).empty());
  EXPECT_TRUE(sample_funnel_periods("zh", "", day("2026-11-30")).empty());
}

// ---------------------------------------------------------------- as a template

// "objective-1", "kr-1", … in the order asked.
struct FreshIds {
  std::map<std::string, int> next;
  std::string operator()(std::string_view kind) {
    return std::string(kind) + "-" + std::to_string(++next[std::string(kind)]);
  }
};

TEST(OkrTemplate, FreshIdsKeepEveryReferenceToTheSameRecord) {
  for (Language language : kLanguages) {
    SCOPED_TRACE(language_code(language));
    const OkrSet before = handbook_example(language, day("2026-11-30"), kNow);
    FreshIds fresh;
    const OkrSet after = with_new_ids(before, std::ref(fresh));
    ASSERT_EQ(after.objectives.size(), before.objectives.size());
    ASSERT_EQ(after.key_results.size(), before.key_results.size());
    ASSERT_EQ(after.check_ins.size(), before.check_ins.size());
    ASSERT_EQ(after.kpi_entries.size(), before.kpi_entries.size());
    ASSERT_EQ(after.funnel_periods.size(), before.funnel_periods.size());

    // The old id → the new one, by position.
    std::map<std::string, std::string> renamed;
    auto pair_up = [&](const auto& old_list, const auto& new_list) {
      for (std::size_t i = 0; i < old_list.size(); ++i) {
        EXPECT_FALSE(new_list[i].id.starts_with("sample-")) << new_list[i].id;
        renamed[old_list[i].id] = new_list[i].id;
      }
    };
    pair_up(before.objectives, after.objectives);
    pair_up(before.key_results, after.key_results);
    pair_up(before.check_ins, after.check_ins);
    pair_up(before.kpis, after.kpis);
    pair_up(before.kpi_entries, after.kpi_entries);
    pair_up(before.funnel_periods, after.funnel_periods);
    EXPECT_EQ(after.objectives[0].id, "objective-1");
    EXPECT_EQ(after.key_results[0].id, "kr-1");

    auto follows = [&](const std::string& old_ref) { return old_ref.empty() ? "" : renamed.at(old_ref); };
    for (std::size_t i = 0; i < before.objectives.size(); ++i)
      EXPECT_EQ(after.objectives[i].parent_id, follows(before.objectives[i].parent_id));
    for (std::size_t i = 0; i < before.key_results.size(); ++i)
      EXPECT_EQ(after.key_results[i].objective_id, follows(before.key_results[i].objective_id));
    for (std::size_t i = 0; i < before.check_ins.size(); ++i)
      EXPECT_EQ(after.check_ins[i].key_result_id, follows(before.check_ins[i].key_result_id));
    for (std::size_t i = 0; i < before.kpi_entries.size(); ++i)
      EXPECT_EQ(after.kpi_entries[i].kpi_id, follows(before.kpi_entries[i].kpi_id));

    // The sample team's rep is not in a person's own workspace: the objective becomes mine.
    EXPECT_EQ(before.objectives[2].owner_id, "sample-rep-2");
    EXPECT_EQ(after.objectives[2].owner_id, "");
    expect_valid(after, {});

    // And it reads the same: each objective's progress and status as before.
    for (std::size_t i = 0; i < before.objectives.size(); ++i) {
      const Date today = day("2026-11-30");
      const ObjectiveState a = objective_state(before.objectives[i], before.key_results, before.check_ins, today);
      const ObjectiveState b = objective_state(after.objectives[i], after.key_results, after.check_ins, today);
      EXPECT_EQ(a.key_results.size(), b.key_results.size()) << i;
      EXPECT_DOUBLE_EQ(a.progress, b.progress) << i;
      EXPECT_EQ(a.status, b.status) << i;
      EXPECT_EQ(a.lowest_confidence, b.lowest_confidence) << i;
    }
    for (std::size_t i = 0; i < before.kpis.size(); ++i)
      EXPECT_EQ(kpi_stats(before.kpis[i], before.kpi_entries).hit_rate,
                kpi_stats(after.kpis[i], after.kpi_entries).hit_rate);
  }
}

}  // namespace
}  // namespace fieldbook::okr
