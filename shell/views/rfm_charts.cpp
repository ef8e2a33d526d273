// The charts over the filtered customers: the R x F heatmap of mean revenue, histograms of R, F
// and M, the scatter of recency against revenue coloured by segment, and the segment bars.
// Tapping a bar or a point filters everything to its segment.
#include <cmath>
#include <cstdio>

#include "app/app.h"
#include "widgets/test_ids.h"
#include "imgui.h"
#include "views/rfm_format.h"
#include "views/rfm_parts.h"
#include "widgets/charts/heatmap.h"
#include "widgets/charts/histogram.h"
#include "widgets/charts/scatter.h"
#include "widgets/form.h"

namespace fieldbook::shell {

namespace {

void heatmap(const RfmDerived& d, const rfm::AnalysisRecord& a, float height) {
  const rfm::RfGrid& g = d.grid;
  charts::Heatmap spec;
  spec.rows = g.r_bins;
  spec.cols = g.f_bins;
  spec.values.resize(static_cast<std::size_t>(g.r_bins * g.f_bins));
  // The most recent customers (highest R) on top, the most frequent (highest F) on the right.
  for (int row = 0; row < g.r_bins; ++row) {
    const int r = g.r_bins - row;
    spec.row_labels.push_back("R" + std::to_string(r));
    for (int f = 1; f <= g.f_bins; ++f)
      spec.values[static_cast<std::size_t>(row * g.f_bins + f - 1)] =
          g.mean_monetary[static_cast<std::size_t>((r - 1) * g.f_bins + f - 1)];
  }
  for (int f = 1; f <= g.f_bins; ++f) spec.col_labels.push_back("F" + std::to_string(f));
  spec.row_title = "R";
  spec.col_title = "F";
  const std::string currency = a.currency;
  spec.format = [currency](double v) { return rfm_money(v, currency); };
  charts::heatmap("rfm.heatmap", spec, ImVec2(0, height));
}

void histogram(const char* id, S title, std::span<const double> values, ImU32 color, float height,
               const charts::Format& format) {
  ImGui::TextUnformatted(tr(title));
  charts::Histogram spec;
  spec.values = values;
  spec.bin_count = 16;
  spec.color = color;
  spec.value_labels = false;
  spec.format = format;
  charts::histogram(id, spec, ImVec2(0, height));
}

}  // namespace

void draw_rfm_charts(App& app, RfmViewState& ui, const rfm::AnalysisRecord& a) {
  (void)app;
  const RfmDerived& d = rfm_derived(ui, a);
  const float fs = ImGui::GetFontSize();
  const bool wide = ImGui::GetContentRegionAvail().x > fs * 52.0f;
  const std::string currency = a.currency;
  const charts::Format money = [currency](double v) { return rfm_money(v, currency); };

  const ImGuiTableFlags grid_flags = ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_PadOuterX;
  if (ImGui::BeginTable("##rfmcharts", wide ? 2 : 1, grid_flags)) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(tr(S::RfmHeatmapTitle));
    heatmap(d, a, fs * 17.0f);
    if (wide) ImGui::TableNextColumn();
    else ImGui::TableNextRow(), ImGui::TableNextColumn();
    ImGui::TextUnformatted(tr(S::RfmSegmentBars));
    draw_rfm_segment_bars(ui, a, "rfm.charts.segments", fs * 17.0f + ImGui::GetTextLineHeightWithSpacing() * 0);

    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    histogram("rfm.hist.r", S::RfmHistRecency, d.recency, charts::palette::Blue, fs * 11.0f, {});
    if (wide) ImGui::TableNextColumn();
    else ImGui::TableNextRow(), ImGui::TableNextColumn();
    histogram("rfm.hist.f", S::RfmHistFrequency, d.frequency, charts::palette::Green, fs * 11.0f, {});
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    histogram("rfm.hist.m", S::RfmHistMonetary, d.monetary, charts::palette::Orange, fs * 11.0f, money);
    if (wide) ImGui::TableNextColumn();
    else ImGui::TableNextRow(), ImGui::TableNextColumn();
    // The scatter: recency across, revenue up, a colour per segment.
    ImGui::TextUnformatted(tr(S::RfmScatterTitle));
    charts::ScatterPlot sp;
    sp.x = d.recency;
    sp.y = d.monetary;
    sp.group = d.group;
    for (std::size_t i = 0; i < d.summary.size(); ++i) {
      sp.group_labels.push_back(d.summary[i].name.in(language()));
      sp.group_colors.push_back(rfm_segment_color(static_cast<int>(i), d.groups.named));
    }
    sp.x_title = tr(S::RfmAxisRecency);
    sp.y_title = tr(S::RfmAxisMonetary);
    sp.marker_radius = d.recency.size() > 3000 ? 2.0f : 3.0f;
    sp.y_format = money;
    const int point = charts::scatter("rfm.scatter", sp, ImVec2(0, fs * 17.0f));
    if (point >= 0 && static_cast<std::size_t>(point) < d.group.size()) rfm_select_segment(ui, d.group[static_cast<std::size_t>(point)]);
    ImGui::EndTable();
  }
}

}  // namespace fieldbook::shell
