#include "app/tab_bar.h"

#include <algorithm>

namespace fieldbook::shell {

namespace {

float share(const TabBarMetrics& m, int tabs) { return (m.avail - m.spacing * float(tabs - 1)) / float(tabs); }

}  // namespace

TabPlan plan_tab_bar(const std::vector<TabLabel>& labels, const TabBarMetrics& m) {
  const int n = int(labels.size());
  TabPlan plan;
  if (n == 0) return plan;
  // Everything fits at the normal size: one tab per tool, a short label where the long one does not
  // fit with the frame's padding (as the tab bar always chose), every label inside its tab.
  {
    const float w = share(m, n);
    bool fits = w >= m.min_tab;
    std::vector<bool> use_short;
    for (const TabLabel& l : labels) {
      const bool s = l.full + 2 * m.pad > w;
      use_short.push_back(s);
      fits = fits && (s ? l.short_ : l.full) + 2 * m.phone_pad <= w;
    }
    if (fits) return {n, false, w, 1.0f, use_short};
  }
  // A phone: the first k tools and More, with the most tools whose labels fit at the smallest size.
  for (int k = std::min(n - 1, kMaxPhoneTabs - 1); k >= 1; --k) {
    const float w = share(m, k + 1);
    if (w < m.min_tab && k > 1) continue;
    const float room = w - 2 * m.phone_pad;
    // The largest size at which every tab's label fits.
    std::vector<bool> use_short;
    float scale = 1.0f;
    bool fits = true;
    for (int i = 0; i < k; ++i) {
      const TabLabel& l = labels[size_t(i)];
      const bool s = l.full > room;  // as on the tablet: the short label when the long one does not fit
      use_short.push_back(s);
      const float width = s ? l.short_ : l.full;
      if (width * kMinTabLabelScale > room) fits = false;
      else if (width > 0) scale = std::min(scale, room / width);
    }
    if (m.more * kMinTabLabelScale > room) fits = false;
    else if (m.more > 0) scale = std::min(scale, room / m.more);
    if (fits || k == 1) return {k, true, w, std::max(kMinTabLabelScale, scale), use_short};
  }
  return plan;
}

}  // namespace fieldbook::shell
