// The team view (团队): two tabs over the whole team — 团队看板, the dashboard (one row per rep:
// where they stand in every tool), and 成长进步榜, the progress board (who grew most since last
// month). A tap on a rep opens everything of theirs (team_rep_view.cpp).
#include <algorithm>

#include "app/app.h"
#include "app/tools.h"
#include "common/find_by_id.h"
#include "imgui.h"
#include "views/team_parts.h"
#include "views/team_state.h"
#include "widgets/form.h"
#include "widgets/segmented.h"
#include "widgets/test_ids.h"

namespace fieldbook::shell {

namespace {

void draw_team_view(App& app) {
  TeamViewState& st = app.state<TeamViewState>();
  if (!st.open_rep_id.empty()) {
    if (const team::Rep* rep = find_by_id(app.session().doc().team, st.open_rep_id)) {
      const team::Rep copy = *rep;
      draw_rep_records(app, copy);
      return;
    }
    st.open_rep_id.clear();  // deleted, or undone away
  }
  form::title(tr(S::TeamTitle));
  form::hint(tr(S::TeamIntro));
  ImGui::Spacing();
  int tab = int(st.tab);
  if (segmented("##tab", tab, {tr(S::TeamTabDashboard), tr(S::TeamTabProgress)}, {"team.tab.dashboard", "team.tab.progress"},
                std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 24.0f)))
    st.tab = TeamViewState::Tab(tab);
  ImGui::Spacing();
  if (app.session().doc().team.empty()) {
    form::paragraph(tr(S::TeamEmpty));
    if (ImGui::Button(tr(S::TeamAddReps))) app.navigate("grow");
    tag_item("team.addReps");
    return;
  }
  if (st.tab == TeamViewState::Tab::Progress)
    draw_progress_board(app);
  else
    draw_team_dashboard(app);
}

}  // namespace

Tool team_tool() {
  return {.id = "team", .label = S::NavTeam, .icon = "▦", .summary = S::TeamIntro, .draw = draw_team_view};
}

}  // namespace fieldbook::shell
