// The printable summary of a coaching session: the core writes the HTML (grow/session_summary_html.h)
// with the words of the UI's language, and the browser prints it.
#include "app/app.h"
#include "grow/grow_step.h"
#include "grow/session_summary_html.h"
#include "views/grow_parts.h"

namespace fieldbook::shell {

std::string session_summary_html(App& app, const team::Rep& rep, const grow::CoachingSession& session) {
  const Language lang = app.ui_language();
  grow::SessionSummaryLabels l;
  l.html_lang = lang == Language::Zh ? "zh-CN" : "en";
  l.title = tr(S::GrowSummaryTitle);
  l.rep = tr(S::GrowSummaryRep);
  l.stage = tr(S::GrowStage);
  l.date = tr(S::GrowDate);
  l.topic = tr(S::GrowTopic);
  l.customer = tr(S::GrowCustomer);
  l.stage_new = tr(S::GrowStageNew);
  l.stage_growing = tr(S::GrowStageGrowing);
  l.stage_mature = tr(S::GrowStageMature);
  l.goal = grow::step_name(grow::GrowStep::Goal).in(lang);
  l.reality = grow::step_name(grow::GrowStep::Reality).in(lang);
  l.options = grow::step_name(grow::GrowStep::Options).in(lang);
  l.will = grow::step_name(grow::GrowStep::Will).in(lang);
  l.goal_text = tr(S::GrowGoalText);
  l.goal_measure = tr(S::GrowGoalMeasure);
  l.goal_due = tr(S::GrowGoalDue);
  l.reality_text = tr(S::GrowRealityText);
  l.reality_tried = tr(S::GrowRealityTried);
  l.reality_obstacles = tr(S::GrowRealityObstacles);
  l.option = tr(S::GrowSummaryOption);
  l.pros = tr(S::GrowPros);
  l.cons = tr(S::GrowCons);
  l.chosen = tr(S::GrowChosen);
  l.chosen_mark = "✓";
  l.commitment = tr(S::GrowCommitment);
  l.support = tr(S::GrowSupport);
  l.make_it_eight = tr(S::GrowSummaryMakeItEight);
  l.actions = tr(S::GrowActions);
  l.action = tr(S::GrowSummaryAction);
  l.owner = tr(S::GrowSummaryOwner);
  l.due = tr(S::GrowDue);
  l.status = tr(S::GrowSummaryStatus);
  l.owner_rep = tr(S::GrowOwnerRep);
  l.owner_manager = tr(S::GrowOwnerManager);
  l.status_open = tr(S::GrowStatusOpen);
  l.status_done = tr(S::GrowStatusDone);
  l.status_dropped = tr(S::GrowStatusDropped);
  l.practice = tr(S::GrowPractice);
  l.objection = tr(S::GrowSummaryObjection);
  l.result = tr(S::GrowSummaryResult);
  l.notes = tr(S::GrowNotes);
  l.result_handled = tr(S::GrowHandled);
  l.result_partly = tr(S::GrowPartly);
  l.result_stuck = tr(S::GrowStuck);
  l.next_session = tr(S::GrowNextSession);
  l.footer = tr(S::GrowSummaryFooter);
  grow::SessionSummaryInfo info;
  info.rep = &rep;
  return grow::session_summary_html(session, info, l, lang);
}

void print_session_summary(App& app, const team::Rep& rep, const grow::CoachingSession& session) {
  app.platform().print_document(session_summary_html(app, rep, session));
}

}  // namespace fieldbook::shell
