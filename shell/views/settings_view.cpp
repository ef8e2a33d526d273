#include "app/app.h"

#include <cmath>
#include <cstdio>
#include <string>
#include "widgets/button_row.h"
#include "widgets/test_ids.h"
#include "app/tools.h"
#include "common/date.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "widgets/form.h"

namespace fieldbook::shell {

namespace {

void draw_device_section(App& app) {
  ImGui::Spacing();
  ImGui::Separator();
  form::title(tr(S::SettingsDevice));

  form::label(tr(S::SettingsTouchMode));
  using T = App::TouchModeSetting;
  const T current = app.touch_mode_setting();
  auto name = [](T t) { return tr(t == T::On ? S::SettingsTouchOn : t == T::Off ? S::SettingsTouchOff : S::SettingsTouchAuto); };
  ImGui::SetNextItemWidth(form::field_width());
  if (ImGui::BeginCombo("##touchMode", name(current))) {
    for (T t : {T::Auto, T::On, T::Off})
      if (ImGui::Selectable(name(t), t == current)) app.set_touch_mode_setting(t);
    ImGui::EndCombo();
  }
  tag_item("settings.touchMode");

  form::label(tr(S::SettingsUiScale));
  const float scale = app.ui_scale();
  ButtonRow row;
  if (row.button(" A- ")) app.set_ui_scale(scale - 0.125f);
  tag_item("settings.uiScale.smaller");
  char percent[16];
  std::snprintf(percent, sizeof(percent), "%d%%", static_cast<int>(scale * 100.0f + 0.5f));
  row.place(ImGui::CalcTextSize(percent).x);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(percent);
  if (row.button(" A+ ")) app.set_ui_scale(scale + 0.125f);
  tag_item("settings.uiScale.larger");
  if (row.button(tr(S::SettingsUiScaleReset))) app.set_ui_scale(1.0f);
  tag_item("settings.uiScale.reset");
  form::hint(tr(S::SettingsUiScaleHint));
}

std::string format_bytes(std::int64_t bytes) {
  char text[32];
  const double b = static_cast<double>(bytes);
  if (b >= 1e9) std::snprintf(text, sizeof(text), "%.1f GB", b / 1e9);
  else if (b >= 1e6) std::snprintf(text, sizeof(text), "%.1f MB", b / 1e6);
  else std::snprintf(text, sizeof(text), "%.0f KB", std::ceil(b / 1e3));
  return text;
}

// Whether the browser may clear the workspace, how much it uses, when it was last exported.
void draw_storage_section(App& app) {
  const workspace::StorageFacts& f = app.storage_facts();
  form::label(tr(S::StorageTitle));
  form::hint(tr(!f.persistent ? S::StorageUnknown : *f.persistent ? S::StoragePersistent : S::StorageNotPersistent));
  tag_item("settings.storage.persistent");
  if (f.ios_browser_tab && !f.persistent.value_or(false)) form::hint(tr(S::BackupHomeScreen));
  if (f.used_bytes && f.quota_bytes) {
    char text[160];
    std::snprintf(text, sizeof(text), tr(S::StorageUsed), format_bytes(*f.used_bytes).c_str(), format_bytes(*f.quota_bytes).c_str());
    form::hint(text);
    tag_item("settings.storage.used");
  }
  char text[200];
  if (f.last_export) {
    const Date day = date_of(Timestamp{*f.last_export});
    const auto days = days_between(day, date_of(Timestamp{app.platform().now_ms()}));
    if (days <= 0) std::snprintf(text, sizeof(text), tr(S::StorageLastExportToday), format_iso_date(day).c_str());
    else std::snprintf(text, sizeof(text), tr_count(S::StorageLastExport, S::StorageLastExportOne, days),
                       format_iso_date(day).c_str(), static_cast<int>(days));
  } else {
    std::snprintf(text, sizeof(text), "%s", tr(S::StorageNeverExported));
  }
  form::hint(text);
  tag_item("settings.storage.lastExport");
}

// "Send to my manager" waits for a name when the user has none: the manager sees the rep by it.
struct SendToManagerState {
  bool asking = false;
  std::string name;
};

bool blank(const std::string& s) { return s.find_first_not_of(" \t") == std::string::npos; }


void draw_send_to_manager(App& app) {
  auto& st = app.state<SendToManagerState>();
  if (ImGui::Button(tr(S::DataSendToManager))) {
    if (blank(app.session().doc().settings.user_name)) {
      st.asking = true;
      st.name.clear();
    } else {
      app.send_own_file();
    }
  }
  tag_item("data.sendToManager");
  form::hint(tr(S::DataSendToManagerHint));
  if (!st.asking) return;
  // The name, in place, then the file: one tap more, nothing to find elsewhere.
  form::label(tr(S::DataSendNameAsk));
  ImGui::SetNextItemWidth(form::field_width());
  ImGui::InputTextWithHint("##sendName", tr(S::SettingsNamePlaceholder), &st.name);
  tag_item("data.sendToManager.name");
  ButtonRow row;
  ImGui::BeginDisabled(blank(st.name));
  if (row.button(tr(S::DataSendNameConfirm))) {
    const std::string first = st.name.substr(st.name.find_first_not_of(" \t"));
    const std::string name = first.substr(0, first.find_last_not_of(" \t") + 1);
    app.session().edit("settings.name", [&](workspace::Workspace& w) {
      w.settings.user_name = name;
      w.settings.updated_at = app.session().now_iso();
    });
    st = {};
    app.send_own_file();
  }
  ImGui::EndDisabled();
  tag_item("data.sendToManager.confirm");
  if (row.button(tr(S::CommonCancel))) st = {};
  tag_item("data.sendToManager.cancel");
}

void draw_data_section(App& app) {
  ImGui::Spacing();
  ImGui::Separator();
  form::title(tr(S::DataTitle));
  form::hint(tr(S::DataHint));
  ImGui::Spacing();
  // Out: the whole workspace, or a rep's own records for the manager.
  ButtonRow out;
  if (out.button(tr(S::DataExport))) app.export_workspace_file();
  tag_item("data.export");
  out.place(ButtonRow::button_width(tr(S::DataSendToManager)));
  draw_send_to_manager(app);
  ImGui::Spacing();
  // In: one file, or the manager's several reps' files at once (the picker allows many for
  // the "team" purpose, web/static/js/files.js).
  ButtonRow in;
  if (in.button(tr(S::DataImport))) app.platform().open_file_picker(".json,application/json", "workspace");
  tag_item("data.import");
  if (in.button(tr(S::DataTeamImport))) app.platform().open_file_picker(".json,application/json", "team");
  tag_item("data.teamImport");
  form::hint(tr(S::DataTeamImportHint));
  ImGui::Spacing();
  draw_storage_section(app);
}

void draw_settings_view(App& app) {
  workspace::Settings s = app.session().doc().settings;
  const char* changed = nullptr;  // which field changed: its edits coalesce into one undo step

  form::title(tr(S::SettingsTitle));

  form::label(tr(S::SettingsLanguage));
  {
    using workspace::LanguagePreference;
    const LanguagePreference options[] = {LanguagePreference::Auto, LanguagePreference::Zh, LanguagePreference::En};
    // Language names are shown in their own language so anyone can find theirs.
    auto name = [](LanguagePreference l) -> const char* {
      switch (l) {
        case LanguagePreference::Zh: return "简体中文";
        case LanguagePreference::En: return "English";
        case LanguagePreference::Auto: break;
      }
      return tr(S::SettingsLanguageAuto);
    };
    ImGui::SetNextItemWidth(form::field_width());
    if (ImGui::BeginCombo("##language", name(s.language))) {
      for (auto l : options) {
        if (ImGui::Selectable(name(l), l == s.language)) {
          s.language = l;
          changed = "settings.language";
        }
      }
      ImGui::EndCombo();
    }
    tag_item("settings.language");
  }

  form::label(tr(S::SettingsCurrency));
  {
    static const char* const kCurrencies[] = {"CNY", "USD", "EUR", "HKD", "JPY", "GBP"};
    ImGui::SetNextItemWidth(form::field_width());
    if (ImGui::BeginCombo("##currency", s.currency.c_str())) {
      for (const char* c : kCurrencies) {
        if (ImGui::Selectable(c, s.currency == c)) {
          s.currency = c;
          changed = "settings.currency";
        }
      }
      ImGui::EndCombo();
    }
    tag_item("settings.currency");
    form::hint(tr(S::SettingsCurrencyHint));
  }

  form::label(tr(S::SettingsName));
  {
    ImGui::SetNextItemWidth(form::field_width());
    std::string name = s.user_name;
    if (ImGui::InputTextWithHint("##name", tr(S::SettingsNamePlaceholder), &name)) {
      s.user_name = name;
      changed = "settings.name";
    }
    tag_item("settings.name");
    form::hint(tr(S::SettingsNameHint));
  }

  if (changed) {
    s.updated_at = app.session().now_iso();
    app.session().edit(changed, [&](workspace::Workspace& w) { w.settings = s; });
  }

  draw_device_section(app);
  draw_data_section(app);
}

}  // namespace

Tool settings_tool() { return {.id = "settings", .label = S::NavSettings, .icon = "⚙", .draw = draw_settings_view}; }

}  // namespace fieldbook::shell
