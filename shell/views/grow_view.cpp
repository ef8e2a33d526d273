// The GROW coaching tool: the team (each rep with the leadership style their stage and latest
// commitment call for, their last session and open actions) and the follow-up list (the actions
// the sessions produced, overdue first, one tap to mark done). A rep's page and a session's
// worksheet are in grow_rep_view.cpp and grow_worksheet.cpp.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "app/app.h"
#include "widgets/button_row.h"
#include "widgets/test_ids.h"
#include "app/tools.h"
#include "common/date.h"
#include "grow/leadership.h"
#include "grow/team_summary.h"
#include "imgui.h"
#include "views/grow_edit.h"
#include "views/grow_parts.h"
#include "views/grow_state.h"
#include "widgets/badge.h"
#include "widgets/form.h"
#include "widgets/segmented.h"
#include "widgets/theme.h"
#include "widgets/wrapped_text.h"

namespace fieldbook::shell {

const char* stage_label(team::RepStage stage) {
  switch (stage) {
    case team::RepStage::New: return tr(S::GrowStageNew);
    case team::RepStage::Growing: return tr(S::GrowStageGrowing);
    case team::RepStage::Mature: return tr(S::GrowStageMature);
  }
  return "";
}

const char* rep_name(const team::Rep& rep) { return rep.name.empty() ? tr(S::GrowNoName) : rep.name.c_str(); }

namespace {

Date today_of(App& app) { return parse_iso_date(app.session().today_iso()).value_or(Date{}); }

void draw_team(App& app) {
  GrowViewState& st = app.state<GrowViewState>();
  const auto& doc = app.session().doc();
  if (ImGui::Button(tr(S::GrowAddRep))) add_rep(app);
  tag_item("grow.addRep");
  ImGui::Spacing();
  if (doc.team.empty()) {
    form::hint(tr(S::GrowTeamEmpty));
    return;
  }
  const Language lang = app.ui_language();
  const auto summaries = grow::summarize_team(doc.team, doc.coaching_sessions, today_of(app));
  const float width = ImGui::GetContentRegionAvail().x;
  const ImGuiStyle& style = ImGui::GetStyle();
  for (size_t i = 0; i < summaries.size(); ++i) {
    const grow::RepSummary& r = summaries[i];
    const std::string tag = "grow.rep." + std::to_string(i);
    ImGui::PushID(r.rep->id.c_str());
    // Line 1: name, stage; line 2: the style; line 3: last session and actions.
    char facts[256];
    if (r.last_session.empty())
      std::snprintf(facts, sizeof(facts), "%s", tr(S::GrowNoSessionYet));
    else
      std::snprintf(facts, sizeof(facts), tr(S::GrowLastSession), r.last_session.c_str(), r.sessions);
    // The name row and the badges' row, which wraps on a phone: the row is as tall as what was
    // drawn (the text first, on the upper channel; then the tap target under it).
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float inner = width - style.FramePadding.x * 2;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    ImGui::SetCursorScreenPos(ImVec2(p.x + style.FramePadding.x, p.y + style.FramePadding.y));
    ImGui::BeginGroup();
    ImGui::PushFont(nullptr, style.FontSizeBase * 1.1f);
    ImGui::TextUnformatted(rep_name(*r.rep));
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, colors::TextMuted);
    ImGui::TextUnformatted(stage_label(r.rep->stage));
    ImGui::PopStyleColor();
    badge(grow::style_guide(r.style).name.in(lang).c_str(), colors::Accent, colors::AccentSoft);
    ButtonRow rest = ButtonRow::after_previous(inner);
    rest.place(ImGui::CalcTextSize(facts).x);
    ImGui::PushStyleColor(ImGuiCol_Text, colors::TextMuted);
    wrapped_text(facts, p.x + style.FramePadding.x + inner - ImGui::GetCursorScreenPos().x);
    ImGui::PopStyleColor();
    if (r.overdue_actions > 0 || r.open_actions > 0) {
      char text[96];
      if (r.overdue_actions > 0) {
        std::snprintf(text, sizeof(text), tr(S::GrowOverdueCount), r.overdue_actions);
        rest.place(badge_width(text));
        badge(text, colors::Error, colors::ErrorSoft);
      }
      std::snprintf(text, sizeof(text), tr(S::GrowOpenCount), r.open_actions);
      rest.place(badge_width(text));
      badge(text, colors::Text, colors::Sidebar);
    }
    ImGui::EndGroup();
    // At least the two lines' height it always had (a badge is a little taller than a line).
    const float two_lines = ImGui::GetTextLineHeightWithSpacing() * 2.0f + ImGui::GetFontSize() * 0.2f + style.FramePadding.y * 3;
    const float h = std::max(two_lines, ImGui::GetItemRectMax().y - p.y + style.FramePadding.y);
    dl->ChannelsSetCurrent(0);
    ImGui::SetCursorScreenPos(p);
    const bool open = ImGui::Selectable("##rep", false, ImGuiSelectableFlags_AllowOverlap, ImVec2(width, h));
    tag_item(tag);
    dl->ChannelsMerge();
    dl->AddLine(ImVec2(p.x, p.y + h), ImVec2(p.x + width, p.y + h), colors::Border);
    ImGui::Dummy(ImVec2(0, 0));  // the room under a row it always had
    ImGui::PopID();
    if (open) {
      st.open_rep_id = r.rep->id;
      st.open_session_id.clear();
    }
  }
}

void draw_section(App& app, const char* title, const std::vector<grow::ActionItem>& items, const std::string& tag,
                  bool show_rep, std::size_t limit = SIZE_MAX) {
  char heading[128];
  std::snprintf(heading, sizeof(heading), "%s (%d)", title, int(items.size()));
  form::label(heading);
  tag_item(tag);
  if (items.empty()) {
    form::hint(tr(S::GrowNothingHere));
    return;
  }
  for (size_t i = 0; i < items.size() && i < limit; ++i) draw_action_row(app, items[i], tag + "." + std::to_string(i), show_rep);
}

void draw_follow_up(App& app) {
  GrowViewState& st = app.state<GrowViewState>();
  const auto& doc = app.session().doc();
  // The rep filter: everyone, or one rep.
  const team::Rep* only = team::find_rep(doc.team, st.follow_up_rep_id);
  if (!only) st.follow_up_rep_id.clear();
  ImGui::SetNextItemWidth(form::field_width());
  if (ImGui::BeginCombo("##rep", only ? rep_name(*only) : tr(S::GrowEveryone))) {
    if (ImGui::Selectable(tr(S::GrowEveryone), !only)) st.follow_up_rep_id.clear();
    for (const team::Rep& r : doc.team) {
      ImGui::PushID(r.id.c_str());
      if (ImGui::Selectable(rep_name(r), only == &r)) st.follow_up_rep_id = r.id;
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  tag_item("grow.followUp.rep");
  const grow::FollowUp f = grow::follow_up(doc.coaching_sessions, today_of(app), st.follow_up_rep_id);
  const bool show_rep = st.follow_up_rep_id.empty();
  draw_section(app, tr(S::GrowOverdue), f.overdue, "grow.followUp.overdue", show_rep);
  draw_section(app, tr(S::GrowThisWeek), f.this_week, "grow.followUp.thisWeek", show_rep);
  draw_section(app, tr(S::GrowLater), f.later, "grow.followUp.later", show_rep);
  // Done: the latest few; the rest are on each rep's sessions.
  draw_section(app, tr(S::GrowDone), f.done, "grow.followUp.done", show_rep, 10);
}

void draw_lists(App& app) {
  GrowViewState& st = app.state<GrowViewState>();
  form::title(tr(S::GrowTitle));
  form::hint(tr(S::GrowIntro));
  ImGui::Spacing();
  int tab = st.list == GrowViewState::List::FollowUp ? 1 : 0;
  if (segmented("##list", tab, {tr(S::GrowTeam), tr(S::GrowFollowUp)}, {"grow.tab.team", "grow.tab.followUp"},
                std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 24.0f)))
    st.list = tab == 1 ? GrowViewState::List::FollowUp : GrowViewState::List::Team;
  ImGui::Spacing();
  if (st.list == GrowViewState::List::FollowUp)
    draw_follow_up(app);
  else
    draw_team(app);
}

void draw_grow_view(App& app) {
  GrowViewState& st = app.state<GrowViewState>();
  const auto& doc = app.session().doc();
  if (!st.open_rep_id.empty()) {
    if (const team::Rep* rep = team::find_rep(doc.team, st.open_rep_id)) {
      const team::Rep rep_copy = *rep;  // edits below may move the workspace's vectors
      if (!st.open_session_id.empty()) {
        if (const grow::CoachingSession* s = find_session(doc, st.open_session_id)) {
          const grow::CoachingSession session_copy = *s;
          draw_worksheet(app, rep_copy, session_copy);
          return;
        }
        st.open_session_id.clear();  // deleted, or undone away
      }
      draw_rep_page(app, rep_copy);
      return;
    }
    st.open_rep_id.clear();
    st.open_session_id.clear();
  }
  draw_lists(app);
}

}  // namespace

void draw_action_row(App& app, const grow::ActionItem& item, const std::string& tag, bool show_rep) {
  const grow::Action& a = *item.action;
  const grow::CoachingSession& s = *item.session;
  const ImGuiStyle& style = ImGui::GetStyle();
  ImGui::PushID(tag.c_str());
  const bool done = a.status == grow::ActionStatus::Done;
  // The toggle: a finger-sized square button.
  const float box = ImGui::GetFrameHeight();
  ImGui::PushStyleColor(ImGuiCol_Button, done ? colors::Accent : colors::Background);
  ImGui::PushStyleColor(ImGuiCol_Text, done ? colors::TextInverse : colors::TextMuted);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
  const bool toggled = ImGui::Button(done ? "✓" : " ", ImVec2(box, box));
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(2);
  tag_item(tag + ".toggle");
  ImGui::SameLine();
  ImGui::BeginGroup();
  const float width = ImGui::GetContentRegionAvail().x;
  ImGui::PushStyleColor(ImGuiCol_Text, done ? colors::TextMuted : colors::Text);
  wrapped_text(a.text.empty() ? tr(S::GrowUntitledAction) : a.text, width);
  ImGui::PopStyleColor();
  tag_item(tag + ".text");
  std::string facts;
  if (show_rep) {
    const team::Rep* rep = team::find_rep(app.session().doc().team, s.rep_id);
    facts += rep ? rep_name(*rep) : "";
    facts += " · ";
  }
  facts += a.owner == grow::ActionOwner::Manager ? tr(S::GrowOwnerManager) : tr(S::GrowOwnerRep);
  char line[160];
  if (done) {
    std::snprintf(line, sizeof(line), tr(S::GrowDoneOn), a.done_on.c_str());
  } else if (item.days_overdue > 0) {
    std::snprintf(line, sizeof(line), tr_count(S::GrowDueLate, S::GrowDueLateOne, item.days_overdue), a.due_date.c_str(),
                  item.days_overdue);
  } else if (!a.due_date.empty()) {
    std::snprintf(line, sizeof(line), tr(S::GrowDueOn), a.due_date.c_str());
  } else {
    std::snprintf(line, sizeof(line), "%s", tr(S::GrowNoDueDate));
  }
  facts += " · ";
  facts += line;
  ImGui::PushStyleColor(ImGuiCol_Text, item.days_overdue > 0 ? colors::Error : colors::TextMuted);
  wrapped_text(facts, width);
  ImGui::PopStyleColor();
  ImGui::EndGroup();
  ImGui::Dummy(ImVec2(0, style.ItemSpacing.y));
  ImGui::PopID();
  if (toggled)
    set_action_status(app, s.id, a.id, done ? grow::ActionStatus::Open : grow::ActionStatus::Done);
}

Tool grow_tool() {
  return {.id = "grow", .label = S::NavGrow, .icon = "◎", .summary = S::GrowIntro, .draw = draw_grow_view};
}

}  // namespace fieldbook::shell
