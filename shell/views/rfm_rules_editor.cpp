// The segment rule editor: start from R rfm's ten segments or the handbook's A/B/C tiers, then
// add, reorder, rename and remove rules and drag their R/F/M ranges; a rule may hold for one
// industry only, and "Add rules for industry" copies the general rules for one industry above
// them (a rule set per industry). Edits are made on a draft and applied — segments re-assigned,
// one undo step — when a slider or text field is let go, or at once for buttons.
#include <cfloat>
#include <cstdio>

#include "app/app.h"
#include "widgets/button_row.h"
#include "widgets/test_ids.h"
#include "app/touch_input.h"
#include "common/error.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "views/rfm_edit.h"
#include "views/rfm_format.h"
#include "views/rfm_parts.h"
#include "widgets/form.h"

namespace fieldbook::shell {

namespace {

bool zh() { return language() == Language::Zh; }
std::string& name_of(rfm::SegmentRule& r) { return zh() ? r.name_zh : r.name_en; }
std::string& action_of(rfm::SegmentRule& r) { return zh() ? r.action_zh : r.action_en; }

void commit(App& app, RfmViewState& ui, const rfm::AnalysisRecord& a) {
  RfmRulesDraft& r = ui.rules;
  r.editing = false;
  try {
    apply_rule_set(app, a, r.rules.value);
    r.error.clear();
  } catch (const Error& e) {
    r.error = rfm_rules_problem(e);
  }
}

// R, F or M: a two-handled slider over the rule set's scale.
bool range(const char* label, const char* test_id, int& lo, int& hi, int scale, float width, bool& active) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(label);
  ImGui::SameLine();
  int v[2] = {lo, hi};
  ImGui::SetNextItemWidth(width);
  ImGui::PushID(label);
  const bool changed = ImGui::SliderInt2("##range", v, 1, scale);
  ImGui::PopID();
  mark_touch_draggable();
  tag_item(test_id);
  if (changed) {
    lo = std::min(v[0], v[1]);
    hi = std::max(v[0], v[1]);
  }
  active |= ImGui::IsItemActive();
  return ImGui::IsItemDeactivatedAfterEdit();
}

}  // namespace

void draw_rfm_rules_editor(App& app, RfmViewState& ui, const rfm::AnalysisRecord& a) {
  RfmRulesDraft& r = ui.rules;
  // The draft follows the analysis's rules (an undo, a redo) unless a rule is being edited.
  if (r.analysis_id != a.id) {
    r.analysis_id = a.id;
    r.rules.reset(a.rules);
    r.error.clear();
  } else if (r.rules.follow(a.rules, r.editing)) {
    r.error.clear();
  }
  rfm::RuleSet& rules = r.rules.value;
  const RfmDerived& d = rfm_derived(ui, a);
  bool apply_now = false;
  bool active = false;

  form::label(tr(S::RfmRuleSet));
  ButtonRow presets;
  const std::string set_name = LocalizedText{rules.name_en, rules.name_zh}.in(language());
  presets.place(ImGui::CalcTextSize(set_name.c_str()).x);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(set_name.c_str());
  if (presets.button(tr(S::RfmPresetDefault))) {
    rules = rfm::default_rule_set();
    apply_now = true;
  }
  tag_item("rfm.rules.preset.default");
  if (presets.button(tr(S::RfmPresetAbc))) {
    rules = rfm::abc_rule_set();
    apply_now = true;
  }
  tag_item("rfm.rules.preset.abc");
  char hint[512];
  std::snprintf(hint, sizeof(hint), tr(S::RfmRulesHint), rfm::segment_label(rules, -1).in(language()).c_str());
  form::hint(hint);
  ImGui::Spacing();

  const float fs = ImGui::GetFontSize();
  const float avail = ImGui::GetContentRegionAvail().x;
  const bool narrow = avail < fs * 40.0f;
  const float slider_w = narrow ? avail - fs * 2.0f : (avail - fs * 6.0f) / 3.0f;
  int move_from = -1, move_to = -1, remove = -1;
  for (std::size_t i = 0; i < rules.rules.size(); ++i) {
    rfm::SegmentRule& rule = rules.rules[i];
    const int n = static_cast<int>(i);
    const std::string prefix = "rfm.rules." + std::to_string(i);
    ImGui::PushID(n);
    // The segment's colour as the summary shows it, then its name and industry.
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetFrameHeight();
    ImGui::GetWindowDrawList()->AddRectFilled(p + ImVec2(0, h * 0.2f), p + ImVec2(h * 0.3f, h * 0.8f),
                                              rfm_segment_color(d.groups.row_of(n), d.groups.named), 2.0f);
    ImGui::Dummy(ImVec2(h * 0.4f, h));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(narrow ? avail - h : fs * 12.0f);
    ImGui::InputTextWithHint("##name", tr(S::RfmRuleName), &name_of(rule));
    apply_now |= ImGui::IsItemDeactivatedAfterEdit();
    active |= ImGui::IsItemActive();
    tag_item(prefix + ".name");
    if (!narrow) ImGui::SameLine();
    ImGui::SetNextItemWidth(fs * 9.0f);
    if (ImGui::BeginCombo("##industry", rule.industry.empty() ? tr(S::RfmAnyIndustry) : rule.industry.c_str())) {
      if (ImGui::Selectable(tr(S::RfmAnyIndustry), rule.industry.empty())) {
        rule.industry.clear();
        apply_now = true;
      }
      for (const auto& ind : d.industries) {
        if (ImGui::Selectable(ind.c_str(), rule.industry == ind)) {
          rule.industry = ind;
          apply_now = true;
        }
      }
      ImGui::EndCombo();
    }
    tag_item(prefix + ".industry");
    // Up, down and remove: beside the industry when they fit, on the next line when not.
    ButtonRow moves = ButtonRow::after_previous();
    ImGui::BeginDisabled(i == 0);
    if (moves.button(tr(S::RfmMoveUp))) move_from = n, move_to = n - 1;
    ImGui::EndDisabled();
    tag_item(prefix + ".up");
    ImGui::BeginDisabled(i + 1 == rules.rules.size());
    if (moves.button(tr(S::RfmMoveDown))) move_from = n, move_to = n + 1;
    ImGui::EndDisabled();
    tag_item(prefix + ".down");
    if (moves.button(tr(S::RfmRemove))) remove = n;
    tag_item(prefix + ".remove");

    const int scale = rules.scale;
    apply_now |= range("R", (prefix + ".r").c_str(), rule.r_min, rule.r_max, scale, slider_w, active);
    if (!narrow) ImGui::SameLine();
    apply_now |= range("F", (prefix + ".f").c_str(), rule.f_min, rule.f_max, scale, slider_w, active);
    if (!narrow) ImGui::SameLine();
    apply_now |= range("M", (prefix + ".m").c_str(), rule.m_min, rule.m_max, scale, slider_w, active);
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("##action", tr(S::RfmRuleAction), &action_of(rule));
    apply_now |= ImGui::IsItemDeactivatedAfterEdit();
    active |= ImGui::IsItemActive();
    tag_item(prefix + ".action");
    ImGui::PopID();
    ImGui::Separator();
  }
  if (move_from >= 0 && move_to >= 0) {
    std::swap(rules.rules[static_cast<std::size_t>(move_from)], rules.rules[static_cast<std::size_t>(move_to)]);
    apply_now = true;
  }
  if (remove >= 0) {
    rules.rules.erase(rules.rules.begin() + remove);
    apply_now = true;
  }

  if (ImGui::Button(tr(S::RfmAddRule))) {
    rules.rules.push_back(new_rule(app, rules.scale));
    apply_now = true;
  }
  tag_item("rfm.rules.add");

  if (!d.industries.empty()) {
    ImGui::Spacing();
    form::label(tr(S::RfmAddIndustryRules));
    r.add_industry = std::clamp(r.add_industry, 0, static_cast<int>(d.industries.size()) - 1);
    ImGui::SetNextItemWidth(fs * 10.0f);
    if (ImGui::BeginCombo("##addIndustry", d.industries[static_cast<std::size_t>(r.add_industry)].c_str())) {
      for (std::size_t k = 0; k < d.industries.size(); ++k)
        if (ImGui::Selectable(d.industries[k].c_str(), static_cast<int>(k) == r.add_industry)) r.add_industry = static_cast<int>(k);
      ImGui::EndCombo();
    }
    tag_item("rfm.rules.industry");
    ButtonRow add = ButtonRow::after_previous();
    if (add.button((std::string(tr(S::RfmAddRule)) + "##industry").c_str())) {
      add_industry_rules(app, rules, d.industries[static_cast<std::size_t>(r.add_industry)]);
      apply_now = true;
    }
    tag_item("rfm.rules.addIndustry");
    form::hint(tr(S::RfmAddIndustryHint));
  }

  if (!r.error.empty()) {
    char text[1024];
    std::snprintf(text, sizeof(text), tr(S::RfmRulesError), r.error.c_str());
    form::error(text);
    tag_item("rfm.rules.error");
  }
  r.editing = active;
  if (apply_now) commit(app, ui, a);
}

}  // namespace fieldbook::shell
