// 成长进步榜, the progress board: the reps ranked by growth over last month on a measure the manager
// picks — signed deals from the funnel, a KPI the reps share by name, or revenue from their
// customer analyses (dashboard/progress_board.h decides every value and rank). Ranked rows show
// rank, name, this month, last month and the growth as a difference and a percentage; a rank
// shared by a tie says so; the reps who cannot be ranked are listed apart under why. The manager
// can switch to last month's board (two whole months): on a month's first days it is the one with
// data, and the view points to it when this month's ranks nobody.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "app/app.h"
#include "common/date.h"
#include "dashboard/progress_board.h"
#include "imgui.h"
#include "views/grow_parts.h"
#include "views/okr_parts.h"
#include "views/team_parts.h"
#include "views/team_state.h"
#include "widgets/badge.h"
#include "widgets/charts/chart_common.h"
#include "widgets/form.h"
#include "widgets/segmented.h"
#include "widgets/test_ids.h"
#include "widgets/theme.h"

namespace fieldbook::shell {

using dashboard::BoardRow;
using dashboard::Measure;
using dashboard::Standing;

namespace {

// The measures offered: signed deals, one KPI per name (the first KPI of each name names it: the
// board counts every rep's KPI of that name), revenue.
struct MeasureChoice {
  Measure measure;
  std::string label;
  std::string tag;
  okr::Unit unit = okr::Unit::Count;
};

std::vector<MeasureChoice> measure_choices(App& app) {
  std::vector<MeasureChoice> out;
  out.push_back({Measure{}, tr(S::ProgressSigned), "team.progress.measure.signed", okr::Unit::Count});
  std::vector<std::string> names;
  for (const okr::Kpi& k : app.session().doc().kpis) {
    if (std::find(names.begin(), names.end(), k.name) != names.end()) continue;
    names.push_back(k.name);
    char text[256];
    std::snprintf(text, sizeof(text), tr(S::ProgressKpi), k.name.c_str());
    out.push_back({Measure{Measure::Kind::Kpi, k.id}, text,
                   "team.progress.measure.kpi." + std::to_string(names.size() - 1), k.unit});
  }
  out.push_back({Measure{Measure::Kind::Revenue, ""}, tr(S::ProgressRevenue), "team.progress.measure.revenue",
                 okr::Unit::Money});
  return out;
}

std::string month_label(const okr::Period& month) {
  const CivilDate c = to_civil(month.first);
  char text[64];
  std::snprintf(text, sizeof(text), tr(S::ProgressMonth), c.year, int(c.month));
  return text;
}

std::string value_text(App& app, okr::Unit unit, const std::optional<double>& v) {
  return v ? format_value(app, unit, *v) : std::string(tr(S::TeamNone));
}

// "+3 (+50%)", "−2 (−20%)", "0".
std::string growth_text(App& app, okr::Unit unit, const BoardRow& r) {
  if (!r.growth) return tr(S::TeamNone);
  std::string text = (*r.growth > 0 ? "+" : "") + format_value(app, unit == okr::Unit::Percent ? okr::Unit::Count : unit, *r.growth);
  if (unit == okr::Unit::Percent) text += " pt";
  if (r.growth_percent) {
    text += " (";
    text += *r.growth_percent > 0 ? "+" : "";
    text += charts::format_number(std::round(*r.growth_percent)) + "%)";
  }
  return text;
}

// What the board's two months are called: "this month" and "last month", or on last month's
// board the months themselves.
struct MonthNames {
  std::string later, earlier;
};

void draw_ranked(App& app, const std::vector<BoardRow>& rows, okr::Unit unit, const MonthNames& months) {
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable("##ranked", 5, flags)) return;
  ImGui::TableSetupColumn(tr(S::ProgressRank), ImGuiTableColumnFlags_WidthStretch, 0.8f);
  ImGui::TableSetupColumn(tr(S::ProgressName), ImGuiTableColumnFlags_WidthStretch, 1.4f);
  ImGui::TableSetupColumn(months.later.c_str(), ImGuiTableColumnFlags_WidthStretch, 1.2f);
  ImGui::TableSetupColumn(months.earlier.c_str(), ImGuiTableColumnFlags_WidthStretch, 1.2f);
  ImGui::TableSetupColumn(tr(S::ProgressGrowth), ImGuiTableColumnFlags_WidthStretch, 1.6f);
  ImGui::TableHeadersRow();
  const float row_h = ImGui::GetFrameHeightWithSpacing();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const BoardRow& r = rows[i];
    if (r.standing != Standing::Ranked) break;  // the ranked rows come first
    const std::string tag = "team.progress.row." + std::to_string(i);
    ImGui::TableNextRow(ImGuiTableRowFlags_None, row_h);
    ImGui::PushID(int(i));
    ImGui::TableSetColumnIndex(0);
    ImGui::AlignTextToFramePadding();
    if (ImGui::Selectable("##row", false, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap,
                          ImVec2(0, row_h - ImGui::GetStyle().ItemSpacing.y)))
      app.state<TeamViewState>().open_rep_id = r.rep->id;
    tag_item(tag);
    ImGui::SameLine(0, 0);
    ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.1f);
    ImGui::Text("%d", r.rank.value_or(0));
    ImGui::PopFont();
    tag_item(tag + ".rank");
    if (r.tied) {  // a shared rank says so
      ImGui::SameLine();
      badge(tr(S::ProgressTied), colors::Accent, colors::AccentSoft);
      tag_item(tag + ".tied");
    }
    ImGui::TableSetColumnIndex(1);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(rep_name(*r.rep));
    ImGui::TableSetColumnIndex(2);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(value_text(app, unit, r.this_month).c_str());
    ImGui::TableSetColumnIndex(3);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(value_text(app, unit, r.last_month).c_str());
    ImGui::TableSetColumnIndex(4);
    ImGui::AlignTextToFramePadding();
    const ImU32 color = r.growth && *r.growth > 0 ? colors::Success : r.growth && *r.growth < 0 ? colors::Error : colors::Text;
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::TextUnformatted(growth_text(app, unit, r).c_str());
    ImGui::PopStyleColor();
    tag_item(tag + ".growth");
    ImGui::PopID();
  }
  ImGui::EndTable();
}

// The reps of one standing that cannot be ranked, under the caption that says why.
void draw_unranked(App& app, const std::vector<BoardRow>& rows, Standing standing, const std::string& caption,
                   const char* key, okr::Unit unit, const MonthNames& months) {
  std::vector<const BoardRow*> these;
  for (const BoardRow& r : rows)
    if (r.standing == standing) these.push_back(&r);
  if (these.empty()) return;
  ImGui::Spacing();
  form::label(caption.c_str());
  tag_item(std::string("team.progress.") + key);
  for (std::size_t i = 0; i < these.size(); ++i) {
    const BoardRow& r = *these[i];
    ImGui::PushID(r.rep->id.c_str());
    std::string text = rep_name(*r.rep);
    if (r.this_month) text += " · " + months.later + " " + value_text(app, unit, r.this_month);
    if (r.last_month) text += " · " + months.earlier + " " + value_text(app, unit, r.last_month);
    if (ImGui::Selectable(text.c_str(), false)) app.state<TeamViewState>().open_rep_id = r.rep->id;
    tag_item(std::string("team.progress.") + key + "." + std::to_string(i));
    ImGui::PopID();
  }
}

}  // namespace

void draw_progress_board(App& app) {
  TeamViewState& st = app.state<TeamViewState>();
  const auto& doc = app.session().doc();
  const auto choices = measure_choices(app);
  // The measure picked; one whose KPI is gone falls back to signed deals.
  const MeasureChoice* chosen = &choices.front();
  for (const MeasureChoice& c : choices)
    if (c.measure == st.measure) chosen = &c;
  form::label(tr(S::ProgressMeasure));
  ImGui::SetNextItemWidth(form::field_width());
  if (ImGui::BeginCombo("##measure", chosen->label.c_str())) {
    for (const MeasureChoice& c : choices) {
      if (ImGui::Selectable(c.label.c_str(), &c == chosen)) st.measure = c.measure;
      tag_item(c.tag);
    }
    ImGui::EndCombo();
  }
  tag_item("team.progress.measure");
  int which = st.last_months_board ? 1 : 0;
  ImGui::Spacing();
  if (segmented("##month", which, {tr(S::ProgressThisMonth), tr(S::ProgressLastMonth)},
                {"team.progress.month.this", "team.progress.month.last"}, std::min(ImGui::GetContentRegionAvail().x, form::field_width())))
    st.last_months_board = which == 1;
  ImGui::Spacing();
  const Date today = today_of(app);
  const Date day = st.last_months_board ? dashboard::last_day_of_month_before(today) : today;
  const dashboard::ProgressBoard board = dashboard::progress_board(doc, chosen->measure, day);
  const MonthNames names = st.last_months_board
                               ? MonthNames{month_label(board.this_month), month_label(board.last_month)}
                               : MonthNames{tr(S::ProgressThisMonth), tr(S::ProgressLastMonth)};
  char months[192];
  std::snprintf(months, sizeof(months), tr(S::ProgressMonths), month_label(board.this_month).c_str(),
                format_iso_date(day).c_str(), month_label(board.last_month).c_str());
  ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.1f);
  ImGui::TextUnformatted(months);
  ImGui::PopFont();
  tag_item("team.progress.months");
  form::hint(tr(S::ProgressHow));
  ImGui::Spacing();
  if (board.ranks_anyone()) {
    draw_ranked(app, board.rows, chosen->unit, names);
  } else {
    form::paragraph(tr(S::ProgressNoneRanked));
    tag_item("team.progress.noneRanked");
    if (!st.last_months_board &&
        dashboard::progress_board(doc, chosen->measure, dashboard::last_day_of_month_before(today)).ranks_anyone()) {
      form::hint(tr(S::ProgressSeeLastMonth));
      if (ImGui::Button(tr(S::ProgressShowLastMonth))) st.last_months_board = true;
      tag_item("team.progress.showLastMonth");
    }
  }
  auto caption = [&](S current, S in_months) {
    if (!st.last_months_board) return std::string(tr(current));
    char text[192];
    std::snprintf(text, sizeof(text), tr(in_months), names.later.c_str(), names.earlier.c_str());
    return std::string(text);
  };
  draw_unranked(app, board.rows, Standing::New, caption(S::ProgressNew, S::ProgressNewIn), "new", chosen->unit, names);
  draw_unranked(app, board.rows, Standing::NoDataThisMonth, caption(S::ProgressNoDataThisMonth, S::ProgressNoDataIn),
                "noDataThisMonth", chosen->unit, names);
  draw_unranked(app, board.rows, Standing::NoData, tr(S::ProgressNoData), "noData", chosen->unit, names);
}

}  // namespace fieldbook::shell
