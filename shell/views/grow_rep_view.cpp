// A rep's page: who they are (name, stage, start, DISC, notes), the way to lead them now (the
// style their stage and latest commitment call for, in the handbook's words, and the stage's
// training), their sessions over time with the commitment they gave, and what is still open.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "app/app.h"
#include "widgets/button_row.h"
#include "widgets/test_ids.h"
#include "common/date.h"
#include "grow/follow_up.h"
#include "grow/leadership.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "views/grow_edit.h"
#include "views/grow_parts.h"
#include "views/grow_state.h"
#include "workspace/remove_rep.h"
#include "widgets/charts/line.h"
#include "widgets/confirm.h"
#include "widgets/date_field.h"
#include "widgets/form.h"
#include "widgets/segmented.h"
#include "widgets/theme.h"
#include "widgets/wrapped_text.h"

namespace fieldbook::shell {

namespace {

// Content wider than this shows the profile and the guide side by side.
constexpr float kTwoColumnsWidth = 900.0f;

void draw_delete_confirmation(App& app, const team::Rep& rep) {
  const workspace::RepRecords theirs = workspace::records_of_rep(app.session().doc(), rep.id);
  char text[640];
  std::snprintf(text, sizeof(text), tr(S::GrowDeleteRepConfirm), rep_name(rep), theirs.coaching_sessions,
                theirs.objectives, theirs.funnel_periods, theirs.kpis, theirs.roi_cases, theirs.rfm_analyses);
  const std::string id = rep.id;
  switch (confirm_box("grow.rep.delete", text, tr(S::CommonDelete))) {
    case Confirmation::Confirmed: delete_rep(app, id); break;
    case Confirmation::Cancelled: app.state<GrowViewState>().confirm_delete_rep_id.clear(); break;
    case Confirmation::Pending: break;
  }
}

void draw_profile(App& app, const team::Rep& rep) {
  team::Rep r = rep;
  std::string key;
  const std::string base = "grow." + rep.id + ".";
  form::label(tr(S::GrowName));
  ImGui::SetNextItemWidth(form::field_width());
  if (ImGui::InputTextWithHint("##name", tr(S::GrowNameHint), &r.name)) key = base + "name";
  tag_item("grow.rep.name");

  form::label(tr(S::GrowStage));
  int stage = int(r.stage);
  if (segmented("##stage", stage, {tr(S::GrowStageNew), tr(S::GrowStageGrowing), tr(S::GrowStageMature)},
                {"grow.rep.stage.new", "grow.rep.stage.growing", "grow.rep.stage.mature"}, form::field_width())) {
    r.stage = team::RepStage(stage);
    key = base + "stage";
  }
  // Tenure only suggests: the manager decides.
  const auto started = parse_iso_date(r.started_on);
  const auto today = parse_iso_date(app.session().today_iso());
  if (started && today) {
    const team::RepStage suggested = grow::suggested_stage(*started, *today);
    if (suggested != r.stage) {
      char text[256];
      std::snprintf(text, sizeof(text), tr(S::GrowStageSuggested), stage_label(suggested));
      form::hint(text);
      tag_item("grow.rep.stage.suggested");
    }
  }

  form::label(tr(S::GrowStartedOn));
  if (date_field("##startedOn", r.started_on, "grow.rep.startedOn")) key = base + "startedOn";

  form::label(tr(S::GrowDisc));
  int disc = r.disc ? int(*r.disc) + 1 : 0;
  if (segmented("##disc", disc, {tr(S::GrowDiscNone), "D", "I", "S", "C"},
                {"grow.rep.disc.none", "grow.rep.disc.D", "grow.rep.disc.I", "grow.rep.disc.S", "grow.rep.disc.C"},
                form::field_width())) {
    r.disc = disc == 0 ? std::nullopt : std::optional<team::Disc>(team::Disc(disc - 1));
    key = base + "disc";
  }
  form::hint(tr(S::GrowDiscHint));

  form::label(tr(S::GrowNotes));
  if (ImGui::InputTextMultiline("##notes", &r.notes, ImVec2(form::field_width(), ImGui::GetTextLineHeight() * 4.0f)))
    key = base + "notes";
  tag_item("grow.rep.notes");
  if (!key.empty()) save_rep(app, key, std::move(r));
}

void draw_guide(App& app, const team::Rep& rep) {
  const Language lang = app.ui_language();
  const auto& sessions = app.session().doc().coaching_sessions;
  const std::optional<int> commitment = grow::latest_commitment(sessions, rep.id);
  const grow::LeadershipStyle style = grow::leadership_style(rep.stage, commitment);
  const grow::StyleGuide& guide = grow::style_guide(style);
  ImGui::PushStyleColor(ImGuiCol_ChildBg, colors::AccentSoft);
  ImGui::BeginChild("##guide", ImVec2(0, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
  ImGui::PushStyleColor(ImGuiCol_Text, colors::TextMuted);
  ImGui::TextUnformatted(tr(S::GrowHowToLead));
  ImGui::PopStyleColor();
  ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.3f);
  ImGui::PushStyleColor(ImGuiCol_Text, colors::Accent);
  ImGui::TextUnformatted(guide.name.in(lang).c_str());
  ImGui::PopStyleColor();
  ImGui::PopFont();
  tag_item("grow.guide.style");
  form::paragraph(guide.summary.in(lang).c_str(), ImGui::GetContentRegionAvail().x);
  if (style == grow::LeadershipStyle::Supporting && commitment) {
    char text[256];
    std::snprintf(text, sizeof(text), tr(S::GrowWhySupporting), *commitment);
    form::hint(text);
  }
  for (const LocalizedText& p : guide.practices) form::paragraph(("• " + p.in(lang)).c_str(), ImGui::GetContentRegionAvail().x);
  const grow::TrainingPlan& plan = grow::training_plan(rep.stage);
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, colors::TextMuted);
  ImGui::TextUnformatted(tr(S::GrowTraining));
  ImGui::PopStyleColor();
  ImGui::TextUnformatted(plan.name.in(lang).c_str());
  for (const LocalizedText& step : plan.steps) form::paragraph(("• " + step.in(lang)).c_str(), ImGui::GetContentRegionAvail().x);
  ImGui::EndChild();
  tag_item("grow.guide");
  ImGui::PopStyleColor();
}

void draw_commitment_chart(const std::vector<const grow::CoachingSession*>& sessions) {
  charts::LineChart chart;
  charts::LineSeries series;
  series.label = tr(S::GrowCommitment);
  for (const grow::CoachingSession* s : sessions) {
    if (!s->will.commitment) continue;
    chart.x_labels.push_back(s->date.size() >= 10 ? s->date.substr(5) : s->date);  // "11-16"
    series.values.push_back(*s->will.commitment);
  }
  if (series.values.empty()) return;
  form::label(tr(S::GrowCommitmentOverTime));
  chart.series.push_back(std::move(series));
  chart.include_zero = true;
  chart.format = [](double v) {
    char text[16];
    std::snprintf(text, sizeof(text), "%g", v);
    return std::string(text);
  };
  charts::line("grow.commitmentChart", chart, ImVec2(0, ImGui::GetFontSize() * 11.0f));
}

void draw_sessions(App& app, const std::vector<const grow::CoachingSession*>& sessions) {
  GrowViewState& st = app.state<GrowViewState>();
  form::label(tr(S::GrowSessions));
  if (sessions.empty()) {
    form::hint(tr(S::GrowNoSessions));
    return;
  }
  const float width = ImGui::GetContentRegionAvail().x;
  const ImGuiStyle& style = ImGui::GetStyle();
  // Newest first: the one a manager looks for.
  for (size_t n = sessions.size(); n-- > 0;) {
    const grow::CoachingSession& s = *sessions[n];
    ImGui::PushID(s.id.c_str());
    const std::string title = s.date + "  " + (s.topic.empty() ? std::string(tr(S::GrowNoTopic)) : s.topic);
    int open = 0;
    for (const auto& a : s.actions) open += a.status == grow::ActionStatus::Open;
    char facts[160];
    if (s.will.commitment)
      std::snprintf(facts, sizeof(facts), tr(S::GrowSessionFacts), *s.will.commitment, open);
    else
      std::snprintf(facts, sizeof(facts), tr(S::GrowSessionFactsNoCommitment), open);
    const float text_w = width - style.FramePadding.x * 2;
    const float h = wrapped_text_size(title, text_w).y + ImGui::GetTextLineHeightWithSpacing() + style.FramePadding.y * 2;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    if (ImGui::Selectable("##session", false, ImGuiSelectableFlags_AllowOverlap, ImVec2(width, h))) {
      st.open_session_id = s.id;
      st.step = grow::GrowStep::Goal;
      st.practising = false;
    }
    tag_item("grow.session." + std::to_string(sessions.size() - 1 - n));
    const ImVec2 after = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(p.x + style.FramePadding.x, p.y + style.FramePadding.y));
    ImGui::BeginGroup();
    wrapped_text(title, text_w);
    ImGui::PushStyleColor(ImGuiCol_Text, colors::TextMuted);
    ImGui::TextUnformatted(facts);
    ImGui::PopStyleColor();
    ImGui::EndGroup();
    ImGui::SetCursorScreenPos(after);
    ImGui::Dummy(ImVec2(0, 0));  // the row ends here: a moved cursor alone does not extend the window
    ImGui::GetWindowDrawList()->AddLine(ImVec2(p.x, p.y + h), ImVec2(p.x + width, p.y + h), colors::Border);
    ImGui::PopID();
  }
}

void draw_open_actions(App& app, const team::Rep& rep) {
  const auto today = parse_iso_date(app.session().today_iso()).value_or(Date{});
  const grow::FollowUp f = grow::follow_up(app.session().doc().coaching_sessions, today, rep.id);
  std::vector<grow::ActionItem> open = f.overdue;
  open.insert(open.end(), f.this_week.begin(), f.this_week.end());
  open.insert(open.end(), f.later.begin(), f.later.end());
  char heading[128];
  std::snprintf(heading, sizeof(heading), "%s (%d)", tr(S::GrowOpenActions), int(open.size()));
  form::label(heading);
  if (open.empty()) form::hint(tr(S::GrowNothingHere));
  for (size_t i = 0; i < open.size(); ++i) draw_action_row(app, open[i], "grow.rep.action." + std::to_string(i), false);
}

}  // namespace

void draw_rep_page(App& app, const team::Rep& rep) {
  GrowViewState& st = app.state<GrowViewState>();
  if (ImGui::Button(tr(S::GrowBackToTeam))) {
    st.open_rep_id.clear();
    st.confirm_delete_rep_id.clear();
  }
  tag_item("grow.back");
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.25f);
  ImGui::TextUnformatted(rep_name(rep));
  ImGui::PopFont();
  ImGui::Spacing();
  ButtonRow actions;
  ImGui::PushStyleColor(ImGuiCol_Button, colors::Accent);
  ImGui::PushStyleColor(ImGuiCol_Text, colors::TextInverse);
  if (actions.button(tr(S::GrowNewSession))) start_session(app, rep.id, false);
  ImGui::PopStyleColor(2);
  tag_item("grow.newSession");
  if (actions.button(tr(S::GrowFromExample))) start_session(app, rep.id, true);
  tag_item("grow.newSession.example");
  if (actions.button(tr(S::CommonDelete))) st.confirm_delete_rep_id = rep.id;
  tag_item("grow.rep.delete");
  ImGui::Spacing();
  if (st.confirm_delete_rep_id == rep.id) draw_delete_confirmation(app, rep);
  if (st.open_rep_id != rep.id || !st.open_session_id.empty()) return;  // deleted, or a session just started

  const auto sessions = grow::sessions_of(app.session().doc().coaching_sessions, rep.id);
  const float avail = ImGui::GetContentRegionAvail().x;
  if (avail >= kTwoColumnsWidth) {
    const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
    const float left = std::floor((avail - gap) * 0.45f);
    ImGui::BeginChild("##left", ImVec2(left, 0));
    draw_guide(app, rep);
    draw_profile(app, rep);
    ImGui::EndChild();
    ImGui::SameLine(0, gap);
    ImGui::BeginChild("##right", ImVec2(0, 0));
    draw_open_actions(app, rep);
    draw_sessions(app, sessions);
    draw_commitment_chart(sessions);
    ImGui::EndChild();
    return;
  }
  // Narrow: what a manager looks for before a 1:1 first, then how to lead, then the profile.
  draw_open_actions(app, rep);
  draw_sessions(app, sessions);
  draw_guide(app, rep);
  draw_commitment_chart(sessions);
  draw_profile(app, rep);
}

}  // namespace fieldbook::shell
