#pragma once
// The tools and pages a person can go to, in the order the navigation shows them. A tool appears
// here when it lands.
#include <span>

#include "app/app.h"
#include "i18n/i18n.h"

namespace fieldbook::shell {

struct NavEntry {
  ViewId view;
  S label;
  const char* test_id;
};

std::span<const NavEntry> nav_entries();

}  // namespace fieldbook::shell
