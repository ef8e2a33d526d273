#pragma once
// What the GROW coaching screens remember between frames that is not part of the workspace:
// which page is shown (the team, the follow-up list, a rep, a worksheet), the worksheet's step,
// the follow-up filter, a pending delete. Kept by App (App::state<GrowViewState>()).
#include <string>

#include "grow/grow_step.h"

namespace fieldbook::shell {

struct GrowViewState {
  enum class List { Team, FollowUp };
  List list = List::Team;
  std::string open_rep_id;      // a rep's page; empty: the list
  std::string open_session_id;  // a worksheet (of open_rep_id's rep); empty: the rep's page
  grow::GrowStep step = grow::GrowStep::Goal;
  std::string asking_question_id;  // the question bank's question tapped last: shown above its step
  bool practising = false;      // the worksheet shows the practice cards instead of a step
  std::string practice_card_id; // the card being role-played
  std::string follow_up_rep_id; // the follow-up list of one rep; empty: everyone
  std::string confirm_delete_session_id;
  std::string confirm_delete_rep_id;
};

}  // namespace fieldbook::shell
