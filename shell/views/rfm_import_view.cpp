// The import wizard, a modal over the RFM page: reading (a progress bar and Cancel), the column
// mapping with a preview of the first rows and the guessed roles (encoding and separator can be
// overridden: the file is read again), the day/month question when the dates are ambiguous, the
// report of rows that could not be read (skip them or stop), then the analysis is scored and
// added to the workspace. The file is read a slice per frame (RfmImportState::budget_ms), so the page
// keeps drawing during a 1,000,000-row import; in the browser, a slice per task between frames
// (App::work_between_frames).
#include <algorithm>
#include <cfloat>
#include <chrono>
#include <cstdio>
#include <vector>

#include "app/app.h"
#include "widgets/popup.h"
#include "widgets/test_ids.h"
#include "common/error.h"
#include "imgui.h"
#include "views/rfm_edit.h"
#include "views/rfm_format.h"
#include "views/rfm_parts.h"
#include "widgets/charts/progress.h"
#include "widgets/form.h"
#include "widgets/wrapped_text.h"

namespace fieldbook::shell {

namespace {

using rfm::Encoding;
using rfm::ImportJob;
using rfm::Role;
using Step = RfmImportState::Step;


double clock_ms() {
  using namespace std::chrono;
  return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

std::string megabytes(double bytes) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), bytes >= 10e6 ? "%.0f MB" : "%.1f MB", bytes / 1e6);
  return buf;
}

const char* delimiter_name(char d) {
  switch (d) {
    case ',': return tr(S::RfmDelimiterComma);
    case ';': return tr(S::RfmDelimiterSemicolon);
    case '\t': return tr(S::RfmDelimiterTab);
    case '|': return tr(S::RfmDelimiterBar);
    default: return tr(S::RfmDetectAuto);
  }
}

const char* level_name(rfm::Level l) {
  return tr(l == rfm::Level::Order ? S::RfmLevelOrder : l == rfm::Level::Customer ? S::RfmLevelCustomer : S::RfmLevelAuto);
}

const char* missing_label(const std::string& missing) {
  if (missing == "customer") return tr(S::RfmRoleCustomer);
  if (missing == "date") return tr(S::RfmRoleDate);
  if (missing == "amount") return tr(S::RfmRoleAmount);
  if (missing == "orders") return tr(S::RfmRoleOrders);
  return missing.c_str();
}

// Back to closed, keeping the per-frame budget (tests set it).
void reset(RfmImportState& im) {
  const double budget = im.budget_ms;
  im = RfmImportState{};
  im.budget_ms = budget;
}

void restart_with(RfmImportState& im, rfm::ImportOptions options) {
  im.job->restart(std::move(options));
  im.mapping_loaded = false;
  im.step = Step::Working;
}

// Moves the wizard along with the job.
void follow_job(RfmImportState& im) {
  ImportJob& job = *im.job;
  switch (job.phase()) {
    case ImportJob::Phase::Reading:
    case ImportJob::Phase::Building: im.step = Step::Working; break;
    case ImportJob::Phase::NeedsMapping:
      im.step = Step::Mapping;
      if (!im.mapping_loaded) {
        im.roles = job.importer().preview().roles;
        im.level = rfm::Level::Auto;
        im.mapping_loaded = true;
      }
      break;
    case ImportJob::Phase::NeedsDateOrder: im.step = Step::DateOrder; break;
    case ImportJob::Phase::Done: im.step = job.importer().error_count() > 0 ? Step::Errors : Step::Scoring; break;
    case ImportJob::Phase::Failed:
      im.step = Step::Failed;
      im.error = job.error();
      break;
    case ImportJob::Phase::Cancelled: im.step = Step::Closed; break;
  }
}

// The scored analysis joins the workspace (one edit, one undo step) and the wizard closes.
void finish_import(App& app, RfmImportState& im) {
  try {
    add_imported_analysis(app, *im.job, im.file_name);
    reset(im);
  } catch (const Error& e) {
    im.step = Step::Failed;
    im.error = e.what();
  }
}

void draw_progress(RfmImportState& im) {
  const ImportJob& job = *im.job;
  const rfm::Progress p = job.importer().progress();
  char label[256];
  if (job.phase() == ImportJob::Phase::Building) {
    std::snprintf(label, sizeof(label), "%s", tr(S::RfmImportBuilding));
  } else {
    std::snprintf(label, sizeof(label), tr(S::RfmImportProgress), megabytes(static_cast<double>(p.bytes)).c_str(),
                  megabytes(static_cast<double>(job.total_bytes())).c_str(), rfm_count(static_cast<double>(p.rows)).c_str(),
                  rfm_count(static_cast<double>(p.customers)).c_str());
  }
  charts::ProgressBar bar;
  bar.value = job.fraction();
  bar.label = label;
  charts::progress("rfm.import.progress", bar, ImVec2(-FLT_MIN, ImGui::GetFrameHeight() * 1.4f));
  ImGui::Spacing();
  if (ImGui::Button(tr(S::RfmImportCancel), ImVec2(-FLT_MIN, 0))) {
    im.job->cancel();
    im.step = Step::Closed;
  }
  tag_item("rfm.import.cancel");
}

bool role_combo(int column, std::vector<Role>& roles) {
  static constexpr Role kRoles[] = {Role::Ignore, Role::Customer, Role::Date,     Role::Amount, Role::Orders,
                                    Role::Recency, Role::Name,     Role::Industry, Role::Region, Role::Rep};
  bool changed = false;
  ImGui::PushID(column);
  ImGui::SetNextItemWidth(-FLT_MIN);
  const Role current = roles[static_cast<std::size_t>(column)];
  if (ImGui::BeginCombo("##role", rfm_role_label(current))) {
    for (Role r : kRoles) {
      if (ImGui::Selectable(rfm_role_label(r), r == current)) {
        rfm::assign_role(roles, static_cast<std::size_t>(column), r);  // taking a role here frees it elsewhere
        changed = true;
      }
    }
    ImGui::EndCombo();
  }
  ImGui::PopID();
  tag_item("rfm.import.role." + std::to_string(column));
  return changed;
}

void draw_mapping(RfmImportState& im) {
  const rfm::Preview& p = im.job->importer().preview();
  form::label(tr(S::RfmMappingTitle));
  form::hint(tr(S::RfmMappingHint));
  ImGui::Spacing();

  // How the file was read, each with an override (the file is read again).
  const float w = std::min(ImGui::GetContentRegionAvail().x / 3.0f - ImGui::GetStyle().ItemSpacing.x, ImGui::GetFontSize() * 14);
  rfm::ImportOptions options = im.job->options();
  ImGui::BeginGroup();
  ImGui::TextDisabled("%s", tr(S::RfmEncoding));
  ImGui::SetNextItemWidth(w);
  char detected[96];
  std::snprintf(detected, sizeof(detected), tr(S::RfmEncodingAuto), rfm_encoding_name(p.encoding));
  if (ImGui::BeginCombo("##encoding", options.encoding == Encoding::Auto ? detected : rfm_encoding_name(options.encoding))) {
    for (Encoding e : {Encoding::Auto, Encoding::Utf8, Encoding::Gb18030, Encoding::Utf16LE, Encoding::Utf16BE}) {
      if (ImGui::Selectable(e == Encoding::Auto ? detected : rfm_encoding_name(e), e == options.encoding) && e != options.encoding) {
        options.encoding = e;
        restart_with(im, options);
      }
    }
    ImGui::EndCombo();
  }
  tag_item("rfm.import.encoding");
  ImGui::EndGroup();
  if (im.step != Step::Mapping) return;  // restarted: the preview is read again first
  ImGui::SameLine();
  ImGui::BeginGroup();
  ImGui::TextDisabled("%s", tr(S::RfmDelimiter));
  ImGui::SetNextItemWidth(w);
  if (ImGui::BeginCombo("##delimiter", delimiter_name(p.delimiter))) {
    for (char d : {',', ';', '\t', '|'}) {
      if (ImGui::Selectable(delimiter_name(d), d == p.delimiter) && d != p.delimiter) {
        options.delimiter = d;
        restart_with(im, options);
      }
    }
    ImGui::EndCombo();
  }
  tag_item("rfm.import.delimiter");
  ImGui::EndGroup();
  if (im.step != Step::Mapping) return;
  ImGui::SameLine();
  ImGui::BeginGroup();
  ImGui::TextDisabled("%s", tr(S::RfmLevel));
  ImGui::SetNextItemWidth(w);
  if (ImGui::BeginCombo("##level", level_name(im.level))) {
    for (rfm::Level l : {rfm::Level::Auto, rfm::Level::Order, rfm::Level::Customer})
      if (ImGui::Selectable(level_name(l), l == im.level)) im.level = l;
    ImGui::EndCombo();
  }
  tag_item("rfm.import.level");
  ImGui::EndGroup();

  // The preview: a role per column above the first rows.
  ImGui::Spacing();
  ImGui::TextDisabled("%s", tr(S::RfmPreviewRows));
  const int cols = static_cast<int>(std::min<std::size_t>(p.header.size(), 64));
  im.roles.resize(p.header.size(), Role::Ignore);
  const int shown_rows = static_cast<int>(std::min<std::size_t>(p.rows.size(), 6));
  const float table_h = ImGui::GetFrameHeightWithSpacing() + ImGui::GetTextLineHeightWithSpacing() * float(shown_rows + 1) +
                        ImGui::GetStyle().ScrollbarSize + 12.0f;
  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollX |
                                ImGuiTableFlags_SizingFixedFit;
  if (cols > 0 && ImGui::BeginTable("##preview", cols, flags, ImVec2(0, table_h))) {
    const float col_w = ImGui::GetFontSize() * 9.5f;
    for (int c = 0; c < cols; ++c) ImGui::TableSetupColumn(p.header[static_cast<std::size_t>(c)].c_str(), ImGuiTableColumnFlags_WidthFixed, col_w);
    ImGui::TableNextRow();
    for (int c = 0; c < cols; ++c) {
      ImGui::TableSetColumnIndex(c);
      role_combo(c, im.roles);
    }
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int c = 0; c < cols; ++c) {
      ImGui::TableSetColumnIndex(c);
      ImGui::TextUnformatted(p.header[static_cast<std::size_t>(c)].c_str());
    }
    for (int r = 0; r < shown_rows; ++r) {
      ImGui::TableNextRow();
      const auto& row = p.rows[static_cast<std::size_t>(r)];
      for (int c = 0; c < cols; ++c) {
        ImGui::TableSetColumnIndex(c);
        if (static_cast<std::size_t>(c) < row.size()) ImGui::TextUnformatted(row[static_cast<std::size_t>(c)].c_str());
      }
    }
    ImGui::EndTable();
  }
  tag_item("rfm.import.preview");

  const std::string missing = rfm::mapping_problem(im.roles, rfm::effective_level(im.roles, im.level));
  ImGui::Spacing();
  if (!missing.empty()) {
    char text[512];
    std::snprintf(text, sizeof(text), tr(S::RfmMissingRole), missing_label(missing));
    form::error(text);
    tag_item("rfm.import.missing");
  }
  ImGui::BeginDisabled(!missing.empty());
  if (ImGui::Button(tr(S::RfmContinue), ImVec2(-FLT_MIN, 0))) {
    try {
      im.job->confirm_mapping(im.roles, im.level);
      follow_job(im);
    } catch (const Error& e) {
      im.error = e.what();
    }
  }
  ImGui::EndDisabled();
  tag_item("rfm.import.confirm");
  if (ImGui::Button(tr(S::CommonCancel), ImVec2(-FLT_MIN, 0))) {
    im.job->cancel();
    im.step = Step::Closed;
  }
  tag_item("rfm.import.cancel");
}

void draw_date_question(RfmImportState& im) {
  const rfm::Question& q = im.job->importer().question();
  form::label(tr(S::RfmDateTitle));
  wrapped_text(q.text.in(language()));
  if (!q.examples.empty()) {
    ImGui::TextDisabled("%s", tr(S::RfmDateExamples));
    std::string ex;
    for (std::size_t i = 0; i < q.examples.size() && i < 6; ++i) ex += (i ? "   " : "") + q.examples[i];
    ImGui::TextUnformatted(ex.c_str());
  }
  ImGui::Spacing();
  if (ImGui::Button(tr(S::RfmDayFirst), ImVec2(-FLT_MIN, 0))) {
    im.job->answer_date_order(DateOrder::DayFirst);
    follow_job(im);
  }
  tag_item("rfm.import.dayFirst");
  if (ImGui::Button(tr(S::RfmMonthFirst), ImVec2(-FLT_MIN, 0))) {
    im.job->answer_date_order(DateOrder::MonthFirst);
    follow_job(im);
  }
  tag_item("rfm.import.monthFirst");
  if (ImGui::Button(tr(S::CommonCancel), ImVec2(-FLT_MIN, 0))) {
    im.job->cancel();
    im.step = Step::Closed;
  }
  tag_item("rfm.import.cancel");
}

void draw_errors(RfmImportState& im) {
  const rfm::OrderImporter& imp = im.job->importer();
  const auto errors = imp.errors();
  form::label(tr(S::RfmErrorsTitle));
  char text[256];
  std::snprintf(text, sizeof(text), tr(S::RfmErrorsCount), rfm_count(static_cast<double>(imp.progress().bad_rows)).c_str(),
                rfm_count(static_cast<double>(imp.progress().rows)).c_str());
  wrapped_text(text);
  if (errors.size() < imp.error_count()) {
    std::snprintf(text, sizeof(text), tr(S::RfmErrorsShown), rfm_count(static_cast<double>(errors.size())).c_str());
    ImGui::TextDisabled("%s", text);
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_SizingStretchProp;
  const float h = ImGui::GetTextLineHeightWithSpacing() * float(std::min<std::size_t>(errors.size(), 10) + 1) + 12;
  if (ImGui::BeginTable("##errors", 4, flags, ImVec2(0, h))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(S::RfmColLine), ImGuiTableColumnFlags_WidthStretch, 0.6f);
    ImGui::TableSetupColumn(tr(S::RfmColColumn), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(tr(S::RfmColValue), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(tr(S::RfmColReason), ImGuiTableColumnFlags_WidthStretch, 2.6f);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(errors.size()));
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const rfm::RowError& e = errors[static_cast<std::size_t>(i)];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::Text("%zu", e.line);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(e.column_name.empty() ? "—" : e.column_name.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(e.value.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(rfm_row_problem(e).c_str());
      }
    }
    ImGui::EndTable();
  }
  tag_item("rfm.import.errors");
  ImGui::Spacing();
  if (ImGui::Button(tr(S::RfmSkipBadRows), ImVec2(-FLT_MIN, 0))) im.step = Step::Scoring;
  tag_item("rfm.import.skip");
  if (ImGui::Button(tr(S::RfmStop), ImVec2(-FLT_MIN, 0))) {
    im.job->cancel();
    im.step = Step::Closed;
  }
  tag_item("rfm.import.stop");
}

}  // namespace

void start_rfm_import(App& app, std::string_view name, std::string_view bytes) {
  RfmViewState& ui = app.state<RfmViewState>();
  RfmImportState& im = ui.import;
  if (im.job && im.job->busy()) im.job->cancel();
  reset(im);
  im.file_name = name;
  rfm::ImportOptions o;
  o.pause_after_preview = true;
  Platform* platform = &app.platform();
  o.decoders = [platform](std::string_view label) { return platform->make_text_decoder(label); };
  im.job = std::make_unique<ImportJob>(std::string(bytes), std::move(o), clock_ms);
  if (!bytes.empty()) {
    // The customer table and the analysis will need about twice the file's size: take that memory
    // now, while the file arrives, so no frame of the import pays for growing the heap (in the
    // browser that copies the whole heap).
    std::vector<char> reserve(bytes.size() * 2);
    reserve.back() = 1;
  }
  im.step = Step::Working;
  im.started_ms = clock_ms();
  if (app.view() != "rfm") app.navigate("rfm");
  app.platform().request_frame();
}

bool rfm_import_has_work(App& app) {
  const RfmImportState& im = app.state<RfmViewState>().import;
  if (!app.work_between_frames() || !im.job) return false;
  return (im.step == Step::Working && im.job->busy()) || im.step == Step::Scoring;
}

bool step_rfm_import_in_background(App& app) {
  if (!rfm_import_has_work(app)) return false;
  RfmImportState& im = app.state<RfmViewState>().import;
  if (im.step == Step::Scoring) {
    // Scoring 100,000 customers takes longer than a frame should; then, in a task of its own, the
    // views' data for it (segments, industries and reps, the customers sorted: 40-180 ms for
    // 100,000 customers in the browser), or the first frame that shows it would build them; and
    // the analysis joins the workspace.
    try {
      if (!im.scored) {
        im.scored = score_imported_analysis(app, *im.job, im.file_name);
        return true;
      }
      // Built aside: until then the page behind the wizard shows the analysis it showed.
      RfmViewState& ui = app.state<RfmViewState>();
      RfmViewState aside;
      aside.sort = ui.sort;
      aside.descending = ui.descending;
      rfm_derived(aside, *im.scored);
      // Added here, so the next frame draws the new analysis with the wizard closed (one frame,
      // not one with the wizard closing and another without it).
      add_scored_analysis(app, std::move(*im.scored));  // the filter cleared, as `aside` had it
      ui.derived = std::move(aside.derived);
      reset(im);
    } catch (const Error& e) {
      im.step = Step::Failed;
      im.error = e.what();
    }
    app.platform().request_frame();
    return false;
  }
  im.job->step(im.budget_ms);
  if (im.job->busy()) return true;
  // Straight on to scoring when nothing needs an answer: waiting for a frame to move the wizard
  // on would cost the page a frame's drawing before the next step could start.
  follow_job(im);
  if (im.step == Step::Scoring) return true;
  app.platform().request_frame();  // the errors step, a failure: the next frame shows it
  return false;
}

void draw_rfm_import(App& app, RfmViewState& ui) {
  RfmImportState& im = ui.import;
  if (im.step == Step::Closed) {
    close_popup("##rfmimport");  // closed between frames: without drawing it once more
    return;
  }
  if (im.step == Step::Working && im.job) {
    if (!app.work_between_frames()) im.job->step(im.budget_ms);
    follow_job(im);
  }
  // In the background the platform asks for the frames while the job works.
  if ((im.step == Step::Working || im.step == Step::Scoring) && !app.work_between_frames()) app.platform().request_frame();

  if (!ImGui::IsPopupOpen("##rfmimport")) ImGui::OpenPopup("##rfmimport");
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const bool wide = im.step == Step::Mapping || im.step == Step::Errors;
  ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(display.x - 32.0f, ImGui::GetFontSize() * (wide ? 52.0f : 34.0f)), 0));
  if (!ImGui::BeginPopupModal("##rfmimport", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize)) return;
  tag_rect("rfm.import.dialog", ImGui::GetWindowPos(), ImGui::GetWindowPos() + ImGui::GetWindowSize());
  form::title(tr(S::RfmImportTitle));
  ImGui::TextDisabled("%s", im.file_name.c_str());
  ImGui::Spacing();
  switch (im.step) {
    case Step::Working: draw_progress(im); break;
    case Step::Mapping: draw_mapping(im); break;
    case Step::DateOrder: draw_date_question(im); break;
    case Step::Errors: draw_errors(im); break;
    case Step::Scoring: {
      char text[128];
      // Once scored (between frames), the table has moved into the analysis.
      const std::size_t customers = im.scored ? im.scored->list().size() : im.job->table().customers.size();
      std::snprintf(text, sizeof(text), tr(S::RfmImportScoring), rfm_count(static_cast<double>(customers)).c_str());
      ImGui::TextUnformatted(text);
      charts::ProgressBar bar;
      bar.value = 1.0;
      bar.label = text;
      charts::progress("rfm.import.progress", bar, ImVec2(-FLT_MIN, ImGui::GetFrameHeight() * 1.4f));
      if (app.work_between_frames()) {
        // Scored and added between frames (step_rfm_import_in_background).
      } else if (im.scoring_shown) {
        finish_import(app, im);  // scored in the frame after the one that shows what is happening
      } else {
        im.scoring_shown = true;
      }
      break;
    }
    case Step::Failed:
      ImGui::TextUnformatted(tr(S::RfmImportFailed));
      // The job's failure as a kind, or one after the rows were read (scoring) in the core's English.
      form::error(im.job && im.job->phase() == ImportJob::Phase::Failed ? rfm_import_failure(*im.job)
                                                                       : rfm_late_failure(im.error));
      tag_item("rfm.import.error");
      ImGui::Spacing();
      if (ImGui::Button(tr(S::CommonClose), ImVec2(-FLT_MIN, 0))) im.step = Step::Closed;
      tag_item("rfm.import.close");
      break;
    case Step::Cancelled:
    case Step::Closed: break;
  }
  if (im.step == Step::Closed || im.step == Step::Cancelled) {
    reset(im);
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace fieldbook::shell
