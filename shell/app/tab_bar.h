#pragma once
// Which tools the bottom tab bar shows, and how. When every tool's label (or its short label) fits
// an equal share at the normal size, every tool has a tab, as on a tablet held upright. When they
// do not (a phone), the bar does what a phone's own apps do: at most five tabs — the first tools of
// the table and More (更多), which opens a list of the others — with labels down to three quarters
// of the normal size (a phone's tab labels are small: 10–12 pt). Pure arithmetic on widths, so it
// is tested without drawing.
#include <vector>

namespace fieldbook::shell {

struct TabLabel {
  float full = 0.0f;   // the label's width at the normal size
  float short_ = 0.0f; // the short label's width, or the label's when there is none
};

struct TabPlan {
  int tabs = 0;        // the first `tabs` tools have a tab
  bool more = false;   // the rest are under More (its tab comes last)
  float width = 0.0f;  // each tab's width
  float scale = 1.0f;  // the labels' size, relative to the normal one
  std::vector<bool> use_short;  // per tab: its short label
};

struct TabBarMetrics {
  float avail = 0.0f;          // the bar's width
  float spacing = 0.0f;        // between two tabs
  float pad = 0.0f;            // a frame's padding: a label that needs more room than its tab less
                               // this on each side shows its short label
  float phone_pad = 0.0f;      // the least room a label keeps from each side of its tab
  float min_tab = 44.0f;       // a finger's width
  float more = 0.0f;           // More's label, at the normal size
};

TabPlan plan_tab_bar(const std::vector<TabLabel>& labels, const TabBarMetrics& m);

// The most tabs a bar with More holds: iOS and Android's bottom bars hold three to five.
inline constexpr int kMaxPhoneTabs = 5;
// The smallest label a phone's bar shrinks to, relative to the normal size.
inline constexpr float kMinTabLabelScale = 0.75f;

}  // namespace fieldbook::shell
