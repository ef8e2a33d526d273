#include "okr/summary_json.h"

#include <cmath>
#include <optional>
#include <string_view>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "common/summary_writer.h"
#include "common/number_text.h"
#include "okr/funnel_board.h"
#include "okr/kpi_stats.h"
#include "okr/progress.h"

namespace fieldbook::okr {

namespace {

using summary::Writer;
using summary::write_number;
using summary::write_string;

void write_key_result(Writer& w, const KeyResultState& s) {
  w.StartObject();
  w.Key("id");
  write_string(w, s.key_result->id);
  w.Key("current");
  write_number(w, s.current);
  w.Key("progress");
  write_number(w, s.progress);
  w.Key("progressRaw");
  write_number(w, s.progress_raw);
  w.Key("grade");
  write_number(w, s.grade);
  w.Key("status");
  w.String(status_code(s.status));
  w.Key("confidence");
  if (s.confidence)
    w.Int(*s.confidence);
  else
    w.Null();
  w.EndObject();
}

void write_objective(Writer& w, const ObjectiveState& s) {
  w.StartObject();
  w.Key("id");
  write_string(w, s.objective->id);
  w.Key("title");
  write_string(w, s.objective->title);
  w.Key("progress");
  write_number(w, s.progress);
  w.Key("expected");
  write_number(w, s.expected);
  w.Key("status");
  w.String(status_code(s.status));
  w.Key("grade");
  write_number(w, s.grade);
  w.Key("missedCommitment");
  w.Bool(s.missed_commitment);
  w.Key("keyResults");
  w.StartArray();
  for (const KeyResultState& kr : s.key_results) write_key_result(w, kr);
  w.EndArray();
  w.EndObject();
}

void write_kpi(Writer& w, const Kpi& k, const KpiStats& s) {
  w.StartObject();
  w.Key("id");
  write_string(w, k.id);
  w.Key("hitRate");
  write_number(w, s.hit_rate);
  w.Key("latest");
  if (s.latest)
    write_number(w, s.latest->value);
  else
    w.Null();
  w.Key("met");
  if (s.latest_met)
    w.Bool(*s.latest_met);
  else
    w.Null();
  w.EndObject();
}

// funnel_state()'s conversions and bottleneck, without its search for the previous period (which
// the summary does not show).
void write_funnel(Writer& w, const FunnelPeriod& f) {
  const auto steps = conversions(f.counts);
  const auto worst = bottleneck(steps, f.step_targets);
  w.StartObject();
  w.Key("id");
  write_string(w, f.id);
  w.Key("conversions");
  w.StartArray();
  for (const std::optional<double>& c : steps) write_number(w, c);
  w.EndArray();
  w.Key("bottleneck");
  if (worst)
    w.Uint64(*worst);
  else
    w.Null();
  w.EndObject();
}

}  // namespace

std::string okr_summary_json(std::span<const Objective> objectives, std::span<const KeyResult> key_results,
                             std::span<const CheckIn> check_ins, std::span<const Kpi> kpis,
                             std::span<const KpiEntry> kpi_entries, std::span<const FunnelPeriod> funnel_periods,
                             Date as_of) {
  rapidjson::StringBuffer sb;
  Writer w(sb);
  w.StartObject();
  w.Key("asOf");
  write_string(w, format_iso_date(as_of));

  w.Key("objectives");
  w.StartArray();
  const CheckInIndex index(check_ins);
  for (const Objective& o : objectives) write_objective(w, objective_state(o, key_results, index, as_of));
  w.EndArray();

  w.Key("kpis");
  w.StartArray();
  for (const Kpi& k : kpis) write_kpi(w, k, kpi_stats(k, kpi_entries));
  w.EndArray();

  w.Key("funnels");
  w.StartArray();
  for (const FunnelPeriod& f : funnel_periods) write_funnel(w, f);
  w.EndArray();
  w.EndObject();
  return sb.GetString();
}

}  // namespace fieldbook::okr
