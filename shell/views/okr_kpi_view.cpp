// The KPIs page: each KPI as a card — its target, how often it was met (hit rate), the streak,
// the latest value and a small trend — with this week's (or month's) value entered by a number
// and one tap; and a KPI's own page: its fields, where it stands, every entry (newest first) and
// an entry for any period. The numbers come from src/okr (kpi_stats.h).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "app/app.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "okr/handbook_example.h"
#include "okr/kpi_stats.h"
#include "views/okr_kpi_edit.h"
#include "views/okr_parts.h"
#include "views/okr_state.h"
#include "widgets/badge.h"
#include "widgets/charts/line.h"
#include "widgets/confirm.h"
#include "widgets/date_field.h"
#include "widgets/draft.h"
#include "widgets/form.h"
#include "widgets/kpi_tiles.h"
#include "widgets/number_field.h"
#include "widgets/segmented.h"
#include "widgets/test_ids.h"
#include "widgets/theme.h"
#include "widgets/wrapped_text.h"

namespace fieldbook::shell {

namespace {

// Content wider than this shows the cards two across, and a KPI's fields beside its entries.
constexpr float kTwoColumnsWidth = 900.0f;
// A card's trend shows the latest entries only: a quarter of weeks, a year of months.
constexpr std::size_t kCardPoints = 12;

const char* kpi_name(const okr::Kpi& k) { return k.name.empty() ? tr(S::OkrKpiUntitled) : k.name.c_str(); }

// "At least 5 a week".
std::string target_line(App& app, const okr::Kpi& k) {
  const bool weekly = k.frequency == okr::KpiFrequency::Weekly;
  const S key = k.direction == okr::KpiDirection::AtLeast ? (weekly ? S::OkrKpiAtLeastWeekly : S::OkrKpiAtLeastMonthly)
                                                          : (weekly ? S::OkrKpiAtMostWeekly : S::OkrKpiAtMostMonthly);
  char text[192];
  std::snprintf(text, sizeof(text), tr(key), format_value(app, k.unit, k.target).c_str());
  return text;
}

// An entry's period: "Week of 2026-11-16", "2026-11".
std::string entry_period(const okr::Kpi& k, const std::string& start) {
  char text[96];
  const auto day = parse_iso_date(start);
  if (!day) return start;
  if (k.frequency == okr::KpiFrequency::Weekly) {
    std::snprintf(text, sizeof(text), tr(S::OkrKpiWeekOf), start.c_str());
  } else {
    const CivilDate c = to_civil(*day);
    std::snprintf(text, sizeof(text), tr(S::OkrKpiMonthOf), c.year, c.month);
  }
  return text;
}

// A chart's x label: "11-16" for a week, "2026-11" for a month.
std::string axis_label(const okr::Kpi& k, const std::string& start) {
  if (start.size() < 10) return start;
  return k.frequency == okr::KpiFrequency::Weekly ? start.substr(5) : start.substr(0, 7);
}

// "6 of 8 met · 75%".
std::string hit_rate_text(const okr::KpiStats& s) {
  if (!s.hit_rate) return tr(S::OkrKpiNoEntries);
  char text[128];
  std::snprintf(text, sizeof(text), tr(S::OkrKpiHitRate), s.met, int(s.entries.size()), format_share(*s.hit_rate).c_str());
  return text;
}

std::string streak_text(int streak) {
  char text[96];
  std::snprintf(text, sizeof(text), tr(S::OkrKpiStreak), streak);
  return text;
}

ImU32 met_color(bool met) { return met ? colors::Success : colors::Error; }

// The values over time, with the target as a flat line; the latest `last_n` entries.
void trend_chart(App& app, const char* id, const okr::Kpi& k, const okr::KpiStats& s, std::size_t last_n, float height) {
  charts::LineChart chart;
  charts::LineSeries values, target;
  values.label = tr(S::OkrKpiValues);
  target.label = tr(S::OkrKpiTargetSeries);
  target.color = colors::TextMuted;
  target.markers = false;
  const std::size_t from = s.entries.size() > last_n ? s.entries.size() - last_n : 0;
  for (std::size_t i = from; i < s.entries.size(); ++i) {
    chart.x_labels.push_back(axis_label(k, s.entries[i]->period_start));
    values.values.push_back(s.entries[i]->value);
    target.values.push_back(k.target);
  }
  chart.series = {std::move(values), std::move(target)};
  const okr::Unit unit = k.unit;
  chart.format = [&app, unit](double v) { return format_value(app, unit, v); };
  chart.empty_text = tr(S::OkrKpiNoEntries);
  chart.include_zero = false;  // the values near the target, where met and missed part
  charts::line(id, chart, ImVec2(0, height));
}

// ---- the list ------------------------------------------------------------------------------

// The one-tap entry: this week's (or month's) value and Save, which adds the period's entry or
// updates it.
void draw_quick_entry(App& app, const okr::Kpi& k, const okr::KpiStats& s, const std::string& tag) {
  OkrViewState& st = app.state<OkrViewState>();
  const std::string today = app.session().today_iso();
  const std::string start = okr::kpi_period_start(k.frequency, today);
  std::optional<double> saved;
  for (const okr::KpiEntry* e : s.entries)
    if (e->period_start == start) saved = e->value;
  Draft<std::optional<double>>& draft = st.kpi_quick[k.id];
  draft.follow(saved, editing("##quick"));

  const ImGuiStyle& style = ImGui::GetStyle();
  const char* period = k.frequency == okr::KpiFrequency::Weekly ? tr(S::OkrKpiThisWeek) : tr(S::OkrKpiThisMonth);
  const char* save_label = tr(S::OkrKpiSave);
  const float field_w = ImGui::GetFontSize() * 6.0f;
  const float save_w = ImGui::CalcTextSize(save_label).x + style.FramePadding.x * 2;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(period);
  ImGui::SameLine();
  double value = draft.value.value_or(NAN);
  if (number_field("##quick", value, field_w)) draft.value = value;
  tag_item(tag + ".value");
  ImGui::SameLine();
  ImGui::BeginDisabled(!draft.value || draft.value == saved);
  ImGui::PushStyleColor(ImGuiCol_Button, colors::Accent);
  ImGui::PushStyleColor(ImGuiCol_Text, colors::TextInverse);
  const bool save = ImGui::Button(save_label, ImVec2(save_w, 0));
  ImGui::PopStyleColor(2);
  ImGui::EndDisabled();
  tag_item(tag + ".save");
  if (saved) {
    char text[96];
    std::snprintf(text, sizeof(text), tr(S::OkrKpiSaved), format_value(app, k.unit, *saved).c_str());
    const float w = ImGui::CalcTextSize(text).x;
    if (ImGui::GetContentRegionAvail().x - save_w - style.ItemSpacing.x * 2 > w) ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::PushStyleColor(ImGuiCol_Text, colors::TextMuted);
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
    tag_item(tag + ".saved");
  }
  if (save && draft.value) set_kpi_entry(app, k, today, *draft.value);
}

void draw_card(App& app, const okr::Kpi& k, std::size_t index, float width) {
  const auto& doc = app.session().doc();
  const okr::KpiStats s = okr::kpi_stats(k, doc.kpi_entries);
  const std::string tag = "okr.kpi." + std::to_string(index);
  const ImGuiStyle& style = ImGui::GetStyle();
  ImGui::PushID(k.id.c_str());
  ImGui::PushStyleColor(ImGuiCol_ChildBg, colors::Background);
  ImGui::PushStyleColor(ImGuiCol_Border, colors::Border);
  ImGui::BeginChild("##card", ImVec2(width, 0),
                    ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_Borders);
  const float inner = ImGui::GetContentRegionAvail().x;

  // The head — name, target, hit rate, streak, latest — opens the KPI: drawn first, then made
  // tappable behind.
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->ChannelsSplit(2);
  dl->ChannelsSetCurrent(1);
  ImGui::BeginGroup();
  ImGui::PushFont(nullptr, style.FontSizeBase * 1.15f);
  wrapped_text(kpi_name(k), inner);
  ImGui::PopFont();
  tag_item(tag + ".name");
  ImGui::PushStyleColor(ImGuiCol_Text, colors::TextMuted);
  wrapped_text(target_line(app, k), inner);
  ImGui::PopStyleColor();
  tag_item(tag + ".target");
  const std::string rate = hit_rate_text(s);
  ImGui::TextUnformatted(rate.c_str());
  tag_item(tag + ".hitRate");
  if (s.latest) {
    const std::string streak = streak_text(s.streak);
    const float badge_w = ImGui::CalcTextSize(streak.c_str()).x + ImGui::GetFontSize();
    if (ImGui::GetItemRectMax().x - p.x + style.ItemSpacing.x + badge_w <= inner) ImGui::SameLine();
    badge(streak.c_str(), s.streak > 0 ? colors::Success : colors::TextMuted,
          s.streak > 0 ? colors::SuccessSoft : colors::Sidebar);
    tag_item(tag + ".streak");
    char latest[192];
    std::snprintf(latest, sizeof(latest), tr(S::OkrKpiLatest), format_value(app, k.unit, s.latest->value).c_str(),
                  s.latest_met.value_or(false) ? "✓" : "✗", entry_period(k, s.latest->period_start).c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, met_color(s.latest_met.value_or(false)));
    wrapped_text(latest, inner);
    ImGui::PopStyleColor();
    tag_item(tag + ".latest");
  }
  ImGui::EndGroup();
  const float h = ImGui::GetItemRectMax().y - p.y;
  dl->ChannelsSetCurrent(0);
  ImGui::SetCursorScreenPos(p);
  const bool open = ImGui::Selectable("##open", false, ImGuiSelectableFlags_AllowOverlap, ImVec2(inner, h));
  tag_item(tag);
  dl->ChannelsMerge();

  if (!s.entries.empty()) trend_chart(app, (tag + ".chart").c_str(), k, s, kCardPoints, ImGui::GetFontSize() * 8.0f);
  ImGui::Separator();
  draw_quick_entry(app, k, s, tag);
  ImGui::EndChild();
  ImGui::PopStyleColor(2);
  ImGui::PopID();
  if (open) {
    OkrViewState& st = app.state<OkrViewState>();
    st.open_kpi_id = k.id;
    st.confirm_delete_kpi_id.clear();
  }
}

// "Add KPI", and the handbook's KPIs that are not on the list yet (by name).
void draw_add_buttons(App& app) {
  const auto& doc = app.session().doc();
  if (ImGui::Button(tr(S::OkrKpiAdd))) add_kpi(app);
  tag_item("okr.kpi.add");
  const okr::OkrSet example = okr::handbook_example(app.ui_language(), today_of(app), app.session().now_iso());
  std::vector<std::size_t> offered;
  for (std::size_t i = 0; i < example.kpis.size(); ++i) {
    bool present = false;
    for (const okr::Kpi& k : doc.kpis) present |= k.name == example.kpis[i].name;
    if (!present) offered.push_back(i);
  }
  if (offered.empty()) return;
  form::label(tr(S::OkrKpiFromHandbook));
  // The templates side by side while they fit, one under the other otherwise.
  const float avail = ImGui::GetContentRegionAvail().x;
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  float line = 0;
  for (std::size_t n = 0; n < offered.size(); ++n) {
    const okr::Kpi& t = example.kpis[offered[n]];
    const std::string label = t.name + " · " + target_line(app, t);
    const float w = std::min(avail, ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2);
    if (n > 0 && line + spacing + w <= avail) {
      ImGui::SameLine();
      line += spacing + w;
    } else {
      line = w;
    }
    ImGui::PushID(int(offered[n]));
    if (ImGui::Button(label.c_str(), ImVec2(w, 0))) add_handbook_kpi(app, offered[n]);
    ImGui::PopID();
    tag_item("okr.kpi.template." + std::to_string(offered[n]));
  }
}

void draw_list(App& app) {
  const auto& doc = app.session().doc();
  if (doc.kpis.empty()) {
    form::paragraph(tr(S::OkrKpiEmpty));
    tag_item("okr.kpi.empty");
    ImGui::Spacing();
    draw_add_buttons(app);
    return;
  }
  form::hint(tr(S::OkrKpiListHint));
  draw_add_buttons(app);
  ImGui::Spacing();
  // Copies: a save below moves the workspace's lists.
  const std::vector<okr::Kpi> kpis = doc.kpis;
  const float avail = ImGui::GetContentRegionAvail().x;
  const std::size_t columns = avail >= kTwoColumnsWidth ? 2 : 1;
  const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
  const float width = std::floor((avail - gap * float(columns - 1)) / float(columns));
  for (std::size_t i = 0; i < kpis.size(); ++i) {
    if (i % columns != 0) ImGui::SameLine(0, gap);
    draw_card(app, kpis[i], i, width);
    if (i % columns == columns - 1 || i + 1 == kpis.size()) ImGui::Dummy(ImVec2(0, ImGui::GetStyle().ItemSpacing.y));
  }
}

// ---- a KPI's page --------------------------------------------------------------------------

void draw_tiles(App& app, const okr::Kpi& k, const okr::KpiStats& s) {
  const std::string none = "—";
  std::string latest_value = none, latest_note;
  ImU32 latest_color = 0;
  if (s.latest) {
    latest_value = format_value(app, k.unit, s.latest->value);
    latest_note = entry_period(k, s.latest->period_start);
    latest_color = met_color(s.latest_met.value_or(false));
  }
  char met[96] = "";
  if (s.hit_rate) std::snprintf(met, sizeof(met), tr(S::OkrKpiMetCount), s.met, int(s.entries.size()));
  kpi_tiles({{"okr.kpi.tile.hitRate", tr(S::OkrKpiTileHitRate), s.hit_rate ? format_share(*s.hit_rate) : none, met, 0},
             {"okr.kpi.tile.streak", tr(S::OkrKpiTileStreak), std::to_string(s.streak), tr(S::OkrKpiTileStreakNote),
              s.streak > 0 ? colors::Success : 0},
             {"okr.kpi.tile.latest", tr(S::OkrKpiTileLatest), latest_value, latest_note, latest_color},
             {"okr.kpi.tile.target", tr(S::OkrKpiTileTarget), format_value(app, k.unit, k.target), target_line(app, k), 0}},
            KpiTileStyle{.min_width = 150, .label_size = 14, .value_size = 26, .note_size = 12});
}

void draw_fields(App& app, const okr::Kpi& kpi) {
  okr::Kpi k = kpi;
  std::string key;
  const std::string base = "okr." + k.id + ".";
  form::label(tr(S::OkrKpiName));
  ImGui::SetNextItemWidth(form::field_width());
  if (ImGui::InputTextWithHint("##name", tr(S::OkrKpiNameHint), &k.name)) key = base + "name";
  tag_item("okr.kpi.name");

  form::label(tr(S::OkrKpiDirection));
  int direction = int(k.direction);
  if (segmented("##direction", direction, {tr(S::OkrKpiAtLeast), tr(S::OkrKpiAtMost)},
                {"okr.kpi.direction.atLeast", "okr.kpi.direction.atMost"}, form::field_width())) {
    k.direction = okr::KpiDirection(direction);
    key = base + "direction";
  }

  form::label(tr(S::OkrTarget));
  if (number_field("##target", k.target, form::field_width() / 2)) key = base + "target";
  tag_item("okr.kpi.target");

  form::label(tr(S::OkrKpiFrequency));
  int frequency = int(k.frequency);
  if (segmented("##frequency", frequency, {tr(S::OkrKpiWeekly), tr(S::OkrKpiMonthly)},
                {"okr.kpi.frequency.weekly", "okr.kpi.frequency.monthly"}, form::field_width())) {
    k.frequency = okr::KpiFrequency(frequency);
    key = base + "frequency";
  }

  form::label(tr(S::OkrUnit));
  int unit = int(k.unit);
  if (segmented("##unit", unit, {tr(S::OkrUnitCount), tr(S::OkrUnitMoney), tr(S::OkrUnitPercent)},
                {"okr.kpi.unit.count", "okr.kpi.unit.money", "okr.kpi.unit.percent"}, form::field_width())) {
    k.unit = okr::Unit(unit);
    key = base + "unit";
  }
  if (!key.empty()) save_kpi(app, key, std::move(k));
}

// An entry for any period: a day of it (normalised to its week or month) and the value; the
// period's entry is updated when there is one.
void draw_new_entry(App& app, const okr::Kpi& k, const okr::KpiStats& s) {
  OkrViewState::KpiEntryDraft& d = app.state<OkrViewState>().kpi_entry;
  if (d.kpi_id != k.id) d = {k.id, app.session().today_iso(), std::nullopt};
  form::label(tr(S::OkrKpiNewEntry));
  const ImGuiStyle& style = ImGui::GetStyle();
  const float avail = ImGui::GetContentRegionAvail().x;
  const char* save_label = tr(S::OkrKpiSave);
  const float save_w = ImGui::CalcTextSize(save_label).x + style.FramePadding.x * 2;
  const float date_w = std::max(ImGui::GetFontSize() * 8.0f, ImGui::CalcTextSize(tr(S::OkrKpiEntryDay)).x);
  const float value_w = std::max(ImGui::GetFontSize() * 6.0f, ImGui::CalcTextSize(tr(S::OkrKpiEntryValue)).x);
  // Each field under its caption; the captions start the same way, so the fields line up.
  ImGui::PushStyleColor(ImGuiCol_Text, colors::TextMuted);
  ImGui::BeginGroup();
  form::label(tr(S::OkrKpiEntryDay));
  ImGui::PopStyleColor();
  date_field("##day", d.day, "okr.kpi.newEntry.day", date_w);
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::PushStyleColor(ImGuiCol_Text, colors::TextMuted);
  ImGui::BeginGroup();
  form::label(tr(S::OkrKpiEntryValue));
  ImGui::PopStyleColor();
  double value = d.value.value_or(NAN);
  if (number_field("##value", value, value_w)) d.value = value;
  tag_item("okr.kpi.newEntry.value");
  ImGui::EndGroup();
  // Save on the fields' line when it fits, under them otherwise.
  if (date_w + value_w + save_w + style.ItemSpacing.x * 2 <= avail) {
    ImGui::SameLine();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ImGui::GetItemRectSize().y - ImGui::GetFrameHeight());
  }
  ImGui::BeginDisabled(!d.value || d.day.empty());
  ImGui::PushStyleColor(ImGuiCol_Button, colors::Accent);
  ImGui::PushStyleColor(ImGuiCol_Text, colors::TextInverse);
  const bool save = ImGui::Button(save_label, ImVec2(save_w, 0));
  ImGui::PopStyleColor(2);
  ImGui::EndDisabled();
  tag_item("okr.kpi.newEntry.save");
  if (!d.day.empty()) {
    const std::string start = okr::kpi_period_start(k.frequency, d.day);
    const okr::KpiEntry* existing = nullptr;
    for (const okr::KpiEntry* e : s.entries)
      if (e->period_start == start) existing = e;
    char text[256];
    if (existing)
      std::snprintf(text, sizeof(text), tr(S::OkrKpiEntryReplaces), entry_period(k, start).c_str(),
                    format_value(app, k.unit, existing->value).c_str());
    else
      std::snprintf(text, sizeof(text), tr(S::OkrKpiEntryGoesTo), entry_period(k, start).c_str());
    form::hint(text);
    tag_item("okr.kpi.newEntry.period");
  }
  if (save && d.value && !d.day.empty()) {
    set_kpi_entry(app, k, d.day, *d.value);
    d.value.reset();
  }
}

void draw_entries(App& app, const okr::Kpi& k, const okr::KpiStats& s) {
  form::label(tr(S::OkrKpiEntries));
  if (s.entries.empty()) {
    form::hint(tr(S::OkrKpiNoEntries));
    return;
  }
  // Copies, newest first: a change below moves the workspace's list.
  std::vector<okr::KpiEntry> entries;
  for (auto it = s.entries.rbegin(); it != s.entries.rend(); ++it) entries.push_back(**it);
  const ImGuiStyle& style = ImGui::GetStyle();
  const float width = ImGui::GetContentRegionAvail().x;
  const char* remove_label = tr(S::CommonRemove);
  const float remove_w = ImGui::CalcTextSize(remove_label).x + style.FramePadding.x * 2;
  const float label_w = std::min(width * 0.45f, ImGui::GetFontSize() * 11.0f);
  const float value_w = ImGui::GetFontSize() * 6.0f;
  std::string remove;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const okr::KpiEntry& e = entries[i];
    const std::string tag = "okr.kpi.entry." + std::to_string(i);
    ImGui::PushID(e.id.c_str());
    const float x0 = ImGui::GetCursorPosX();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(entry_period(k, e.period_start).c_str());
    tag_item(tag);
    ImGui::SameLine(x0 + label_w);
    double value = e.value;
    if (number_field("##value", value, value_w)) set_kpi_entry_value(app, e.id, value, "okr.kpientry." + e.id + ".value");
    tag_item(tag + ".value");
    ImGui::SameLine();
    const bool met = okr::meets(k, e.value);
    ImGui::PushStyleColor(ImGuiCol_Text, met_color(met));
    ImGui::TextUnformatted(met ? "✓" : "✗");
    ImGui::PopStyleColor();
    tag_item(tag + ".met");
    ImGui::SameLine(x0 + width - remove_w);
    if (ImGui::Button(remove_label)) remove = e.id;
    tag_item(tag + ".remove");
    ImGui::Separator();
    ImGui::PopID();
  }
  if (!remove.empty()) delete_kpi_entry(app, remove);
}

void draw_delete(App& app, const okr::Kpi& k, std::size_t entries) {
  OkrViewState& st = app.state<OkrViewState>();
  if (st.confirm_delete_kpi_id != k.id) {
    if (ImGui::Button(tr(S::OkrKpiDelete))) st.confirm_delete_kpi_id = k.id;
    tag_item("okr.kpi.delete");
    return;
  }
  char text[512];
  std::snprintf(text, sizeof(text), tr_count(S::OkrKpiDeleteConfirm, S::OkrKpiDeleteConfirmOne, entries), kpi_name(k),
                int(entries));
  const std::string id = k.id;
  switch (confirm_box("okr.kpi.delete", text, tr(S::CommonDelete))) {
    case Confirmation::Confirmed: delete_kpi(app, id); break;
    case Confirmation::Cancelled: st.confirm_delete_kpi_id.clear(); break;
    case Confirmation::Pending: break;
  }
}

void draw_kpi(App& app, const okr::Kpi& k) {
  OkrViewState& st = app.state<OkrViewState>();
  if (ImGui::Button(tr(S::OkrKpiBack))) {
    st.open_kpi_id.clear();
    st.confirm_delete_kpi_id.clear();
    return;
  }
  tag_item("okr.kpi.back");
  ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.3f);
  wrapped_text(kpi_name(k), form::text_width());
  ImGui::PopFont();
  tag_item("okr.kpi.title");
  ImGui::PushStyleColor(ImGuiCol_Text, colors::TextMuted);
  wrapped_text(target_line(app, k), form::text_width());
  ImGui::PopStyleColor();
  ImGui::Spacing();
  // Copies of the entries: an edit below moves the workspace's list under the stats' pointers.
  std::vector<okr::KpiEntry> owned;
  for (const okr::KpiEntry& e : app.session().doc().kpi_entries)
    if (e.kpi_id == k.id) owned.push_back(e);
  const okr::KpiStats s = okr::kpi_stats(k, owned);
  draw_tiles(app, k, s);
  ImGui::Spacing();

  const float avail = ImGui::GetContentRegionAvail().x;
  if (avail >= kTwoColumnsWidth) {
    const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
    const float left = std::floor((avail - gap) * 0.42f);
    ImGui::BeginChild("##fields", ImVec2(left, 0), ImGuiChildFlags_AutoResizeY);
    draw_fields(app, k);
    ImGui::Spacing();
    draw_delete(app, k, s.entries.size());
    ImGui::EndChild();
    ImGui::SameLine(0, gap);
    ImGui::BeginChild("##entries", ImVec2(0, 0), ImGuiChildFlags_AutoResizeY);
    form::label(tr(S::OkrKpiTrend));
    trend_chart(app, "okr.kpi.chart", k, s, SIZE_MAX, ImGui::GetFontSize() * 12.0f);
    draw_new_entry(app, k, s);
    draw_entries(app, k, s);
    ImGui::EndChild();
    return;
  }
  form::label(tr(S::OkrKpiTrend));
  trend_chart(app, "okr.kpi.chart", k, s, SIZE_MAX, ImGui::GetFontSize() * 11.0f);
  draw_new_entry(app, k, s);
  draw_entries(app, k, s);
  ImGui::Spacing();
  draw_fields(app, k);
  ImGui::Spacing();
  draw_delete(app, k, s.entries.size());
}

}  // namespace

void draw_kpi_page(App& app) {
  OkrViewState& st = app.state<OkrViewState>();
  if (!st.open_kpi_id.empty()) {
    if (const okr::Kpi* k = find_kpi(app.session().doc(), st.open_kpi_id)) {
      const okr::Kpi copy = *k;  // edits below may move the workspace's vectors
      draw_kpi(app, copy);
      return;
    }
    st.open_kpi_id.clear();  // deleted, or undone away
  }
  draw_list(app);
}

}  // namespace fieldbook::shell
