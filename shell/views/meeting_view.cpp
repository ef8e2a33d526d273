// Meeting mode: one case on the whole screen for the customer — their name, the four numbers that
// matter, the cumulative cash flow, big sliders for the inputs the rep marked "live", and the
// scenario switch. Internal notes and cost lines are not shown. Sized from the screen, so it
// reads on a 1920×1080 projector and on a tablet either way up. "Export PNG" draws it as a clean
// picture for a frame or two (App::request_picture): the customer, the case, the scenario, the
// date, the tiles and the chart across the whole width; no buttons, no sliders.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "app/app.h"
#include "app/share.h"
#include "widgets/test_ids.h"
#include "app/touch_input.h"
#include "imgui.h"
#include "views/roi_edit.h"
#include "views/roi_format.h"
#include "views/roi_parts.h"
#include "views/roi_state.h"
#include "widgets/charts/chart_common.h"
#include "widgets/kpi_tiles.h"
#include "widgets/segmented.h"
#include "widgets/theme.h"
#include "widgets/wrapped_text.h"

namespace fieldbook::shell {

namespace {

constexpr roi::Scenario kScenarios[] = {roi::Scenario::conservative, roi::Scenario::expected, roi::Scenario::optimistic};

// Type and targets grow with the screen: 1 on a 1100 px wide landscape screen, up to 1.6 on a
// projector, never below 0.85 (a portrait tablet).
float screen_scale(ImVec2 size) { return std::clamp(std::min(size.x, size.y * 1.4f) / 1100.0f, 0.85f, 1.6f); }

// `wrap`: the width to wrap at (0: the right edge), or < 0 for one line.
void text_sized(const std::string& text, float size, ImU32 color, float wrap = -1.0f) {
  ImGui::PushFont(nullptr, size);
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  if (wrap < 0.0f) ImGui::TextUnformatted(text.c_str());
  else wrapped_text(text, wrap);
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

// The customer, then the case and who presents it; a picture adds the scenario (it has no
// switch) and the date.
void draw_header(App& app, const roi::Case& c, float k, bool picture) {
  const float exit_h = std::max(44.0f, 52.0f * k);
  ImGui::PushFont(nullptr, 20.0f * k);
  const float exit_w = ImGui::CalcTextSize(tr(S::RoiMeetingExit)).x + 48.0f * k;
  const float png_w = ImGui::CalcTextSize(tr(S::ShareExportPng)).x + 48.0f * k;
  ImGui::PopFont();
  const float left_w = std::max(1.0f, ImGui::GetContentRegionAvail().x - (picture ? 0.0f : exit_w + png_w + 28.0f * k));
  const ImVec2 start = ImGui::GetCursorScreenPos();

  text_sized(c.customer_name.empty() ? c.name : c.customer_name, 36.0f * k, colors::Text, left_w);
  std::string sub = c.customer_name.empty() ? std::string(tr(S::RoiMeetingResult)) : c.name;
  const std::string dot = "  \xC2\xB7  ";
  auto add = [&](const std::string& part) { sub += sub.empty() ? part : dot + part; };
  if (picture) {
    char scenario[128];
    std::snprintf(scenario, sizeof(scenario), tr(S::RoiMeetingScenario),
                  roi_text::scenario_name(app.state<RoiViewState>().meeting_scenario));
    add(scenario);
  }
  const std::string& rep = app.session().doc().settings.user_name;
  if (!rep.empty()) {
    char by[256];
    std::snprintf(by, sizeof(by), tr(S::RoiMeetingPresentedBy), rep.c_str());
    add(by);
  }
  if (picture) add(app.session().now_iso().substr(0, 10));  // the date, as on the printed summary
  text_sized(sub, 20.0f * k, colors::TextMuted, left_w);
  const ImVec2 after = ImGui::GetCursorScreenPos();
  if (picture) {
    ImGui::Dummy(ImVec2(0, 4.0f * k));
    return;
  }

  ImGui::SetCursorScreenPos(ImVec2(start.x + ImGui::GetContentRegionAvail().x - exit_w, start.y));
  ImGui::PushFont(nullptr, 20.0f * k);
  if (ImGui::Button(tr(S::RoiMeetingExit), ImVec2(exit_w, exit_h))) exit_meeting(app);
  tag_item("meeting.exit");
  // The picture of the meeting screen, to send after the meeting.
  ImGui::SetCursorScreenPos(ImVec2(start.x + ImGui::GetContentRegionAvail().x - exit_w - png_w - 12.0f * k, start.y));
  if (ImGui::Button(tr(S::ShareExportPng), ImVec2(png_w, exit_h))) export_screen_png(app, c);
  tag_item("meeting.png");
  ImGui::PopFont();
  ImGui::SetCursorScreenPos(ImVec2(after.x, std::max(after.y, start.y + exit_h + ImGui::GetStyle().ItemSpacing.y)));
}

void draw_scenario_switch(App& app, float k, float width) {
  RoiViewState& st = app.state<RoiViewState>();
  int selected = int(st.meeting_scenario);
  std::vector<std::string> names, ids;
  for (roi::Scenario s : kScenarios) {
    names.emplace_back(roi_text::scenario_name(s));
    ids.push_back("meeting.scenario." + std::string(roi::scenario_name(s)));
  }
  ImGui::PushFont(nullptr, 20.0f * k);
  if (segmented("##meetingScenario", selected, names, ids, width, std::max(44.0f, 52.0f * k)))
    st.meeting_scenario = roi::Scenario(selected);
  ImGui::PopFont();
}

void draw_tiles(const roi::Case& c, const roi::Outputs& o, float k) {
  std::vector<KpiTile> tiles;
  tiles.push_back({"meeting.kpi.roi", tr(S::RoiKpiRoi), roi_text::roi_percent(o), "", 0});
  tiles.push_back({"meeting.kpi.payback", tr(S::RoiKpiPayback), roi_text::payback(o.payback_months), "", 0});
  tiles.push_back({"meeting.kpi.npv", tr(S::RoiKpiNpv), roi_text::money_short(o.npv, c), "",
                   o.npv < 0 ? charts::chart_colors::Negative : 0});
  tiles.push_back({"meeting.kpi.net3y", roi_text::net_3y_label(o), roi_text::money_short(o.net_benefit_3y, c), "",
                   o.net_benefit_3y < 0 ? charts::chart_colors::Negative : 0});
  KpiTileStyle style;
  style.min_width = 210.0f * k;
  style.label_size = 18.0f * k;
  style.value_size = 44.0f * k;
  kpi_tiles(tiles, style);
}

void draw_slider(App& app, const roi::Case& c, const roi::Driver& d, int index, float k) {
  RoiViewState& st = app.state<RoiViewState>();
  const auto found = st.meeting_ranges.find(d.key);
  roi::DriverRange range = found != st.meeting_ranges.end() ? found->second : roi::driver_range(d);
  range.max = std::max(range.max, d.value);  // typed in the editor since the meeting began

  const float w = ImGui::GetContentRegionAvail().x;
  const std::string name = roi_text::driver_name(c, d);
  const std::string value = roi_text::driver_value(c, d, d.value);
  ImGui::PushFont(nullptr, 18.0f * k);
  const float value_w = ImGui::CalcTextSize(value.c_str()).x;
  ImGui::PopFont();
  // The name on the left (shortened with an ellipsis rather than run under the value), the value
  // on the right.
  ImGui::PushFont(nullptr, 18.0f * k);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const std::string shown = charts::fit_text(name, std::max(0.0f, w - value_w - 16.0f * k), ImGui::GetFontSize());
  ImGui::PushStyleColor(ImGuiCol_Text, colors::TextMuted);
  ImGui::TextUnformatted(shown.c_str());
  ImGui::PopStyleColor();
  ImGui::SameLine(0, 0);
  ImGui::SetCursorScreenPos(ImVec2(p.x + w - value_w, p.y));
  ImGui::TextUnformatted(value.c_str());
  ImGui::PopFont();

  const float h = std::max(48.0f, 56.0f * k);
  const float font = ImGui::GetFontSize();
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(12.0f * k, std::max(0.0f, (h - font) * 0.5f)));
  ImGui::PushStyleVar(ImGuiStyleVar_GrabMinSize, std::max(36.0f, 44.0f * k));
  ImGui::PushStyleVar(ImGuiStyleVar_GrabRounding, 8.0f * k);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, 8.0f * k);
  ImGui::SetNextItemWidth(w);
  double v = d.value;
  ImGui::PushID(d.key.c_str());
  const bool moved = ImGui::SliderScalar("##slider", ImGuiDataType_Double, &v, &range.min, &range.max, "");
  ImGui::PopID();
  mark_touch_draggable();
  tag_item("meeting.slider." + d.key);
  tag_item("meeting.slider." + std::to_string(index));
  ImGui::PopStyleVar(4);
  // A press the touch layer turned into a scroll ends with the mouse nowhere: not a value.
  if (moved && ImGui::IsMousePosValid()) {
    if (range.step > 0) v = std::round(v / range.step) * range.step;
    v = std::clamp(v, range.min, range.max);
    if (v != d.value) set_meeting_driver(app, c, d, v);
  }
  ImGui::Dummy(ImVec2(0, 10.0f * k));
}

void draw_sliders(App& app, const roi::Case& c, float k) {
  const auto live = roi::live_drivers(c);
  text_sized(tr(S::RoiMeetingAdjust), 22.0f * k, colors::Text);
  ImGui::Dummy(ImVec2(0, 4.0f * k));
  if (live.empty()) {
    text_sized(tr(S::RoiMeetingNoLive), 18.0f * k, colors::TextMuted, 0.0f);
    return;
  }
  for (size_t i = 0; i < live.size(); ++i) draw_slider(app, c, live[i], int(i), k);
}

// Notes the rep wrote for the customer; internal ones stay in the editor.
void draw_customer_notes(const roi::Case& c, float k) {
  for (const roi::Note& n : c.notes) {
    if (n.internal || n.text.empty()) continue;
    text_sized(n.text, 18.0f * k, colors::TextMuted, 0.0f);
  }
}

}  // namespace


void draw_meeting_view(App& app) {
  RoiViewState& st = app.state<RoiViewState>();
  const roi::Case* found = find_case(app.session().doc(), st.meeting_case_id);
  if (!found || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
    exit_meeting(app);
    return;
  }
  const roi::Case c = *found;  // a slider edit below may move the workspace's vector
  const ImGuiIO& io = ImGui::GetIO();
  const SafeArea& safe = app.safe_area();
  const ImVec2 pos(safe.left, safe.top);
  const ImVec2 size(std::max(0.0f, io.DisplaySize.x - safe.left - safe.right), std::max(0.0f, io.DisplaySize.y - safe.top - safe.bottom));
  const float k = screen_scale(size);
  const float pad = 28.0f * k;

  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, pad * 0.8f));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(14.0f * k, 10.0f * k));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, colors::Background);
  ImGui::Begin("##meeting", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  ImGui::PushFont(nullptr, 18.0f * k);

  const bool picture = app.drawing_picture();
  draw_header(app, c, k, picture);
  const float avail_w = ImGui::GetContentRegionAvail().x;
  if (!picture) {
    draw_scenario_switch(app, k, std::min(avail_w, 560.0f * k));
    ImGui::Dummy(ImVec2(0, 4.0f * k));
  }

  const roi::Outputs o = roi::evaluate(c, st.meeting_scenario);
  draw_tiles(c, o, k);
  ImGui::Dummy(ImVec2(0, 6.0f * k));

  // Landscape: the chart beside the sliders; portrait: the chart above them.
  const bool landscape = size.x >= size.y * 1.15f;
  const float remaining = ImGui::GetContentRegionAvail().y;
  if (picture) {
    // No sliders: the chart takes the whole width and the rest of the height.
    text_sized(tr(S::RoiChartCumulative), 22.0f * k, colors::Text);
    ImGui::PushFont(nullptr, 21.0f * k);
    draw_cumulative_chart("meeting.chart.cumulative", c, st.meeting_scenario, o,
                          ImVec2(avail_w, std::max(240.0f * k, remaining - 22.0f * k * 1.6f - 8.0f)));
    ImGui::PopFont();
  } else if (landscape) {
    const float gap = 32.0f * k;
    const float chart_w = std::floor((avail_w - gap) * 0.6f);
    const float chart_h = std::max(260.0f * k, remaining - 8.0f);
    ImGui::BeginGroup();
    text_sized(tr(S::RoiChartCumulative), 22.0f * k, colors::Text);
    ImGui::PushFont(nullptr, 21.0f * k);  // axis labels that read from the back of the room
    draw_cumulative_chart("meeting.chart.cumulative", c, st.meeting_scenario, o,
                          ImVec2(chart_w, chart_h - 22.0f * k * 1.6f));
    ImGui::PopFont();
    ImGui::EndGroup();
    ImGui::SameLine(0, gap);
    ImGui::BeginGroup();
    ImGui::PushItemWidth(avail_w - chart_w - gap);
    ImGui::BeginChild("##sliders", ImVec2(avail_w - chart_w - gap, chart_h), ImGuiChildFlags_None);
    draw_sliders(app, c, k);
    draw_customer_notes(c, k);
    ImGui::EndChild();
    ImGui::PopItemWidth();
    ImGui::EndGroup();
  } else {
    text_sized(tr(S::RoiChartCumulative), 22.0f * k, colors::Text);
    ImGui::PushFont(nullptr, 21.0f * k);
    draw_cumulative_chart("meeting.chart.cumulative", c, st.meeting_scenario, o,
                          ImVec2(avail_w, std::clamp(remaining * 0.45f, 240.0f * k, 420.0f * k)));
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, 8.0f * k));
    draw_sliders(app, c, k);
    draw_customer_notes(c, k);
  }

  ImGui::PopFont();
  ImGui::End();
  ImGui::PopStyleColor();
  ImGui::PopStyleVar(2);
}

}  // namespace fieldbook::shell
