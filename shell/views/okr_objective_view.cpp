// An objective's page: what it says, whose it is, its kind and period and what it aligns under;
// where it stands (progress against where it should be by today, status, grade); its key results,
// each with a one-tap check-in; and, once its period is over, the grade, the retrospective and
// carrying what is unfinished into the next period.
#include <algorithm>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "app/app.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "okr/carry_over.h"
#include "okr/objective_tree.h"
#include "okr/period.h"
#include "okr/progress.h"
#include "views/grow_parts.h"
#include "views/okr_edit.h"
#include "views/okr_parts.h"
#include "views/okr_state.h"
#include "widgets/charts/progress.h"
#include "widgets/confirm.h"
#include "widgets/date_field.h"
#include "widgets/form.h"
#include "widgets/kpi_tiles.h"
#include "widgets/segmented.h"
#include "widgets/test_ids.h"
#include "widgets/theme.h"
#include "widgets/wrapped_text.h"

namespace fieldbook::shell {

namespace {

// Content wider than this shows the fields beside the key results.
constexpr float kTwoColumnsWidth = 900.0f;

void draw_fields(App& app, const okr::Objective& objective) {
  okr::Objective o = objective;
  std::string key;
  const std::string base = "okr." + o.id + ".";
  const auto& doc = app.session().doc();

  form::label(tr(S::OkrObjectiveTitle));
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (ImGui::InputText("##title", &o.title))
    key = base + "title";
  tag_item("okr.objective.title");
  if (o.title.empty()) form::hint(tr(S::OkrObjectiveHint));

  form::label(tr(S::OkrOwner));
  ImGui::SetNextItemWidth(form::field_width());
  if (ImGui::BeginCombo("##owner", owner_name(app, o.owner_id).c_str())) {
    if (ImGui::Selectable(tr(S::OkrOwnerMe), o.owner_id.empty())) o.owner_id.clear(), key = base + "owner";
    tag_item("okr.objective.owner.me");
    for (std::size_t i = 0; i < doc.team.size(); ++i) {
      const team::Rep& r = doc.team[i];
      ImGui::PushID(r.id.c_str());
      if (ImGui::Selectable(rep_name(r), o.owner_id == r.id)) o.owner_id = r.id, key = base + "owner";
      tag_item("okr.objective.owner." + std::to_string(i));
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  tag_item("okr.objective.owner");

  form::label(tr(S::OkrKind));
  int kind = int(o.kind);
  if (segmented("##kind", kind, {tr(S::OkrKindCommitted), tr(S::OkrKindAspirational)},
                {"okr.objective.kind.committed", "okr.objective.kind.aspirational"}, form::field_width())) {
    o.kind = okr::ObjectiveKind(kind);
    key = base + "kind";
  }
  form::hint(tr(S::OkrKindHint));

  // The period: a preset, or any two days.
  form::label(tr(S::OkrPeriod));
  const Date today = today_of(app);
  const okr::Period presets[] = {okr::quarter_containing(today), okr::next_period(okr::quarter_containing(today)),
                                 okr::year_period(to_civil(today).year)};
  const auto current = okr::parse_period(o.period_start, o.period_end);
  int preset = 3;
  for (int i = 0; i < 3; ++i)
    if (current && *current == presets[i]) preset = i;
  const int before = preset;
  segmented("##preset", preset,
            {tr(S::OkrPeriodPresetQuarter), tr(S::OkrPeriodPresetNextQuarter), tr(S::OkrPeriodPresetYear),
             tr(S::OkrPeriodPresetCustom)},
            {"okr.objective.period.quarter", "okr.objective.period.nextQuarter", "okr.objective.period.year",
             "okr.objective.period.custom"},
            choices_width());
  if (preset != before && preset < 3) {
    o.period_start = format_iso_date(presets[preset].first);
    o.period_end = format_iso_date(presets[preset].last);
    key = base + "period";
  }
  // Custom: the days themselves (a preset fills them in too).
  const float half = (form::field_width() - ImGui::GetStyle().ItemSpacing.x) / 2;
  ImGui::Spacing();
  // Two columns placed by hand: SameLine would lower the second caption to the first field's
  // text baseline. Either field may grow a message under it; what follows goes below both.
  const ImVec2 top = ImGui::GetCursorScreenPos();
  ImGui::BeginGroup();
  form::hint(tr(S::OkrPeriodFirstDay));
  std::string first = o.period_start;
  if (date_field("##first", first, "okr.objective.periodStart", half) && !first.empty()) {
    // Moving the first day past the last keeps the period's length: a period never runs backwards.
    const auto a = parse_iso_date(first), b = parse_iso_date(o.period_end), old = parse_iso_date(o.period_start);
    if (a && b && *b < *a) o.period_end = format_iso_date(add_days(*a, old ? std::max<std::int64_t>(0, days_between(*old, *b)) : 0));
    o.period_start = first;
    key = base + "period";
  }
  ImGui::EndGroup();
  float bottom = ImGui::GetItemRectMax().y;
  ImGui::SetCursorScreenPos(ImVec2(top.x + half + ImGui::GetStyle().ItemSpacing.x, top.y));
  ImGui::BeginGroup();
  form::hint(tr(S::OkrPeriodLastDay));
  std::string last = o.period_end;
  if (date_field("##last", last, "okr.objective.periodEnd", half) && !last.empty()) {
    const auto a = parse_iso_date(o.period_start), b = parse_iso_date(last);
    if (a && b && *b < *a) o.period_start = last;  // a last day before the first moves the first with it
    o.period_end = last;
    key = base + "period";
  }
  ImGui::EndGroup();
  bottom = std::max(bottom, ImGui::GetItemRectMax().y);
  ImGui::SetCursorScreenPos(ImVec2(top.x, bottom + ImGui::GetStyle().ItemSpacing.y));
  ImGui::Dummy(ImVec2(0, 0));  // the fields end here: a moved cursor alone does not extend the window

  form::label(tr(S::OkrParent));
  const okr::Objective* parent = find_objective(doc, o.parent_id);
  ImGui::SetNextItemWidth(form::field_width());
  if (ImGui::BeginCombo("##parent", parent ? (parent->title.empty() ? tr(S::OkrUntitledObjective) : parent->title.c_str())
                                          : tr(S::OkrParentNone))) {
    if (ImGui::Selectable(tr(S::OkrParentNone), !parent)) o.parent_id.clear(), key = base + "parent";
    tag_item("okr.objective.parent.none");
    for (const auto& row : okr::objective_tree(doc.objectives)) {
      const okr::Objective& candidate = doc.objectives[row.index];
      if (okr::would_loop(doc.objectives, o.id, candidate.id)) continue;  // itself, or under it
      ImGui::PushID(candidate.id.c_str());
      const std::string label = std::string(row.depth * 2, ' ') +
                                (candidate.title.empty() ? tr(S::OkrUntitledObjective) : candidate.title) + "  · " +
                                period_label(candidate.period_start, candidate.period_end);
      if (ImGui::Selectable(label.c_str(), parent == &candidate)) o.parent_id = candidate.id, key = base + "parent";
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  tag_item("okr.objective.parent");
  if (!key.empty()) save_objective(app, key, std::move(o));
}

void draw_tiles(const okr::ObjectiveState& s) {
  char grade[16];
  std::snprintf(grade, sizeof(grade), "%.1f", s.grade);
  const bool committed = s.objective->kind == okr::ObjectiveKind::Committed;
  kpi_tiles({{"okr.objective.tile.progress", tr(S::OkrTileProgress), format_share(s.progress), "", 0},
             {"okr.objective.tile.expected", tr(S::OkrTileExpected), format_share(s.expected), "", 0},
             {"okr.objective.tile.status", tr(S::OkrTileStatus), status_label(s.status), "", status_color(s.status)},
             {"okr.objective.tile.grade", tr(S::OkrTileGrade), grade,
              committed ? tr(S::OkrTileGradeNoteCommitted) : tr(S::OkrTileGradeNote), grade_color(s.grade)}},
            KpiTileStyle{.min_width = 150, .label_size = 14, .value_size = 26, .note_size = 12});
}

// Carrying over adds records, which moves the workspace's lists under the rows' pointers: it is
// done after the last row (`carry`).
void draw_key_result_row(App& app, const okr::ObjectiveState& os, const okr::KeyResultState& s, std::size_t index,
                         bool period_over, std::function<void()>& carry) {
  const okr::KeyResult& kr = *s.key_result;
  const std::string tag = "okr.kr." + std::to_string(index);
  const ImGuiStyle& style = ImGui::GetStyle();
  const float width = ImGui::GetContentRegionAvail().x;
  ImGui::PushID(kr.id.c_str());
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->ChannelsSplit(2);
  dl->ChannelsSetCurrent(1);
  ImGui::SetCursorScreenPos(ImVec2(p.x + style.FramePadding.x, p.y + style.FramePadding.y));
  ImGui::BeginGroup();
  const float inner = width - style.FramePadding.x * 2;
  wrapped_text(kr.title.empty() ? tr(S::OkrUntitledKeyResult) : kr.title, inner);
  tag_item(tag + ".title");
  // "1 of 3 · 0 → 3 · weight 1"
  char facts[256];
  std::snprintf(facts, sizeof(facts), tr(S::OkrCurrentOfTarget), format_value(app, kr.unit, s.current).c_str(),
                format_value(app, kr.unit, kr.target).c_str());
  std::string line = kr.type == okr::KeyResultType::Milestone
                         ? std::string(s.current >= 1 ? tr(S::OkrMilestoneDone) : tr(S::OkrMilestoneNotYet))
                         : std::string(facts) + " · " + key_result_goal(app, kr);
  if (s.confidence) {
    char c[64];
    std::snprintf(c, sizeof(c), tr(S::OkrConfidenceShort), *s.confidence);
    line += std::string(" · ") + c;
  }
  ImGui::PushStyleColor(ImGuiCol_Text, colors::TextMuted);
  wrapped_text(line, inner);
  ImGui::PopStyleColor();
  charts::ProgressBar bar;
  bar.value = s.progress;
  bar.target = s.expected;
  bar.label = format_share(s.progress_raw);  // raw: 120 % reads as 120 %
  bar.color = status_color(s.status);
  // The bar takes taps of its own: a tap on it opens the row too.
  const bool bar_tapped =
      charts::progress((tag + ".progress").c_str(), bar, ImVec2(std::min(inner, ImGui::GetFontSize() * 22.0f), 0));
  status_badge(s.status);
  tag_item(tag + ".status");
  ImGui::SameLine();
  grade_badge(s.grade);
  ImGui::EndGroup();
  const float h = ImGui::GetItemRectMax().y - p.y + style.FramePadding.y;
  dl->ChannelsSetCurrent(0);
  ImGui::SetCursorScreenPos(p);
  bool open = ImGui::Selectable("##kr", false, ImGuiSelectableFlags_AllowOverlap, ImVec2(width, h)) || bar_tapped;
  tag_item(tag);
  dl->ChannelsMerge();
  // The check-in button sits on the row's right, over the selectable.
  const ImVec2 after = ImGui::GetCursorScreenPos();
  const char* label = period_over ? tr(S::OkrCarryOver) : tr(S::OkrCheckIn);
  const float bw = ImGui::CalcTextSize(label).x + style.FramePadding.x * 2;
  ImGui::SetCursorScreenPos(ImVec2(p.x + width - bw - style.FramePadding.x, p.y + h - ImGui::GetFrameHeight() - style.FramePadding.y));
  if (period_over) {
    const bool unfinished = s.progress < 1;
    const okr::Objective* next = okr::continuation_of(app.session().doc().objectives, *os.objective);
    bool carried = false;
    if (next)
      for (const okr::KeyResult& k : app.session().doc().key_results)
        carried |= k.carried_from == kr.id && k.objective_id == next->id;
    if (unfinished && !carried) {
      if (ImGui::Button(label)) {
        carry = [&app, o = *os.objective, k = kr, current = s.current] { carry_over(app, o, k, current); };
        open = false;
      }
      tag_item(tag + ".carryOver");
    }
  } else {
    if (ImGui::Button(label)) open_check_in(app, kr, s.current, s.confidence), open = false;
    tag_item(tag + ".checkIn");
  }
  ImGui::SetCursorScreenPos(after);
  ImGui::Dummy(ImVec2(0, 0));
  dl->AddLine(ImVec2(p.x, p.y + h), ImVec2(p.x + width, p.y + h), colors::Border);
  ImGui::PopID();
  draw_check_in_panel(app, kr);
  if (open) app.state<OkrViewState>().open_key_result_id = kr.id;
}

void draw_key_results(App& app, const okr::ObjectiveState& s) {
  form::label(tr(S::OkrKeyResults));
  if (s.key_results.empty()) form::hint(tr(S::OkrNoKeyResults));
  std::function<void()> carry;
  for (std::size_t i = 0; i < s.key_results.size(); ++i)
    draw_key_result_row(app, s, s.key_results[i], i, s.period_ended, carry);
  if (carry) carry();
  if (ImGui::Button(tr(S::OkrAddKeyResult))) add_key_result(app, s.objective->id);
  tag_item("okr.addKeyResult");
}

void draw_end_of_period(App& app, const okr::ObjectiveState& s) {
  form::label(tr(S::OkrEndOfPeriod));
  form::hint(tr(S::OkrEndOfPeriodHint));
  if (s.missed_commitment) {
    ImGui::PushStyleColor(ImGuiCol_Text, colors::Error);
    wrapped_text(tr(S::OkrMissedCommitment), ImGui::GetContentRegionAvail().x);
    ImGui::PopStyleColor();
    tag_item("okr.objective.missedCommitment");
  }
  okr::Objective o = *s.objective;
  form::label(tr(S::OkrRetrospective));
  if (ImGui::InputTextMultiline("##retro", &o.retrospective, ImVec2(form::field_width(), ImGui::GetTextLineHeight() * 4.0f)))
    save_objective(app, "okr." + o.id + ".retrospective", o);
  tag_item("okr.objective.retrospective");
  if (o.retrospective.empty()) form::hint(tr(S::OkrRetrospectiveHint));
  if (const okr::Objective* next = okr::continuation_of(app.session().doc().objectives, o)) {
    char text[160];
    std::snprintf(text, sizeof(text), tr(S::OkrCarriedTo), period_label(next->period_start, next->period_end).c_str());
    form::hint(text);
  }
}

void draw_delete(App& app, const okr::Objective& o) {
  OkrViewState& st = app.state<OkrViewState>();
  if (st.confirm_delete_objective_id != o.id) {
    if (ImGui::Button(tr(S::OkrDeleteObjective))) st.confirm_delete_objective_id = o.id;
    tag_item("okr.objective.delete");
    return;
  }
  int krs = 0;
  for (const okr::KeyResult& k : app.session().doc().key_results) krs += k.objective_id == o.id;
  char text[512];
  std::snprintf(text, sizeof(text), tr(S::OkrDeleteObjectiveConfirm),
                o.title.empty() ? tr(S::OkrUntitledObjective) : o.title.c_str(), krs);
  const std::string id = o.id;
  switch (confirm_box("okr.objective.delete", text, tr(S::CommonDelete))) {
    case Confirmation::Confirmed: delete_objective(app, id); break;
    case Confirmation::Cancelled: st.confirm_delete_objective_id.clear(); break;
    case Confirmation::Pending: break;
  }
}

}  // namespace

void draw_objective_page(App& app, const okr::Objective& objective) {
  OkrViewState& st = app.state<OkrViewState>();
  if (ImGui::Button(tr(S::OkrBackToList))) {
    st.open_objective_id.clear();
    st.confirm_delete_objective_id.clear();
    st.check_in.key_result_id.clear();
  }
  tag_item("okr.back");
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::PushStyleColor(ImGuiCol_Text, colors::TextMuted);
  ImGui::TextUnformatted((owner_name(app, objective.owner_id) + " · " + period_label(objective.period_start, objective.period_end)).c_str());
  ImGui::PopStyleColor();
  ImGui::Spacing();
  const auto& doc = app.session().doc();
  const okr::ObjectiveState s = okr::objective_state(objective, doc.key_results, doc.check_ins, today_of(app));
  draw_tiles(s);
  ImGui::Spacing();

  const float avail = ImGui::GetContentRegionAvail().x;
  if (avail >= kTwoColumnsWidth) {
    const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
    const float left = std::floor((avail - gap) * 0.45f);
    ImGui::BeginChild("##fields", ImVec2(left, 0), ImGuiChildFlags_AutoResizeY);
    draw_fields(app, objective);
    ImGui::Spacing();
    draw_delete(app, objective);
    ImGui::EndChild();
    ImGui::SameLine(0, gap);
    ImGui::BeginChild("##krs", ImVec2(0, 0), ImGuiChildFlags_AutoResizeY);
    if (s.period_ended) draw_end_of_period(app, s);
    draw_key_results(app, s);
    ImGui::EndChild();
    return;
  }
  // Narrow: where it stands and the check-ins first; the fields after.
  if (s.period_ended) draw_end_of_period(app, s);
  draw_key_results(app, s);
  ImGui::Spacing();
  draw_fields(app, objective);
  ImGui::Spacing();
  draw_delete(app, objective);
}

}  // namespace fieldbook::shell
