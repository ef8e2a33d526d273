// Everything of one rep's, from a tap on them in the team view: their records in each tool — the
// coaching sessions about them, their objectives, KPIs, funnel periods, ROI cases and customer
// analyses (workspace::is_theirs, the rule deleting a rep follows), each section with its count
// and a line per record that opens it in its tool (open_record.h).
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "app/app.h"
#include "dashboard/team_dashboard.h"
#include "imgui.h"
#include "views/grow_parts.h"
#include "views/okr_parts.h"
#include "views/open_record.h"
#include "views/team_parts.h"
#include "views/team_state.h"
#include "widgets/button_row.h"
#include "widgets/form.h"
#include "widgets/tap_row.h"
#include "widgets/test_ids.h"
#include "widgets/theme.h"
#include "widgets/wrapped_text.h"

namespace fieldbook::shell {

namespace {

struct RecordLine {
  std::string title;
  std::string facts;
  std::function<void()> open;
};

// One tool's section: "Objectives (3)", then a line per record, or "None yet.".
void draw_section(S heading, const char* key, const std::vector<RecordLine>& lines) {
  ImGui::Spacing();
  char text[128];
  std::snprintf(text, sizeof(text), tr(heading), int(lines.size()));
  form::label(text);
  tag_item(std::string("team.rep.") + key);
  if (lines.empty()) {
    form::hint(tr(S::TeamRepNothing));
    return;
  }
  const std::function<void()>* tapped = nullptr;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const RecordLine& l = lines[i];
    if (tap_row(std::string("team.rep.") + key + "." + std::to_string(i), [&](float w) {
          wrapped_text(l.title, w);
          if (!l.facts.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, colors::TextMuted);
            wrapped_text(l.facts, w);
            ImGui::PopStyleColor();
          }
        }))
      tapped = &l.open;
  }
  if (tapped) (*tapped)();
}

std::string or_untitled(const std::string& text) { return text.empty() ? tr(S::TodayUntitled) : text; }

}  // namespace

void draw_rep_records(App& app, const team::Rep& rep) {
  TeamViewState& st = app.state<TeamViewState>();
  const auto& doc = app.session().doc();
  ButtonRow head;
  if (head.button(tr(S::TeamBack))) st.open_rep_id.clear();
  tag_item("team.rep.back");
  if (head.button(tr(S::TeamRepProfile))) open_rep_profile(app, rep.id);
  tag_item("team.rep.profile");
  char title[256];
  std::snprintf(title, sizeof(title), tr(S::TeamRepTitle), rep_name(rep));
  form::title(title);
  tag_item("team.rep.title");
  form::hint((std::string(stage_label(rep.stage))).c_str());

  // Copies of what the lines show: a tap opens a record after the page is drawn.
  std::vector<RecordLine> sessions, objectives, kpis, funnels, cases, analyses;
  for (const auto& s : doc.coaching_sessions)
    if (dashboard::is_theirs(s, rep.id))
      sessions.push_back({or_untitled(s.topic), s.date, [&app, id = s.id] { open_session(app, id); }});
  for (const auto& o : doc.objectives)
    if (dashboard::is_theirs(o, rep.id))
      objectives.push_back({or_untitled(o.title), period_label(o.period_start, o.period_end),
                            [&app, id = o.id] { open_objective(app, id); }});
  for (const auto& k : doc.kpis)
    if (dashboard::is_theirs(k, rep.id)) kpis.push_back({or_untitled(k.name), "", [&app, id = k.id] { open_kpi(app, id); }});
  for (const auto& f : doc.funnel_periods)
    if (dashboard::is_theirs(f, rep.id)) {
      char text[128];
      std::snprintf(text, sizeof(text), tr(S::TeamRepFunnelPeriod), f.period_start.c_str(), f.period_end.c_str());
      funnels.push_back({text, "", [&app, id = f.id] { open_funnel_period(app, id); }});
    }
  for (const auto& c : doc.roi_cases)
    if (dashboard::is_theirs(c, rep.id))
      cases.push_back({or_untitled(c.name), c.customer_name, [&app, id = c.id] { open_roi_case(app, id); }});
  for (const auto& a : doc.rfm_analyses)
    if (dashboard::is_theirs(a, rep.id))
      analyses.push_back({or_untitled(a.name), a.analysis_date, [&app, id = a.id] { open_rfm_analysis(app, id); }});

  draw_section(S::TeamRepCoaching, "sessions", sessions);
  draw_section(S::TeamRepObjectives, "objectives", objectives);
  draw_section(S::TeamRepKpis, "kpis", kpis);
  draw_section(S::TeamRepFunnels, "funnels", funnels);
  draw_section(S::TeamRepRoi, "roi", cases);
  draw_section(S::TeamRepRfm, "rfm", analyses);
}

}  // namespace fieldbook::shell
