#include "grow/summary_json.h"

#include <string_view>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "common/summary_writer.h"
#include "grow/follow_up.h"
#include "grow/leadership.h"
#include "grow/team_summary.h"
#include "team/team_schema.h"

namespace fieldbook::grow {

using summary::Writer;
using summary::write_date_or_null;
using summary::write_string;

std::string grow_summary_json(const std::vector<team::Rep>& team, const std::vector<CoachingSession>& sessions,
                              Date as_of) {
  rapidjson::StringBuffer sb;
  Writer w(sb);
  w.StartObject();
  w.Key("asOf");
  write_string(w, format_iso_date(as_of));

  w.Key("reps");
  w.StartArray();
  for (const RepSummary& s : summarize_team(team, sessions, as_of)) {
    w.StartObject();
    w.Key("id");
    write_string(w, s.rep->id);
    w.Key("name");
    write_string(w, s.rep->name);
    w.Key("stage");
    w.String(json::enum_to_name(s.rep->stage));  // the file's word for it
    w.Key("style");
    w.String(style_code(s.style));
    w.Key("sessions");
    w.Int(s.sessions);
    w.Key("lastSession");
    write_date_or_null(w, s.last_session);
    w.Key("latestCommitment");
    if (s.latest_commitment)
      w.Int(*s.latest_commitment);
    else
      w.Null();
    w.Key("openActions");
    w.Int(s.open_actions);
    w.Key("overdueActions");
    w.Int(s.overdue_actions);
    w.EndObject();
  }
  w.EndArray();

  w.Key("overdue");
  w.StartArray();
  for (const ActionItem& item : follow_up(sessions, as_of).overdue) {
    w.StartObject();
    w.Key("sessionId");
    write_string(w, item.session->id);
    w.Key("actionId");
    write_string(w, item.action->id);
    w.Key("repId");
    write_string(w, item.session->rep_id);
    w.Key("text");
    write_string(w, item.action->text);
    w.Key("dueDate");
    write_string(w, item.action->due_date);
    w.Key("daysOverdue");
    w.Int(item.days_overdue);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return sb.GetString();
}

}  // namespace fieldbook::grow
