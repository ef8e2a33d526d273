#include "views/grow_edit.h"

#include <algorithm>

#include "app/app.h"
#include "grow/follow_up.h"
#include "grow/handbook_example.h"
#include "views/grow_state.h"
#include "views/record_edit.h"
#include "workspace/remove_rep.h"

namespace fieldbook::shell {

const grow::CoachingSession* find_session(const workspace::Workspace& w, std::string_view id) {
  return find_by_id(w.coaching_sessions, id);
}

void add_rep(App& app) {
  Session& s = app.session();
  team::Rep rep;
  rep.id = s.new_id("rep");
  rep.started_on = app.session().today_iso();
  rep.updated_at = s.now_iso();
  s.edit("", [&](workspace::Workspace& w) { w.team.push_back(rep); });
  GrowViewState& st = app.state<GrowViewState>();
  st.open_rep_id = rep.id;
  st.open_session_id.clear();
}

void save_rep(App& app, std::string_view coalesce_key, team::Rep rep) {
  save_record(app, coalesce_key, &workspace::Workspace::team, std::move(rep));
}

void delete_rep(App& app, std::string_view id) {
  const std::string key(id);
  const std::string now = app.session().now_iso();
  app.session().edit("", [&](workspace::Workspace& w) { workspace::remove_rep(w, key, now); });
  GrowViewState& st = app.state<GrowViewState>();
  if (st.open_rep_id == key) st.open_rep_id.clear(), st.open_session_id.clear();
  if (st.follow_up_rep_id == key) st.follow_up_rep_id.clear();
  st.confirm_delete_rep_id.clear();
}

void start_session(App& app, std::string_view rep_id, bool from_example) {
  Session& s = app.session();
  grow::CoachingSession session =
      grow::new_session(s.doc().coaching_sessions, rep_id, s.new_id("session"), app.session().today_iso(), app.ui_language(), s.now_iso());
  if (from_example) {
    grow::CoachingSession example = grow::handbook_example(app.ui_language());
    example.id = session.id;
    example.rep_id = session.rep_id;
    example.date = session.date;
    example.updated_at = session.updated_at;
    // The example's ids are the same in every copy: give each its own, as ids are across files.
    for (auto& o : example.options) o.id = s.new_id("option");
    for (auto& a : example.actions) a.id = s.new_id("action");
    session = std::move(example);
  }
  s.edit("", [&](workspace::Workspace& w) { w.coaching_sessions.push_back(session); });
  GrowViewState& st = app.state<GrowViewState>();
  st.open_rep_id = std::string(rep_id);
  st.open_session_id = session.id;
  st.step = grow::GrowStep::Goal;
  st.practising = false;
}

void save_session(App& app, std::string_view coalesce_key, grow::CoachingSession session) {
  save_record(app, coalesce_key, &workspace::Workspace::coaching_sessions, std::move(session));
}

void delete_session(App& app, std::string_view id) {
  const std::string key(id);
  app.session().edit("", [&](workspace::Workspace& w) {
    std::erase_if(w.coaching_sessions, [&](const grow::CoachingSession& s) { return s.id == key; });
  });
  GrowViewState& st = app.state<GrowViewState>();
  if (st.open_session_id == key) st.open_session_id.clear();
  st.confirm_delete_session_id.clear();
}

void set_action_status(App& app, std::string_view session_id, std::string_view action_id, grow::ActionStatus status) {
  const grow::CoachingSession* s = find_session(app.session().doc(), session_id);
  if (!s) return;
  grow::CoachingSession copy = *s;
  grow::Action* a = grow::find_action(copy, action_id);
  if (!a) return;
  grow::set_status(*a, status, app.session().today_iso());
  save_session(app, "", std::move(copy));
}

}  // namespace fieldbook::shell
