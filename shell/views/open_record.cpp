// Opening a record in its tool (open_record.h): each function sets the tool's screen state the
// way a tap inside the tool does, then shows the tool.
#include "views/open_record.h"

#include "app/app.h"
#include "common/find_by_id.h"
#include "views/grow_state.h"
#include "views/okr_state.h"
#include "views/rfm_state.h"
#include "views/roi_state.h"

namespace fieldbook::shell {

bool open_session(App& app, const std::string& session_id, bool at_actions) {
  const auto* s = find_by_id(app.session().doc().coaching_sessions, session_id);
  if (!s) return false;
  GrowViewState& st = app.state<GrowViewState>();
  st.open_rep_id = s->rep_id;
  st.open_session_id = s->id;
  st.step = at_actions ? grow::GrowStep::Will : grow::GrowStep::Goal;
  st.asking_question_id.clear();
  st.practising = false;
  return app.navigate("grow");
}

bool open_rep_profile(App& app, const std::string& rep_id) {
  if (!find_by_id(app.session().doc().team, rep_id)) return false;
  GrowViewState& st = app.state<GrowViewState>();
  st.open_rep_id = rep_id;
  st.open_session_id.clear();
  return app.navigate("grow");
}

bool open_objective(App& app, const std::string& objective_id, const std::string& key_result_id) {
  const auto& doc = app.session().doc();
  if (!find_by_id(doc.objectives, objective_id)) return false;
  OkrViewState& st = app.state<OkrViewState>();
  st.page = OkrViewState::Page::Objectives;
  st.open_objective_id = objective_id;
  const auto* kr = find_by_id(doc.key_results, key_result_id);
  st.open_key_result_id = kr && kr->objective_id == objective_id ? key_result_id : std::string();
  return app.navigate("okr");
}

bool open_kpi(App& app, const std::string& kpi_id) {
  if (!find_by_id(app.session().doc().kpis, kpi_id)) return false;
  OkrViewState& st = app.state<OkrViewState>();
  st.page = OkrViewState::Page::Kpis;
  st.open_objective_id.clear();  // the KPIs page shows under the OKR tool's pages, not an objective
  st.open_kpi_id = kpi_id;
  return app.navigate("okr");
}

bool open_funnel_period(App& app, const std::string& period_id) {
  const auto* p = find_by_id(app.session().doc().funnel_periods, period_id);
  if (!p) return false;
  OkrViewState& st = app.state<OkrViewState>();
  st.page = OkrViewState::Page::Funnel;
  st.open_objective_id.clear();
  st.funnel_owner_id = p->owner_id;
  st.open_funnel_id = p->id;
  return app.navigate("okr");
}

bool open_roi_case(App& app, const std::string& case_id) {
  if (!find_by_id(app.session().doc().roi_cases, case_id)) return false;
  RoiViewState& st = app.state<RoiViewState>();
  st.open_case_id = case_id;
  st.choosing_template = false;
  st.show_results = false;
  st.confirm_delete_id.clear();
  return app.navigate("roi");
}

bool open_rfm_analysis(App& app, const std::string& analysis_id) {
  if (!find_by_id(app.session().doc().rfm_analyses, analysis_id)) return false;
  app.state<RfmViewState>().selected_id = analysis_id;
  return app.navigate("rfm");
}

}  // namespace fieldbook::shell
