// 首页 "Today": the page everyone starts on. What needs the user today across the tools, as the
// core lists it (dashboard/today.h), in sections — coaching actions, key results at risk or off
// track, KPIs below target, funnel bottlenecks, the ROI cases worked on last. Each line says what
// and whose; a tap opens the record in its tool (open_record.h).
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "app/app.h"
#include "app/tools.h"
#include "common/find_by_id.h"
#include "dashboard/today.h"
#include "imgui.h"
#include "okr/funnel_board.h"
#include "views/okr_parts.h"
#include "views/open_record.h"
#include "widgets/badge.h"
#include "widgets/form.h"
#include "widgets/tap_row.h"
#include "widgets/test_ids.h"
#include "widgets/theme.h"
#include "widgets/wrapped_text.h"

namespace fieldbook::shell {

namespace {

using dashboard::TodayItem;
using dashboard::TodayKind;

// What a line shows: its title, a badge (may be empty) and a muted line of facts.
struct Line {
  std::string title;
  std::string badge;
  ImU32 badge_text = 0, badge_fill = 0;
  std::string facts;
  ImU32 facts_color = colors::TextMuted;
};

std::string or_untitled(const std::string& text) { return text.empty() ? tr(S::TodayUntitled) : text; }

Line action_line(App& app, const TodayItem& item) {
  const auto& doc = app.session().doc();
  Line l;
  const auto* s = find_by_id(doc.coaching_sessions, item.record_id);
  const grow::Action* a = s ? grow::find_action(*s, item.item_id) : nullptr;
  l.title = or_untitled(a ? a->text : "");
  char text[256];
  if (item.kind == TodayKind::OverdueAction) {
    std::snprintf(text, sizeof(text), tr_count(S::TodayDaysOverdue, S::TodayDaysOverdueOne, item.days_overdue),
                  item.days_overdue, item.date.c_str());
    l.facts_color = colors::Error;
    l.badge = tr(S::TodayOverdue), l.badge_text = colors::Error, l.badge_fill = colors::ErrorSoft;
  } else {
    std::snprintf(text, sizeof(text), tr(S::TodayDueOn), item.date.c_str());
    l.badge = tr(S::TodayDueThisWeek), l.badge_text = colors::Warning, l.badge_fill = colors::WarningSoft;
  }
  l.facts = owner_name(app, item.owner_id) + " · " + text;
  // The manager's own action: say whose coaching it came from.
  if (s && item.owner_id != s->rep_id)
    if (const auto* rep = find_by_id(app.session().doc().team, s->rep_id)) {
      char about[128];
      std::snprintf(about, sizeof(about), tr(S::TodayAbout), rep->name.c_str());
      l.facts += std::string(" · ") + about;
    }
  if (s && !s->topic.empty()) l.facts += " · " + s->topic;
  return l;
}

Line key_result_line(App& app, const TodayItem& item) {
  const auto& doc = app.session().doc();
  Line l;
  const auto* kr = find_by_id(doc.key_results, item.item_id);
  const auto* o = find_by_id(doc.objectives, item.record_id);
  l.title = or_untitled(kr ? kr->title : "");
  const okr::Status status = item.kind == TodayKind::KeyResultOffTrack ? okr::Status::OffTrack : okr::Status::AtRisk;
  l.badge = status_label(status);
  l.badge_text = status_color(status);
  l.badge_fill = status_fill(status);
  char text[256];
  std::snprintf(text, sizeof(text), tr(S::TodayKrProgress), format_share(item.progress.value_or(0)).c_str(),
                format_share(item.expected.value_or(0)).c_str());
  l.facts = owner_name(app, item.owner_id) + " · " + text;
  if (o) l.facts += " · " + or_untitled(o->title);
  return l;
}

Line kpi_line(App& app, const TodayItem& item) {
  Line l;
  const auto* k = find_by_id(app.session().doc().kpis, item.record_id);
  l.title = or_untitled(k ? k->name : "");
  const okr::Unit unit = k ? k->unit : okr::Unit::Count;
  char text[256];
  std::snprintf(text, sizeof(text), tr(S::TodayKpiValue), format_value(app, unit, item.progress.value_or(0)).c_str(),
                format_value(app, unit, item.expected.value_or(0)).c_str(), item.date.c_str());
  l.facts = owner_name(app, item.owner_id) + " · " + text;
  l.facts_color = colors::Error;
  return l;
}

Line funnel_line(App& app, const TodayItem& item) {
  Line l;
  const auto* p = find_by_id(app.session().doc().funnel_periods, item.record_id);
  const std::size_t step = item.step.value_or(0);
  const std::vector<std::string> names = p ? okr::stage_names(*p, app.ui_language()) : std::vector<std::string>{};
  const std::string from = step < names.size() ? names[step] : "?";
  const std::string to = step + 1 < names.size() ? names[step + 1] : "?";
  const std::string conversion = item.conversion ? format_share(*item.conversion) : tr(S::TodayNoValue);
  const std::optional<double> target =
      p && step < p->step_targets.size() ? p->step_targets[step] : std::optional<double>();
  char text[256];
  if (target)
    std::snprintf(text, sizeof(text), tr(S::TodayStepTarget), from.c_str(), to.c_str(), conversion.c_str(),
                  format_share(*target).c_str());
  else
    std::snprintf(text, sizeof(text), tr(S::TodayStep), from.c_str(), to.c_str(), conversion.c_str());
  l.title = text;
  char period[128];
  std::snprintf(period, sizeof(period), tr(S::TodayFunnelPeriod), item.date.c_str());
  l.facts = owner_name(app, item.owner_id) + " · " + period;
  return l;
}

Line roi_line(App& app, const TodayItem& item) {
  Line l;
  const auto* c = find_by_id(app.session().doc().roi_cases, item.record_id);
  l.title = or_untitled(c ? c->name : "");
  l.facts = owner_name(app, item.owner_id);
  if (c && !c->customer_name.empty()) l.facts += " · " + c->customer_name;
  char text[128];
  std::snprintf(text, sizeof(text), tr(S::TodayUpdated), item.date.substr(0, 10).c_str());
  l.facts += std::string(" · ") + text;
  return l;
}

Line line_of(App& app, const TodayItem& item) {
  switch (item.kind) {
    case TodayKind::OverdueAction:
    case TodayKind::ActionDueThisWeek: return action_line(app, item);
    case TodayKind::KeyResultOffTrack:
    case TodayKind::KeyResultAtRisk: return key_result_line(app, item);
    case TodayKind::KpiBelowTarget: return kpi_line(app, item);
    case TodayKind::FunnelBottleneck: return funnel_line(app, item);
    case TodayKind::RecentRoiCase: return roi_line(app, item);
  }
  return {};
}

// The test id of the n-th item of its kind: "today.overdue.0", "today.roi.2".
std::string tag_of(TodayKind kind, int n) {
  static const char* const names[] = {"overdue", "thisWeek", "offTrack", "atRisk", "kpi", "funnel", "roi"};
  return std::string("today.") + names[int(kind)] + "." + std::to_string(n);
}

void open(App& app, const TodayItem& item) {
  switch (item.kind) {
    case TodayKind::OverdueAction:
    case TodayKind::ActionDueThisWeek: open_session(app, item.record_id, true); break;
    case TodayKind::KeyResultOffTrack:
    case TodayKind::KeyResultAtRisk: open_objective(app, item.record_id, item.item_id); break;
    case TodayKind::KpiBelowTarget: open_kpi(app, item.record_id); break;
    case TodayKind::FunnelBottleneck: open_funnel_period(app, item.record_id); break;
    case TodayKind::RecentRoiCase: open_roi_case(app, item.record_id); break;
  }
}

void draw_line(const Line& l, float width) {
  ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.05f);
  wrapped_text(l.title, width);
  ImGui::PopFont();
  float facts_width = width;
  if (!l.badge.empty()) {
    const float left = ImGui::GetCursorScreenPos().x;
    badge(l.badge.c_str(), l.badge_text, l.badge_fill);
    const float used = ImGui::GetItemRectMax().x - left + ImGui::GetStyle().ItemSpacing.x;
    // The facts beside the badge where that leaves them a line's room; on a phone, under it (a
    // column beside it ran to five lines of two words).
    if (width - used >= ImGui::GetFontSize() * 20.0f) {
      ImGui::SameLine();
      facts_width = width - used;
    }
  }
  ImGui::PushStyleColor(ImGuiCol_Text, l.facts_color);
  wrapped_text(l.facts, facts_width);
  ImGui::PopStyleColor();
}

// A section shows its most urgent lines, and the rest on request: a manager of 30 reps has dozens
// of actions due, and the sections after them would be pages away.
constexpr int kLinesShown = 5;

// The sections a person opened whole ("actions", ...), until they close them again.
struct TodayViewState {
  std::vector<std::string> whole;
};

// One section: its heading, its items (of the kinds given; the first kLinesShown unless opened
// whole), or a kind word when it has none. Returns the record to open when a line was tapped.
const TodayItem* draw_section(App& app, const std::vector<TodayItem>& items, std::initializer_list<TodayKind> kinds,
                              S heading, S none, const char* tag) {
  ImGui::Spacing();
  form::label(tr(heading));
  tag_item(std::string("today.") + tag);
  auto& whole = app.state<TodayViewState>().whole;
  const auto opened = std::find(whole.begin(), whole.end(), tag);
  const TodayItem* tapped = nullptr;
  int count[7] = {};
  int shown = 0, total = 0;
  for (const TodayItem& item : items) {
    bool ours = false;
    for (TodayKind k : kinds) ours |= item.kind == k;
    if (!ours) continue;
    ++total;
    if (opened == whole.end() && shown == kLinesShown) continue;
    ++shown;
    const Line l = line_of(app, item);
    if (tap_row(tag_of(item.kind, count[int(item.kind)]++), [&](float w) { draw_line(l, w); })) tapped = &item;
  }
  if (total == 0) {
    form::hint(tr(none));
    tag_item(std::string("today.") + tag + ".none");
  } else if (shown < total) {
    char text[96];
    std::snprintf(text, sizeof(text), tr(S::TodayShowAll), total);
    if (ImGui::Button(text)) whole.emplace_back(tag);
    tag_item(std::string("today.") + tag + ".all");
  } else if (opened != whole.end()) {
    if (ImGui::Button(tr(S::TodayShowFewer))) whole.erase(opened);
    tag_item(std::string("today.") + tag + ".fewer");
  }
  return tapped;
}

void draw_today_view(App& app) {
  const Date day = today_of(app);
  const std::vector<TodayItem> items = dashboard::today(app.session().doc(), day);
  form::title(tr(S::TodayTitle));
  form::hint((app.session().today_iso() + " · " + tr(S::TodayIntro)).c_str());
  if (items.empty()) {
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, colors::Success);
    form::paragraph(tr(S::TodayAllClear));
    ImGui::PopStyleColor();
    tag_item("today.allClear");
  }
  const TodayItem* tapped = nullptr;
  auto section = [&](std::initializer_list<TodayKind> kinds, S heading, S none, const char* tag) {
    if (const TodayItem* t = draw_section(app, items, kinds, heading, none, tag)) tapped = t;
  };
  section({TodayKind::OverdueAction, TodayKind::ActionDueThisWeek}, S::TodayActions, S::TodayActionsNone, "actions");
  section({TodayKind::KeyResultOffTrack, TodayKind::KeyResultAtRisk}, S::TodayKeyResults, S::TodayKeyResultsNone,
          "keyResults");
  section({TodayKind::KpiBelowTarget}, S::TodayKpis, S::TodayKpisNone, "kpis");
  section({TodayKind::FunnelBottleneck}, S::TodayFunnels, S::TodayFunnelsNone, "funnels");
  section({TodayKind::RecentRoiCase}, S::TodayRoi, S::TodayRoiNone, "roi");
  // Opened after the whole page is drawn: opening switches the view under this frame's list.
  if (tapped) open(app, *tapped);
}

}  // namespace

// A page, not a tool (no summary): the About page lists the tools it leads to.
Tool today_tool() {
  return {.id = "today", .label = S::NavToday, .icon = "◉", .draw = draw_today_view};
}

}  // namespace fieldbook::shell
