#pragma once
// The workspace's collections — each top-level list of records (the team, ROI cases, RFM
// analyses, ...) — declared once, in kCollections. What handles every record loops over this
// list: the file's fields (schema.h), merge, validation (ids present and unique, times), the
// import preview's counts, the sample workspace and clearing it, and the tests that hold the
// JSON schema document to the file. A Workspace member that is not declared here does not
// compile (the static_assert at the end).
//
// Adding a collection: its member in workspace.h, one line in kCollections, and the schema
// version step (workspace.h, migrations.cpp). The record type needs `id` and `updated_at`
// strings, a visit() (the tool's *_schema.h, included by schema.h), and the functions a line
// names: record_name, check (may be nullptr), sample, references (may be nullptr).
#include <cstddef>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "common/date.h"
#include "common/issue.h"
#include "common/localized_text.h"
#include "common/record_reference.h"
#include "grow/session_record.h"
#include "okr/okr_records.h"
#include "rfm/analysis_record.h"
#include "rfm/sample.h"
#include "roi/case_record.h"
#include "team/team.h"
#include "workspace/workspace.h"

namespace fieldbook::workspace {

// A record of a collection: stable id and last change, both text.
template <class R>
concept WorkspaceRecord = requires(R r) {
  { r.id } -> std::convertible_to<std::string>;
  { r.updated_at } -> std::convertible_to<std::string>;
};

template <WorkspaceRecord R>
struct Collection {
  using Record = R;
  const char* key;                  // the file's key: "roiCases"
  std::vector<R> Workspace::*member;
  LocalizedText label;              // what the import preview lists: "ROI cases"
  std::string (*name_of)(const R&);  // how a message names one record (a merge conflict)
  // The record's own rules, paths inside the record; nullptr when its fields are all it has.
  std::vector<Issue> (*check)(const R&);
  // The first visit's sample records, named in `language` ("zh"/"en"), stamped `now`, dated from
  // `today`, the user's own day (in Shanghai from midnight to 08:00 a day after `now`'s date in
  // UTC); ids start with "sample-" (sample.h).
  std::vector<R> (*sample)(std::string_view language, const std::string& now, Date today);
  // The records of other collections this one names (a session's rep), each of which must exist;
  // nullptr when it names none.
  std::vector<RecordReference> (*references)(const R&);
};

// In the file's order.
inline const auto kCollections = std::make_tuple(
    Collection<Rep>{"team", &Workspace::team, {"Team members", "团队成员"}, team::record_name, team::check_record,
                    team::sample_team,
                    nullptr},
    Collection<roi::Case>{"roiCases", &Workspace::roi_cases, {"ROI cases", "ROI 案例"}, roi::record_name,
                          roi::check_record, roi::sample_cases, roi::references},
    Collection<rfm::AnalysisRecord>{"rfmAnalyses", &Workspace::rfm_analyses, {"RFM analyses", "RFM 分析"},
                                    rfm::record_name, rfm::check_record, rfm::sample_analyses, rfm::references},
    Collection<grow::CoachingSession>{"coachingSessions", &Workspace::coaching_sessions,
                                      {"Coaching sessions", "辅导记录"}, grow::record_name, grow::check_record,
                                      grow::sample_sessions, grow::references},
    // OKR tracking: each list apart, so two devices' check-ins on one key result both survive a merge.
    Collection<okr::Objective>{"objectives", &Workspace::objectives, {"Objectives", "目标"}, okr::record_name,
                               okr::check_record, okr::sample_objectives, okr::references},
    Collection<okr::KeyResult>{"keyResults", &Workspace::key_results, {"Key results", "关键结果"}, okr::record_name,
                               okr::check_record, okr::sample_key_results, okr::references},
    Collection<okr::CheckIn>{"checkIns", &Workspace::check_ins, {"Check-ins", "进展更新"}, okr::record_name,
                             okr::check_record, okr::sample_check_ins, okr::references},
    Collection<okr::Kpi>{"kpis", &Workspace::kpis, {"KPIs", "KPI"}, okr::record_name, nullptr, okr::sample_kpis,
                         okr::references},
    Collection<okr::KpiEntry>{"kpiEntries", &Workspace::kpi_entries, {"KPI entries", "KPI 记录"}, okr::record_name,
                              okr::check_record, okr::sample_kpi_entries, okr::references},
    Collection<okr::FunnelPeriod>{"funnelPeriods", &Workspace::funnel_periods, {"Funnel periods", "漏斗周期"},
                                  okr::record_name, okr::check_record, okr::sample_funnel_periods, okr::references});

inline constexpr std::size_t kCollectionCount = std::tuple_size_v<std::remove_cvref_t<decltype(kCollections)>>;

// Calls f(collection) for each, in the file's order.
template <class F>
void for_each_collection(F&& f) {
  std::apply([&](const auto&... c) { (f(c), ...); }, kCollections);
}

// ---- every member of Workspace is a document field or a declared collection

inline constexpr std::size_t kDocumentFields = 5;  // schemaVersion, sample, exportedBy, settings, deleted

namespace detail {
struct AnyField {
  template <class T>
  operator T() const;  // never defined: only asked whether Workspace{AnyField{}, ...} would compile
};
template <class T, std::size_t... I>
constexpr bool brace_initializable(std::index_sequence<I...>) {
  return requires { T{((void)I, AnyField{})...}; };
}
// The number of members of an aggregate: the most initializers its braces take.
template <class T, std::size_t N = 0>
constexpr std::size_t member_count() {
  if constexpr (!brace_initializable<T>(std::make_index_sequence<N + 1>{}))
    return N;
  else
    return member_count<T, N + 1>();
}
}  // namespace detail

static_assert(detail::member_count<Workspace>() == kDocumentFields + kCollectionCount,
              "Workspace has a member that is neither a document field nor declared in kCollections "
              "(workspace/collections.h)");

}  // namespace fieldbook::workspace
