#include "app/app.h"
#include "app/test_ids.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "views/views.h"
#include "widgets/form.h"

namespace fieldbook::shell {

void draw_settings_view(App& app) {
  workspace::Settings s = app.settings();
  bool changed = false;

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
          changed = true;
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
          changed = true;
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
      changed = true;
    }
    tag_item("settings.name");
    form::hint(tr(S::SettingsNameHint));
  }

  if (changed) app.edit_settings(s);
}

}  // namespace fieldbook::shell
