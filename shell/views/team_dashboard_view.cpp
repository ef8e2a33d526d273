// 团队看板, the team dashboard: one row per rep with every column of dashboard::TeamRow, sorted
// by any column with dashboard::sort_rows. Wide content (a projector) shows a table whose headers
// sort when tapped; narrower content (a tablet) shows a card per rep and a sort combo. Rows out
// of sight are not drawn (only their space is taken), so a team of 30 costs what its visible rows
// cost. A tap on a rep opens everything of theirs. A rep with no KPI entry yet this month shows
// last month's hit rate, muted and named by its month ("11月"), so it is never read as this month's.
#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <string>
#include <vector>

#include "app/app.h"
#include "common/date.h"
#include "dashboard/team_dashboard.h"
#include "grow/leadership.h"
#include "imgui.h"
#include "okr/funnel_board.h"
#include "views/grow_parts.h"
#include "views/okr_parts.h"
#include "views/team_parts.h"
#include "views/team_state.h"
#include "widgets/button_row.h"
#include "widgets/badge.h"
#include "widgets/charts/progress.h"
#include "widgets/form.h"
#include "widgets/test_ids.h"
#include "widgets/theme.h"

namespace fieldbook::shell {

using dashboard::Column;
using dashboard::TeamRow;

namespace {

// Content at least this wide shows the table; narrower, the cards.
constexpr float kTableWidth = 1100.0f;

std::string rep_tag(const App& app, const TeamRow& row) {
  const auto& team = const_cast<App&>(app).session().doc().team;
  return "team.rep." + std::to_string(row.rep - team.data());
}

void open_rep(App& app, const TeamRow& row) { app.state<TeamViewState>().open_rep_id = row.rep->id; }

void muted(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, colors::TextMuted);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopStyleColor();
}

void draw_status(const TeamRow& row) {
  if (row.okr)
    status_badge(row.okr->status);
  else
    muted(tr(S::TeamNone));
}

void draw_okr_bar(const TeamRow& row, const std::string& tag, float width) {
  if (!row.okr) {
    muted(tr(S::TeamOkrNone));
    return;
  }
  charts::ProgressBar bar;
  bar.value = row.okr->progress;
  bar.target = row.okr->expected;
  bar.color = status_color(row.okr->status);
  charts::progress(tag.c_str(), bar, ImVec2(width, ImGui::GetFontSize() * 1.3f));
}

// Last month's figure muted, beside this month's figures in full colour. Where the whole text
// does not fit `width` (a table column on a narrower screen), the figure without its count.
void draw_kpi_cell(const TeamRow& row, float width = FLT_MAX) {
  std::string text = kpi_cell(row);
  if (ImGui::CalcTextSize(text.c_str()).x > width) text = kpi_cell(row, false);
  if (row.kpi && row.kpi->last_month)
    muted(text);
  else
    ImGui::TextUnformatted(text.c_str());
}

// Overdue actions in red, as the coaching follow-up list shows them.
void draw_actions_cell(int count, bool overdue) {
  if (overdue && count > 0) {
    char text[32];
    std::snprintf(text, sizeof(text), "%d", count);
    badge(text, colors::Error, colors::ErrorSoft);
  } else {
    ImGui::Text("%d", count);
  }
}

// ---- the sort ----

void sort_combo(TeamViewState& st) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(S::TeamSortBy));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(std::min(form::field_width() * 0.8f, ImGui::GetContentRegionAvail().x));  // beside its label
  // Every column in sight at once: a finger need not scroll inside the list.
  if (ImGui::BeginCombo("##sort", column_label(st.sort), ImGuiComboFlags_HeightLargest)) {
    for (Column c : kTeamColumns) {
      if (ImGui::Selectable(column_label(c), st.sort == c)) st.sort = c;
      tag_item(std::string("team.dashboard.sortBy.") + column_key(c));
    }
    ImGui::EndCombo();
  }
  tag_item("team.dashboard.sortBy");
  ButtonRow direction = ButtonRow::after_previous();
  if (direction.button(st.descending ? tr(S::TeamSortDescending) : tr(S::TeamSortAscending))) st.descending = !st.descending;
  tag_item("team.dashboard.direction");
}

// ---- cards (a tablet) ----

void draw_card(App& app, const TeamRow& row, float width, float estimate) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const std::string tag = rep_tag(app, row);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  float& card_height = app.state<TeamViewState>().card_height;
  const float known = card_height > 0 ? card_height : estimate;
  if (!ImGui::IsRectVisible(ImVec2(width, known))) {  // out of sight: its space and its id only
    ImGui::Dummy(ImVec2(width, known));
    tag_item(tag);
    ImGui::SetCursorScreenPos(ImVec2(p.x, p.y + known));  // then as a drawn card ends
    ImGui::Dummy(ImVec2(0, style.ItemSpacing.y));
    return;
  }
  ImGui::PushID(row.rep->id.c_str());
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->ChannelsSplit(2);
  dl->ChannelsSetCurrent(1);
  const float pad = style.FramePadding.x * 1.5f;
  ImGui::SetCursorScreenPos(ImVec2(p.x + pad, p.y + pad));
  ImGui::BeginGroup();
  const float inner = width - pad * 2;
  const Language lang = app.ui_language();
  // The name, the stage, the leadership style.
  ImGui::PushFont(nullptr, style.FontSizeBase * 1.15f);
  ImGui::TextUnformatted(rep_name(*row.rep));
  ImGui::PopFont();
  ImGui::SameLine();
  muted(stage_label(row.rep->stage));
  ImGui::SameLine();
  badge(grow::style_guide(row.style).name.in(lang).c_str(), colors::Accent, colors::AccentSoft);
  // OKR: the bar against the time gone, the status, the figures.
  const float label_w = ImGui::GetFontSize() * 4.5f;
  // Each line: its label, then its values in a row that wraps within the value column (a phone).
  auto label = [&](S s) {
    muted(tr(s));
    ImGui::SameLine(label_w);
    return ButtonRow(inner - label_w);
  };
  ButtonRow okr = label(S::TeamCardOkr);
  const float bar_w = std::min(inner * 0.4f, ImGui::GetFontSize() * 14.0f);
  okr.place(bar_w);
  draw_okr_bar(row, tag + ".okr", bar_w);
  if (row.okr) {
    okr.place(badge_width(status_label(row.okr->status)));
    status_badge(row.okr->status);
    const std::string figures = okr_cell(row);
    okr.place(ImGui::CalcTextSize(figures.c_str()).x);
    muted(figures);
  }
  // KPI, funnel.
  label(S::TeamCardKpi);
  draw_kpi_cell(row);
  ButtonRow funnel = label(S::TeamCardFunnel);
  if (row.funnel) {
    char text[96];
    std::snprintf(text, sizeof(text), tr(S::TeamCardConversion), conversion_cell(row).c_str());
    funnel.place(ImGui::CalcTextSize(text).x);
    ImGui::TextUnformatted(text);
    if (row.funnel->bottleneck) {
      const std::string bottleneck = bottleneck_cell(app, row);
      funnel.place(badge_width(bottleneck.c_str()));
      badge(bottleneck.c_str(), colors::Warning, colors::WarningSoft);
    }
  } else {
    muted(tr(S::TeamFunnelNone));
  }
  // Actions and the last 1:1.
  ButtonRow actions = label(S::TeamCardActions);
  char text[96];
  std::snprintf(text, sizeof(text), tr(S::TeamCardActionsValue), row.open_actions, row.overdue_actions);
  actions.place(ImGui::CalcTextSize(text).x);
  ImGui::PushStyleColor(ImGuiCol_Text, row.overdue_actions > 0 ? colors::Error : colors::Text);
  ImGui::TextUnformatted(text);
  ImGui::PopStyleColor();
  // "· " separates the last 1:1 from the actions on their line, and is dropped when it wraps.
  const std::string last = std::string(tr(S::TeamCardLastOneOnOne)) + " " + last_session_cell(row);
  const std::string beside = "· " + last;
  const int lines = actions.lines();
  actions.place(ImGui::CalcTextSize(beside.c_str()).x);
  muted(actions.lines() == lines ? beside : last);
  ImGui::EndGroup();
  const float height = ImGui::GetItemRectMax().y - p.y + pad;
  card_height = height;
  dl->ChannelsSetCurrent(0);
  ImGui::SetCursorScreenPos(p);
  const bool open = ImGui::Selectable("##card", false, ImGuiSelectableFlags_AllowOverlap, ImVec2(width, height));
  tag_item(tag);
  dl->ChannelsMerge();
  dl->AddRect(p, ImVec2(p.x + width, p.y + height), colors::Border, style.FrameRounding);
  ImGui::PopID();
  ImGui::SetCursorScreenPos(ImVec2(p.x, p.y + height));
  ImGui::Dummy(ImVec2(0, style.ItemSpacing.y));
  if (open) open_rep(app, row);
}

void draw_cards(App& app, const std::vector<TeamRow>& rows) {
  sort_combo(app.state<TeamViewState>());
  ImGui::Spacing();
  const ImGuiStyle& style = ImGui::GetStyle();
  const float width = ImGui::GetContentRegionAvail().x;
  // Before a card was drawn: five lines (the name's, four of facts) as tall as a badge or the OKR
  // bar. Text lines, not buttons, so no taller in touch mode: the whole card is the touch target.
  const float line = ImGui::GetFontSize() * 1.3f + style.ItemSpacing.y;
  const float estimate = line * 5.0f + style.FramePadding.x * 3.0f;
  for (const TeamRow& row : rows) draw_card(app, row, width, estimate);
}

// ---- the table (a projector) ----

void header_cell(TeamViewState& st, Column c) {
  std::string text = column_label(c);
  if (st.sort == c) text += st.descending ? " ▼" : " ▲";
  if (ImGui::Selectable((text + "##" + column_key(c)).c_str(), st.sort == c)) {
    if (st.sort == c)
      st.descending = !st.descending;
    else
      st.sort = c, st.descending = false;
  }
  tag_item(std::string("team.dashboard.sort.") + column_key(c));
}

void draw_table(App& app, const std::vector<TeamRow>& rows) {
  TeamViewState& st = app.state<TeamViewState>();
  const Language lang = app.ui_language();
  const int n = int(std::size(kTeamColumns));
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable("##dashboard", n, flags)) return;
  // Wider where the cell holds most: the OKR bar with its figure, the bottleneck's two stages.
  const float weights[] = {1.2f, 0.8f, 1.1f, 2.4f, 1.0f, 1.2f, 0.9f, 1.9f, 0.9f, 0.7f, 1.0f};
  for (int i = 0; i < n; ++i)
    ImGui::TableSetupColumn(column_label(kTeamColumns[i]), ImGuiTableColumnFlags_WidthStretch, weights[i]);
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  for (int i = 0; i < n; ++i) {
    ImGui::TableSetColumnIndex(i);
    header_cell(st, kTeamColumns[i]);
  }
  const float row_h = ImGui::GetFontSize() * 2.4f;
  ImGuiListClipper clipper;  // only the rows in sight are drawn
  clipper.Begin(int(rows.size()), row_h);
  while (clipper.Step()) {
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      const TeamRow& row = rows[r];
      const std::string tag = rep_tag(app, row);
      ImGui::TableNextRow(ImGuiTableRowFlags_None, row_h);
      ImGui::PushID(row.rep->id.c_str());
      ImGui::TableSetColumnIndex(0);
      const float y = ImGui::GetCursorPosY();
      if (ImGui::Selectable("##row", false, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap,
                            ImVec2(0, row_h)))
        open_rep(app, row);
      tag_item(tag);
      // Each cell centred on the row's height.
      auto cell = [&](int i) {
        ImGui::TableSetColumnIndex(i);
        ImGui::SetCursorPosY(y + (row_h - ImGui::GetFrameHeight()) * 0.5f);
        ImGui::AlignTextToFramePadding();
      };
      cell(0);
      ImGui::TextUnformatted(rep_name(*row.rep));
      cell(1);
      ImGui::TextUnformatted(stage_label(row.rep->stage));
      cell(2);
      ImGui::TextUnformatted(grow::style_guide(row.style).name.in(lang).c_str());
      cell(3);
      // The bar says the progress; beside it, where it should be by today (the bar's tick).
      draw_okr_bar(row, tag + ".okr", ImGui::GetContentRegionAvail().x * 0.5f);
      if (row.okr) {
        char expected[64];
        std::snprintf(expected, sizeof(expected), tr(S::TeamOkrExpected), format_share(row.okr->expected).c_str());
        ImGui::SameLine();
        muted(expected);
      }
      cell(4);
      draw_status(row);
      cell(5);
      draw_kpi_cell(row, ImGui::GetContentRegionAvail().x);
      tag_item(tag + ".kpi");
      cell(6);
      ImGui::TextUnformatted(conversion_cell(row).c_str());
      tag_item(tag + ".conversion");
      cell(7);
      if (row.funnel && row.funnel->bottleneck)
        badge(bottleneck_cell(app, row).c_str(), colors::Warning, colors::WarningSoft);
      else
        muted(tr(S::TeamNone));
      cell(8);
      draw_actions_cell(row.open_actions, false);
      cell(9);
      draw_actions_cell(row.overdue_actions, true);
      cell(10);
      ImGui::TextUnformatted(last_session_cell(row).c_str());
      ImGui::PopID();
    }
  }
  ImGui::EndTable();
}

}  // namespace

const char* column_label(Column c) {
  switch (c) {
    case Column::Name: return tr(S::TeamColName);
    case Column::Stage: return tr(S::TeamColStage);
    case Column::Style: return tr(S::TeamColStyle);
    case Column::OkrProgress: return tr(S::TeamColOkr);
    case Column::OkrStatus: return tr(S::TeamColStatus);
    case Column::KpiHitRate: return tr(S::TeamColKpi);
    case Column::FunnelConversion: return tr(S::TeamColConversion);
    case Column::Bottleneck: return tr(S::TeamColBottleneck);
    case Column::OpenActions: return tr(S::TeamColOpen);
    case Column::OverdueActions: return tr(S::TeamColOverdue);
    case Column::DaysSinceLastSession: return tr(S::TeamColLastOneOnOne);
  }
  return "";
}

const char* column_key(Column c) {
  switch (c) {
    case Column::Name: return "name";
    case Column::Stage: return "stage";
    case Column::Style: return "style";
    case Column::OkrProgress: return "okrProgress";
    case Column::OkrStatus: return "okrStatus";
    case Column::KpiHitRate: return "kpiHitRate";
    case Column::FunnelConversion: return "funnelConversion";
    case Column::Bottleneck: return "bottleneck";
    case Column::OpenActions: return "openActions";
    case Column::OverdueActions: return "overdueActions";
    case Column::DaysSinceLastSession: return "daysSinceLastSession";
  }
  return "";
}

std::string okr_cell(const TeamRow& row) {
  if (!row.okr) return tr(S::TeamNone);
  char text[96];
  std::snprintf(text, sizeof(text), tr(S::TeamOkrValue), format_share(row.okr->progress).c_str(),
                format_share(row.okr->expected).c_str());
  return text;
}

std::string kpi_cell(const TeamRow& row, bool with_entries) {
  if (!row.kpi) return tr(with_entries ? S::TeamKpiNone : S::TeamNone);
  char text[96];
  const std::string share = format_share(row.kpi->hit_rate);
  if (row.kpi->last_month) {
    const int month = int(to_civil(row.kpi->month.first).month);  // 1–12
    const char* name = tr(S(int(S::MonthShort1) + month - 1));
    if (with_entries)
      std::snprintf(text, sizeof(text), tr_count(S::TeamKpiInMonth, S::TeamKpiInMonthOne, row.kpi->entries), name,
                    share.c_str(), row.kpi->entries);
    else
      std::snprintf(text, sizeof(text), tr(S::TeamKpiInMonthShort), name, share.c_str());
  } else if (with_entries) {
    std::snprintf(text, sizeof(text), tr_count(S::TeamKpiValue, S::TeamKpiValueOne, row.kpi->entries), share.c_str(),
                  row.kpi->entries);
  } else {
    return share;
  }
  return text;
}

std::string conversion_cell(const TeamRow& row) {
  return row.funnel && row.funnel->conversion ? format_share(*row.funnel->conversion) : tr(S::TeamNone);
}

std::string bottleneck_cell(App& app, const TeamRow& row) {
  if (!row.funnel || !row.funnel->bottleneck || !row.funnel->period) return tr(S::TeamNone);
  const auto names = okr::stage_names(*row.funnel->period, app.ui_language());
  const std::size_t step = *row.funnel->bottleneck;
  if (step + 1 >= names.size()) return tr(S::TeamNone);
  return names[step] + " → " + names[step + 1];
}

std::string last_session_cell(const TeamRow& row) {
  if (!row.days_since_last_session) return tr(S::TeamNoOneOnOne);
  char text[64];
  std::snprintf(text, sizeof(text), tr_count(S::TeamDays, S::TeamDaysOne, *row.days_since_last_session),
                *row.days_since_last_session);
  return text;
}

void draw_team_dashboard(App& app) {
  TeamViewState& st = app.state<TeamViewState>();
  TeamViewState::Rows& cache = st.rows;
  const std::string day = app.session().today_iso();
  if (cache.doc_version != app.session().doc_version() || cache.day != day || cache.sort != st.sort ||
      cache.descending != st.descending) {
    cache.rows = dashboard::team_dashboard(app.session().doc(), today_of(app));
    dashboard::sort_rows(cache.rows, st.sort, st.descending);
    cache.doc_version = app.session().doc_version();
    cache.day = day;
    cache.sort = st.sort;
    cache.descending = st.descending;
  }
  // A tap on a header or the combo changes st.sort only: the rows are sorted again next frame.
  const std::vector<TeamRow>& rows = cache.rows;
  if (ImGui::GetContentRegionAvail().x >= kTableWidth)
    draw_table(app, rows);
  else
    draw_cards(app, rows);
}

}  // namespace fieldbook::shell
