// The customer list: search, filters by segment / industry / rep, sortable columns, and only the
// visible rows drawn (ImGuiListClipper over the sorted index vector), so 100,000 customers scroll
// as smoothly as 100.
#include <cfloat>
#include <cstdio>

#include "app/app.h"
#include "widgets/test_ids.h"
#include "common/date.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "views/rfm_format.h"
#include "views/rfm_parts.h"

namespace fieldbook::shell {

namespace {

using rfm::SortColumn;

// A filter combo over text values: All, each value, and "(none)" for customers without one.
void text_filter(const char* id, const char* test_id, const char* label, const std::vector<std::string>& values,
                 std::optional<std::string>& current, float width) {
  const char* shown = current ? (current->empty() ? tr(S::RfmNone) : current->c_str()) : tr(S::RfmAll);
  ImGui::SetNextItemWidth(width);
  char preview[256];
  std::snprintf(preview, sizeof(preview), "%s: %s", label, shown);
  if (ImGui::BeginCombo(id, preview)) {
    if (ImGui::Selectable(tr(S::RfmAll), !current)) current.reset();
    for (const auto& v : values)
      if (ImGui::Selectable(v.c_str(), current && *current == v)) current = v;
    if (ImGui::Selectable(tr(S::RfmNone), current && current->empty())) current = std::string();
    ImGui::EndCombo();
  }
  tag_item(test_id);
}

void segment_filter(RfmViewState& ui, const RfmDerived& d, float width) {
  const int row = ui.filter.segment_row.value_or(-1);
  const char* shown = row >= 0 && row < static_cast<int>(d.summary.size())
                          ? d.summary[static_cast<std::size_t>(row)].name.in(language()).c_str()
                          : tr(S::RfmAnySegment);
  ImGui::SetNextItemWidth(width);
  if (ImGui::BeginCombo("##segment", shown)) {
    if (ImGui::Selectable(tr(S::RfmAnySegment), row < 0)) ui.filter.segment_row.reset();
    for (std::size_t i = 0; i < d.summary.size(); ++i) {
      ImGui::PushID(static_cast<int>(i));
      if (ImGui::Selectable(d.summary[i].name.in(language()).c_str(), row == static_cast<int>(i)))
        ui.filter.segment_row = static_cast<int>(i);
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  tag_item("rfm.filter.segment");
}

struct Col {
  S label;
  SortColumn sort;
  float weight;
};

}  // namespace

void draw_rfm_customers_table(App& app, RfmViewState& ui, const rfm::AnalysisRecord& a) {
  const RfmDerived& d0 = rfm_derived(ui, a);
  const float avail = ImGui::GetContentRegionAvail().x;
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const bool narrow = avail < ImGui::GetFontSize() * 56.0f;  // fixed columns that scroll sideways
  const float w = narrow ? (avail - spacing) * 0.5f : std::min(ImGui::GetFontSize() * 13.0f, (avail - spacing * 3) / 4);

  ImGui::SetNextItemWidth(w);
  ImGui::InputTextWithHint("##search", tr(S::RfmSearch), &ui.filter.search);
  tag_item("rfm.search");
  ImGui::SameLine();
  segment_filter(ui, d0, w);
  if (!narrow) ImGui::SameLine();
  text_filter("##industry", "rfm.filter.industry", tr(S::RfmIndustry), d0.industries, ui.filter.industry, w);
  ImGui::SameLine();
  text_filter("##rep", "rfm.filter.rep", tr(S::RfmRep), d0.reps, ui.filter.rep, w);

  const RfmDerived& d = rfm_derived(ui, a);  // the filter may have changed above
  char count[128];
  std::snprintf(count, sizeof(count), tr(S::RfmRowsShown), rfm_count(static_cast<double>(d.rows.size())).c_str(),
                rfm_count(static_cast<double>(a.list().size())).c_str());
  ImGui::TextDisabled("%s", count);
  tag_item("rfm.table.count");

  std::vector<Col> cols = {{S::RfmColCustomer, SortColumn::Name, 2.2f}};
  if (!d.industries.empty()) cols.push_back({S::RfmIndustry, SortColumn::Industry, 1.2f});
  if (d.has_region && !narrow) cols.push_back({S::RfmRegion, SortColumn::Region, 1.1f});
  if (!d.reps.empty()) cols.push_back({S::RfmRep, SortColumn::Rep, 1.1f});
  cols.push_back({S::RfmColR, SortColumn::Recency, 1.0f});
  cols.push_back({S::RfmColF, SortColumn::Frequency, 1.0f});
  cols.push_back({S::RfmColM, SortColumn::Monetary, 1.3f});
  cols.push_back({S::RfmColRfm, SortColumn::Score, 0.7f});
  cols.push_back({S::RfmColSegment, SortColumn::Segment, 1.8f});
  cols.push_back({S::RfmColLastOrder, SortColumn::LastOrder, 1.2f});

  const float row_h = ImGui::GetTextLineHeight() + (app.touch_mode() ? 16.0f : 8.0f);
  const float height = std::max(ImGui::GetContentRegionAvail().y - 4.0f, row_h * 12.0f);
  ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                          ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_BordersOuterH | ImGuiTableFlags_SizingStretchProp;
  if (narrow) flags |= ImGuiTableFlags_ScrollX;
  if (!ImGui::BeginTable("##customers", static_cast<int>(cols.size()), flags, ImVec2(0, height))) return;
  ImGui::TableSetupScrollFreeze(1, 1);
  for (const Col& c : cols) {
    ImGuiTableColumnFlags cf = narrow ? ImGuiTableColumnFlags_WidthFixed : ImGuiTableColumnFlags_WidthStretch;
    if (c.sort == SortColumn::Monetary) cf |= ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_PreferSortDescending;
    if (c.sort == SortColumn::Frequency || c.sort == SortColumn::Score) cf |= ImGuiTableColumnFlags_PreferSortDescending;
    ImGui::TableSetupColumn(tr(c.label), cf, narrow ? ImGui::GetFontSize() * 6.0f * c.weight : c.weight,
                            static_cast<ImGuiID>(c.sort));
  }
  ImGui::TableHeadersRow();
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
    if (specs->SpecsCount > 0) {
      ui.sort = static_cast<SortColumn>(specs->Specs[0].ColumnUserID);
      ui.descending = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
    }
    specs->SpecsDirty = false;
  }
  const RfmDerived& sorted = rfm_derived(ui, a);
  const auto& list = a.list();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(sorted.rows.size()), row_h);
  while (clipper.Step()) {
    for (int k = clipper.DisplayStart; k < clipper.DisplayEnd; ++k) {
      const rfm::Customer& c = list[sorted.rows[static_cast<std::size_t>(k)]];
      ImGui::TableNextRow(ImGuiTableRowFlags_None, row_h);
      for (const Col& col : cols) {
        ImGui::TableNextColumn();
        char buf[64];
        switch (col.sort) {
          case SortColumn::Id:
          case SortColumn::Name:
            ImGui::TextUnformatted(c.name.empty() ? c.id.c_str() : c.name.c_str());
            if (k < 50) tag_item("rfm.table.row." + std::to_string(k));
            break;
          case SortColumn::Industry: ImGui::TextUnformatted(c.industry.c_str()); break;
          case SortColumn::Region: ImGui::TextUnformatted(c.region.c_str()); break;
          case SortColumn::Rep: ImGui::TextUnformatted(c.rep.c_str()); break;
          case SortColumn::Recency: ImGui::Text("%d", c.recency_days); break;
          case SortColumn::Frequency: ImGui::Text("%lld", static_cast<long long>(c.frequency)); break;
          case SortColumn::Monetary: ImGui::TextUnformatted(rfm_money(c.monetary, a.currency).c_str()); break;
          case SortColumn::Score:
            std::snprintf(buf, sizeof(buf), "%d%d%d", c.r_score, c.f_score, c.m_score);
            ImGui::TextUnformatted(buf);
            break;
          case SortColumn::Segment: {
            const int row = sorted.groups.row_of(c.segment);
            const ImVec2 p = ImGui::GetCursorScreenPos();
            const float sw = ImGui::GetFontSize() * 0.6f;
            const float y = (ImGui::GetTextLineHeight() - sw) * 0.5f;
            ImGui::GetWindowDrawList()->AddRectFilled(p + ImVec2(0, y), p + ImVec2(sw, y + sw),
                                                      rfm_segment_color(row, sorted.groups.named), 2.0f);
            ImGui::SetCursorScreenPos(p + ImVec2(sw + 6, 0));
            ImGui::TextUnformatted(row < static_cast<int>(sorted.summary.size())
                                       ? sorted.summary[static_cast<std::size_t>(row)].name.in(language()).c_str()
                                       : "");
            break;
          }
          case SortColumn::LastOrder:
            ImGui::TextUnformatted(c.last_order ? format_iso_date(Date{*c.last_order}).c_str() : "—");
            break;
        }
      }
    }
  }
  ImGui::EndTable();
  tag_item("rfm.table");
}

}  // namespace fieldbook::shell
