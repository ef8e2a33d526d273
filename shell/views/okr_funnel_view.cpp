// The funnel board: whose funnel and which week (or month); the count at each stage, the funnel,
// each step's conversion against its target and the previous period, the bottleneck, and what
// looks wrong in the counts; under it the two cards the handbook reviews the bottleneck with —
// 5 Whys and PDCA. The arithmetic comes from src/okr (funnel_board.h).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "app/app.h"
#include "common/money.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "okr/funnel_board.h"
#include "views/grow_parts.h"
#include "views/okr_funnel_edit.h"
#include "views/okr_parts.h"
#include "views/okr_state.h"
#include "widgets/button_row.h"
#include "widgets/badge.h"
#include "widgets/charts/funnel.h"
#include "widgets/confirm.h"
#include "widgets/form.h"
#include "widgets/number_field.h"
#include "widgets/segmented.h"
#include "widgets/test_ids.h"
#include "widgets/theme.h"
#include "widgets/wrapped_text.h"

namespace fieldbook::shell {

namespace {

// Content wider than this shows the counts and steps beside the 5 Whys and PDCA cards.
constexpr float kTwoColumnsWidth = 900.0f;
constexpr std::size_t kWhys = 5;

// The period being edited this frame, and the key its change is saved under (empty: none).
struct Edit {
  okr::FunnelPeriod f;
  std::string key;
  void field(const std::string& name) { key = "okr.funnel." + f.id + "." + name; }
};

// A box on a soft ground (a step, a card).
void begin_card(const char* id, ImU32 ground) {
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ground);
  ImGui::BeginChild(id, ImVec2(0, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
}
void end_card() {
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

// A share as the percentage typed: 0.305 → "30.5".
std::string percent_text(double share) {
  char text[32];
  std::snprintf(text, sizeof(text), "%.4g", share * 100);
  return text;
}

// A difference in percentage points: "+3 pts", "-5 pts" (signed), "18 pts".
std::string points_text(double share_change, bool sign = true) {
  char number[32], text[64];
  std::snprintf(number, sizeof(number), sign ? "%+.0f" : "%.0f", share_change * 100);
  std::snprintf(text, sizeof(text), tr(S::OkrFunnelPoints), number);
  return text;
}

// A percentage that may be empty (none): typed as "50" or "50%"; empty, 0 or less is none.
bool share_field(const char* id, std::optional<double>& share, float width, const std::string& test_id) {
  std::string text = share ? percent_text(*share) : std::string();
  ImGui::SetNextItemWidth(width);
  const bool typed = ImGui::InputTextWithHint(id, tr(S::OkrFunnelNone), &text, ImGuiInputTextFlags_AutoSelectAll);
  tag_item(test_id);
  ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("%");
  if (!typed) return false;
  std::erase_if(text, [](char c) { return c == '%' || c == ' '; });
  std::optional<double> next;
  if (!text.empty()) {
    const auto v = parse_amount(text);
    if (!v) return false;  // not a number yet: the field keeps the text, the record its value
    if (*v > 0) next = *v / 100;
  }
  if (next == share) return false;
  share = next;
  return true;
}

// A long text (a why, the plan): shown wrapped in a field's frame, so nothing is cut; a tap types
// in it.
bool text_area(App& app, const char* id, std::string& value, const std::string& test_id, const char* hint) {
  OkrViewState& st = app.state<OkrViewState>();
  const ImGuiStyle& style = ImGui::GetStyle();
  const float width = ImGui::GetContentRegionAvail().x;
  const float inner = width - style.FramePadding.x * 2;
  const float gap = ImGui::GetFontSize() * 0.3f;  // between wrapped lines, as a paragraph
  bool changed = false;
  ImGui::PushID(id);
  if (st.funnel_editing_text == test_id) {
    const float lines = std::max(2.0f, wrapped_text_size(value, inner).y / ImGui::GetTextLineHeight() + 1.0f);
    if (st.funnel_text_focus) {
      ImGui::SetKeyboardFocusHere();
      st.funnel_text_focus = false;
    }
    changed = ImGui::InputTextMultiline("##text", &value,
                                        ImVec2(width, ImGui::GetTextLineHeight() * lines + style.FramePadding.y * 2));
    tag_item(test_id);
    if (ImGui::IsItemDeactivated()) st.funnel_editing_text.clear();
  } else {
    const std::string_view shown = value.empty() ? std::string_view(hint) : std::string_view(value);
    const float h = std::max(wrapped_text_size(shown, inner, gap).y, ImGui::GetTextLineHeight()) + style.FramePadding.y * 2;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    if (ImGui::InvisibleButton("##show", ImVec2(width, h))) {
      st.funnel_editing_text = test_id;
      st.funnel_text_focus = true;
    }
    tag_item(test_id);
    const ImVec2 after = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + width, p.y + h),
                      ImGui::GetColorU32(ImGui::IsItemHovered() ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg),
                      style.FrameRounding);
    if (style.FrameBorderSize > 0)
      dl->AddRect(p, ImVec2(p.x + width, p.y + h), ImGui::GetColorU32(ImGuiCol_Border), style.FrameRounding, 0,
                  style.FrameBorderSize);
    ImGui::SetCursorScreenPos(ImVec2(p.x + style.FramePadding.x, p.y + style.FramePadding.y));
    ImGui::PushStyleColor(ImGuiCol_Text, value.empty() ? colors::TextMuted : colors::Text);
    wrapped_text(shown, inner, gap);
    ImGui::PopStyleColor();
    // Back under the frame; the empty item ends the field there (a moved cursor alone does not
    // extend the window) without a second gap.
    ImGui::SetCursorScreenPos(ImVec2(after.x, after.y - style.ItemSpacing.y));
    ImGui::Dummy(ImVec2(0, 0));
  }
  ImGui::PopID();
  return changed;
}

// ---- whose funnel, which period ---------------------------------------------------------------

// Whose funnel and which of their periods (newest first), side by side when they fit, and the
// buttons that add a period. Returns the period shown.
const okr::FunnelPeriod* draw_choices(App& app, std::optional<FunnelSpan>& add) {
  OkrViewState& st = app.state<OkrViewState>();
  const auto& doc = app.session().doc();
  if (!st.funnel_owner_id.empty() && !team::find_rep(doc.team, st.funnel_owner_id)) st.funnel_owner_id.clear();
  const auto periods = okr::funnel_periods_of(doc.funnel_periods, st.funnel_owner_id);
  const okr::FunnelPeriod* open = periods.empty() ? nullptr : periods.back();
  for (const okr::FunnelPeriod* p : periods)
    if (p->id == st.open_funnel_id) open = p;

  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float avail = ImGui::GetContentRegionAvail().x;
  const bool side_by_side = avail >= ImGui::GetFontSize() * 28.0f;
  const float width = side_by_side ? std::min(form::field_width(), (avail - spacing) / 2) : form::field_width();
  ImGui::BeginGroup();
  form::label(tr(S::OkrFunnelWhose));
  ImGui::SetNextItemWidth(width);
  if (ImGui::BeginCombo("##owner", owner_name(app, st.funnel_owner_id).c_str())) {
    if (ImGui::Selectable(tr(S::OkrOwnerMe), st.funnel_owner_id.empty())) st.funnel_owner_id.clear();
    tag_item("okr.funnel.owner.me");
    for (std::size_t i = 0; i < doc.team.size(); ++i) {
      const team::Rep& r = doc.team[i];
      ImGui::PushID(r.id.c_str());
      if (ImGui::Selectable(rep_name(r), st.funnel_owner_id == r.id)) st.funnel_owner_id = r.id;
      tag_item("okr.funnel.owner." + std::to_string(i));
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  tag_item("okr.funnel.owner");
  ImGui::EndGroup();
  if (open) {
    if (side_by_side) ImGui::SameLine();
    ImGui::BeginGroup();
    form::label(tr(S::OkrFunnelPeriod));
    ImGui::SetNextItemWidth(width);
    if (ImGui::BeginCombo("##period", period_label(open->period_start, open->period_end).c_str())) {
      for (std::size_t n = 0; n < periods.size(); ++n) {
        const okr::FunnelPeriod* p = periods[periods.size() - 1 - n];
        ImGui::PushID(p->id.c_str());
        if (ImGui::Selectable(period_label(p->period_start, p->period_end).c_str(), p == open)) {
          st.open_funnel_id = p->id;
          st.confirm_delete_funnel_id.clear();
          st.funnel_editing_text.clear();
        }
        tag_item("okr.funnel.period." + std::to_string(n));
        ImGui::PopID();
      }
      ImGui::EndCombo();
    }
    tag_item("okr.funnel.period");
    ImGui::EndGroup();
  }
  ButtonRow row;
  if (row.button(tr(S::OkrFunnelNewWeek))) add = FunnelSpan::Week;
  tag_item("okr.funnel.newWeek");
  if (row.button(tr(S::OkrFunnelNewMonth))) add = FunnelSpan::Month;
  tag_item("okr.funnel.newMonth");
  return open;
}

// ---- the counts and the steps -------------------------------------------------------------------

void draw_counts(Edit& e, const std::vector<std::string>& names, Language lang, float width) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float count_w = ImGui::GetFontSize() * 6.0f;
  const float name_w = width - count_w - style.ItemSpacing.x;
  for (std::size_t i = 0; i < e.f.counts.size(); ++i) {
    const std::string tag = "okr.funnel.stage." + std::to_string(i);
    ImGui::PushID(int(i));
    std::string name = i < names.size() ? names[i] : std::string();
    ImGui::SetNextItemWidth(name_w);
    if (ImGui::InputText("##name", &name)) {
      // Names are kept all together or not at all: the first one edited stores them all.
      e.f.stages = okr::stage_names(e.f, lang);
      e.f.stages[i] = name;
      e.field("stages");
    }
    tag_item(tag + ".name");
    ImGui::SameLine();
    double count = e.f.counts[i];
    if (number_field("##count", count, count_w)) {
      e.f.counts[i] = std::max(0.0, count);
      e.field("count." + std::to_string(i));
    }
    tag_item(tag + ".count");
    ImGui::PopID();
  }
}

void draw_warnings(App& app, const okr::FunnelState& s, const std::vector<std::string>& names) {
  const okr::FunnelPeriod& f = *s.period;
  for (std::size_t k = 0; k < s.warnings.size(); ++k) {
    const std::size_t i = s.warnings[k].stage;
    if (i == 0 || i >= f.counts.size()) continue;
    char text[512];
    std::snprintf(text, sizeof(text), tr(S::OkrFunnelWarning), names[i].c_str(),
                  format_value(app, okr::Unit::Count, f.counts[i]).c_str(), names[i - 1].c_str(),
                  format_value(app, okr::Unit::Count, f.counts[i - 1]).c_str());
    ImGui::PushID(int(k));
    begin_card("##warning", colors::WarningSoft);
    ImGui::PushStyleColor(ImGuiCol_Text, colors::Warning);
    wrapped_text(text, ImGui::GetContentRegionAvail().x);
    ImGui::PopStyleColor();
    end_card();
    tag_item("okr.funnel.warning." + std::to_string(k));
    ImGui::PopID();
  }
}

void draw_chart(App& app, const okr::FunnelPeriod& f, const std::vector<std::string>& names, ImVec2 size) {
  charts::Funnel chart;
  for (std::size_t i = 0; i < f.counts.size(); ++i) chart.stages.push_back({names[i], f.counts[i]});
  chart.format = [&app](double v) { return format_value(app, okr::Unit::Count, v); };
  chart.empty_text = tr(S::OkrFunnelNoCounts);
  charts::funnel("okr.funnel.chart", chart, size);
}

// The counts, and the funnel they make beside them (under them when the screen is narrow).
void draw_counts_and_chart(App& app, Edit& e, const okr::FunnelPeriod& period, const std::vector<std::string>& names,
                           Language lang) {
  form::label(tr(S::OkrFunnelCounts));
  const float avail = ImGui::GetContentRegionAvail().x;
  const float fs = ImGui::GetFontSize();
  const float counts_w = std::min(fs * 17.0f, avail);
  const float chart_h = fs * (2.2f * float(std::max<std::size_t>(period.counts.size(), 2)) + 1.0f);
  ImGui::BeginGroup();
  draw_counts(e, names, lang, counts_w);
  ImGui::EndGroup();
  const float counts_h = ImGui::GetItemRectSize().y;
  const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
  if (avail - counts_w - gap >= fs * 16.0f) {
    ImGui::SameLine(0, gap);
    draw_chart(app, period, names, ImVec2(0, std::max(counts_h, chart_h * 0.8f)));
  } else {
    draw_chart(app, period, names, ImVec2(0, chart_h));
  }
}

std::string step_name(const std::vector<std::string>& names, std::size_t i) {
  return names[i] + " → " + names[i + 1];
}

void draw_step(Edit& e, const okr::FunnelState& s, const std::vector<std::string>& names, std::size_t i) {
  const okr::StepState& step = s.steps[i];
  const bool bottleneck = s.bottleneck == i;
  const std::string tag = "okr.funnel.step." + std::to_string(i);
  ImGui::PushID(int(i));
  // The bottleneck stands out: its ground and an outline in the warning's colour.
  ImGui::PushStyleColor(ImGuiCol_ChildBg, bottleneck ? colors::WarningSoft : colors::Sidebar);
  if (bottleneck) {
    ImGui::PushStyleColor(ImGuiCol_Border, colors::Warning);
    ImGui::PushStyleVar(ImGuiStyleVar_ChildBorderSize, 2.0f);
  }
  ImGui::BeginChild("##step", ImVec2(0, 0),
                    ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding |
                        (bottleneck ? ImGuiChildFlags_Borders : ImGuiChildFlags_None));
  if (bottleneck) {  // the outline is drawn: the fields inside keep their own border
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
  }
  const float inner = ImGui::GetContentRegionAvail().x;
  ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.1f);
  ImGui::TextUnformatted(step_name(names, i).c_str());
  ImGui::PopFont();
  if (bottleneck) {
    ImGui::SameLine();
    badge(tr(S::OkrFunnelBottleneck), colors::Error, colors::ErrorSoft);
    tag_item(tag + ".bottleneck");
  }
  // The conversion, in the colour of where it stands against the target.
  ImU32 color = colors::Text;
  if (step.shortfall) color = *step.shortfall > 0 ? colors::Error : colors::Success;
  char text[256];
  std::snprintf(text, sizeof(text), tr(S::OkrFunnelConversion),
                step.conversion ? format_share(*step.conversion).c_str() : "—");
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.25f);
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
  ImGui::PopStyleColor();
  tag_item(tag + ".conversion");
  if (!step.conversion) {
    std::snprintf(text, sizeof(text), tr(S::OkrFunnelNoConversion), names[i].c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, colors::TextMuted);
    wrapped_text(text, inner);
    ImGui::PopStyleColor();
  }
  // Against the previous period.
  if (s.previous) {
    if (step.previous && step.conversion)
      std::snprintf(text, sizeof(text), tr(S::OkrFunnelPrevious), format_share(*step.previous).c_str(),
                    points_text(*step.conversion - *step.previous).c_str());
    else
      std::snprintf(text, sizeof(text), tr(S::OkrFunnelPreviousOnly),
                    step.previous ? format_share(*step.previous).c_str() : "—");
  } else {
    std::snprintf(text, sizeof(text), "%s", tr(S::OkrFunnelNoPrevious));
  }
  ImGui::PushStyleColor(ImGuiCol_Text, colors::TextMuted);
  wrapped_text(text, inner);
  ImGui::PopStyleColor();
  tag_item(tag + ".previous");
  // The target (typed; empty = none) and the shortfall.
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(S::OkrFunnelTarget));
  ImGui::SameLine();
  std::optional<double> target = step.target;
  if (share_field("##target", target, ImGui::GetFontSize() * 5.0f, tag + ".target")) {
    if (e.f.step_targets.size() <= i) e.f.step_targets.resize(i + 1);
    e.f.step_targets[i] = target;
    while (!e.f.step_targets.empty() && !e.f.step_targets.back()) e.f.step_targets.pop_back();
    e.field("target." + std::to_string(i));
  }
  if (step.shortfall) {
    if (*step.shortfall > 0)
      std::snprintf(text, sizeof(text), tr(S::OkrFunnelShortfall), points_text(*step.shortfall, false).c_str());
    else
      std::snprintf(text, sizeof(text), "%s", tr(S::OkrFunnelTargetMet));
    const float w = ImGui::CalcTextSize(text).x;
    if (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x > w) ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
    tag_item(tag + ".shortfall");
  }
  ImGui::EndChild();
  ImGui::PopStyleColor();
  tag_item(tag);
  ImGui::PopID();
}

void draw_steps(Edit& e, const okr::FunnelState& s, const std::vector<std::string>& names) {
  form::label(tr(S::OkrFunnelSteps));
  if (s.previous) {
    char text[192];
    std::snprintf(text, sizeof(text), tr(S::OkrFunnelComparedWith),
                  period_label(s.previous->period_start, s.previous->period_end).c_str());
    form::hint(text);
  }
  form::hint(tr(S::OkrFunnelBottleneckHint));
  for (std::size_t i = 0; i < s.steps.size(); ++i) draw_step(e, s, names, i);
}

// ---- 5 Whys and PDCA ----------------------------------------------------------------------------

void draw_five_whys(App& app, Edit& e, const okr::FunnelState& s, const std::vector<std::string>& names) {
  begin_card("##whys", colors::InfoSoft);
  char title[256];
  if (s.bottleneck)
    std::snprintf(title, sizeof(title), tr(S::OkrFunnelWhysTitleStep), step_name(names, *s.bottleneck).c_str());
  else
    std::snprintf(title, sizeof(title), "%s", tr(S::OkrFunnelWhysTitle));
  ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.15f);
  wrapped_text(title, ImGui::GetContentRegionAvail().x);
  ImGui::PopFont();
  form::hint(tr(S::OkrFunnelWhysHint));
  okr::FiveWhys& w = e.f.five_whys;
  std::vector<std::string> whys = w.whys;
  whys.resize(std::max(whys.size(), kWhys));
  bool changed = false;
  for (std::size_t i = 0; i < kWhys; ++i) {
    char label[64];
    std::snprintf(label, sizeof(label), tr(S::OkrFunnelWhy), int(i + 1));
    form::label(label);
    const std::string id = "##why" + std::to_string(i);
    if (text_area(app, id.c_str(), whys[i], "okr.funnel.why." + std::to_string(i + 1), tr(S::OkrFunnelWhyHint))) {
      changed = true;
      e.field("why." + std::to_string(i));
    }
  }
  if (changed) {
    while (!whys.empty() && whys.back().empty()) whys.pop_back();  // no empty answers at the end
    w.whys = whys;
  }
  form::label(tr(S::OkrFunnelRootCause));
  if (text_area(app, "##root", w.root_cause, "okr.funnel.rootCause", tr(S::OkrFunnelRootCauseHint))) e.field("rootCause");
  form::label(tr(S::OkrFunnelCountermeasure));
  if (text_area(app, "##counter", w.countermeasure, "okr.funnel.countermeasure", tr(S::OkrFunnelCountermeasureHint)))
    e.field("countermeasure");
  end_card();
  tag_item("okr.funnel.whys");
}

void draw_pdca(App& app, Edit& e, const okr::FunnelState& s) {
  begin_card("##pdca", colors::InfoSoft);
  ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.15f);
  wrapped_text(tr(S::OkrFunnelPdcaTitle), ImGui::GetContentRegionAvail().x);
  ImGui::PopFont();
  okr::Pdca& p = e.f.pdca;
  form::label(tr(S::OkrFunnelPlan));
  if (text_area(app, "##plan", p.plan, "okr.funnel.pdca.plan", tr(S::OkrFunnelPlanHint))) e.field("plan");
  form::label(tr(S::OkrFunnelPilot));
  if (text_area(app, "##pilot", p.pilot, "okr.funnel.pdca.pilot", tr(S::OkrFunnelPilotHint))) e.field("pilot");

  form::label(tr(S::OkrFunnelCheck));
  // The bottleneck's conversion now, to fill either side with one tap.
  std::optional<double> now;
  if (s.bottleneck) now = s.steps[*s.bottleneck].conversion;
  const ImGuiStyle& style = ImGui::GetStyle();
  const float half = (ImGui::GetContentRegionAvail().x - style.ItemSpacing.x * 2) / 2;
  char use[96];
  if (now) std::snprintf(use, sizeof(use), tr(S::OkrFunnelUseConversion), format_share(*now).c_str());
  auto side = [&](const char* id, S label, std::optional<double>& value, const char* name) {
    ImGui::PushStyleColor(ImGuiCol_Text, colors::TextMuted);
    ImGui::BeginGroup();
    ImGui::PushID(id);
    form::label(tr(label));
    ImGui::PopStyleColor();
    const std::string tag = std::string("okr.funnel.pdca.") + name;
    if (share_field("##share", value, ImGui::GetFontSize() * 5.0f, tag)) e.field(name);
    if (now) {
      if (ImGui::Button(use)) {
        value = *now;
        e.field(name);
      }
      tag_item(tag + ".useCurrent");
    }
    ImGui::PopID();
    ImGui::EndGroup();
  };
  const float x0 = ImGui::GetCursorPosX();
  side("before", S::OkrFunnelBefore, p.conversion_before, "before");
  ImGui::SameLine(x0 + half + style.ItemSpacing.x * 2);
  side("after", S::OkrFunnelAfter, p.conversion_after, "after");
  if (p.conversion_before && p.conversion_after) {
    char text[128];
    std::snprintf(text, sizeof(text), tr(S::OkrFunnelChange), points_text(*p.conversion_after - *p.conversion_before).c_str());
    ImGui::TextUnformatted(text);
    tag_item("okr.funnel.pdca.change");
  }

  form::label(tr(S::OkrFunnelAct));
  int decision = int(p.decision);
  if (segmented("##decision", decision, {tr(S::OkrFunnelUndecided), tr(S::OkrFunnelRollOut), tr(S::OkrFunnelReanalyse)},
                {"okr.funnel.pdca.decision.undecided", "okr.funnel.pdca.decision.rollOut",
                 "okr.funnel.pdca.decision.reanalyse"},
                ImGui::GetContentRegionAvail().x)) {
    p.decision = okr::PdcaDecision(decision);
    e.field("decision");
  }
  form::label(tr(S::OkrFunnelNotes));
  if (text_area(app, "##notes", p.notes, "okr.funnel.pdca.notes", tr(S::OkrFunnelNotesHint))) e.field("notes");
  end_card();
  tag_item("okr.funnel.pdca");
}

void draw_delete(App& app, const okr::FunnelPeriod& f, bool& remove) {
  OkrViewState& st = app.state<OkrViewState>();
  if (st.confirm_delete_funnel_id != f.id) {
    if (ImGui::Button(tr(S::OkrFunnelDelete))) st.confirm_delete_funnel_id = f.id;
    tag_item("okr.funnel.delete");
    return;
  }
  char text[512];
  std::snprintf(text, sizeof(text), tr(S::OkrFunnelDeleteConfirm), period_label(f.period_start, f.period_end).c_str());
  switch (confirm_box("okr.funnel.delete", text, tr(S::CommonDelete))) {
    case Confirmation::Confirmed: remove = true; break;
    case Confirmation::Cancelled: st.confirm_delete_funnel_id.clear(); break;
    case Confirmation::Pending: break;
  }
}

void draw_period(App& app, const okr::FunnelPeriod& period, bool& remove) {
  const auto& doc = app.session().doc();
  const Language lang = app.ui_language();
  const okr::FunnelState s = okr::funnel_state(period, doc.funnel_periods);
  const std::vector<std::string> names = okr::stage_names(period, lang);
  Edit e{period, {}};

  ImGui::Spacing();
  const float avail = ImGui::GetContentRegionAvail().x;
  if (avail >= kTwoColumnsWidth) {
    const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
    const float left = std::floor((avail - gap) * 0.5f);
    ImGui::BeginChild("##board", ImVec2(left, 0), ImGuiChildFlags_AutoResizeY);
    draw_counts_and_chart(app, e, period, names, lang);
    draw_warnings(app, s, names);
    draw_steps(e, s, names);
    ImGui::Spacing();
    draw_delete(app, period, remove);
    ImGui::EndChild();
    ImGui::SameLine(0, gap);
    ImGui::BeginChild("##cards", ImVec2(0, 0), ImGuiChildFlags_AutoResizeY);
    draw_five_whys(app, e, s, names);
    ImGui::Spacing();
    draw_pdca(app, e, s);
    ImGui::EndChild();
  } else {
    draw_counts_and_chart(app, e, period, names, lang);
    draw_warnings(app, s, names);
    draw_steps(e, s, names);
    ImGui::Spacing();
    draw_five_whys(app, e, s, names);
    ImGui::Spacing();
    draw_pdca(app, e, s);
    ImGui::Spacing();
    draw_delete(app, period, remove);
  }
  if (!e.key.empty()) save_funnel_period(app, e.key, std::move(e.f));
}

}  // namespace

void draw_funnel_page(App& app) {
  OkrViewState& st = app.state<OkrViewState>();
  std::optional<FunnelSpan> add;
  const okr::FunnelPeriod* open = draw_choices(app, add);
  bool remove = false;
  std::string removed;
  if (!open) {
    ImGui::Spacing();
    form::paragraph(tr(S::OkrFunnelEmpty));
    tag_item("okr.funnel.empty");
  } else {
    const okr::FunnelPeriod copy = *open;  // edits below may move the workspace's vectors
    draw_period(app, copy, remove);
    if (remove) removed = copy.id;
  }
  // Adding and removing move the list: after everything is drawn.
  if (!removed.empty()) delete_funnel_period(app, removed);
  if (add) add_funnel_period(app, st.funnel_owner_id, *add);
}

}  // namespace fieldbook::shell
