#pragma once
// The printable, shareable summary of one coaching session: one self-contained HTML document (no
// script, no inline style: it links the stylesheet `print.css`, like the ROI summary, so it
// satisfies the app's Content-Security-Policy style-src 'self') with the rep and their stage, the
// date, the topic and customer, the four GROW steps, the actions, the role-plays with the
// practice cards and the next session's date.
//
// Every text from the session is HTML-escaped, and its line breaks are kept (<br>). A part with
// nothing in it is left out, heading and all: a blank field, an option or action with no text, a
// step with no field set, an empty table. The words come from the caller (the app's i18n
// catalog), so this file knows no language; only the practice cards' objections are the core's
// own texts, in the `language` asked for.
#include <string>

#include "common/localized_text.h"
#include "grow/coaching_session.h"
#include "team/team.h"

namespace fieldbook::grow {

struct SessionSummaryLabels {
  std::string html_lang = "en";  // "en", "zh-CN"
  std::string title;             // "Coaching session"
  // The header
  std::string rep, stage, date, topic, customer;
  std::string stage_new, stage_growing, stage_mature;  // 新人期 / 成长期 / 成熟期
  // The four steps' headings (grow_step.h's step_name() has them in both languages)
  std::string goal, reality, options, will;
  // Goal: what, how it is measured, by when
  std::string goal_text, goal_measure, goal_due;
  // Reality: the facts, what has been tried, what is in the way
  std::string reality_text, reality_tried, reality_obstacles;
  // Options: the table's columns, and what the "chosen" column says for a chosen option
  std::string option, pros, cons, chosen, chosen_mark;
  // Will: the commitment (shown "6/10"), the support asked, the answer to "what would make it an 8?"
  std::string commitment, support, make_it_eight;
  // Actions: the table's columns, the owners and the statuses
  std::string actions, action, owner, due, status;
  std::string owner_rep, owner_manager;
  std::string status_open, status_done, status_dropped;
  // Practice: the table's columns and the results
  std::string practice, objection, result, notes;
  std::string result_handled, result_partly, result_stuck;
  std::string next_session;
  std::string footer;  // "Prepared with Fieldbook." (left out when empty)
};

struct SessionSummaryInfo {
  // The session's rep (team::find_rep), or nullptr when they are no longer in the team: the
  // rep and stage lines are then left out.
  const team::Rep* rep = nullptr;
  std::string stylesheet = "print.css";  // href of the print stylesheet
};

// The summary. `language` picks the practice cards' objections (practice_cards.h); a card not in
// the set (an id from a newer version) shows its id.
std::string session_summary_html(const CoachingSession& session, const SessionSummaryInfo& info,
                                 const SessionSummaryLabels& labels, Language language);

}  // namespace fieldbook::grow
