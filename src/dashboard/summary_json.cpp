#include "dashboard/summary_json.h"

#include <cmath>
#include <optional>
#include <string_view>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "common/summary_writer.h"
#include "common/localized_text.h"
#include "common/number_text.h"
#include "dashboard/team_dashboard.h"
#include "okr/funnel_board.h"
#include "team/team_schema.h"

namespace fieldbook::dashboard {

namespace {

using summary::Writer;
using summary::write_number;
using summary::write_string;

// The handbook's words are Chinese; an English workspace gets the English ones.
Language stage_language(const workspace::Workspace& ws) {
  return ws.settings.language == workspace::LanguagePreference::En ? Language::En : Language::Zh;
}

void write_bottleneck(Writer& w, const std::optional<FunnelStanding>& funnel, Language language) {
  if (!funnel || !funnel->bottleneck) {
    w.Null();
    return;
  }
  const auto names = okr::stage_names(*funnel->period, language);
  const std::size_t step = *funnel->bottleneck;
  write_string(w, names[step] + " → " + names[step + 1]);
}

void write_rep(Writer& w, const TeamRow& r, Language language) {
  w.StartObject();
  w.Key("id");
  write_string(w, r.rep->id);
  w.Key("name");
  write_string(w, r.rep->name);
  w.Key("stage");
  w.String(json::enum_to_name(r.rep->stage));  // the file's word for it, as `fieldbook grow` prints it
  w.Key("style");
  w.String(grow::style_code(r.style));
  w.Key("okrProgress");
  write_number(w, r.okr ? std::optional(r.okr->progress) : std::nullopt);
  w.Key("okrExpected");
  write_number(w, r.okr ? std::optional(r.okr->expected) : std::nullopt);
  w.Key("okrStatus");
  if (r.okr)
    w.String(okr::status_code(r.okr->status));
  else
    w.Null();
  // This month's only: the dashboard's last-month figure is told apart by a label a report has no place for.
  w.Key("kpiHitRate");
  write_number(w, r.kpi && !r.kpi->last_month ? std::optional(r.kpi->hit_rate) : std::nullopt);
  w.Key("bottleneck");
  write_bottleneck(w, r.funnel, language);
  w.Key("openActions");
  w.Int(r.open_actions);
  w.Key("overdueActions");
  w.Int(r.overdue_actions);
  w.Key("daysSinceLastSession");
  if (r.days_since_last_session)
    w.Int(*r.days_since_last_session);
  else
    w.Null();
  w.EndObject();
}

void write_board_row(Writer& w, const BoardRow& r) {
  w.StartObject();
  w.Key("repId");
  write_string(w, r.rep->id);
  w.Key("rank");
  if (r.rank)
    w.Int(*r.rank);
  else
    w.Null();
  w.Key("thisMonth");
  write_number(w, r.this_month);
  w.Key("lastMonth");
  write_number(w, r.last_month);
  w.Key("growth");
  write_number(w, r.growth);
  w.Key("growthPercent");
  write_number(w, r.growth_percent);
  w.EndObject();
}

}  // namespace

std::string team_report_json(const workspace::Workspace& ws, Date as_of, const Measure& measure) {
  rapidjson::StringBuffer sb;
  Writer w(sb);
  w.StartObject();
  w.Key("asOf");
  write_string(w, format_iso_date(as_of));
  w.Key("reps");
  w.StartArray();
  const Language language = stage_language(ws);
  for (const TeamRow& r : team_dashboard(ws, as_of)) write_rep(w, r, language);
  w.EndArray();
  w.Key("progressBoard");
  w.StartArray();
  for (const BoardRow& r : progress_board(ws, measure, as_of).rows) write_board_row(w, r);
  w.EndArray();
  w.EndObject();
  return sb.GetString();
}

}  // namespace fieldbook::dashboard
