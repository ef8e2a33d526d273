// The case's results, live as the inputs change: KPI tiles, the cumulative cash flow with the
// payback point, where the benefits come from, what moves the NPV most, the three scenarios side
// by side, and the per-period table. Every number comes from src/roi.
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "app/app.h"
#include "widgets/test_ids.h"
#include "imgui.h"
#include "views/roi_format.h"
#include "views/roi_parts.h"
#include "views/roi_state.h"
#include "widgets/charts/charts.h"
#include "widgets/kpi_tiles.h"
#include "widgets/segmented.h"
#include "widgets/theme.h"

namespace fieldbook::shell {

namespace {

constexpr roi::Scenario kScenarios[] = {roi::Scenario::conservative, roi::Scenario::expected, roi::Scenario::optimistic};

void heading(const char* text) {
  ImGui::Spacing();
  ImGui::Spacing();
  ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.15f);
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
}

ImU32 sign_color(double v) { return v < 0 ? charts::chart_colors::Negative : 0; }

std::vector<KpiTile> tiles_for(const roi::Case& c, const roi::Outputs& o) {
  char note[128];
  std::vector<KpiTile> t;
  std::snprintf(note, sizeof(note), tr_count(S::RoiOverYears, S::RoiOverYearsOne, c.years), c.years);
  t.push_back({"roi.kpi.roi", tr(S::RoiKpiRoi), roi_text::roi_percent(o), note, o.roi_percent ? sign_color(*o.roi_percent) : 0});
  t.push_back({"roi.kpi.netBenefit", tr(S::RoiKpiNetBenefit), roi_text::money_short(o.net_benefit, c), note, sign_color(o.net_benefit)});
  t.push_back({"roi.kpi.npv", tr(S::RoiKpiNpv), roi_text::money_short(o.npv, c),
               std::string(tr(S::RoiDiscountRateShort)) + " " + roi_text::percent(c.discount_rate * 100.0), sign_color(o.npv)});
  t.push_back({"roi.kpi.irr", tr(S::RoiKpiIrr), roi_text::irr(o), "", 0});
  t.push_back({"roi.kpi.payback", tr(S::RoiKpiPayback), roi_text::payback(o.payback_months), "", 0});
  t.push_back({"roi.kpi.net3y", roi_text::net_3y_label(o), roi_text::money_short(o.net_benefit_3y, c), "", sign_color(o.net_benefit_3y)});
  return t;
}

void draw_breakdown(const roi::Case& c, const roi::Outputs& o) {
  heading(tr(S::RoiChartBreakdown));
  charts::BarChart spec;
  spec.horizontal = true;
  charts::BarSeries series;
  for (const auto& b : o.breakdown) {
    spec.categories.push_back(b.label.empty() ? roi_text::benefit_kind_name(b.kind) : b.label);
    series.values.push_back(b.total);
  }
  spec.series.push_back(series);
  spec.format = [&c](double v) { return roi_text::money_short(v, c); };
  const float row = ImGui::GetFontSize() * 2.4f;
  charts::bars("roi.chart.breakdown", spec, ImVec2(0, std::max(row * 2.5f, row * float(spec.categories.size()) + row)));
}

void draw_tornado(const roi::Case& c, roi::Scenario s, const roi::Outputs& o) {
  heading(tr(S::RoiChartTornado));
  charts::TornadoChart spec;
  spec.base = o.npv;
  spec.low_legend = tr(S::RoiLowLegend);
  spec.high_legend = tr(S::RoiHighLegend);
  for (const auto& r : roi::sensitivity(c, s)) {
    if (r.impact <= 0) continue;  // a driver at zero moves nothing: no row
    roi::Driver d;
    d.kind = r.kind;
    d.label = r.label;
    d.line_id = r.line_id;
    spec.rows.push_back({roi_text::driver_name(c, d), r.npv_low, r.npv_high});
    if (spec.rows.size() == 8) break;  // the top eight tell the story
  }
  spec.format = [&c](double v) { return roi_text::money_short(v, c); };
  const float row = ImGui::GetFontSize() * 2.0f;
  charts::tornado("roi.chart.tornado", spec, ImVec2(0, std::max(row * 3.0f, row * float(spec.rows.size()) + row * 2)));
}

void draw_scenarios(const roi::Case& c) {
  heading(tr(S::RoiChartScenarios));
  const roi::ScenarioComparison cmp = roi::scenario_comparison(c);
  const roi::Outputs* outs[] = {&cmp.conservative, &cmp.expected, &cmp.optimistic};
  if (ImGui::BeginTable("##scenarioTable", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchSame)) {
    ImGui::TableSetupColumn("##what", ImGuiTableColumnFlags_WidthStretch, 1.3f);
    for (roi::Scenario s : kScenarios) ImGui::TableSetupColumn(roi_text::scenario_name(s), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableHeadersRow();
    auto row = [&](const std::string& label, auto text) {
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::TextUnformatted(label.c_str());
      for (int i = 0; i < 3; ++i) {
        ImGui::TableSetColumnIndex(i + 1);
        ImGui::TextUnformatted(text(*outs[i]).c_str());
      }
    };
    row(tr(S::RoiKpiRoi), [](const roi::Outputs& o) { return roi_text::roi_percent(o); });
    row(tr(S::RoiKpiNetBenefit), [&](const roi::Outputs& o) { return roi_text::money_short(o.net_benefit, c); });
    row(tr(S::RoiKpiNpv), [&](const roi::Outputs& o) { return roi_text::money_short(o.npv, c); });
    row(tr(S::RoiKpiIrr), [](const roi::Outputs& o) { return roi_text::irr(o); });
    row(tr(S::RoiKpiPayback), [](const roi::Outputs& o) { return roi_text::payback(o.payback_months); });
    ImGui::EndTable();
  }
  tag_rect("roi.scenarios", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  charts::BarChart spec;
  spec.categories = {tr(S::RoiKpiNetBenefit), tr(S::RoiKpiNpv)};
  for (int i = 0; i < 3; ++i)
    spec.series.push_back({roi_text::scenario_name(kScenarios[i]), {outs[i]->net_benefit, outs[i]->npv}, 0});
  spec.format = [&c](double v) { return roi_text::money_short(v, c); };
  charts::bars("roi.chart.scenarios", spec, ImVec2(0, ImGui::GetFontSize() * 14.0f));
}

void draw_period_table(const roi::Case& c, roi::Scenario s) {
  heading(tr(S::RoiPeriodTable));
  const auto rows = roi::cash_flows(c, s);
  const float max_h = ImGui::GetTextLineHeightWithSpacing() * 14.0f;
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_SizingStretchProp;
  const float h = std::min(max_h, ImGui::GetTextLineHeightWithSpacing() * float(rows.size() + 1) + 8.0f);
  if (!ImGui::BeginTable("##periods", 6, flags, ImVec2(0, h))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(tr(S::RoiColPeriod), ImGuiTableColumnFlags_WidthStretch, 0.8f);
  for (S col : {S::RoiColCosts, S::RoiColBenefits, S::RoiColNet, S::RoiColCumulative, S::RoiColDiscounted})
    ImGui::TableSetupColumn(tr(col), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableHeadersRow();
  auto right = [](const std::string& text, ImU32 color = 0) {
    const float w = ImGui::CalcTextSize(text.c_str()).x;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, ImGui::GetContentRegionAvail().x - w));
    if (color) ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::TextUnformatted(text.c_str());
    if (color) ImGui::PopStyleColor();
  };
  for (const roi::PeriodRow& r : rows) {
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::TextUnformatted(roi_text::period_label(c, r.period).c_str());
    ImGui::TableSetColumnIndex(1);
    right(roi_text::money(r.costs, c));
    ImGui::TableSetColumnIndex(2);
    right(roi_text::money(r.benefits, c));
    ImGui::TableSetColumnIndex(3);
    right(roi_text::money(r.net, c), sign_color(r.net));
    ImGui::TableSetColumnIndex(4);
    right(roi_text::money(r.cumulative, c), sign_color(r.cumulative));
    ImGui::TableSetColumnIndex(5);
    right(roi_text::money(r.discounted_cumulative, c), sign_color(r.discounted_cumulative));
  }
  ImGui::EndTable();
  tag_rect("roi.table.periods", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

}  // namespace

void draw_cumulative_chart(const char* id, const roi::Case& c, roi::Scenario s, const roi::Outputs& o, ImVec2 size) {
  const auto rows = roi::cash_flows(c, s);
  charts::LineChart spec;
  charts::LineSeries cumulative{tr(S::RoiCumulative), {}, charts::palette::Blue, rows.size() <= 13, true};
  for (const auto& r : rows) {
    cumulative.values.push_back(r.cumulative);
    spec.x_labels.push_back(roi_text::period_label(c, r.period));
  }
  spec.series.push_back(std::move(cumulative));
  if (o.payback_months) {
    const double months_per_period = 12.0 / double(roi::periods_per_year(c.period));
    char label[128];
    std::snprintf(label, sizeof(label), tr(S::RoiPaybackMarker), roi_text::payback(o.payback_months).c_str());
    spec.markers.push_back({*o.payback_months / months_per_period, label, charts::palette::Green});
  }
  spec.format = [&c](double v) { return roi_text::money_short(v, c); };
  charts::line(id, spec, size);
}

void draw_roi_outputs(App& app, const roi::Case& c) {
  RoiViewState& st = app.state<RoiViewState>();
  int scenario = int(st.scenario);
  std::vector<std::string> names, ids;
  for (roi::Scenario s : kScenarios) {
    names.emplace_back(roi_text::scenario_name(s));
    ids.push_back("roi.outputs.scenario." + std::string(roi::scenario_name(s)));
  }
  if (segmented("##scenario", scenario, names, ids, std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 24.0f)))
    st.scenario = roi::Scenario(scenario);
  ImGui::Spacing();

  const roi::Outputs o = roi::evaluate(c, st.scenario);
  KpiTileStyle style;
  style.min_width = 170;
  style.value_size = 26;
  style.max_columns = 3;
  kpi_tiles(tiles_for(c, o), style);

  heading(tr(S::RoiChartCumulative));
  draw_cumulative_chart("roi.chart.cumulative", c, st.scenario, o, ImVec2(0, ImGui::GetFontSize() * 16.0f));
  draw_breakdown(c, o);
  draw_tornado(c, st.scenario, o);
  draw_scenarios(c);
  draw_period_table(c, st.scenario);
  ImGui::Dummy(ImVec2(0, ImGui::GetFontSize()));
}

}  // namespace fieldbook::shell
