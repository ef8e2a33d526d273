// The check-in panel: under a key result, the value now (typed, or Done / Not yet for a
// milestone), the confidence 0–10 as one row of buttons, the day and a note. Opened from the
// key result's row with one tap, saved with another: two taps and a number.
#include <algorithm>
#include <string>
#include <vector>

#include "app/app.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "views/okr_edit.h"
#include "views/okr_parts.h"
#include "views/okr_state.h"
#include "widgets/button_row.h"
#include "widgets/date_field.h"
#include "widgets/form.h"
#include "widgets/number_field.h"
#include "widgets/segmented.h"
#include "widgets/test_ids.h"
#include "widgets/theme.h"

namespace fieldbook::shell {

void open_check_in(App& app, const okr::KeyResult& kr, double current, std::optional<int> confidence) {
  OkrViewState::CheckInDraft& d = app.state<OkrViewState>().check_in;
  d.key_result_id = kr.id;
  d.date = app.session().today_iso();
  d.value = current;
  d.confidence = confidence.value_or(5);
  d.note.clear();
}

bool draw_check_in_panel(App& app, const okr::KeyResult& kr) {
  OkrViewState::CheckInDraft& d = app.state<OkrViewState>().check_in;
  if (d.key_result_id != kr.id) return false;
  const float width = std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 32.0f);
  ImGui::PushID("checkIn");
  ImGui::PushStyleColor(ImGuiCol_ChildBg, colors::InfoSoft);
  ImGui::BeginChild("##panel", ImVec2(width, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
  const float inner = ImGui::GetContentRegionAvail().x;

  form::label(tr(S::OkrCheckInValue));
  if (kr.type == okr::KeyResultType::Milestone) {
    int done = d.value >= 1 ? 1 : 0;
    if (segmented("##milestone", done, {tr(S::OkrMilestoneNotYet), tr(S::OkrMilestoneDone)},
                  {"okr.checkIn.notYet", "okr.checkIn.done"}, inner))
      d.value = done;
  } else {
    number_field("##value", d.value, inner);
    tag_item("okr.checkIn.value");
  }

  form::label(tr(S::OkrConfidence));
  std::vector<std::string> labels, ids;
  for (int i = okr::kMinConfidence; i <= okr::kMaxConfidence; ++i) {
    labels.push_back(std::to_string(i));
    ids.push_back("okr.checkIn.confidence." + std::to_string(i));
  }
  segmented("##confidence", d.confidence, labels, ids, inner);
  form::hint(tr(S::OkrConfidenceHint));

  form::label(tr(S::OkrCheckInDate));
  date_field("##date", d.date, "okr.checkIn.date", inner);
  form::label(tr(S::OkrCheckInNote));
  ImGui::SetNextItemWidth(inner);
  ImGui::InputTextWithHint("##note", tr(S::OkrCheckInNoteHint), &d.note);
  tag_item("okr.checkIn.note");
  ImGui::Spacing();

  ButtonRow row;
  ImGui::PushStyleColor(ImGuiCol_Button, colors::Accent);
  ImGui::PushStyleColor(ImGuiCol_Text, colors::TextInverse);
  const bool save = row.button(tr(S::OkrSaveCheckIn)) && !d.date.empty();
  ImGui::PopStyleColor(2);
  tag_item("okr.checkIn.save");
  const bool cancel = row.button(tr(S::CommonCancel));
  tag_item("okr.checkIn.cancel");
  ImGui::EndChild();
  ImGui::PopStyleColor();
  ImGui::PopID();
  if (save) {
    okr::CheckIn c;
    c.key_result_id = kr.id;
    c.date = d.date;
    c.value = d.value;
    c.confidence = std::clamp(d.confidence, okr::kMinConfidence, okr::kMaxConfidence);
    c.note = d.note;
    add_check_in(app, std::move(c));
  }
  if (save || cancel) d.key_result_id.clear();
  return true;
}

}  // namespace fieldbook::shell
