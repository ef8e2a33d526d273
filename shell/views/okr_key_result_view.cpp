// A key result's page: what it measures (type, start, target, unit, weight), its history as a
// chart against the ideal line from start to target over the period, the confidence over time,
// and every check-in (newest first), with the check-in panel.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "app/app.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "okr/period.h"
#include "okr/progress.h"
#include "views/okr_edit.h"
#include "views/okr_parts.h"
#include "views/okr_state.h"
#include "widgets/charts/line.h"
#include "widgets/confirm.h"
#include "widgets/form.h"
#include "widgets/number_field.h"
#include "widgets/segmented.h"
#include "widgets/test_ids.h"
#include "widgets/theme.h"
#include "widgets/wrapped_text.h"

namespace fieldbook::shell {

namespace {

constexpr float kTwoColumnsWidth = 900.0f;

void draw_fields(App& app, const okr::KeyResult& key_result) {
  okr::KeyResult kr = key_result;
  std::string key;
  const std::string base = "okr." + kr.id + ".";
  form::label(tr(S::OkrKeyResultTitle));
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (ImGui::InputText("##title", &kr.title))
    key = base + "title";
  tag_item("okr.kr.title");
  if (kr.title.empty()) form::hint(tr(S::OkrKeyResultHint));

  form::label(tr(S::OkrType));
  int type = int(kr.type);
  const std::vector<std::string> labels = {tr(S::OkrTypeIncrease), tr(S::OkrTypeDecrease), tr(S::OkrTypeStayAbove),
                                           tr(S::OkrTypeStayBelow), tr(S::OkrTypeMilestone)};
  const std::vector<std::string> ids = {"okr.kr.type.increase", "okr.kr.type.decrease", "okr.kr.type.stayAbove",
                                        "okr.kr.type.stayBelow", "okr.kr.type.milestone"};
  if (segmented("##type", type, labels, ids, choices_width())) {
    kr.type = okr::KeyResultType(type);
    if (kr.type == okr::KeyResultType::Milestone) kr.start = 0, kr.target = 1;
    key = base + "type";
  }

  if (kr.type != okr::KeyResultType::Milestone) {
    const float half = (form::field_width() - ImGui::GetStyle().ItemSpacing.x) / 2;
    const bool line_only = kr.type == okr::KeyResultType::StayAbove || kr.type == okr::KeyResultType::StayBelow;
    if (!line_only) {
      ImGui::BeginGroup();
      form::label(tr(S::OkrStart));
      if (number_field("##start", kr.start, half)) key = base + "start";
      tag_item("okr.kr.start");
      ImGui::EndGroup();
      ImGui::SameLine();
    }
    ImGui::BeginGroup();
    form::label(line_only ? tr(S::OkrLine) : tr(S::OkrTarget));
    if (number_field("##target", kr.target, half)) key = base + "target";
    tag_item("okr.kr.target");
    ImGui::EndGroup();

    form::label(tr(S::OkrUnit));
    int unit = int(kr.unit);
    if (segmented("##unit", unit, {tr(S::OkrUnitCount), tr(S::OkrUnitMoney), tr(S::OkrUnitPercent)},
                  {"okr.kr.unit.count", "okr.kr.unit.money", "okr.kr.unit.percent"}, form::field_width())) {
      kr.unit = okr::Unit(unit);
      key = base + "unit";
    }
  }

  form::label(tr(S::OkrWeight));
  double weight = kr.weight;
  if (number_field("##weight", weight, form::field_width() / 2)) {
    kr.weight = std::max(0.0, weight);
    key = base + "weight";
  }
  tag_item("okr.kr.weight");
  form::hint(tr(S::OkrWeightHint));
  if (!key.empty()) save_key_result(app, key, std::move(kr));
}

std::string short_date(const std::string& iso) { return iso.size() >= 10 ? iso.substr(5) : iso; }  // "11-16"

// The value over the period against the ideal line: x is the day, from the period's first (or an
// earlier check-in) to its last.
void draw_history_chart(App& app, const okr::Objective& o, const okr::KeyResult& kr,
                        const std::vector<const okr::CheckIn*>& check_ins) {
  const auto period = okr::parse_period(o.period_start, o.period_end);
  if (!period) return;
  // The value on each day a check-in was made: the day's latest, as the current value takes it.
  std::map<std::string, std::vector<const okr::CheckIn*>> on_day;
  for (const okr::CheckIn* c : check_ins) on_day[c->date].push_back(c);
  std::map<std::string, double> by_day;
  for (const auto& [day, that_day] : on_day) by_day[day] = okr::latest_check_in(that_day)->value;
  std::map<std::string, bool> days;  // ordered: every x
  days[o.period_start] = true;
  days[o.period_end] = true;
  for (const auto& [day, value] : by_day) days[day] = true;
  charts::LineChart chart;
  charts::LineSeries ideal, actual;
  ideal.label = tr(S::OkrIdealLine);
  ideal.color = colors::TextMuted;
  ideal.markers = false;
  actual.label = tr(S::OkrActual);
  const std::string latest = by_day.empty() ? "" : by_day.rbegin()->first;
  double last_value = kr.start;
  for (const auto& [day, unused] : days) {
    const Date d = parse_iso_date(day).value_or(period->first);
    chart.x.push_back(double(days_between(period->first, d)));
    chart.x_labels.push_back(short_date(day));
    switch (kr.type) {
      case okr::KeyResultType::Increase:
      case okr::KeyResultType::Decrease:
      case okr::KeyResultType::Milestone: {
        const double t = okr::expected_progress(period->first, period->last, d);
        ideal.values.push_back(kr.start + (kr.target - kr.start) * t);
        break;
      }
      case okr::KeyResultType::StayAbove:
      case okr::KeyResultType::StayBelow: ideal.values.push_back(kr.target); break;
    }
    if (const auto it = by_day.find(day); it != by_day.end()) last_value = it->second;
    // The line runs from the start to the latest check-in; after it, the future is a gap.
    actual.values.push_back(day <= latest || (latest.empty() && day == o.period_start) ? last_value : NAN);
  }
  chart.series = {ideal, actual};
  chart.include_zero = kr.type != okr::KeyResultType::StayAbove && kr.type != okr::KeyResultType::StayBelow;
  const okr::Unit unit = kr.unit;
  chart.format = [&app, unit](double v) { return format_value(app, unit, v); };
  form::label(tr(S::OkrHistory));
  charts::line("okr.kr.historyChart", chart, ImVec2(0, ImGui::GetFontSize() * 12.0f));
}

void draw_confidence_chart(const std::vector<const okr::CheckIn*>& check_ins) {
  if (check_ins.empty()) return;
  // One point a day: the day's latest check-in, as the current value takes it.
  std::map<std::string, std::vector<const okr::CheckIn*>> by_day;
  for (const okr::CheckIn* c : check_ins) by_day[c->date].push_back(c);
  charts::LineChart chart;
  charts::LineSeries series;
  series.label = tr(S::OkrConfidence);
  for (const auto& [day, that_day] : by_day) {
    chart.x_labels.push_back(short_date(day));
    series.values.push_back(okr::latest_check_in(that_day)->confidence);
  }
  chart.series.push_back(std::move(series));
  chart.format = [](double v) { return std::to_string(int(std::lround(v))); };
  form::label(tr(S::OkrConfidenceOverTime));
  charts::line("okr.kr.confidenceChart", chart, ImVec2(0, ImGui::GetFontSize() * 9.0f));
}

void draw_check_in_list(App& app, const okr::KeyResult& kr, const std::vector<const okr::CheckIn*>& check_ins) {
  if (check_ins.empty()) {
    form::hint(tr(S::OkrNoCheckIns));
    return;
  }
  std::vector<const okr::CheckIn*> sorted = check_ins;
  std::stable_sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->date > b->date; });
  const float width = ImGui::GetContentRegionAvail().x;
  std::string remove;
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    const okr::CheckIn& c = *sorted[i];
    const std::string tag = "okr.kr.checkIn." + std::to_string(i);
    if (skip_row(app, c.id, width, tag)) continue;
    const float top = ImGui::GetCursorScreenPos().y;
    ImGui::PushID(c.id.c_str());
    char conf[64];
    std::snprintf(conf, sizeof(conf), tr(S::OkrConfidenceShort), c.confidence);
    const std::string line = c.date + "   " + format_value(app, kr.unit, c.value) + "   " + conf;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(line.c_str());
    tag_item(tag);
    const char* label = tr(S::CommonRemove);
    ImGui::SameLine(width - ImGui::CalcTextSize(label).x - ImGui::GetStyle().FramePadding.x * 2);
    if (ImGui::Button(label)) remove = c.id;
    tag_item(tag + ".remove");
    if (!c.note.empty()) {
      ImGui::PushStyleColor(ImGuiCol_Text, colors::TextMuted);
      wrapped_text(c.note, width);
      ImGui::PopStyleColor();
    }
    ImGui::Separator();
    ImGui::PopID();
    remember_row(app, c.id, top);
  }
  if (!remove.empty()) delete_check_in(app, remove);
}

void draw_delete(App& app, const okr::KeyResult& kr, std::size_t check_ins) {
  OkrViewState& st = app.state<OkrViewState>();
  if (st.confirm_delete_key_result_id != kr.id) {
    if (ImGui::Button(tr(S::OkrDeleteKeyResult))) st.confirm_delete_key_result_id = kr.id;
    tag_item("okr.kr.delete");
    return;
  }
  char text[512];
  std::snprintf(text, sizeof(text), tr(S::OkrDeleteKeyResultConfirm),
                kr.title.empty() ? tr(S::OkrUntitledKeyResult) : kr.title.c_str(), int(check_ins));
  const std::string id = kr.id;
  switch (confirm_box("okr.kr.delete", text, tr(S::CommonDelete))) {
    case Confirmation::Confirmed: delete_key_result(app, id); break;
    case Confirmation::Cancelled: st.confirm_delete_key_result_id.clear(); break;
    case Confirmation::Pending: break;
  }
}

void draw_standing(App& app, const okr::KeyResultState& s) {
  const okr::KeyResult& kr = *s.key_result;
  char facts[256];
  std::snprintf(facts, sizeof(facts), tr(S::OkrCurrentOfTarget), format_value(app, kr.unit, s.current).c_str(),
                format_value(app, kr.unit, kr.target).c_str());
  ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.3f);
  ImGui::TextUnformatted(kr.type == okr::KeyResultType::Milestone
                             ? (s.current >= 1 ? tr(S::OkrMilestoneDone) : tr(S::OkrMilestoneNotYet))
                             : facts);
  ImGui::PopFont();
  tag_item("okr.kr.current");
  status_badge(s.status);
  tag_item("okr.kr.status");
  ImGui::SameLine();
  grade_badge(s.grade);
  char line[160];
  std::snprintf(line, sizeof(line), tr(S::OkrProgressLine), format_share(s.progress_raw).c_str(),
                format_share(s.expected).c_str());
  ImGui::PushStyleColor(ImGuiCol_Text, colors::TextMuted);
  wrapped_text(line, ImGui::GetContentRegionAvail().x);
  ImGui::PopStyleColor();
  tag_item("okr.kr.progress");
  ImGui::Spacing();
  if (app.state<OkrViewState>().check_in.key_result_id != kr.id) {
    ImGui::PushStyleColor(ImGuiCol_Button, colors::Accent);
    ImGui::PushStyleColor(ImGuiCol_Text, colors::TextInverse);
    if (ImGui::Button(tr(S::OkrCheckIn))) open_check_in(app, kr, s.current, s.confidence);
    ImGui::PopStyleColor(2);
    tag_item("okr.kr.checkIn");
  }
  draw_check_in_panel(app, kr);
}

}  // namespace

void draw_key_result_page(App& app, const okr::Objective& objective, const okr::KeyResult& kr) {
  OkrViewState& st = app.state<OkrViewState>();
  const std::string back = "‹ " + (objective.title.empty() ? std::string(tr(S::OkrUntitledObjective)) : objective.title);
  const float max_w = ImGui::GetContentRegionAvail().x;
  // A long objective title would make a button wider than the screen: cut it to fit.
  std::string label = back;
  while (label.size() > 8 && ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2 > max_w) {
    label.pop_back();
    while (!label.empty() && (static_cast<unsigned char>(label.back()) & 0xC0) == 0x80) label.pop_back();
  }
  if (label != back) label += "…";
  if (ImGui::Button(label.c_str())) {
    st.open_key_result_id.clear();
    st.confirm_delete_key_result_id.clear();
  }
  tag_item("okr.kr.back");
  ImGui::Spacing();
  const auto& doc = app.session().doc();
  const okr::ObjectiveState os = okr::objective_state(objective, doc.key_results, doc.check_ins, today_of(app));
  const okr::KeyResultState* s = nullptr;
  for (const auto& k : os.key_results)
    if (k.key_result->id == kr.id) s = &k;
  if (!s) return;
  // Copies: a check-in saved from the panel below moves the workspace's list of check-ins.
  std::vector<okr::CheckIn> owned;
  for (const okr::CheckIn* c : s->check_ins) owned.push_back(*c);
  std::vector<const okr::CheckIn*> check_ins;
  for (const okr::CheckIn& c : owned) check_ins.push_back(&c);

  const float avail = ImGui::GetContentRegionAvail().x;
  if (avail >= kTwoColumnsWidth) {
    const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
    const float left = std::floor((avail - gap) * 0.42f);
    ImGui::BeginChild("##fields", ImVec2(left, 0), ImGuiChildFlags_AutoResizeY);
    draw_standing(app, *s);
    ImGui::Spacing();
    draw_fields(app, kr);
    ImGui::Spacing();
    draw_delete(app, kr, check_ins.size());
    ImGui::EndChild();
    ImGui::SameLine(0, gap);
    ImGui::BeginChild("##history", ImVec2(0, 0), ImGuiChildFlags_AutoResizeY);
    draw_history_chart(app, objective, kr, check_ins);
    draw_confidence_chart(check_ins);
    draw_check_in_list(app, kr, check_ins);
    ImGui::EndChild();
    return;
  }
  draw_standing(app, *s);
  ImGui::Spacing();
  draw_history_chart(app, objective, kr, check_ins);
  draw_confidence_chart(check_ins);
  draw_check_in_list(app, kr, check_ins);
  ImGui::Spacing();
  draw_fields(app, kr);
  ImGui::Spacing();
  draw_delete(app, kr, check_ins.size());
}

}  // namespace fieldbook::shell
