// The OKR tool: three pages — the objectives of a period as the tree of alignment (each with its
// owner, kind, progress against where it should be by today, status and grade), the KPIs, and
// the funnel board. An objective's page, a key result's page, the KPIs and the funnel are in
// their own files (okr_parts.h lists them).
#include <algorithm>
#include <cstdio>
#include <set>
#include <string>
#include <vector>

#include "app/app.h"
#include "app/tools.h"
#include "imgui.h"
#include "okr/objective_tree.h"
#include "okr/period.h"
#include "okr/progress.h"
#include "views/okr_edit.h"
#include "views/okr_parts.h"
#include "views/okr_state.h"
#include "widgets/button_row.h"
#include "widgets/badge.h"
#include "widgets/charts/progress.h"
#include "widgets/form.h"
#include "widgets/segmented.h"
#include "widgets/test_ids.h"
#include "widgets/theme.h"
#include "widgets/wrapped_text.h"

namespace fieldbook::shell {

namespace {

// The periods the list offers: this quarter, every other quarter and year an objective is in
// (newest first), and all. Keys as OkrViewState::period.
struct PeriodChoice {
  std::string key;
  std::string label;
  okr::Period range;
};

std::string quarter_key(const okr::Period& q) {
  return std::to_string(to_civil(q.first).year) + "-Q" + std::to_string(okr::quarter_of(q.first));
}

std::vector<PeriodChoice> period_choices(App& app) {
  const Date today = today_of(app);
  const okr::Period this_quarter = okr::quarter_containing(today);
  std::vector<PeriodChoice> out;
  char text[128];
  std::snprintf(text, sizeof(text), tr(S::OkrPeriodThisQuarter),
                period_label(format_iso_date(this_quarter.first), format_iso_date(this_quarter.last)).c_str());
  out.push_back({"", text, this_quarter});
  std::set<std::pair<int, int>, std::greater<>> quarters;  // (year, quarter), newest first
  std::set<int, std::greater<>> years;
  for (const okr::Objective& o : app.session().doc().objectives) {
    const auto p = okr::parse_period(o.period_start, o.period_end);
    if (!p) continue;
    for (Date d = okr::quarter_containing(p->first).first; d <= p->last; d = add_days(okr::quarter_containing(d).last, 1)) {
      quarters.insert({to_civil(d).year, okr::quarter_of(d)});
      years.insert(to_civil(d).year);
    }
  }
  years.insert(to_civil(today).year);
  for (const auto& [year, q] : quarters) {
    const okr::Period range = okr::quarter_period(year, q);
    if (range == this_quarter) continue;
    out.push_back({quarter_key(range), period_label(format_iso_date(range.first), format_iso_date(range.last)), range});
  }
  for (int year : years) {
    const okr::Period range = okr::year_period(year);
    out.push_back({std::to_string(year), period_label(format_iso_date(range.first), format_iso_date(range.last)), range});
  }
  out.push_back({"all", tr(S::OkrPeriodAll), {Date{INT32_MIN / 2}, Date{INT32_MAX / 2}}});
  return out;
}

bool overlaps(const okr::Objective& o, const okr::Period& range) {
  const auto p = okr::parse_period(o.period_start, o.period_end);
  return !p || (p->first <= range.last && p->last >= range.first);
}

void draw_objective_row(App& app, const okr::Objective& o, int depth, const std::string& tag,
                        const okr::CheckInIndex& check_ins) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float indent = depth * ImGui::GetFontSize() * 1.5f;
  const float width = ImGui::GetContentRegionAvail().x - indent;
  if (skip_row(app, o.id, width + indent, tag)) return;
  const float top = ImGui::GetCursorScreenPos().y;
  const auto& doc = app.session().doc();
  const okr::ObjectiveState s = okr::objective_state(o, doc.key_results, check_ins, today_of(app));
  ImGui::PushID(o.id.c_str());
  const ImVec2 p(ImGui::GetCursorScreenPos().x + indent, ImGui::GetCursorScreenPos().y);
  ImGui::SetCursorScreenPos(p);
  // The row's height is what its content takes: drawn first inside a group, then made tappable.
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->ChannelsSplit(2);
  dl->ChannelsSetCurrent(1);
  ImGui::SetCursorScreenPos(ImVec2(p.x + style.FramePadding.x, p.y + style.FramePadding.y));
  ImGui::BeginGroup();
  const float inner = width - style.FramePadding.x * 2;
  if (depth > 0) {
    ImGui::PushStyleColor(ImGuiCol_Text, colors::TextMuted);
    ImGui::TextUnformatted("↳");
    ImGui::PopStyleColor();
    ImGui::SameLine();
  }
  ImGui::PushFont(nullptr, style.FontSizeBase * 1.1f);
  wrapped_text(o.title.empty() ? tr(S::OkrUntitledObjective) : o.title, ImGui::GetContentRegionAvail().x - style.FramePadding.x);
  ImGui::PopFont();
  tag_item(tag + ".title");
  ImGui::PushStyleColor(ImGuiCol_Text, colors::TextMuted);
  const std::string facts = owner_name(app, o.owner_id) + " · " + kind_label(o.kind) + " · " +
                            period_label(o.period_start, o.period_end);
  wrapped_text(facts, p.x + style.FramePadding.x + inner - ImGui::GetCursorScreenPos().x);
  ImGui::PopStyleColor();
  charts::ProgressBar bar;
  bar.value = s.progress;
  bar.target = s.expected;
  bar.color = status_color(s.status);
  // The bar takes taps of its own: a tap on it opens the row too.
  const bool bar_tapped =
      charts::progress((tag + ".progress").c_str(), bar, ImVec2(std::min(inner, ImGui::GetFontSize() * 22.0f), 0));
  status_badge(s.status);
  tag_item(tag + ".status");
  ImGui::SameLine();
  grade_badge(s.grade);
  char line[160];
  std::snprintf(line, sizeof(line), tr(S::OkrProgressLine), format_share(s.progress).c_str(),
                format_share(s.expected).c_str());
  // Beside the badges when it fits the card, else wrapped under them (a phone).
  ButtonRow rest = ButtonRow::after_previous(inner);
  rest.place(ImGui::CalcTextSize(line).x);
  const float right = p.x + style.FramePadding.x + inner;
  ImGui::PushStyleColor(ImGuiCol_Text, colors::TextMuted);
  wrapped_text(line, right - ImGui::GetCursorScreenPos().x);
  ImGui::PopStyleColor();
  ImGui::EndGroup();
  const float h = ImGui::GetItemRectMax().y - p.y + style.FramePadding.y;
  dl->ChannelsSetCurrent(0);
  ImGui::SetCursorScreenPos(p);
  const bool open = ImGui::Selectable("##objective", false, ImGuiSelectableFlags_AllowOverlap, ImVec2(width, h)) || bar_tapped;
  tag_item(tag);
  dl->ChannelsMerge();
  dl->AddLine(ImVec2(p.x, p.y + h), ImVec2(p.x + width, p.y + h), colors::Border);
  ImGui::PopID();
  remember_row(app, o.id, top);
  if (open) {
    OkrViewState& st = app.state<OkrViewState>();
    st.open_objective_id = o.id;
    st.open_key_result_id.clear();
  }
}

void draw_objectives(App& app) {
  OkrViewState& st = app.state<OkrViewState>();
  const auto& doc = app.session().doc();
  const auto choices = period_choices(app);
  const PeriodChoice* chosen = &choices.front();
  for (const PeriodChoice& c : choices)
    if (c.key == st.period) chosen = &c;
  ImGui::SetNextItemWidth(form::field_width());
  if (ImGui::BeginCombo("##period", chosen->label.c_str())) {
    for (std::size_t i = 0; i < choices.size(); ++i) {
      if (ImGui::Selectable(choices[i].label.c_str(), &choices[i] == chosen)) st.period = choices[i].key;
      tag_item("okr.period." + std::to_string(i));
    }
    ImGui::EndCombo();
  }
  tag_item("okr.period");
  if (ImGui::Button(tr(S::OkrAddObjective))) add_objective(app);
  tag_item("okr.addObjective");
  ImGui::Spacing();

  std::vector<okr::Objective> shown;
  for (const okr::Objective& o : doc.objectives)
    if (overlaps(o, chosen->range)) shown.push_back(o);
  if (shown.empty()) {
    form::paragraph(tr(S::OkrNoObjectives));
    if (ImGui::Button(tr(S::OkrFromExample))) add_handbook_example(app);
    tag_item("okr.fromExample");
    return;
  }
  const auto rows = okr::objective_tree(shown);
  const okr::CheckInIndex check_ins(doc.check_ins);
  for (std::size_t i = 0; i < rows.size(); ++i)
    draw_objective_row(app, shown[rows[i].index], rows[i].depth, "okr.objective." + std::to_string(i), check_ins);
}

void draw_pages(App& app) {
  OkrViewState& st = app.state<OkrViewState>();
  form::title(tr(S::OkrTitle));
  form::hint(tr(S::OkrIntro));
  ImGui::Spacing();
  int page = int(st.page);
  if (segmented("##page", page, {tr(S::OkrTabObjectives), tr(S::OkrTabKpis), tr(S::OkrTabFunnel)},
                {"okr.tab.objectives", "okr.tab.kpis", "okr.tab.funnel"},
                std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 27.0f)))
    st.page = OkrViewState::Page(page);
  ImGui::Spacing();
  switch (st.page) {
    case OkrViewState::Page::Objectives: draw_objectives(app); break;
    case OkrViewState::Page::Kpis: draw_kpi_page(app); break;
    case OkrViewState::Page::Funnel: draw_funnel_page(app); break;
  }
}

void draw_okr_view(App& app) {
  OkrViewState& st = app.state<OkrViewState>();
  const auto& doc = app.session().doc();
  if (!st.open_objective_id.empty()) {
    if (const okr::Objective* o = find_objective(doc, st.open_objective_id)) {
      const okr::Objective copy = *o;  // edits below may move the workspace's vectors
      if (!st.open_key_result_id.empty()) {
        if (const okr::KeyResult* kr = find_key_result(doc, st.open_key_result_id); kr && kr->objective_id == copy.id) {
          const okr::KeyResult kr_copy = *kr;
          draw_key_result_page(app, copy, kr_copy);
          return;
        }
        st.open_key_result_id.clear();  // deleted, or undone away
      }
      draw_objective_page(app, copy);
      return;
    }
    st.open_objective_id.clear();
    st.open_key_result_id.clear();
  }
  draw_pages(app);
}

}  // namespace

Tool okr_tool() {
  return {.id = "okr", .label = S::NavOkr, .icon = "◇", .summary = S::OkrIntro, .draw = draw_okr_view};
}

}  // namespace fieldbook::shell
