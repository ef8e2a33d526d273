#pragma once
// The OKR tool's records as records of the workspace's collections (workspace/collections.h):
// how a message names each, its rules as a record of a file (problems with paths inside the
// record), the records of other collections it names, and the first visit's sample — the
// handbook's East China education example (handbook_example.h).
#include <string>
#include <string_view>
#include <vector>

#include "common/date.h"
#include "common/issue.h"
#include "common/record_reference.h"
#include "okr/funnel.h"
#include "okr/kpi.h"
#include "okr/objective.h"

namespace fieldbook::okr {

std::string record_name(const Objective& o);     // its title
std::string record_name(const KeyResult& k);     // its title
std::string record_name(const CheckIn& c);       // "2026-11-30 · 2"
std::string record_name(const Kpi& k);           // its name
std::string record_name(const KpiEntry& e);      // "2026-11-23 · 4"
std::string record_name(const FunnelPeriod& f);  // "2026-11-23 – 2026-11-29"

// An objective: a real first and last day, the last not before the first; not its own parent.
std::vector<Issue> check_record(const Objective& o);
// A key result: it belongs to an objective; a weight of 0 or more.
std::vector<Issue> check_record(const KeyResult& k);
// A check-in: a real date, a confidence of 0–10.
std::vector<Issue> check_record(const CheckIn& c);
// A KPI entry: its period's first day is a real date.
std::vector<Issue> check_record(const KpiEntry& e);
// A funnel period: real days in order, at least two stages, no negative count, one name per
// stage when named, a target per step at most, each a share above 0, at most five whys.
std::vector<Issue> check_record(const FunnelPeriod& f);

// Objective: its owner (a rep, or "" = me) and its parent objective ("" = none).
std::vector<RecordReference> references(const Objective& o);
std::vector<RecordReference> references(const KeyResult& k);     // its objective
std::vector<RecordReference> references(const CheckIn& c);       // its key result
std::vector<RecordReference> references(const Kpi& k);           // its owner, "" = me
std::vector<RecordReference> references(const KpiEntry& e);      // its KPI
std::vector<RecordReference> references(const FunnelPeriod& f);  // its owner, "" = me

// The sample (ids start with "sample-"), dated around `now`'s day.
std::vector<Objective> sample_objectives(std::string_view language, const std::string& now, Date today);
std::vector<KeyResult> sample_key_results(std::string_view language, const std::string& now, Date today);
std::vector<CheckIn> sample_check_ins(std::string_view language, const std::string& now, Date today);
std::vector<Kpi> sample_kpis(std::string_view language, const std::string& now, Date today);
std::vector<KpiEntry> sample_kpi_entries(std::string_view language, const std::string& now, Date today);
std::vector<FunnelPeriod> sample_funnel_periods(std::string_view language, const std::string& now, Date today);

}  // namespace fieldbook::okr
