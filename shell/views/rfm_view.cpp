// The RFM tool's page: the analyses in the workspace (pick one, import another, export its
// customers as CSV, delete it), a line of facts, the segment filter in force, and tabs for the
// summary, the customer list, the charts, the scoring settings and the segment rules. The import
// wizard draws over it.
#include <cfloat>
#include <cstdio>
#include <string>

#include "app/app.h"
#include "widgets/button_row.h"
#include "widgets/test_ids.h"
#include "app/tools.h"
#include "common/date.h"
#include "imgui.h"
#include "rfm/export.h"
#include "views/rfm_edit.h"
#include "views/rfm_format.h"
#include "views/rfm_parts.h"
#include "widgets/form.h"
#include "widgets/wrapped_text.h"
#include "widgets/theme.h"

namespace fieldbook::shell {

namespace {

const rfm::AnalysisRecord* selected_analysis(App& app, RfmViewState& ui) {
  const auto& list = app.session().doc().rfm_analyses;
  if (list.empty()) return nullptr;
  if (const rfm::AnalysisRecord* a = find_analysis(app.session().doc(), ui.selected_id)) return a;
  ui.selected_id = list.back().id;  // the newest, when the selected one is gone (deleted, undone)
  ui.filter = {};
  return &list.back();
}

void open_picker(App& app) {
  app.platform().open_file_picker(".csv,.txt,.tsv,text/csv,text/plain", "rfm");
}

std::string file_stem(const std::string& name) {
  std::string s;
  for (char c : name) s += (c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"') ? '_' : c;
  return s.empty() ? std::string("rfm") : s;
}

rfm::ExportOptions export_options(const rfm::AnalysisRecord& a) {
  rfm::ExportOptions o;
  o.lang = language();
  o.analysis_date = a.analysis_day();
  return o;
}

void export_csv(App& app, const rfm::AnalysisRecord& a) {
  const std::string csv = rfm::customers_csv(a.list(), a.rules, export_options(a));
  app.platform().save_file(file_stem(a.name) + "-segments.csv", "text/csv;charset=utf-8", csv);
}

void draw_empty(App& app) {
  ImGui::Spacing();
  form::label(tr(S::RfmEmptyTitle));
  form::hint(tr(S::RfmEmptyBody));
  ImGui::Spacing();
  if (ImGui::Button(tr(S::RfmImport))) open_picker(app);
  tag_item("rfm.import");
}

// Returns false when the analysis was deleted (the reference is then gone: draw nothing more).
bool draw_header(App& app, RfmViewState& ui, const rfm::AnalysisRecord& a) {
  const auto& list = app.session().doc().rfm_analyses;
  ButtonRow row;  // the analysis and its actions, on as many lines as the screen needs
  if (list.size() > 1) {
    const float combo_w = std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 18.0f);
    row.place(combo_w);
    ImGui::SetNextItemWidth(combo_w);
    if (ImGui::BeginCombo("##analysis", a.name.c_str())) {
      for (const auto& other : list) {
        ImGui::PushID(other.id.c_str());
        if (ImGui::Selectable(other.name.c_str(), other.id == a.id) && other.id != a.id) {
          ui.selected_id = other.id;
          ui.filter = {};
        }
        ImGui::PopID();
      }
      ImGui::EndCombo();
    }
    tag_item("rfm.analysis");
  } else {
    row.place(ImGui::CalcTextSize(a.name.c_str()).x);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(a.name.c_str());
    tag_item("rfm.analysis");
  }
  if (row.button(tr(S::RfmImport))) open_picker(app);
  tag_item("rfm.import");
  if (row.button(tr(S::RfmExportCsv))) export_csv(app, a);
  tag_item("rfm.export");
  if (!ui.confirm_delete) {
    if (row.button(tr(S::RfmDelete))) ui.confirm_delete = true;
    tag_item("rfm.delete");
  } else {
    row.place(ImGui::CalcTextSize(tr(S::RfmDeleteConfirm)).x);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(S::RfmDeleteConfirm));
    if (row.button(tr(S::RfmRemove))) {
      delete_analysis(app, a.id);
      return false;
    }
    tag_item("rfm.delete.confirm");
    if (row.button(tr(S::CommonCancel))) ui.confirm_delete = false;
    tag_item("rfm.delete.cancel");
  }
  return true;
}

void draw_facts(const rfm::AnalysisRecord& a) {
  std::int64_t orders = 0;
  double revenue = 0;
  for (const auto& c : a.list()) {
    orders += c.frequency;
    revenue += c.monetary;
  }
  char text[512];
  std::snprintf(text, sizeof(text), tr(S::RfmFacts), rfm_count(static_cast<double>(a.list().size())).c_str(),
                rfm_count(static_cast<double>(orders)).c_str(), rfm_money(revenue, a.currency).c_str(),
                a.analysis_date.empty() ? "—" : a.analysis_date.c_str());
  ImGui::PushStyleColor(ImGuiCol_Text, colors::TextMuted);
  wrapped_text(text);
  ImGui::PopStyleColor();
  tag_item("rfm.facts");
}

void draw_filter_chip(RfmViewState& ui, const RfmDerived& d) {
  if (!ui.filter.segment_row) return;
  const int row = *ui.filter.segment_row;
  const std::string label = row < static_cast<int>(d.summary.size()) ? d.summary[static_cast<std::size_t>(row)].name.in(language())
                                                                     : std::string("?");
  char text[256];
  std::snprintf(text, sizeof(text), tr(S::RfmFilteredTo), label.c_str());
  const ImU32 color = rfm_segment_color(row, d.groups.named);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float h = ImGui::GetFrameHeight();
  ImGui::GetWindowDrawList()->AddRectFilled(p + ImVec2(0, h * 0.25f), p + ImVec2(h * 0.5f, h * 0.75f), color, 3.0f);
  ImGui::Dummy(ImVec2(h * 0.6f, h));
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(text);
  tag_item("rfm.filter.segment.label");
  ImGui::SameLine();
  if (ImGui::Button(tr(S::RfmShowAll))) ui.filter.segment_row.reset();
  tag_item("rfm.filter.clear");
}

// The sections as a row of buttons (a tab bar whose selection the app can set, e.g. back to the
// summary after an import), wide enough for a finger.
void draw_sections(RfmViewState& ui) {
  static const struct {
    S label;
    const char* id;
  } kTabs[] = {{S::RfmTabSummary, "rfm.tab.summary"},
               {S::RfmTabCustomers, "rfm.tab.customers"},
               {S::RfmTabCharts, "rfm.tab.charts"},
               {S::RfmTabScoring, "rfm.tab.scoring"},
               {S::RfmTabRules, "rfm.tab.rules"}};
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(4, ImGui::GetStyle().ItemSpacing.y));
  ButtonRow row;
  for (int i = 0; i < 5; ++i) {
    const bool selected = ui.tab == i;
    ImGui::PushStyleColor(ImGuiCol_Button, selected ? colors::AccentSoft : IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_Text, selected ? colors::Accent : colors::Text);
    if (row.button(tr(kTabs[i].label))) ui.tab = i;
    ImGui::PopStyleColor(2);
    tag_item(kTabs[i].id);
  }
  ImGui::PopStyleVar();
  ImGui::Separator();
  ImGui::Spacing();
}

}  // namespace

// The thresholds are a table of their own (one table per CSV file), exported from the scoring tab.
void export_rfm_thresholds(App& app, const rfm::AnalysisRecord& a) {
  const std::string csv = rfm::thresholds_csv(a.scored(), export_options(a));
  app.platform().save_file(file_stem(a.name) + "-thresholds.csv", "text/csv;charset=utf-8", csv);
}

namespace {

void draw_rfm_view(App& app) {
  RfmViewState& ui = app.state<RfmViewState>();
  form::title(tr(S::RfmTitle));
  const rfm::AnalysisRecord* a = selected_analysis(app, ui);
  if (!a) {
    draw_empty(app);
  } else if (draw_header(app, ui, *a)) {
    draw_facts(*a);
    const RfmDerived& d = rfm_derived(ui, *a);
    draw_filter_chip(ui, d);
    ImGui::Spacing();
    draw_sections(ui);
    switch (ui.tab) {
      case 1: draw_rfm_customers_table(app, ui, *a); break;
      case 2: draw_rfm_charts(app, ui, *a); break;
      case 3: draw_rfm_scoring(app, ui, *a); break;
      case 4: draw_rfm_rules_editor(app, ui, *a); break;
      default: draw_rfm_summary(app, ui, *a); break;
    }
  }
  draw_rfm_import(app, ui);
}

}  // namespace

Tool rfm_tool() {
  return {.id = "rfm",
          .label = S::NavRfm,
          .short_label = S::NavRfmShort,  // eight tabs on a tablet since Today and Team
          .icon = "◎",
          .summary = S::RfmIntro,
          .draw = draw_rfm_view,
          .receive_file = start_rfm_import,
          .background = {.pending = rfm_import_has_work, .step = step_rfm_import_in_background}};
}

}  // namespace fieldbook::shell
