// The case editor: customer and horizon, costs, benefit lines of the three kinds with their
// ramp-up, the "live" marks for meeting mode, scenario factors and notes. Each field's edits
// coalesce into one undo step ("roi.<caseId>.<field>"); adding or removing a line is its own.
// Each validation problem of the case (roi::validate) is drawn at its input: the input outlined
// and the message under it in the error colour; a problem tapped in the banner scrolls here.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <initializer_list>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/app.h"
#include "widgets/button_row.h"
#include "widgets/test_ids.h"
#include "common/money.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "views/roi_edit.h"
#include "views/roi_format.h"
#include "views/roi_parts.h"
#include "views/roi_state.h"
#include "widgets/form.h"
#include "widgets/number_field.h"
#include "widgets/segmented.h"
#include "widgets/theme.h"

namespace fieldbook::shell {

namespace {

// The edit in progress this frame: the case as changed by the widgets, and which field changed.
struct Draft {
  App& app;
  roi::Case c;
  std::string now;
  std::string key;  // coalesce key of the changed field; "" with `changed`: a one-off step
  bool changed = false;
  std::vector<roi::Problem> problems;  // of the case as it was when the frame began
  std::string scroll_to;               // the input the banner asked for (a field path), or ""
  std::optional<ImRect> scroll_target;  // where it (or the box around it) was drawn
  bool scroll_exact = false;           // the target is the input itself

  void field(const std::string& name, std::string* updated_at = nullptr) {
    key = "roi." + c.id + "." + name;
    changed = true;
    if (updated_at) *updated_at = now;
  }
  void structure() {
    key.clear();
    changed = true;
  }
};

std::vector<const roi::Problem*> problems_at(const Draft& d, const std::string& path) {
  std::vector<const roi::Problem*> out;
  for (const roi::Problem& p : d.problems)
    if (p.field_path() == path) out.push_back(&p);
  return out;
}

// After an input: an outline in the error colour when it has a problem, and, when the banner
// asked for it, where it is. An input in a child window that ImGui skipped this frame (it was
// scrolled out of sight) has no rectangle: its box is the target then (draw_benefits).
void mark_field(Draft& d, const std::string& path) {
  if (ImGui::GetCurrentWindow()->SkipItems) return;
  const ImRect r(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  if (!d.scroll_to.empty() && d.scroll_to == path) {
    d.scroll_target = r;
    d.scroll_exact = true;
  }
  if (problems_at(d, path).empty()) return;
  ImGui::GetWindowDrawList()->AddRect(r.Min, r.Max, colors::Error, ImGui::GetStyle().FrameRounding, 0,
                                      std::round(ImGui::GetFontSize() / 8.0f));
}

// One input's problems in the error colour from the cursor, wrapped at `wrap_local_x` (0: the
// end of the line), each after `prefix` ("Year 2: ") when given; tagged "roi.field.error.<path>".
void problem_text(const Draft& d, const std::string& path, const std::string& prefix = {}, float wrap_local_x = 0.0f) {
  const auto found = problems_at(d, path);
  if (found.empty()) return;
  const float width = wrap_local_x > 0.0f ? wrap_local_x - ImGui::GetCursorPosX() : 0.0f;
  ImGui::BeginGroup();
  for (const roi::Problem* p : found) form::error(prefix + roi_text::problem_message(*p), width);
  ImGui::EndGroup();
  tag_item("roi.field.error." + path);
}

// An input's problems right under it (pulled up half a spacing so they read as the input's),
// starting at `local_x` (< 0: where the line starts).
void field_problems(const Draft& d, const std::string& path, float local_x = -1.0f, const std::string& prefix = {}) {
  if (problems_at(d, path).empty()) return;
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y * 0.5f);
  if (local_x >= 0.0f) ImGui::SetCursorPosX(local_x);
  problem_text(d, path, prefix);
}

// Under a table row: the problems of its inputs, each under its input's column, in a row of
// their own. The tables have NoClip, so a message under a narrow number column runs on under the
// columns to its right when those have nothing to say; under the last column it ends at the
// input's right edge and runs on to the left instead.
void table_problems(const Draft& d, std::initializer_list<std::pair<int, std::string>> cells) {
  std::vector<std::pair<int, std::string>> shown;
  for (const auto& cell : cells)
    if (!problems_at(d, cell.second).empty()) shown.push_back(cell);
  if (shown.empty()) return;
  ImGui::TableNextRow();
  const ImGuiTable* table = ImGui::GetCurrentTable();
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  for (size_t k = 0; k < shown.size(); ++k) {
    const ImGuiTableColumn& column = table->Columns[shown[k].first];
    const float left = k > 0 ? table->Columns[shown[k - 1].first].WorkMaxX + spacing : table->WorkRect.Min.x;
    const float right = k + 1 < shown.size() ? table->Columns[shown[k + 1].first].WorkMinX - spacing : table->WorkRect.Max.x;
    ImGui::TableSetColumnIndex(shown[k].first);
    float widest = 0;
    for (const roi::Problem* p : problems_at(d, shown[k].second))
      widest = std::max(widest, ImGui::CalcTextSize(roi_text::problem_message(*p).c_str()).x);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    float start = at.x, end = right;
    if (at.x + widest > right) {
      end = column.WorkMaxX;
      start = std::max(left, end - widest);
    }
    ImGui::SetCursorScreenPos(ImVec2(start, at.y));
    problem_text(d, shown[k].second, {}, ImGui::GetCursorPosX() + (end - start));
  }
}

void section(const char* title) {
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.15f);
  ImGui::TextUnformatted(title);
  ImGui::PopFont();
}

bool live_checkbox(const char* id, bool& live, const std::string& test_id, bool with_label = true) {
  ImGui::PushID(id);
  const bool changed = ImGui::Checkbox(with_label ? tr(S::RoiLive) : "##live", &live);
  ImGui::PopID();
  tag_item(test_id);
  return changed;
}

float amount_width() { return ImGui::GetFontSize() * 7.5f; }

void draw_case_fields(Draft& d) {
  roi::Case& c = d.c;
  section(tr(S::RoiCaseSection));
  form::label(tr(S::RoiCustomerName));
  ImGui::SetNextItemWidth(form::field_width());
  if (ImGui::InputTextWithHint("##customer", tr(S::RoiCustomerPlaceholder), &c.customer_name)) d.field("customerName");
  tag_item("roi.customerName");
  form::label(tr(S::RoiCaseName));
  ImGui::SetNextItemWidth(form::field_width());
  if (ImGui::InputText("##name", &c.name)) d.field("name");
  tag_item("roi.caseName");
  mark_field(d, "name");
  field_problems(d, "name");

  const float half = std::min(form::field_width(), ImGui::GetContentRegionAvail().x) * 0.5f - ImGui::GetStyle().ItemSpacing.x;
  ImGui::BeginGroup();
  form::label(tr(S::RoiCurrency));
  ImGui::SetNextItemWidth(half);
  if (ImGui::BeginCombo("##currency", c.currency.c_str())) {
    for (const char* code : {"CNY", "USD", "EUR", "HKD", "JPY", "GBP"}) {
      if (ImGui::Selectable(code, c.currency == code)) {
        c.currency = code;
        d.field("currency");
      }
    }
    ImGui::EndCombo();
  }
  tag_item("roi.currency");
  mark_field(d, "currency");
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::BeginGroup();
  form::label(tr(S::RoiYears));
  ImGui::SetNextItemWidth(half);
  int years = c.years;
  if (ImGui::InputInt("##years", &years, 1, 1)) {
    years = std::clamp(years, roi::kMinYears, roi::kMaxYears);
    if (years != c.years) {
      c.years = years;
      d.field("years");
    }
  }
  tag_item("roi.years");
  mark_field(d, "years");
  ImGui::EndGroup();
  // Under both halves: a message under one would widen its half and push the other aside.
  field_problems(d, "currency", -1.0f, std::string(tr(S::RoiCurrency)) + tr(S::RoiProblemColon));
  field_problems(d, "years", -1.0f, std::string(tr(S::RoiYears)) + tr(S::RoiProblemColon));

  form::label(tr(S::RoiPeriod));
  int monthly = c.period == roi::PeriodKind::monthly ? 1 : 0;
  if (segmented("##period", monthly, {tr(S::RoiYearly), tr(S::RoiMonthly)}, {"roi.period.yearly", "roi.period.monthly"},
                std::min(form::field_width(), ImGui::GetFontSize() * 14.0f))) {
    c.period = monthly ? roi::PeriodKind::monthly : roi::PeriodKind::yearly;
    d.field("period");
  }
  mark_field(d, "period");
  field_problems(d, "period");

  form::label(tr(S::RoiDiscountRate));
  double rate_percent = c.discount_rate * 100.0;
  if (number_field("##discountRate", rate_percent, amount_width())) {
    c.discount_rate = rate_percent / 100.0;
    d.field("discountRate");
  }
  tag_item("roi.discountRate");
  mark_field(d, "discountRate");
  ImGui::SameLine();
  if (live_checkbox("discountRate", c.live_discount_rate, "roi.discountRate.live")) d.field("liveDiscountRate");
  field_problems(d, "discountRate");
}

// One-time and recurring costs share a table: name, amount, live, remove.
// `list` is the lines' name in the case's paths ("oneTimeCosts"), `amount_name` their amount's.
template <class Line>
void draw_cost_lines(Draft& d, std::vector<Line>& lines, double Line::*amount, const char* title, const char* prefix,
                     const char* list, const char* amount_name) {
  section(title);
  const std::string p = prefix;
  int remove = -1;
  if (!lines.empty() && ImGui::BeginTable(prefix, 4, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_NoClip)) {
    ImGui::TableSetupColumn(tr(S::RoiLabel), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn(tr(S::RoiAmount), ImGuiTableColumnFlags_WidthFixed, amount_width());
    ImGui::TableSetupColumn(tr(S::RoiLive), ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("##remove", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableHeadersRow();
    for (size_t i = 0; i < lines.size(); ++i) {
      Line& line = lines[i];
      const std::string t = p + "." + std::to_string(i);
      const std::string path = std::string(list) + "[" + std::to_string(i) + "].";
      ImGui::PushID(line.id.c_str());
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::SetNextItemWidth(-FLT_MIN);
      if (ImGui::InputText("##label", &line.label)) d.field(line.id + ".label", &line.updated_at);
      tag_item(t + ".label");
      mark_field(d, path + "label");
      ImGui::TableSetColumnIndex(1);
      if (number_field("##amount", line.*amount)) d.field(line.id + ".amount", &line.updated_at);
      tag_item(t + ".amount");
      mark_field(d, path + amount_name);
      ImGui::TableSetColumnIndex(2);
      if (live_checkbox("live", line.live, t + ".live", false)) d.field(line.id + ".live", &line.updated_at);
      ImGui::TableSetColumnIndex(3);
      if (ImGui::Button("\xC3\x97")) remove = int(i);  // ×
      tag_item(t + ".remove");
      table_problems(d, {{0, path + "label"}, {1, path + amount_name}});
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  if (remove >= 0) {
    lines.erase(lines.begin() + remove);
    d.structure();
  }
  if (ImGui::Button((std::string(tr(S::RoiAddCost)) + "##" + p).c_str())) {
    Line line;
    line.id = d.app.session().new_id("line");
    line.updated_at = d.now;
    lines.push_back(line);
    d.structure();
  }
  tag_item(p + ".add");
}

// A labelled number on its own row: label left, field and its "live" mark right.
// `path` is the input's path for its problems; they are drawn by the caller (the hours' basis
// sits on the same line), under the field: at the x this returns in `field_x`.
bool labelled_number(const char* label, const char* id, double& value, bool* live, const std::string& test_id,
                     Draft& d, const std::string& field, std::string& updated_at, const std::string& path,
                     float* field_x = nullptr) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(label);
  ImGui::SameLine(ImGui::GetFontSize() * 11.0f);
  if (field_x) *field_x = ImGui::GetCursorPosX();
  bool changed = false;
  if (number_field(id, value, amount_width())) {
    d.field(field, &updated_at);
    changed = true;
  }
  tag_item(test_id);
  mark_field(d, path);
  if (live) {
    ImGui::SameLine();
    if (live_checkbox(id, *live, test_id + ".live")) {
      d.field(field + ".live", &updated_at);
      changed = true;
    }
  }
  return changed;
}

void draw_adoption(Draft& d, roi::BenefitLine& b, const std::string& t, const std::string& path) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(S::RoiAdoption));
  ImGui::SameLine();
  if (live_checkbox("adoption", b.live_adoption, t + ".adoption.live")) d.field(b.id + ".liveAdoption", &b.updated_at);
  const float w = ImGui::GetFontSize() * 4.0f;
  ButtonRow years;  // the years (each its label over its field), then Add and Remove
  for (size_t y = 0; y < b.adoption_percent.size(); ++y) {
    char label[64];
    std::snprintf(label, sizeof(label), tr(S::RoiYearN), int(y) + 1);
    const float item = std::max(w, ImGui::CalcTextSize(label).x);
    years.place(item);
    ImGui::BeginGroup();
    ImGui::TextDisabled("%s", label);
    ImGui::PushID(int(y));
    if (number_field("##adoption", b.adoption_percent[y], item)) d.field(b.id + ".adoption." + std::to_string(y), &b.updated_at);
    ImGui::PopID();
    tag_item(t + ".adoption." + std::to_string(y));
    mark_field(d, path + "adoptionPercent[" + std::to_string(y) + "]");
    ImGui::EndGroup();
  }
  // A button beside a year goes level with the fields, under the years' labels.
  bool after_year = !b.adoption_percent.empty();
  const auto year_button = [&](const char* label) {
    const int lines = years.lines();
    years.place(ButtonRow::button_width(label));
    if (after_year && years.lines() == lines) ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ImGui::GetTextLineHeightWithSpacing());
    after_year = false;
    return ImGui::Button(label);
  };
  if (b.adoption_percent.size() < size_t(d.c.years)) {
    if (b.adoption_percent.empty()) ImGui::TextDisabled("100%%");
    if (year_button(tr(S::RoiAddYear))) {
      b.adoption_percent.push_back(b.adoption_percent.empty() ? 100.0 : b.adoption_percent.back());
      b.updated_at = d.now;
      d.structure();
    }
    tag_item(t + ".adoption.add");
  }
  if (!b.adoption_percent.empty()) {
    if (year_button(tr(S::RoiRemoveYear))) {
      b.adoption_percent.pop_back();
      b.updated_at = d.now;
      d.structure();
    }
    tag_item(t + ".adoption.remove");
  }
  // Under the row of years (a message under one narrow year would push the others apart).
  for (size_t y = 0; y < b.adoption_percent.size(); ++y) {
    char year[64];
    std::snprintf(year, sizeof(year), tr(S::RoiYearN), int(y) + 1);
    field_problems(d, path + "adoptionPercent[" + std::to_string(y) + "]", -1.0f, std::string(year) + tr(S::RoiProblemColon));
  }
}

void draw_margin(Draft& d, roi::BenefitLine& b, const std::string& t, const std::string& path) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(S::RoiMargin));
  std::string text = b.margin_percent ? roi_text::number(*b.margin_percent) : std::string();
  ImGui::SetNextItemWidth(amount_width());
  if (ImGui::InputText("##margin", &text, ImGuiInputTextFlags_AutoSelectAll)) {
    std::optional<double> next;
    if (!text.empty()) next = parse_amount(text);
    if (text.empty() || next) {
      if (next != b.margin_percent) {
        b.margin_percent = next;
        d.field(b.id + ".margin", &b.updated_at);
      }
    }
  }
  tag_item(t + ".margin");
  mark_field(d, path + "marginPercent");
  field_problems(d, path + "marginPercent");
}

// `path` is the line's place in the case's paths: "benefits[<i>].".
void draw_benefit(Draft& d, roi::BenefitLine& b, const std::string& t, const std::string& path, bool& remove) {
  ImGui::PushStyleColor(ImGuiCol_Text, colors::Accent);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(roi_text::benefit_kind_name(b.kind));
  ImGui::PopStyleColor();
  ImGui::SameLine();
  const float remove_w = ImGui::CalcTextSize(tr(S::RoiRemove)).x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SetNextItemWidth(std::max(80.0f, ImGui::GetContentRegionAvail().x - remove_w - ImGui::GetStyle().ItemSpacing.x));
  if (ImGui::InputText("##label", &b.label)) d.field(b.id + ".label", &b.updated_at);
  tag_item(t + ".label");
  mark_field(d, path + "label");
  ImGui::SameLine();
  if (ImGui::Button(tr(S::RoiRemove))) remove = true;
  tag_item(t + ".remove");
  field_problems(d, path + "label");

  float x = 0.0f;
  switch (b.kind) {
    case roi::BenefitKind::cost_saving:
      labelled_number(tr(S::RoiAmountPerYear), "##amount", b.amount_per_year, &b.live_amount, t + ".amount", d,
                      b.id + ".amount", b.updated_at, path + "amountPerYear", &x);
      field_problems(d, path + "amountPerYear", x);
      break;
    case roi::BenefitKind::revenue_gain:
      labelled_number(tr(S::RoiAmountPerYear), "##amount", b.amount_per_year, &b.live_amount, t + ".amount", d,
                      b.id + ".amount", b.updated_at, path + "amountPerYear", &x);
      field_problems(d, path + "amountPerYear", x);
      draw_margin(d, b, t, path);
      break;
    case roi::BenefitKind::productivity: {
      labelled_number(tr(S::RoiHours), "##hours", b.hours, &b.live_hours, t + ".hours", d, b.id + ".hours", b.updated_at,
                      path + "hours", &x);
      ImGui::SameLine();
      int yearly = b.hours_basis == roi::HoursBasis::per_year ? 1 : 0;
      if (segmented("##basis", yearly, {tr(S::RoiPerWeek), tr(S::RoiPerYear)}, {t + ".basis.week", t + ".basis.year"},
                    std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 9.0f))) {
        b.hours_basis = yearly ? roi::HoursBasis::per_year : roi::HoursBasis::per_week;
        d.field(b.id + ".basis", &b.updated_at);
      }
      field_problems(d, path + "hours", x);
      labelled_number(tr(S::RoiHourlyRate), "##rate", b.hourly_rate, &b.live_hourly_rate, t + ".hourlyRate", d,
                      b.id + ".hourlyRate", b.updated_at, path + "hourlyRate", &x);
      field_problems(d, path + "hourlyRate", x);
      labelled_number(tr(S::RoiPeople), "##people", b.people, &b.live_people, t + ".people", d, b.id + ".people",
                      b.updated_at, path + "people", &x);
      field_problems(d, path + "people", x);
      break;
    }
  }
  draw_adoption(d, b, t, path);
}

void draw_benefits(Draft& d) {
  section(tr(S::RoiBenefits));
  int remove = -1;
  for (size_t i = 0; i < d.c.benefits.size(); ++i) {
    roi::BenefitLine& b = d.c.benefits[i];
    ImGui::PushID(b.id.c_str());
    ImGui::Spacing();
    const std::string path = "benefits[" + std::to_string(i) + "].";
    ImGui::BeginChild("##benefit", ImVec2(0, 0), ImGuiChildFlags_Borders | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
    const bool skipped = ImGui::GetCurrentWindow()->SkipItems;  // out of sight last frame: no items this one
    bool gone = false;
    draw_benefit(d, b, "roi.benefit." + std::to_string(i), path, gone);
    ImGui::EndChild();
    if (skipped && !d.scroll_exact && d.scroll_to.starts_with(path))
      d.scroll_target = ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    if (gone) remove = int(i);
    ImGui::PopID();
  }
  if (remove >= 0) {
    d.c.benefits.erase(d.c.benefits.begin() + remove);
    d.structure();
  }
  ButtonRow add;
  struct Add {
    S label;
    roi::BenefitKind kind;
    const char* id;
  };
  for (const Add& a : {Add{S::RoiAddCostSaving, roi::BenefitKind::cost_saving, "costSaving"},
                       Add{S::RoiAddRevenueGain, roi::BenefitKind::revenue_gain, "revenueGain"},
                       Add{S::RoiAddProductivity, roi::BenefitKind::productivity, "productivity"}}) {
    if (add.button(tr(a.label))) {
      roi::BenefitLine b;
      b.id = d.app.session().new_id("line");
      b.kind = a.kind;
      b.updated_at = d.now;
      d.c.benefits.push_back(b);
      d.structure();
    }
    tag_item(std::string("roi.benefit.add.") + a.id);
  }
}

void draw_scenarios(Draft& d) {
  section(tr(S::RoiScenarios));
  form::hint(tr(S::RoiScenariosHint));
  if (!ImGui::BeginTable("##scenarios", 3, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_NoClip)) return;
  ImGui::TableSetupColumn("##name", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn(tr(S::RoiBenefitFactor), ImGuiTableColumnFlags_WidthFixed, amount_width());
  ImGui::TableSetupColumn(tr(S::RoiCostFactor), ImGuiTableColumnFlags_WidthFixed, amount_width());
  ImGui::TableHeadersRow();
  for (roi::Scenario s : {roi::Scenario::conservative, roi::Scenario::expected, roi::Scenario::optimistic}) {
    roi::ScenarioFactors& f = s == roi::Scenario::conservative ? d.c.scenarios.conservative
                              : s == roi::Scenario::optimistic ? d.c.scenarios.optimistic
                                                               : d.c.scenarios.expected;
    const std::string name(roi::scenario_name(s));
    ImGui::PushID(name.c_str());
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(roi_text::scenario_name(s));
    ImGui::TableSetColumnIndex(1);
    const std::string path = "scenarios." + name + ".";
    if (number_field("##benefits", f.benefits)) d.field("scenarios." + name + ".benefits");
    tag_item("roi.scenario." + name + ".benefits");
    mark_field(d, path + "benefits");
    ImGui::TableSetColumnIndex(2);
    if (number_field("##costs", f.costs)) d.field("scenarios." + name + ".costs");
    tag_item("roi.scenario." + name + ".costs");
    mark_field(d, path + "costs");
    table_problems(d, {{1, path + "benefits"}, {2, path + "costs"}});
    ImGui::PopID();
  }
  ImGui::EndTable();
}

void draw_notes(Draft& d) {
  section(tr(S::RoiNotes));
  int remove = -1;
  for (size_t i = 0; i < d.c.notes.size(); ++i) {
    roi::Note& n = d.c.notes[i];
    const std::string t = "roi.note." + std::to_string(i);
    ImGui::PushID(n.id.c_str());
    if (ImGui::InputTextMultiline("##text", &n.text, ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * 3.5f)))
      d.field(n.id + ".text", &n.updated_at);
    tag_item(t + ".text");
    mark_field(d, "notes[" + std::to_string(i) + "].text");
    field_problems(d, "notes[" + std::to_string(i) + "].text");
    if (ImGui::Checkbox(tr(S::RoiInternal), &n.internal)) d.field(n.id + ".internal", &n.updated_at);
    tag_item(t + ".internal");
    ButtonRow row = ButtonRow::after_previous();
    if (row.button(tr(S::RoiRemove))) remove = int(i);
    tag_item(t + ".remove");
    ImGui::PopID();
  }
  if (remove >= 0) {
    d.c.notes.erase(d.c.notes.begin() + remove);
    d.structure();
  }
  if (ImGui::Button(tr(S::RoiAddNote))) {
    roi::Note n;
    n.id = d.app.session().new_id("note");
    n.updated_at = d.now;
    d.c.notes.push_back(n);
    d.structure();
  }
  tag_item("roi.note.add");
}

}  // namespace

void draw_roi_case_editor(App& app, const roi::Case& c) {
  RoiViewState& st = app.state<RoiViewState>();
  Draft d{app, c, app.session().now_iso(), {}, false, roi::validate(c), st.scroll_to_field, std::nullopt, false};
  draw_case_fields(d);
  draw_cost_lines(d, d.c.one_time_costs, &roi::OneTimeCost::amount, tr(S::RoiOneTimeCosts), "roi.oneTime", "oneTimeCosts",
                  "amount");
  draw_cost_lines(d, d.c.recurring_costs, &roi::RecurringCost::amount_per_year, tr(S::RoiRecurringCosts), "roi.recurring",
                  "recurringCosts", "amountPerYear");
  form::hint(tr(S::RoiLiveHint));
  draw_benefits(d);
  draw_scenarios(d);
  draw_notes(d);
  ImGui::Dummy(ImVec2(0, ImGui::GetFontSize()));
  // The editor's window scrolls (not a benefit's box inside it, which SetScrollHereY would
  // reach): the input a third of the way down, its label above it and its messages below.
  if (!d.scroll_to.empty()) {
    if (d.scroll_target) ImGui::SetScrollFromPosY(d.scroll_target->Min.y - ImGui::GetWindowPos().y, 0.3f);
    // Only the box was found: aim at the input itself on the next frame, once it is drawn.
    if (d.scroll_target && !d.scroll_exact) app.platform().request_frame();
    else st.scroll_to_field.clear();
  }
  if (d.changed) save_case(app, d.key, std::move(d.c));
}

}  // namespace fieldbook::shell
