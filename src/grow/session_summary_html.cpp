#include "grow/session_summary_html.h"

#include <initializer_list>
#include <string_view>
#include <utility>
#include <vector>

#include "common/html.h"
#include "grow/practice_cards.h"

namespace fieldbook::grow {
namespace {

bool is_space(char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v'; }

// The text without the blank lines and spaces around it; a text of only those is empty.
std::string_view trimmed(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

bool blank(std::string_view text) { return trimmed(text).empty(); }

// Escaped, each line break ("\n", "\r\n" or "\r") a <br>.
std::string with_breaks(std::string_view text) {
  text = trimmed(text);
  std::string out;
  std::size_t line = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != '\n' && text[i] != '\r') continue;
    out += html_escape(text.substr(line, i - line));
    if (i == text.size()) break;
    out += "<br>";
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    line = i + 1;
  }
  return out;
}

const std::string& stage_label(team::RepStage stage, const SessionSummaryLabels& l) {
  switch (stage) {
    case team::RepStage::New: return l.stage_new;
    case team::RepStage::Growing: return l.stage_growing;
    case team::RepStage::Mature: return l.stage_mature;
  }
  return l.stage_new;
}

const std::string& owner_label(ActionOwner owner, const SessionSummaryLabels& l) {
  return owner == ActionOwner::Manager ? l.owner_manager : l.owner_rep;
}

std::pair<const std::string*, const char*> status_label(ActionStatus status, const SessionSummaryLabels& l) {
  switch (status) {
    case ActionStatus::Open: return {&l.status_open, "status-open"};
    case ActionStatus::Done: return {&l.status_done, "status-done"};
    case ActionStatus::Dropped: return {&l.status_dropped, "status-dropped"};
  }
  return {&l.status_open, "status-open"};
}

std::pair<const std::string*, const char*> result_label(PracticeResult result, const SessionSummaryLabels& l) {
  switch (result) {
    case PracticeResult::Handled: return {&l.result_handled, "result-handled"};
    case PracticeResult::Partly: return {&l.result_partly, "result-partly"};
    case PracticeResult::Stuck: return {&l.result_stuck, "result-stuck"};
  }
  return {&l.result_partly, "result-partly"};
}

// A label and the value it names; a blank value is left out.
struct Field {
  const std::string* label;
  std::string value;
};

// A table cell: its text (escaped, line breaks kept) and an optional class.
struct Cell {
  std::string text;
  std::string_view cls = {};
  std::string after = {};  // a second, quieter text in the same cell (a done action's date)
};

class Html : public HtmlWriter {
 public:
  // Every text of a session keeps its line breaks.
  void element(std::string_view tag, std::string_view content, std::string_view cls = {}) {
    open(tag, cls);
    out_ += with_breaks(content);
    close(tag);
  }
  void heading(std::string_view tag, std::string_view content) {
    element(tag, content);
    raw("\n");
  }

  // <dl> of the fields that have a value; nothing when none has. Returns whether it wrote one.
  bool fields(std::initializer_list<Field> list, std::string_view cls) {
    bool any = false;
    for (const Field& f : list) {
      if (blank(f.value)) continue;
      if (!any) {
        open("dl", cls);
        raw("\n");
        any = true;
      }
      raw("<div>");
      element("dt", *f.label);
      element("dd", f.value);
      raw("</div>\n");
    }
    if (any) raw("</dl>\n");
    return any;
  }

  void header_row(std::initializer_list<std::string_view> cells) {
    raw("<thead><tr>");
    for (std::string_view c : cells) element("th", c);
    raw("</tr></thead>\n<tbody>\n");
  }
  void row(const std::vector<Cell>& cells, std::string_view cls = {}) {
    open("tr", cls);
    for (const Cell& c : cells) {
      open("td", c.cls);
      out_ += with_breaks(c.text);
      if (!blank(c.after)) {
        raw(" ");
        element("span", c.after, "done-on");
      }
      close("td");
    }
    raw("</tr>\n");
  }


 private:
};

bool has_text(const Option& o) { return !blank(o.text) || !blank(o.pros) || !blank(o.cons); }

}  // namespace

std::string session_summary_html(const CoachingSession& s, const SessionSummaryInfo& info,
                                 const SessionSummaryLabels& l, Language language) {
  Html h;
  const team::Rep* rep = info.rep;
  const std::string rep_name = rep ? std::string(trimmed(rep->name)) : std::string();

  std::string title = l.title;
  for (const std::string& part : {rep_name, std::string(trimmed(s.date))}) {
    if (!part.empty()) title += " · " + part;
  }
  h.begin_document(l.html_lang, info.stylesheet, title, "session-summary");
  h.raw("<header>\n");
  h.heading("h1", l.title);
  h.fields(
      {
          {&l.rep, rep_name},
          {&l.stage, rep ? stage_label(rep->stage, l) : std::string()},
          {&l.date, s.date},
          {&l.topic, s.topic},
          {&l.customer, s.customer},
      },
      "meta");
  h.raw("</header>\n");

  // Goal
  if (!blank(s.goal.text) || !blank(s.goal.measure) || !blank(s.goal.due_date)) {
    h.raw("<section class=\"step\">\n");
    h.heading("h2", l.goal);
    h.fields({{&l.goal_text, s.goal.text}, {&l.goal_measure, s.goal.measure}, {&l.goal_due, s.goal.due_date}},
             "fields");
    h.raw("</section>\n");
  }

  // Reality
  if (!blank(s.reality.text) || !blank(s.reality.tried) || !blank(s.reality.obstacles)) {
    h.raw("<section class=\"step\">\n");
    h.heading("h2", l.reality);
    h.fields({{&l.reality_text, s.reality.text},
              {&l.reality_tried, s.reality.tried},
              {&l.reality_obstacles, s.reality.obstacles}},
             "fields");
    h.raw("</section>\n");
  }

  // Options: every one with something written, the chosen ones marked.
  bool any_option = false;
  for (const Option& o : s.options) any_option = any_option || has_text(o);
  if (any_option) {
    h.raw("<section class=\"step\">\n");
    h.heading("h2", l.options);
    h.raw("<table class=\"options\">\n");
    h.header_row({l.option, l.pros, l.cons, l.chosen});
    for (const Option& o : s.options) {
      if (!has_text(o)) continue;
      h.row({{o.text}, {o.pros}, {o.cons}, {o.chosen ? l.chosen_mark : std::string(), "mark"}},
            o.chosen ? "chosen" : "");
    }
    h.raw("</tbody>\n</table>\n</section>\n");
  }

  // Will
  const std::string commitment =
      s.will.commitment ? std::to_string(*s.will.commitment) + "/" + std::to_string(kMaxCommitment) : std::string();
  if (!commitment.empty() || !blank(s.will.support) || !blank(s.will.to_make_it_eight)) {
    h.raw("<section class=\"step\">\n");
    h.heading("h2", l.will);
    h.fields({{&l.commitment, commitment}, {&l.support, s.will.support}, {&l.make_it_eight, s.will.to_make_it_eight}},
             "fields");
    h.raw("</section>\n");
  }

  // Actions
  bool any_action = false;
  for (const Action& a : s.actions) any_action = any_action || !blank(a.text);
  if (any_action) {
    h.raw("<section>\n");
    h.heading("h2", l.actions);
    h.raw("<table class=\"actions\">\n");
    h.header_row({l.action, l.owner, l.due, l.status});
    for (const Action& a : s.actions) {
      if (blank(a.text)) continue;
      const auto [status, status_class] = status_label(a.status, l);
      h.row({{a.text},
             {owner_label(a.owner, l), "owner"},
             {a.due_date, "date"},
             {*status, status_class, a.status == ActionStatus::Done ? a.done_on : std::string()}});
    }
    h.raw("</tbody>\n</table>\n</section>\n");
  }

  // Practice: the card's objection, how it went, the notes.
  if (!s.practice.empty()) {
    h.raw("<section>\n");
    h.heading("h2", l.practice);
    h.raw("<table class=\"practice\">\n");
    h.header_row({l.objection, l.result, l.notes});
    for (const PracticeRun& run : s.practice) {
      const PracticeCard* card = find_practice_card(run.card_id);
      const auto [result, result_class] = result_label(run.result, l);
      h.row({{card ? card->objection.in(language) : run.card_id}, {*result, result_class}, {run.notes}});
    }
    h.raw("</tbody>\n</table>\n</section>\n");
  }

  h.fields({{&l.next_session, s.next_session_on}}, "meta next-session");
  if (!blank(l.footer)) h.element("footer", l.footer);
  h.end_document();
  return h.take();
}

}  // namespace fieldbook::grow
