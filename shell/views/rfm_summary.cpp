// The segment summary: one row per segment (customers, share, orders, revenue, revenue share,
// average order value, the action the rule set gives it), then the segment bars. Tapping a row
// or a bar filters every view to that segment; tapping it again shows all. On a phone each segment
// is a card instead (name, then its figures on a wrapped line, then the action), since even the
// narrow table's five columns cut the figures at 390 px.
#include <cfloat>
#include <cstdio>
#include <optional>

#include "app/app.h"
#include "widgets/test_ids.h"
#include "common/error.h"
#include "imgui.h"
#include "views/rfm_edit.h"
#include "views/rfm_format.h"
#include "views/rfm_parts.h"
#include "widgets/charts/bar.h"
#include "widgets/form.h"
#include "widgets/tap_row.h"
#include "widgets/wrapped_text.h"

namespace fieldbook::shell {

void draw_rfm_segment_bars(RfmViewState& ui, const rfm::AnalysisRecord& a, const char* id, float height) {
  const RfmDerived& d = rfm_derived(ui, a);
  charts::BarChart spec;
  spec.horizontal = true;
  charts::BarSeries series;
  series.label = tr(S::RfmColCustomers);
  for (std::size_t i = 0; i < d.summary.size(); ++i) {
    spec.categories.push_back(d.summary[i].name.in(language()));
    spec.category_colors.push_back(rfm_segment_color(static_cast<int>(i), d.groups.named));
    series.values.push_back(static_cast<double>(d.summary[i].customers));
  }
  spec.series.push_back(std::move(series));
  spec.selected = ui.filter.segment_row.value_or(-1);
  spec.format = [](double v) { return rfm_count(v); };
  const float h = height > 0 ? height : ImGui::GetFontSize() * 1.9f * float(std::max<std::size_t>(d.summary.size(), 3)) + 24;
  const int tapped = charts::bars(id, spec, ImVec2(0, h));
  if (tapped >= 0) rfm_select_segment(ui, tapped);
}

namespace {

void draw_segment_cards(const RfmViewState& ui, const RfmDerived& d, const rfm::AnalysisRecord& a,
                        std::optional<int>& tapped) {
  for (std::size_t i = 0; i < d.summary.size(); ++i) {
    const rfm::SegmentSummary& s = d.summary[i];
    const int row = static_cast<int>(i);
    const std::string figures = std::string(tr(S::RfmColCustomers)) + " " + rfm_count(double(s.customers)) + " · " +
                                tr(S::RfmColShare) + " " + rfm_percent(s.customer_share) + " · " +
                                tr(S::RfmColRevenue) + " " + rfm_money(s.revenue, a.currency);
    const bool hit = tap_row(
        "rfm.summary.row." + std::to_string(i),
        [&](float width) {
          const float sw = ImGui::GetFontSize() * 0.7f;
          const ImVec2 p = ImGui::GetCursorScreenPos();
          const float line = ImGui::GetTextLineHeight();
          ImGui::GetWindowDrawList()->AddRectFilled(p + ImVec2(0, (line - sw) * 0.5f), p + ImVec2(sw, (line + sw) * 0.5f),
                                                    rfm_segment_color(row, d.groups.named), 2.0f);
          ImGui::SetCursorScreenPos(p + ImVec2(sw + 6, 0));
          wrapped_text(s.name.in(language()), width - sw - 6);
          ImGui::SetCursorScreenPos(ImVec2(p.x, ImGui::GetCursorScreenPos().y));
          wrapped_text(figures, width);
          ImGui::PushStyleColor(ImGuiCol_Text, colors::TextMuted);
          wrapped_text(s.action.in(language()), width);
          ImGui::PopStyleColor();
        },
        ui.filter.segment_row == row);
    if (hit) tapped = row;
  }
}

void draw_summary_table(App& app, RfmViewState& ui, const RfmDerived& d, const rfm::AnalysisRecord& a, bool compact) {
  struct Column {
    S label;
    bool wide_only;
    float weight;
  };
  const Column columns[] = {{S::RfmColSegment, false, 2.2f}, {S::RfmColCustomers, false, 1.0f},
                            {S::RfmColShare, false, 0.9f},   {S::RfmColOrders, true, 0.9f},
                            {S::RfmColRevenue, false, 1.3f}, {S::RfmColRevenueShare, true, 1.0f},
                            {S::RfmColAov, true, 1.0f},      {S::RfmColAction, false, 3.2f}};
  int shown = 0;
  for (const Column& c : columns) shown += !(compact && c.wide_only);
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (ImGui::BeginTable("##summary", shown, flags)) {
    for (const Column& c : columns)
      if (!(compact && c.wide_only)) ImGui::TableSetupColumn(tr(c.label), ImGuiTableColumnFlags_WidthStretch, c.weight);
    ImGui::TableHeadersRow();
    const float row_h = ImGui::GetFrameHeight() + (app.touch_mode() ? 12.0f : 4.0f);
    for (std::size_t i = 0; i < d.summary.size(); ++i) {
      const rfm::SegmentSummary& s = d.summary[i];
      const int row = static_cast<int>(i);
      const bool selected = ui.filter.segment_row == row;
      ImGui::TableNextRow(ImGuiTableRowFlags_None, row_h);
      ImGui::TableNextColumn();
      ImGui::PushID(row);
      const ImVec2 p = ImGui::GetCursorScreenPos();
      if (ImGui::Selectable("##row", selected, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap,
                            ImVec2(0, row_h)))
        rfm_select_segment(ui, row);
      tag_item("rfm.summary.row." + std::to_string(i));
      ImGui::PopID();
      const float sw = ImGui::GetFontSize() * 0.7f;
      ImGui::GetWindowDrawList()->AddRectFilled(p + ImVec2(0, (row_h - sw) * 0.5f), p + ImVec2(sw, (row_h + sw) * 0.5f),
                                                rfm_segment_color(row, d.groups.named), 2.0f);
      ImGui::SetCursorScreenPos(p + ImVec2(sw + 6, (row_h - ImGui::GetTextLineHeight()) * 0.5f));
      ImGui::TextUnformatted(s.name.in(language()).c_str());
      auto cell = [&](const std::string& text) {
        ImGui::TableNextColumn();
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (row_h - ImGui::GetTextLineHeight()) * 0.5f);
        ImGui::TextUnformatted(text.c_str());
      };
      cell(rfm_count(static_cast<double>(s.customers)));
      cell(rfm_percent(s.customer_share));
      if (!compact) cell(rfm_count(static_cast<double>(s.orders)));
      cell(rfm_money(s.revenue, a.currency));
      if (!compact) cell(rfm_percent(s.revenue_share));
      if (!compact) cell(s.orders > 0 ? rfm_money(s.average_order_value, a.currency) : std::string("—"));
      ImGui::TableNextColumn();
      ImGui::PushStyleColor(ImGuiCol_Text, colors::TextMuted);
      wrapped_text(s.action.in(language()));
      ImGui::PopStyleColor();
    }
    ImGui::EndTable();
  }
  tag_item("rfm.summary");
}

}  // namespace

void draw_rfm_summary(App& app, RfmViewState& ui, const rfm::AnalysisRecord& a) {
  const RfmDerived& d = rfm_derived(ui, a);
  const float avail = ImGui::GetContentRegionAvail().x;
  const bool compact = avail < ImGui::GetFontSize() * 46.0f;
  form::hint(tr(S::RfmTapToFilter));
  ImGui::Spacing();

  if (avail < ImGui::GetFontSize() * 30.0f) {
    std::optional<int> tapped;
    ImGui::BeginGroup();
    draw_segment_cards(ui, d, a, tapped);
    ImGui::EndGroup();
    tag_item("rfm.summary");
    if (tapped) rfm_select_segment(ui, *tapped);
  } else {
    draw_summary_table(app, ui, d, a, compact);
  }


  ImGui::Spacing();
  form::label(tr(S::RfmSegmentBars));
  draw_rfm_segment_bars(ui, a, "rfm.segments", 0);

  if (a.rules.id != "abc") {
    ImGui::Spacing();
    form::label(tr(S::RfmTiersTitle));
    form::hint(tr(S::RfmTiersHint));
    if (ImGui::Button(tr(S::RfmUseTiers))) {
      apply_rule_set(app, a, rfm::abc_rule_set());
      ui.filter.segment_row.reset();
    }
    tag_item("rfm.useTiers");
  }
}

}  // namespace fieldbook::shell
