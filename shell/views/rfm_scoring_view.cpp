// Scoring settings: bins (2..9), the method (R rfm quantiles or equal groups by rank), the
// analysis date, optional custom thresholds per dimension; "Score again" re-scores in one undoable
// edit. Below, the thresholds in force for R, F and M (what every export also carries).
#include <cfloat>
#include <cstdio>

#include "app/app.h"
#include "widgets/test_ids.h"
#include "app/touch_input.h"
#include "common/date.h"
#include "common/error.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "rfm/export.h"
#include "views/rfm_edit.h"
#include "views/rfm_format.h"
#include "views/rfm_parts.h"
#include "widgets/form.h"

namespace fieldbook::shell {

namespace {

rfm::DimensionOptions& dimension(rfm::ScoringOptions& o, int d) {
  return d == 0 ? o.recency : d == 1 ? o.frequency : o.monetary;
}
const rfm::DimensionOptions& dimension(const rfm::ScoringOptions& o, int d) {
  return d == 0 ? o.recency : d == 1 ? o.frequency : o.monetary;
}

void load_draft(RfmScoringDraft& s, const rfm::AnalysisRecord& a) {
  s = {};
  s.analysis_id = a.id;
  s.bins.reset(a.options.recency.bins);
  s.method.reset(a.options.method);
  s.date.reset(a.analysis_date);
  for (int d = 0; d < 3; ++d) s.breaks[d].reset(rfm::breaks_text(dimension(a.options, d).custom_breaks));
}

void apply(App& app, RfmViewState& ui, const rfm::AnalysisRecord& a) {
  RfmScoringDraft& s = ui.scoring;
  rfm::ScoringOptions o;
  o.method = s.method.value;
  o.set_bins(s.bins.value);
  for (int d = 0; d < 3; ++d) {
    const auto breaks = rfm::parse_breaks_text(s.breaks[d].value);
    if (!breaks) {
      char text[512];
      std::snprintf(text, sizeof(text), tr(S::RfmBreaksNotNumbers), d == 0 ? "R" : d == 1 ? "F" : "M",
                    s.breaks[d].value.c_str());
      s.error = text;
      return;
    }
    dimension(o, d).custom_breaks = *breaks;
  }
  std::optional<rfm::Day> day;
  if (!s.date.value.empty() && s.date.value != a.analysis_date) {
    const auto parsed = parse_iso_date(s.date.value);
    if (!parsed) {
      char text[512];
      std::snprintf(text, sizeof(text), tr(S::RfmDateNotADate), s.date.value.c_str());
      s.error = text;
      return;
    }
    day = parsed->days;
  }
  try {
    load_draft(s, rescore_analysis(app, a, o, day));
  } catch (const Error& e) {
    s.error = rfm_scoring_problem(e);
  }
}

void thresholds_table(const rfm::DimensionThresholds& t, S title, const char* id, const std::string& currency,
                      bool money) {
  form::label(tr(title));
  if (t.empty_bins > 0) {
    char text[128];
    std::snprintf(text, sizeof(text), tr(S::RfmEmptyBins), t.empty_bins);
    ImGui::TextDisabled("%s", text);
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable(id, 3, flags)) return;
  ImGui::TableSetupColumn(tr(S::RfmColScoreN), ImGuiTableColumnFlags_WidthStretch, 0.6f);
  ImGui::TableSetupColumn(tr(S::RfmColRange), ImGuiTableColumnFlags_WidthStretch, 2.4f);
  ImGui::TableSetupColumn(tr(S::RfmColCustomers), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableHeadersRow();
  auto value = [&](double v) { return money ? rfm_money(v, currency) : rfm_value(v); };
  for (int b = 0; b < t.bins && static_cast<std::size_t>(b) < t.lower.size(); ++b) {
    const auto i = static_cast<std::size_t>(b);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::Text("%d", t.score_of_bin(b));
    ImGui::TableNextColumn();
    ImGui::Text("%s ≤ x < %s", value(t.lower[i]).c_str(), value(t.upper[i]).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(i < t.counts.size() ? rfm_count(static_cast<double>(t.counts[i])).c_str() : "");
  }
  ImGui::EndTable();
  tag_item(id);
}

}  // namespace

void draw_rfm_scoring(App& app, RfmViewState& ui, const rfm::AnalysisRecord& a) {
  RfmScoringDraft& s = ui.scoring;
  if (s.analysis_id != a.id) load_draft(s, a);
  const float w = form::field_width();
  // Each field follows the analysis (an undo, a redo) unless it is being edited; the error was
  // about values that are gone then.
  bool followed = false;

  form::label(tr(S::RfmBins));
  ImGui::SetNextItemWidth(w);
  followed |= s.bins.follow(a.options.recency.bins, editing("##bins"));
  ImGui::SliderInt("##bins", &s.bins.value, rfm::kMinBins, rfm::kMaxBins);
  mark_touch_draggable();
  tag_item("rfm.scoring.bins");
  form::hint(tr(S::RfmBinsHint));

  form::label(tr(S::RfmMethod));
  ImGui::SetNextItemWidth(w);
  auto method_name = [](rfm::ScoreMethod m) { return tr(m == rfm::ScoreMethod::Rank ? S::RfmMethodRank : S::RfmMethodQuantile); };
  followed |= s.method.follow(a.options.method, false);
  if (ImGui::BeginCombo("##method", method_name(s.method.value))) {
    for (auto m : {rfm::ScoreMethod::Quantile, rfm::ScoreMethod::Rank})
      if (ImGui::Selectable(method_name(m), m == s.method.value)) s.method.value = m;
    ImGui::EndCombo();
  }
  tag_item("rfm.scoring.method");

  form::label(tr(S::RfmAnalysisDate));
  ImGui::SetNextItemWidth(w);
  followed |= s.date.follow(a.analysis_date, editing("##date"));
  ImGui::InputTextWithHint("##date", "YYYY-MM-DD", &s.date.value);
  tag_item("rfm.scoring.date");
  form::hint(tr(S::RfmAnalysisDateHint));

  form::label(tr(S::RfmCustomBreaks));
  static const char* const kDims[] = {"R", "F", "M"};
  for (int d = 0; d < 3; ++d) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(kDims[d]);
    ImGui::SameLine(ImGui::GetFontSize() * 2.0f);
    ImGui::SetNextItemWidth(w - ImGui::GetFontSize() * 2.0f);
    ImGui::PushID(d);
    followed |= s.breaks[d].follow(rfm::breaks_text(dimension(a.options, d).custom_breaks), editing("##breaks"));
    ImGui::InputTextWithHint("##breaks", "30, 90, 180, 365", &s.breaks[d].value);
    ImGui::PopID();
    tag_item(std::string("rfm.scoring.breaks.") + kDims[d]);
  }
  form::hint(tr(S::RfmCustomBreaksHint));
  if (followed) s.error.clear();

  ImGui::Spacing();
  if (ImGui::Button(tr(S::RfmApplyScoring))) {
    s.error.clear();
    apply(app, ui, a);
  }
  tag_item("rfm.scoring.apply");
  if (!s.error.empty()) {
    char text[1024];
    std::snprintf(text, sizeof(text), tr(S::RfmScoringError), s.error.c_str());
    form::error(text);
    tag_item("rfm.scoring.error");
  }

  ImGui::Spacing();
  ImGui::Separator();
  form::title(tr(S::RfmThresholds));
  if (ImGui::Button(tr(S::RfmExportThresholds))) export_rfm_thresholds(app, a);
  tag_item("rfm.thresholds.export");
  thresholds_table(a.thresholds[0], S::RfmDimRecency, "rfm.thresholds.r", a.currency, false);
  thresholds_table(a.thresholds[1], S::RfmDimFrequency, "rfm.thresholds.f", a.currency, false);
  thresholds_table(a.thresholds[2], S::RfmDimMonetary, "rfm.thresholds.m", a.currency, true);
}

}  // namespace fieldbook::shell
