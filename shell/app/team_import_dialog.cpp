#include "app/team_import_dialog.h"

#include <algorithm>
#include <cfloat>
#include <cstdio>

#include "common/json_text.h"
#include "app/app.h"
#include "app/file_error_text.h"
#include "imgui.h"
#include "widgets/badge.h"
#include "widgets/form.h"
#include "widgets/test_ids.h"
#include "widgets/theme.h"
#include "widgets/wrapped_text.h"
#include "workspace/collections.h"

namespace fieldbook::shell {

using workspace::RepMatch;
using workspace::TeamFileRefusal;
using workspace::TeamFileResult;

void PendingTeamImport::add(std::string name, std::string bytes) {
  if (step == Step::Done || step == Step::Closed) *this = PendingTeamImport{};
  files.push_back({std::move(name), std::move(bytes)});
  step = Step::Reading;  // the files read so far stay read; the new one is read next
}

void PendingTeamImport::restart() {
  import.reset();
  read = 0;
  step = Step::Reading;
}

std::string team_file_refusal_text(const TeamFileResult& f) {
  char text[1024];
  switch (f.refusal) {
    case TeamFileRefusal::NoOwner: return tr(S::TeamImportNoOwner);
    case TeamFileRefusal::OwnWorkspace: return tr(S::TeamImportOwnFile);
    case TeamFileRefusal::Unreadable:
    case TeamFileRefusal::None: break;
  }
  std::snprintf(text, sizeof(text), tr(S::TeamImportUnreadable), f.cause ? file_error_text(*f.cause).c_str() : f.error.c_str());
  return text;
}

std::string team_problem_text(const workspace::TeamImport& import) {
  if (language() != Language::Zh) return import.problem();
  const Issue& issue = import.problem_issue();
  return value_problem_text(issue.path, issue.rule, S::TeamImportBadValue, S::TeamImportBadValueOther);
}

namespace {

// One step of reading: the first frame takes the document as it is, each later one reads one
// file, so the progress bar moves and the page answers between files however many there are.
void step_reading(App& app, PendingTeamImport& p) {
  Session& session = app.session();
  if (!p.import || p.base_revision != session.revision()) {
    // First, or the document changed under the import (an undo by shortcut): read all again over it.
    p.import = std::make_unique<workspace::TeamImport>(session.doc(), session.now_iso());
    p.read = 0;
    p.base_revision = session.revision();
  } else if (p.read < p.files.size()) {
    const PendingTeamImport::File& f = p.files[p.read];
    p.import->add(f.name, f.bytes);
    ++p.read;
  }
  if (p.read == p.files.size()) {
    (void)p.import->problem();  // validates the merge once, here, rather than in the first preview frame
    p.step = PendingTeamImport::Step::Preview;
  }
  app.platform().request_frame();
}

const char* label_of(const std::string& collection_key) {
  const char* out = collection_key.c_str();
  workspace::for_each_collection([&](const auto& c) {
    if (collection_key == c.key) out = c.label.in(language()).c_str();
  });
  return out;
}

const char* match_text(RepMatch m) {
  switch (m) {
    case RepMatch::Linked: return tr(S::TeamImportLinked);
    case RepMatch::SameName: return tr(S::TeamImportSameName);
    case RepMatch::Added: break;
  }
  return tr(S::TeamImportAdded);
}


// One file's card: whose it is and what it brings, or why it cannot be read. Returns true when the
// user removes the file.
bool draw_card(const TeamFileResult& f, int i) {
  const std::string id = "teamImport.file." + std::to_string(i);
  bool remove = false;
  ImGui::PushID(i);
  ImGui::PushStyleColor(ImGuiCol_ChildBg, f.error.empty() ? colors::Background : colors::ErrorSoft);
  ImGui::BeginChild("##card", ImVec2(-FLT_MIN, 0),
                    ImGuiChildFlags_Borders | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
  char text[512];
  if (f.error.empty()) {
    ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.15f);
    ImGui::TextUnformatted(f.rep_name.c_str());
    ImGui::PopFont();
    tag_item(id + ".name");
    // The badge beside the name, or under it when the card is too narrow (a portrait phone).
    const float badge_w = ImGui::CalcTextSize(match_text(f.match)).x + ImGui::GetFontSize();
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < badge_w) ImGui::NewLine();
    const bool added = f.match == RepMatch::Added;
    badge(match_text(f.match), added ? colors::Warning : colors::Success, added ? colors::WarningSoft : colors::SuccessSoft);
    tag_item(id + ".match");
  }
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  wrapped_text(f.file_name);
  ImGui::PopStyleColor();
  if (!f.error.empty()) {
    form::error(team_file_refusal_text(f));
    tag_item(id + ".error");
    if (ImGui::Button(tr(S::TeamImportRemove))) remove = true;
    tag_item(id + ".remove");
  } else {
    const auto& r = f.report;
    std::snprintf(text, sizeof(text), tr(S::TeamImportBrings), r.added, r.updated, r.older, r.deleted, r.unchanged);
    wrapped_text(text);
    tag_item(id + ".counts");
    if (!f.last_changed.empty()) {
      std::snprintf(text, sizeof(text), tr(S::TeamImportLastChanged), f.last_changed.substr(0, 10).c_str());
      form::hint(text);
    }
    if (f.left_out > 0) {
      std::snprintf(text, sizeof(text), tr_count(S::TeamImportLeftOut, S::TeamImportLeftOutOne, f.left_out), f.left_out);
      form::hint(text);
      tag_item(id + ".leftOut");
    }
    if (!r.conflicts.empty()) {
      ImGui::BeginGroup();
      wrapped_text(tr(S::TeamImportConflicts));
      ImGui::Indent();
      for (const auto& c : r.conflicts) {
        std::snprintf(text, sizeof(text), tr(S::TeamImportConflict), label_of(c.collection), c.name.c_str(),
                      tr(c.kept_incoming ? S::TeamImportKeptFile : S::TeamImportKeptMine));
        wrapped_text(std::string("· ") + text);
      }
      ImGui::Unindent();
      ImGui::EndGroup();
      tag_item(id + ".conflicts");
    }
  }
  ImGui::EndChild();
  tag_item(id);
  ImGui::PopStyleColor();
  ImGui::PopID();
  return remove;
}

void draw_reading(const PendingTeamImport& p) {
  char text[256];
  const int total = static_cast<int>(p.files.size());
  const int done = static_cast<int>(p.read);
  std::snprintf(text, sizeof(text), tr(S::TeamImportReading), std::min(done + 1, total), total);
  wrapped_text(text);
  char overlay[32];
  std::snprintf(overlay, sizeof(overlay), "%d / %d", done, total);
  ImGui::ProgressBar(total > 0 ? static_cast<float>(done) / static_cast<float>(total) : 0.0f, ImVec2(-FLT_MIN, 0), overlay);
  tag_item("teamImport.progress");
  if (done < total) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    wrapped_text(p.files[p.read].name);
    ImGui::PopStyleColor();
  }
}

// The cards scroll inside the dialog, which stays on the screen with its buttons however many
// files there are.
void begin_cards(float reserve_below) {
  const float max_h = std::max(ImGui::GetFontSize() * 8.0f, ImGui::GetIO().DisplaySize.y - reserve_below);
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(FLT_MAX, max_h));
  ImGui::BeginChild("##cards", ImVec2(-FLT_MIN, 0), ImGuiChildFlags_AutoResizeY);
}

// Returns the index of a file the user removed, or -1.
int draw_preview(App& app, PendingTeamImport& p, bool& close, float& cards_height) {
  char text[512];
  const auto& files = p.import->files();
  if (files.empty()) {
    wrapped_text(tr(S::TeamImportNoFiles));
  } else {
    std::snprintf(text, sizeof(text), tr(S::TeamImportFiles), static_cast<int>(files.size()));
    wrapped_text(text);
  }
  ImGui::Spacing();
  int removed = -1;
  const float buttons = ImGui::GetFrameHeightWithSpacing() * 3.0f + ImGui::GetFontSize() * 9.0f;
  begin_cards(buttons);
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (draw_card(files[i], static_cast<int>(i))) removed = static_cast<int>(i);
    ImGui::Spacing();
  }
  ImGui::EndChild();
  tag_item("teamImport.files");
  cards_height = ImGui::GetItemRectSize().y;
  const bool unreadable = std::any_of(files.begin(), files.end(), [](const TeamFileResult& f) { return !f.error.empty(); });
  ImGui::Spacing();
  if (unreadable) {
    form::error(tr(S::TeamImportBlocked));
    tag_item("teamImport.blocked");
  } else if (!p.import->problem().empty()) {
    std::snprintf(text, sizeof(text), tr(S::TeamImportProblem), team_problem_text(*p.import).c_str());
    form::error(text);
    tag_item("teamImport.problem");
  }
  const bool can_merge = !files.empty() && p.import->ok();
  if (can_merge) {
    form::hint(tr(S::TeamImportMergeHint));
    // The one thing to do here, in the accent colour; Cancel stays plain.
    ImGui::PushStyleColor(ImGuiCol_Button, colors::Accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colors::AccentHovered);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, colors::AccentActive);
    ImGui::PushStyleColor(ImGuiCol_Text, colors::TextInverse);
    const bool merge = ImGui::Button(tr(S::TeamImportMergeAll), ImVec2(-FLT_MIN, 0));
    ImGui::PopStyleColor(4);
    tag_item("teamImport.mergeAll");
    if (merge && app.session().commit_team_import(*p.import)) {
      p.step = PendingTeamImport::Step::Done;
      p.files.clear();  // the bytes are not needed any more; the import's results are
    }
  }
  close = ImGui::Button(tr(S::CommonCancel), ImVec2(-FLT_MIN, 0));
  tag_item("teamImport.cancel");
  return removed;
}

void draw_done(const PendingTeamImport& p, bool& close, float& cards_height) {
  char text[512];
  const auto& files = p.import->files();
  std::snprintf(text, sizeof(text), tr_count(S::TeamImportDone, S::TeamImportDoneOne, static_cast<long long>(files.size())),
                static_cast<int>(files.size()));
  wrapped_text(text);
  begin_cards(ImGui::GetFrameHeightWithSpacing() * 2.0f + ImGui::GetFontSize() * 8.0f);
  for (std::size_t i = 0; i < files.size(); ++i) {
    const TeamFileResult& f = files[i];
    std::snprintf(text, sizeof(text), tr(S::TeamImportResult), f.rep_name.c_str(), f.report.added, f.report.updated,
                  f.report.deleted);
    wrapped_text(std::string("· ") + text);
    tag_item("teamImport.result." + std::to_string(i));
  }
  ImGui::EndChild();
  cards_height = ImGui::GetItemRectSize().y;
  ImGui::Spacing();
  close = ImGui::Button(tr(S::CommonClose), ImVec2(-FLT_MIN, 0));
  tag_item("teamImport.close");
}

}  // namespace

void draw_team_import_dialog(App& app, PendingTeamImport& p) {
  if (!p.open()) return;
  if (p.step == PendingTeamImport::Step::Preview && p.base_revision != app.session().revision()) p.restart();
  if (p.step == PendingTeamImport::Step::Reading) step_reading(app, p);

  if (!ImGui::IsPopupOpen("##teamImport")) ImGui::OpenPopup("##teamImport");
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(display.x - 32.0f, ImGui::GetFontSize() * 38.0f), 0));
  if (!ImGui::BeginPopupModal("##teamImport", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize))
    return;
  tag_rect("teamImport.dialog", ImGui::GetWindowPos(), ImGui::GetWindowPos() + ImGui::GetWindowSize());
  form::title(tr(S::TeamImportTitle));
  ImGui::Spacing();
  bool close = false;
  int removed = -1;
  float cards_height = 0;
  switch (p.step) {
    case PendingTeamImport::Step::Reading:
      draw_reading(p);
      ImGui::Spacing();
      close = ImGui::Button(tr(S::CommonCancel), ImVec2(-FLT_MIN, 0));
      tag_item("teamImport.cancel");
      break;
    case PendingTeamImport::Step::Preview: removed = draw_preview(app, p, close, cards_height); break;
    case PendingTeamImport::Step::Done: draw_done(p, close, cards_height); break;
    case PendingTeamImport::Step::Closed: break;
  }
  // The cards and the dialog fit their content a frame after it changes, one level a frame: ask
  // for frames until their sizes hold, or the page would stop drawing half-grown (frames are drawn
  // on demand).
  const ImVec2 size = ImGui::GetWindowSize();
  const PendingTeamImport::Laid laid_out{size.x, size.y, cards_height};
  if (!(laid_out == p.laid_out)) {
    p.laid_out = laid_out;
    app.platform().request_frame();
  }
  if (removed >= 0) {
    p.files.erase(p.files.begin() + removed);
    p.restart();
    app.platform().request_frame();
  }
  if (close) {
    p = PendingTeamImport{};
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

namespace {

const char* step_name(PendingTeamImport::Step s) {
  switch (s) {
    case PendingTeamImport::Step::Reading: return "reading";
    case PendingTeamImport::Step::Preview: return "preview";
    case PendingTeamImport::Step::Done: return "done";
    case PendingTeamImport::Step::Closed: break;
  }
  return "closed";
}

}  // namespace

std::string team_import_state_json(const PendingTeamImport& p) {
  std::string out = std::string("{\"step\":\"") + step_name(p.step) + "\"";
  const bool have = p.import != nullptr;
  out += ",\"read\":" + std::to_string(have ? p.import->files().size() : 0);
  out += ",\"total\":" + std::to_string(p.step == PendingTeamImport::Step::Done && have ? p.import->files().size() : p.files.size());
  const bool finished = have && p.step != PendingTeamImport::Step::Reading;
  out += std::string(",\"ok\":") + (finished && p.import->ok() ? "true" : "false");
  out += ",\"problem\":" + json_string(finished ? p.import->problem() : std::string());
  out += ",\"files\":[";
  if (have) {
    bool first = true;
    for (const TeamFileResult& f : p.import->files()) {
      if (!first) out += ',';
      first = false;
      char counts[256];
      std::snprintf(counts, sizeof(counts),
                    ",\"added\":%d,\"updated\":%d,\"older\":%d,\"deleted\":%d,\"unchanged\":%d,\"leftOut\":%d,\"conflicts\":%zu",
                    f.report.added, f.report.updated, f.report.older, f.report.deleted, f.report.unchanged, f.left_out,
                    f.report.conflicts.size());
      out += "{\"file\":" + json_string(f.file_name) + ",\"repId\":" + json_string(f.rep_id) +
             ",\"repName\":" + json_string(f.rep_name) + ",\"match\":\"" + workspace::match_code(f.match) + "\"" + counts +
             ",\"error\":" + json_string(f.error) + "}";
    }
  }
  return out + "]}";
}

}  // namespace fieldbook::shell
