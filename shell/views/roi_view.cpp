// The ROI tool: the list of cases (new from a template, duplicate, delete) and, once one is
// chosen, the case with its inputs and live results side by side (or one at a time when narrow).
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>
#include <vector>

#include "app/app.h"
#include "app/share.h"
#include "widgets/test_ids.h"
#include "app/tools.h"
#include "imgui.h"
#include "views/roi_edit.h"
#include "views/roi_format.h"
#include "views/roi_parts.h"
#include "views/roi_state.h"
#include "widgets/button_row.h"
#include "widgets/confirm.h"
#include "widgets/form.h"
#include "widgets/segmented.h"
#include "widgets/theme.h"
#include "widgets/wrapped_text.h"

namespace fieldbook::shell {

namespace {

// Content wider than this shows inputs and results side by side.
constexpr float kSideBySideWidth = 980.0f;

const char* customer_or_placeholder(const roi::Case& c) {
  return c.customer_name.empty() ? tr(S::RoiNoCustomer) : c.customer_name.c_str();
}

void draw_delete_confirmation(App& app) {
  RoiViewState& st = app.state<RoiViewState>();
  const roi::Case* c = find_case(app.session().doc(), st.confirm_delete_id);
  if (!c) {
    st.confirm_delete_id.clear();
    return;
  }
  char text[512];
  snprintf(text, sizeof(text), tr(S::RoiDeleteConfirm), c->name.empty() ? customer_or_placeholder(*c) : c->name.c_str());
  const std::string id = st.confirm_delete_id;
  switch (confirm_box("roi.delete", text, tr(S::RoiDelete))) {
    case Confirmation::Confirmed: delete_case(app, id); break;
    case Confirmation::Cancelled: st.confirm_delete_id.clear(); break;
    case Confirmation::Pending: break;
  }
}

void draw_templates(App& app) {
  form::label(tr(S::RoiNewTitle));
  form::hint(tr(S::RoiNewHint));
  ImGui::Spacing();
  const Language lang = app.ui_language();
  const float width = form::text_width();
  for (const roi::Template& t : roi::templates()) {
    ImGui::PushID(t.id.c_str());
    const std::string& name = t.name.in(lang);
    const std::string& description = t.description.in(lang);
    const float pad = ImGui::GetStyle().FramePadding.y;
    const float wrap = width - ImGui::GetStyle().FramePadding.x * 2;
    const float h = ImGui::GetFontSize() * 1.3f + wrapped_text_size(description, wrap).y + pad * 2;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::PushStyleColor(ImGuiCol_Header, colors::Sidebar);
    const bool chosen = ImGui::Selectable("##template", true, ImGuiSelectableFlags_AllowOverlap, ImVec2(width, h));
    ImGui::PopStyleColor();
    tag_item("roi.template." + t.id);
    const ImVec2 after = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(p.x + ImGui::GetStyle().FramePadding.x, p.y + pad));
    ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.1f);
    ImGui::PushStyleColor(ImGuiCol_Text, colors::Accent);
    ImGui::TextUnformatted(name.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, colors::TextMuted);
    wrapped_text(description, wrap);
    ImGui::PopStyleColor();
    ImGui::SetCursorScreenPos(after);
    ImGui::Dummy(ImVec2(0, 2));
    ImGui::PopID();
    if (chosen) {
      create_case_from_template(app, t);
      app.state<RoiViewState>().choosing_template = false;
      break;
    }
  }
}

void draw_case_table(App& app) {
  RoiViewState& st = app.state<RoiViewState>();
  const auto& cases = app.session().doc().roi_cases;
  const ImGuiTableFlags flags =
      ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
  const float actions_w = ImGui::CalcTextSize(tr(S::RoiDuplicate)).x + ImGui::CalcTextSize(tr(S::RoiDelete)).x +
                          ImGui::GetStyle().FramePadding.x * 4 + ImGui::GetStyle().ItemSpacing.x * 2;
  // On a phone the buttons would leave the customer's name a sliver: the list keeps the names and
  // figures, and Duplicate and Delete are among the open case's actions.
  const bool actions = actions_w <= ImGui::GetContentRegionAvail().x / 3.0f;
  if (!ImGui::BeginTable("##cases", actions ? 4 : 3, flags)) return;
  ImGui::TableSetupColumn(tr(S::RoiColCustomer), ImGuiTableColumnFlags_WidthStretch, 3.0f);
  ImGui::TableSetupColumn(tr(S::RoiColRoi), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn(tr(S::RoiColPayback), ImGuiTableColumnFlags_WidthStretch, 1.4f);
  if (actions) ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed, actions_w);
  ImGui::TableHeadersRow();
  const float row_h = std::max(ImGui::GetTextLineHeightWithSpacing() * 2.2f, ImGui::GetFrameHeight() + 8.0f);
  std::string open_id, duplicate_id;
  for (size_t i = 0; i < cases.size(); ++i) {
    const roi::Case& c = cases[i];
    const roi::Outputs o = roi::evaluate(c);
    const std::string tag = "roi.case." + std::to_string(i);
    ImGui::PushID(c.id.c_str());
    ImGui::TableNextRow(0, row_h);
    ImGui::TableSetColumnIndex(0);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float cell_w = ImGui::GetContentRegionAvail().x;
    if (ImGui::Selectable("##open", st.open_case_id == c.id, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap,
                          ImVec2(0, row_h)))
      open_id = c.id;
    tag_rect(tag, p, ImVec2(p.x + cell_w, p.y + row_h));
    ImGui::SetCursorScreenPos(ImVec2(p.x, p.y + 2));
    ImGui::TextUnformatted(customer_or_placeholder(c));
    ImGui::PushStyleColor(ImGuiCol_Text, colors::TextMuted);
    ImGui::TextUnformatted(c.name.empty() ? tr(S::RoiUnnamed) : c.name.c_str());
    ImGui::PopStyleColor();
    const float text_y = p.y + (row_h - ImGui::GetTextLineHeight()) * 0.5f;
    ImGui::TableSetColumnIndex(1);
    ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x, text_y));
    ImGui::TextUnformatted(roi_text::roi_percent(o).c_str());
    ImGui::TableSetColumnIndex(2);
    ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x, text_y));
    ImGui::TextUnformatted(roi_text::payback(o.payback_months).c_str());
    if (!actions) {
      ImGui::PopID();
      continue;
    }
    ImGui::TableSetColumnIndex(3);
    ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x, p.y + (row_h - ImGui::GetFrameHeight()) * 0.5f));
    if (ImGui::Button(tr(S::RoiDuplicate))) duplicate_id = c.id;
    tag_item(tag + ".duplicate");
    ImGui::SameLine();  // the column is made to fit both
    if (ImGui::Button(tr(S::RoiDelete))) st.confirm_delete_id = c.id;
    tag_item(tag + ".delete");
    ImGui::PopID();
  }
  ImGui::EndTable();
  if (!open_id.empty()) {
    st.open_case_id = open_id;
    st.show_results = false;
  }
  if (!duplicate_id.empty()) {
    if (const roi::Case* c = find_case(app.session().doc(), duplicate_id)) duplicate_case(app, *c);
  }
}

void draw_case_list(App& app) {
  RoiViewState& st = app.state<RoiViewState>();
  form::title(tr(S::RoiTitle));
  form::hint(tr(S::RoiIntro));
  ImGui::Spacing();
  const bool empty = app.session().doc().roi_cases.empty();
  if (!empty) {
    ImGui::PushStyleColor(ImGuiCol_Button, st.choosing_template ? colors::AccentSoft : colors::Accent);
    ImGui::PushStyleColor(ImGuiCol_Text, st.choosing_template ? colors::Accent : colors::TextInverse);
    if (ImGui::Button(tr(S::RoiNew))) st.choosing_template = !st.choosing_template;
    ImGui::PopStyleColor(2);
    tag_item("roi.new");
  }
  if (empty || st.choosing_template) {
    if (empty) form::hint(tr(S::RoiEmpty));
    draw_templates(app);
    if (!st.open_case_id.empty()) return;  // a case was just created: it opens next frame
  }
  ImGui::Spacing();
  if (!st.confirm_delete_id.empty()) draw_delete_confirmation(app);
  if (!empty) draw_case_table(app);
}

// The case's validation problems as the error banner (roi.problems): each one a button
// (roi.problem.<n>) that takes the editor to its input, showing the inputs first on a narrow
// screen. The editor draws the same problems at their inputs.
void draw_problems(App& app, const roi::Case& c) {
  const std::vector<roi::Problem> problems = roi::validate(c);
  if (problems.empty()) return;
  RoiViewState& st = app.state<RoiViewState>();
  const ImGuiStyle& style = ImGui::GetStyle();
  ImGui::PushStyleColor(ImGuiCol_ChildBg, colors::ErrorSoft);
  ImGui::PushStyleColor(ImGuiCol_Text, colors::Error);
  // At most about half the height: a long list scrolls in its box and leaves room for the fields.
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(FLT_MAX, std::max(ImGui::GetFrameHeight() * 3.0f,
                                                                            ImGui::GetContentRegionAvail().y * 0.45f)));
  ImGui::BeginChild("##problems", ImVec2(0, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
  // Rows close together: each is already a finger's height.
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(style.ItemSpacing.x, std::round(style.ItemSpacing.y * 0.25f)));
  wrapped_text(tr(S::RoiProblems));
  const float width = ImGui::GetContentRegionAvail().x;
  const float pad = style.FramePadding.x;
  for (size_t i = 0; i < problems.size(); ++i) {
    const std::string text = roi_text::problem_entry(c, problems[i]);
    // A finger-sized row (the frame height: 44 px in touch mode) that wraps on a narrow screen.
    const float text_h = wrapped_text_size(text, width - pad * 2).y;
    const float h = std::max(ImGui::GetFrameHeight(), text_h + style.FramePadding.y * 2);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::PushID(int(i));
    const bool pressed = ImGui::InvisibleButton("##problem", ImVec2(width, h));
    ImGui::PopID();
    tag_item("roi.problem." + std::to_string(i));
    if (ImGui::IsItemHovered() || ImGui::IsItemActive())
      ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + width, p.y + h), colors::ErrorSoftHovered,
                                                style.FrameRounding);
    const ImVec2 after = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(p.x + pad, p.y + (h - text_h) * 0.5f));
    wrapped_text(text, width - pad * 2);
    // Underlined: it reads as a link to the field.
    const ImVec2 line_min = ImGui::GetItemRectMin(), line_max = ImGui::GetItemRectMax();
    if (text_h <= ImGui::GetTextLineHeight() + 0.5f)
      ImGui::GetWindowDrawList()->AddLine(ImVec2(line_min.x, line_max.y), line_max, colors::Error, 1.0f);
    ImGui::SetCursorScreenPos(after);
    if (pressed) {
      st.scroll_to_field = problems[i].field_path();
      st.show_results = false;
    }
  }
  ImGui::Dummy(ImVec2(0, 0));  // the box ends at the last row (a cursor moved by hand does not count)
  ImGui::PopStyleVar();
  ImGui::EndChild();
  tag_item("roi.problems");
  ImGui::PopStyleColor(2);
  ImGui::Spacing();
}

// The open case's header: back, title, and the actions (meeting mode first: the rep's main one).
void draw_case_header(App& app, const roi::Case& c) {
  RoiViewState& st = app.state<RoiViewState>();
  // Back, the customer and the case's name on one line when they fit; on a phone the names wrap
  // onto lines of their own.
  ButtonRow head;
  // One line as before where it fits (the line keeps its height); wrapped only where it does not.
  const auto text = [](const char* s) {
    if (ImGui::CalcTextSize(s).x <= ImGui::GetContentRegionAvail().x) ImGui::TextUnformatted(s);
    else wrapped_text(s);
  };
  if (head.button(tr(S::RoiBack))) {
    st.open_case_id.clear();
    st.confirm_delete_id.clear();
  }
  tag_item("roi.back");
  const float title_size = ImGui::GetStyle().FontSizeBase * 1.25f;
  const char* customer = customer_or_placeholder(c);
  ImGui::PushFont(nullptr, title_size);
  const float customer_w = ImGui::CalcTextSize(customer).x;
  ImGui::PopFont();
  head.place(customer_w);
  ImGui::AlignTextToFramePadding();  // in the normal font: the line stays the buttons' height
  ImGui::PushFont(nullptr, title_size);
  text(customer);
  ImGui::PopFont();
  head.place(ImGui::CalcTextSize(c.name.c_str()).x);
  ImGui::AlignTextToFramePadding();
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  text(c.name.c_str());
  ImGui::PopStyleColor();

  ButtonRow actions;
  ImGui::PushStyleColor(ImGuiCol_Button, colors::Accent);
  ImGui::PushStyleColor(ImGuiCol_Text, colors::TextInverse);
  if (actions.button(tr(S::RoiMeeting))) enter_meeting(app, c);
  ImGui::PopStyleColor(2);
  tag_item("roi.meeting");
  if (actions.button(tr(S::ShareAction))) share_case(app, c.id);  // inside the tap: the share sheet may open
  tag_item("roi.share");
  if (actions.button(tr(S::QrAction))) show_case_qr(app, c);
  tag_item("roi.qr");
  if (actions.button(tr(S::SharePrint))) print_case_summary(app, c);
  tag_item("roi.print");
  if (actions.button(tr(S::RoiDuplicate))) duplicate_case(app, c);
  tag_item("roi.duplicate");
  if (actions.button(tr(S::RoiDelete))) st.confirm_delete_id = c.id;
  tag_item("roi.delete");
  ImGui::Spacing();
  if (!st.confirm_delete_id.empty()) draw_delete_confirmation(app);

  draw_problems(app, c);
}

void draw_open_case(App& app, const roi::Case& c) {
  draw_case_header(app, c);
  if (app.state<RoiViewState>().open_case_id != c.id) return;  // deleted or replaced by a copy just now
  const float avail = ImGui::GetContentRegionAvail().x;
  if (avail >= kSideBySideWidth) {
    const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
    const float left = std::floor((avail - gap) * 0.44f);
    ImGui::BeginChild("##inputs", ImVec2(left, 0));
    draw_roi_case_editor(app, c);
    ImGui::EndChild();
    ImGui::SameLine(0, gap);
    ImGui::BeginChild("##results", ImVec2(0, 0));
    if (const roi::Case* now = find_case(app.session().doc(), c.id)) draw_roi_outputs(app, *now);
    ImGui::EndChild();
    return;
  }
  RoiViewState& st = app.state<RoiViewState>();
  int tab = st.show_results ? 1 : 0;
  if (segmented("##inputsOrResults", tab, {tr(S::RoiInputs), tr(S::RoiResults)}, {"roi.tab.inputs", "roi.tab.results"},
                std::min(avail, ImGui::GetFontSize() * 24.0f)))
    st.show_results = tab == 1;
  ImGui::Spacing();
  if (st.show_results) draw_roi_outputs(app, c);
  else draw_roi_case_editor(app, c);
}

void draw_roi_view(App& app) {
  RoiViewState& st = app.state<RoiViewState>();
  if (!st.open_case_id.empty()) {
    if (const roi::Case* c = find_case(app.session().doc(), st.open_case_id)) {
      const roi::Case copy = *c;  // edits below may move the workspace's vector
      draw_open_case(app, copy);
      return;
    }
    st.open_case_id.clear();  // deleted, or undone away
  }
  draw_case_list(app);
}

}  // namespace

Tool roi_tool() {
  return {.id = "roi",
          .label = S::NavRoi,
          .short_label = S::NavRoiShort,
          .icon = "↗",
          .summary = S::RoiIntro,
          .draw = draw_roi_view,
          .full_screen = {.active = [](App& app) { return app.state<RoiViewState>().in_meeting(); },
                          .draw = draw_meeting_view,
                          .leave = [](App& app) { app.state<RoiViewState>().meeting_case_id.clear(); }}};
}

}  // namespace fieldbook::shell
