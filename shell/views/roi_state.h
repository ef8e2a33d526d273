#pragma once
// What the ROI screens remember between frames that is not part of the workspace: which case is
// open, which scenario is shown, meeting mode, a pending delete. Kept by App
// (App::state<RoiViewState>(): one per app, so tests with several apps do not share it).
#include <map>
#include <string>

#include "roi/case.h"

namespace fieldbook::shell {

struct RoiViewState {
  std::string open_case_id;     // the case in the editor; empty: the list of cases
  roi::Scenario scenario = roi::Scenario::expected;  // the scenario the outputs show
  bool show_results = false;    // narrow screens show inputs or results, not both
  bool choosing_template = false;
  std::string confirm_delete_id;
  // A problem tapped in the banner: the editor scrolls to this input (Problem::field_path())
  // when it draws it, then clears it.
  std::string scroll_to_field;

  // Meeting mode: full screen for one case, no navigation, no toolbar.
  std::string meeting_case_id;
  bool in_meeting() const { return !meeting_case_id.empty(); }
  roi::Scenario meeting_scenario = roi::Scenario::expected;
  // Slider ranges fixed when the meeting starts, so a range does not move under the finger.
  std::map<std::string, roi::DriverRange> meeting_ranges;
};

}  // namespace fieldbook::shell
