// A coaching session's worksheet: the facts of the session, then one GROW step at a time (Goal,
// Reality, Options, Will) or the practice cards, so that it fits a tablet held in one hand with
// the keyboard up. Each step offers the question bank's questions for the rep's stage: a tapped
// question stands above the step as the one being asked. Each field's edits coalesce into one
// undo step ("grow.<sessionId>.<field>"); adding or removing a line is its own.
#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <string>
#include <vector>

#include "app/app.h"
#include "widgets/button_row.h"
#include "widgets/test_ids.h"
#include "grow/question_bank.h"
#include "grow/practice_cards.h"
#include "imgui.h"
#include "okr/objective.h"
#include "imgui_stdlib.h"
#include "views/grow_edit.h"
#include "views/grow_parts.h"
#include "views/grow_state.h"
#include "widgets/confirm.h"
#include "widgets/date_field.h"
#include "widgets/form.h"
#include "widgets/segmented.h"
#include "widgets/theme.h"
#include "widgets/wrapped_text.h"

namespace fieldbook::shell {

namespace {

// The edit in progress this frame: the session as the widgets change it, and the undo key.
struct Edit {
  App& app;
  grow::CoachingSession s;
  std::string key;
  bool changed = false;

  void field(const std::string& name) {
    key = "grow." + s.id + "." + name;
    changed = true;
  }
  void structure() {
    key.clear();
    changed = true;
  }
};

// A box on a soft ground around one option, action, card or question.
void begin_card(const char* id, ImU32 ground) {
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ground);
  ImGui::BeginChild(id, ImVec2(0, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
}
void end_card() {
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

// A list's tail: drops the row whose Remove was tapped this frame, then offers Add (`make` gives
// the new row).
template <class T, class Make>
void finish_list(Edit& e, std::vector<T>& rows, int remove, S add, const char* add_tag, Make make) {
  if (remove >= 0) {
    rows.erase(rows.begin() + remove);
    e.structure();
  }
  if (ImGui::Button(tr(add))) {
    rows.push_back(make());
    e.structure();
  }
  tag_item(add_tag);
}

float text_box_height(float lines) { return ImGui::GetTextLineHeight() * lines + ImGui::GetStyle().FramePadding.y * 2; }

// A multi-line text field across the available width.
void text_box(Edit& e, const char* label, const char* id, std::string& value, const std::string& field, const char* tag,
              float lines = 3.0f) {
  form::label(label);
  if (ImGui::InputTextMultiline(id, &value, ImVec2(-FLT_MIN, text_box_height(lines)))) e.field(field);
  tag_item(tag);
}

void text_line(Edit& e, const char* label, const char* id, std::string& value, const std::string& field, const char* tag) {
  if (label) form::label(label);
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (ImGui::InputText(id, &value)) e.field(field);
  tag_item(tag);
}

// ---- the question bank ----------------------------------------------------------------------

// The question being asked, above the step, large enough to read out.
void draw_asking(App& app, grow::GrowStep step, const std::string& current) {
  const Language lang = app.ui_language();
  if (!current.empty()) {
    if (const grow::CoachingQuestion* q = grow::find_question(current); q && q->step == step) {
      begin_card("##asking", colors::AccentSoft);
      ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.2f);
      wrapped_text(q->text.in(lang));
      ImGui::PopFont();
      end_card();
      tag_item("grow.question.asking");
    }
  }
}

// The question bank for the step and the rep's stage; a tapped question is the one being asked.
void draw_questions(App& app, grow::GrowStep step, team::RepStage stage, std::string& current) {
  const Language lang = app.ui_language();
  ImGui::Spacing();
  if (!ImGui::CollapsingHeader(tr(S::GrowQuestions))) {
    tag_item("grow.questions");
    return;
  }
  tag_item("grow.questions");
  const auto questions = grow::questions_for(step, stage);
  const float width = ImGui::GetContentRegionAvail().x;
  const ImGuiStyle& style = ImGui::GetStyle();
  for (size_t i = 0; i < questions.size(); ++i) {
    const grow::CoachingQuestion& q = *questions[i];
    ImGui::PushID(q.id.c_str());
    const std::string& text = q.text.in(lang);
    const float h = wrapped_text_size(text, width - style.FramePadding.x * 2).y + style.FramePadding.y * 2;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    if (ImGui::Selectable("##q", current == q.id, ImGuiSelectableFlags_AllowOverlap, ImVec2(width, std::max(h, ImGui::GetFrameHeight()))))
      current = q.id;
    tag_item("grow.question." + std::to_string(i));
    const ImVec2 after = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(p.x + style.FramePadding.x, p.y + style.FramePadding.y));
    wrapped_text(text, width - style.FramePadding.x * 2);
    ImGui::SetCursorScreenPos(after);
    ImGui::Dummy(ImVec2(0, 0));  // the row ends here: a moved cursor alone does not extend the window
    ImGui::PopID();
  }
}

// ---- the steps ------------------------------------------------------------------------------

void draw_goal(Edit& e) {
  text_box(e, tr(S::GrowGoalText), "##goal", e.s.goal.text, "goal.text", "grow.goal.text");
  text_line(e, tr(S::GrowGoalMeasure), "##measure", e.s.goal.measure, "goal.measure", "grow.goal.measure");
  form::label(tr(S::GrowGoalDue));
  if (date_field("##goalDue", e.s.goal.due_date, "grow.goal.dueDate")) e.field("goal.dueDate");
}

void draw_reality(Edit& e) {
  text_box(e, tr(S::GrowRealityText), "##reality", e.s.reality.text, "reality.text", "grow.reality.text", 4.0f);
  text_box(e, tr(S::GrowRealityTried), "##tried", e.s.reality.tried, "reality.tried", "grow.reality.tried", 2.0f);
  text_box(e, tr(S::GrowRealityObstacles), "##obstacles", e.s.reality.obstacles, "reality.obstacles",
           "grow.reality.obstacles", 2.0f);
}

void draw_options(Edit& e) {
  form::hint(tr(S::GrowOptionsHint));
  int remove = -1;
  for (size_t i = 0; i < e.s.options.size(); ++i) {
    grow::Option& o = e.s.options[i];
    const std::string t = "grow.option." + std::to_string(i);
    ImGui::PushID(o.id.c_str());
    begin_card("##option", o.chosen ? colors::AccentSoft : colors::Sidebar);
    text_line(e, nullptr, "##text", o.text, o.id + ".text", (t + ".text").c_str());
    // For and against side by side: the labels' row, then the fields' row (two groups side by
    // side would set the second label on the first field's baseline).
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float half = (ImGui::GetContentRegionAvail().x - spacing) * 0.5f;
    const float x0 = ImGui::GetCursorPosX();
    ImGui::TextUnformatted(tr(S::GrowPros));
    ImGui::SameLine(x0 + half + spacing);
    ImGui::TextUnformatted(tr(S::GrowCons));
    ImGui::SetNextItemWidth(half);
    if (ImGui::InputText("##pros", &o.pros)) e.field(o.id + ".pros");
    tag_item(t + ".pros");
    ImGui::SameLine(x0 + half + spacing);
    ImGui::SetNextItemWidth(half);
    if (ImGui::InputText("##cons", &o.cons)) e.field(o.id + ".cons");
    tag_item(t + ".cons");
    ButtonRow row;
    row.place(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(tr(S::GrowChosen)).x);
    if (ImGui::Checkbox(tr(S::GrowChosen), &o.chosen)) e.structure();
    tag_item(t + ".chosen");
    if (row.button(tr(S::CommonRemove))) remove = int(i);
    tag_item(t + ".remove");
    end_card();
    ImGui::PopID();
  }
  finish_list(e, e.s.options, remove, S::GrowAddOption, "grow.addOption", [&] {
    return grow::Option{e.app.session().new_id("option"), "", "", "", false};
  });
}

void draw_actions(Edit& e) {
  form::label(tr(S::GrowActions));
  int remove = -1;
  for (size_t i = 0; i < e.s.actions.size(); ++i) {
    grow::Action& a = e.s.actions[i];
    const std::string t = "grow.action." + std::to_string(i);
    ImGui::PushID(a.id.c_str());
    begin_card("##action", colors::Sidebar);
    text_line(e, nullptr, "##text", a.text, a.id + ".text", (t + ".text").c_str());
    const float w = std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 14.0f);
    int owner = int(a.owner);
    if (segmented("##owner", owner, {tr(S::GrowOwnerRep), tr(S::GrowOwnerManager)}, {t + ".owner.rep", t + ".owner.manager"}, w)) {
      a.owner = grow::ActionOwner(owner);
      e.structure();
    }
    ImGui::Spacing();
    ButtonRow due;
    due.place(ImGui::CalcTextSize(tr(S::GrowDue)).x);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(S::GrowDue));
    due.place(ImGui::GetFontSize() * 9.0f);
    if (date_field("##due", a.due_date, (t + ".dueDate").c_str(), ImGui::GetFontSize() * 9.0f)) e.field(a.id + ".dueDate");
    int status = int(a.status);
    ButtonRow row;
    const float status_w = std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 18.0f);
    row.place(status_w);
    if (segmented("##status", status, {tr(S::GrowStatusOpen), tr(S::GrowStatusDone), tr(S::GrowStatusDropped)},
                  {t + ".status.open", t + ".status.done", t + ".status.dropped"}, status_w)) {
      grow::set_status(a, grow::ActionStatus(status), e.app.session().today_iso());
      e.structure();
    }
    if (row.button(tr(S::CommonRemove))) remove = int(i);
    tag_item(t + ".remove");
    end_card();
    ImGui::PopID();
  }
  finish_list(e, e.s.actions, remove, S::GrowAddAction, "grow.addAction", [&] {
    return grow::Action{e.app.session().new_id("action"), "", grow::ActionOwner::Rep, "", grow::ActionStatus::Open, ""};
  });
}

void draw_will(Edit& e) {
  form::label(tr(S::GrowCommitment));
  form::hint(tr(S::GrowCommitmentHint));
  // 1–10 in one row on a tablet; the selected one filled. Tapping the selected one clears it.
  int value = e.s.will.commitment ? *e.s.will.commitment - 1 : -1;
  std::vector<std::string> labels, tags;
  for (int i = grow::kMinCommitment; i <= grow::kMaxCommitment; ++i) {
    labels.push_back(std::to_string(i));
    tags.push_back("grow.commitment." + std::to_string(i));
  }
  if (segmented("##commitment", value, labels, tags, std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 30.0f))) {
    e.s.will.commitment = value + 1;
    e.structure();
  }
  ImGui::Spacing();
  if (grow::asks_for_eight(e.s.will)) {
    ImGui::PushStyleColor(ImGuiCol_Text, colors::Warning);
    form::paragraph(tr(S::GrowMakeItEight), ImGui::GetContentRegionAvail().x);
    ImGui::PopStyleColor();
    tag_item("grow.will.eightPrompt");
    text_line(e, nullptr, "##eight", e.s.will.to_make_it_eight, "will.toMakeItEight", "grow.will.toMakeItEight");
  }
  text_box(e, tr(S::GrowSupport), "##support", e.s.will.support, "will.support", "grow.will.support", 2.0f);
  draw_actions(e);
  form::label(tr(S::GrowNextSession));
  if (date_field("##next", e.s.next_session_on, "grow.nextSessionOn")) e.field("nextSessionOn");
}

// ---- practice cards -------------------------------------------------------------------------

void draw_practice(Edit& e) {
  GrowViewState& st = e.app.state<GrowViewState>();
  const Language lang = e.app.ui_language();
  form::hint(tr(S::GrowPracticeHint));
  // What was role-played in this session.
  for (size_t i = 0; i < e.s.practice.size(); ++i) {
    grow::PracticeRun& run = e.s.practice[i];
    const grow::PracticeCard* card = grow::find_practice_card(run.card_id);
    const std::string t = "grow.practice.run." + std::to_string(i);
    ImGui::PushID(int(i));
    begin_card("##run", colors::Sidebar);
    wrapped_text(card ? card->objection.in(lang) : run.card_id);
    int result = int(run.result);
    if (segmented("##result", result, {tr(S::GrowHandled), tr(S::GrowPartly), tr(S::GrowStuck)},
                  {t + ".handled", t + ".partly", t + ".stuck"}, std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 18.0f))) {
      run.result = grow::PracticeResult(result);
      e.structure();
    }
    text_line(e, nullptr, "##notes", run.notes, "practice." + std::to_string(i) + ".notes", (t + ".notes").c_str());
    if (ImGui::Button(tr(S::CommonRemove))) {
      e.s.practice.erase(e.s.practice.begin() + long(i));
      e.structure();
      end_card();
      ImGui::PopID();
      break;
    }
    tag_item(t + ".remove");
    end_card();
    ImGui::PopID();
  }
  // The card being played: the objection large, how to handle it, a sample reply.
  if (const grow::PracticeCard* card = grow::find_practice_card(st.practice_card_id)) {
    begin_card("##card", colors::AccentSoft);
    ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.2f);
    wrapped_text(card->objection.in(lang));
    ImGui::PopFont();
    tag_item("grow.practice.card");
    form::label(tr(S::GrowHowToHandle));
    form::paragraph(card->handling.in(lang).c_str(), ImGui::GetContentRegionAvail().x);
    form::label(tr(S::GrowSampleReply));
    form::paragraph(card->sample_reply.in(lang).c_str(), ImGui::GetContentRegionAvail().x);
    ButtonRow row;
    ImGui::PushStyleColor(ImGuiCol_Button, colors::Accent);
    ImGui::PushStyleColor(ImGuiCol_Text, colors::TextInverse);
    if (row.button(tr(S::GrowRecordRun))) {
      e.s.practice.push_back({card->id, grow::PracticeResult::Partly, ""});
      st.practice_card_id.clear();
      e.structure();
    }
    ImGui::PopStyleColor(2);
    tag_item("grow.practice.record");
    if (row.button(tr(S::CommonClose))) st.practice_card_id.clear();
    tag_item("grow.practice.close");
    end_card();
    return;
  }
  // The deck.
  form::label(tr(S::GrowDeck));
  const float width = ImGui::GetContentRegionAvail().x;
  const auto& cards = grow::practice_cards();
  for (size_t i = 0; i < cards.size(); ++i) {
    ImGui::PushID(cards[i].id.c_str());
    const std::string& text = cards[i].objection.in(lang);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float h = wrapped_text_size(text, width - style.FramePadding.x * 2).y + style.FramePadding.y * 2;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    if (ImGui::Selectable("##card", false, ImGuiSelectableFlags_AllowOverlap, ImVec2(width, std::max(h, ImGui::GetFrameHeight()))))
      st.practice_card_id = cards[i].id;
    tag_item("grow.practice.deck." + std::to_string(i));
    const ImVec2 after = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(p.x + style.FramePadding.x, p.y + style.FramePadding.y));
    wrapped_text(text, width - style.FramePadding.x * 2);
    ImGui::SetCursorScreenPos(after);
    ImGui::Dummy(ImVec2(0, 0));  // the row ends here: a moved cursor alone does not extend the window
    ImGui::PopID();
  }
}

// ---- the session --------------------------------------------------------------------------

void draw_delete_confirmation(App& app, const grow::CoachingSession& s) {
  const std::string id = s.id;
  switch (confirm_box("grow.session.delete", tr(S::GrowDeleteSessionConfirm), tr(S::CommonDelete))) {
    case Confirmation::Confirmed: delete_session(app, id); break;
    case Confirmation::Cancelled: app.state<GrowViewState>().confirm_delete_session_id.clear(); break;
    case Confirmation::Pending: break;
  }
}

// The OKR key result the session is about: the rep's own first, then the rest. A key result
// deleted since is shown as such, never refused.
void draw_key_result_link(Edit& e, float width) {
  const auto& doc = e.app.session().doc();
  std::vector<std::pair<const okr::KeyResult*, std::string>> choices;  // the key result, "objective · key result"
  for (const bool theirs : {true, false})
    for (const okr::KeyResult& kr : doc.key_results) {
      const okr::Objective* o = nullptr;
      for (const okr::Objective& candidate : doc.objectives)
        if (candidate.id == kr.objective_id) o = &candidate;
      if (!o || (o->owner_id == e.s.rep_id) != theirs) continue;
      choices.emplace_back(&kr, o->title + " · " + kr.title);
    }
  std::string shown = e.s.key_result_id.empty() ? std::string(tr(S::GrowNoLink)) : std::string(tr(S::GrowLinkGone));
  for (const auto& [kr, name] : choices)
    if (kr->id == e.s.key_result_id) shown = name;
  ImGui::BeginGroup();
  form::label(tr(S::GrowKeyResult));
  ImGui::SetNextItemWidth(width);
  if (ImGui::BeginCombo("##keyResult", shown.c_str())) {
    if (ImGui::Selectable(tr(S::GrowNoLink), e.s.key_result_id.empty())) {
      e.s.key_result_id.clear();
      e.structure();
    }
    for (std::size_t i = 0; i < choices.size(); ++i) {
      const auto& [kr, name] = choices[i];
      ImGui::PushID(kr->id.c_str());
      if (ImGui::Selectable(name.c_str(), kr->id == e.s.key_result_id)) {
        e.s.key_result_id = kr->id;
        e.structure();
      }
      tag_item("grow.session.keyResult." + std::to_string(i));
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  tag_item("grow.session.keyResult");
  ImGui::EndGroup();
}

void draw_facts(Edit& e) {
  const auto& cases = e.app.session().doc().roi_cases;
  const float avail = ImGui::GetContentRegionAvail().x;
  const bool two = avail >= ImGui::GetFontSize() * 30.0f;
  const float half = two ? (avail - ImGui::GetStyle().ItemSpacing.x) * 0.5f : avail;
  ImGui::BeginGroup();
  form::label(tr(S::GrowDate));
  if (date_field("##date", e.s.date, "grow.session.date", half)) e.field("date");
  ImGui::EndGroup();
  if (two) ImGui::SameLine();
  ImGui::BeginGroup();
  form::label(tr(S::GrowTopic));
  ImGui::SetNextItemWidth(half);
  if (ImGui::InputTextWithHint("##topic", tr(S::GrowTopicHint), &e.s.topic)) e.field("topic");
  tag_item("grow.session.topic");
  ImGui::EndGroup();
  ImGui::BeginGroup();
  form::label(tr(S::GrowCustomer));
  ImGui::SetNextItemWidth(half);
  if (ImGui::InputText("##customer", &e.s.customer)) e.field("customer");
  tag_item("grow.session.customer");
  ImGui::EndGroup();
  if (two) ImGui::SameLine();
  ImGui::BeginGroup();
  form::label(tr(S::GrowRoiCase));
  const roi::Case* linked = nullptr;
  for (const auto& c : cases)
    if (c.id == e.s.roi_case_id) linked = &c;
  std::string shown = linked ? (linked->customer_name.empty() ? linked->name : linked->customer_name + " · " + linked->name)
                             : e.s.roi_case_id.empty() ? std::string(tr(S::GrowNoLink)) : std::string(tr(S::GrowLinkGone));
  ImGui::SetNextItemWidth(half);
  if (ImGui::BeginCombo("##roiCase", shown.c_str())) {
    if (ImGui::Selectable(tr(S::GrowNoLink), e.s.roi_case_id.empty())) {
      e.s.roi_case_id.clear();
      e.structure();
    }
    for (const auto& c : cases) {
      ImGui::PushID(c.id.c_str());
      const std::string name = c.customer_name.empty() ? c.name : c.customer_name + " · " + c.name;
      if (ImGui::Selectable(name.c_str(), c.id == e.s.roi_case_id)) {
        e.s.roi_case_id = c.id;
        if (e.s.customer.empty()) e.s.customer = c.customer_name;
        e.structure();
      }
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  tag_item("grow.session.roiCase");
  ImGui::EndGroup();
  draw_key_result_link(e, half);
}

}  // namespace

void draw_worksheet(App& app, const team::Rep& rep, const grow::CoachingSession& session) {
  GrowViewState& st = app.state<GrowViewState>();
  char back[160];
  std::snprintf(back, sizeof(back), tr(S::GrowBackToRep), rep_name(rep));
  ButtonRow head;
  if (head.button(back)) {
    st.open_session_id.clear();
    st.confirm_delete_session_id.clear();
  }
  tag_item("grow.worksheet.back");
  if (head.button(tr(S::CommonPrint))) print_session_summary(app, rep, session);
  tag_item("grow.worksheet.print");
  if (head.button(tr(S::CommonDelete))) st.confirm_delete_session_id = session.id;
  tag_item("grow.worksheet.delete");
  if (st.confirm_delete_session_id == session.id) draw_delete_confirmation(app, session);
  if (st.open_session_id != session.id) return;

  Edit e{app, session, "", false};
  draw_facts(e);
  ImGui::Spacing();
  // The steps, one at a time; practice is the fifth tab.
  int tab = st.practising ? 4 : int(st.step);
  std::vector<std::string> labels, tags;
  for (grow::GrowStep step : grow::kGrowSteps) labels.push_back(grow::step_name(step).in(app.ui_language()));
  labels.push_back(tr(S::GrowPractice));
  tags = {"grow.step.goal", "grow.step.reality", "grow.step.options", "grow.step.will", "grow.step.practice"};
  if (segmented("##steps", tab, labels, tags)) {
    st.practising = tab == 4;
    if (tab < 4) st.step = grow::GrowStep(tab);
  }
  ImGui::Spacing();
  if (st.practising) {
    draw_practice(e);
  } else {
    draw_asking(app, st.step, st.asking_question_id);
    switch (st.step) {
      case grow::GrowStep::Goal: draw_goal(e); break;
      case grow::GrowStep::Reality: draw_reality(e); break;
      case grow::GrowStep::Options: draw_options(e); break;
      case grow::GrowStep::Will: draw_will(e); break;
    }
    draw_questions(app, st.step, rep.stage, st.asking_question_id);
  }
  if (e.changed) save_session(app, e.key, std::move(e.s));
}

}  // namespace fieldbook::shell
