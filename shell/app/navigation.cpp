#include "app/navigation.h"

namespace fieldbook::shell {

std::span<const NavEntry> nav_entries() {
  static const NavEntry entries[] = {
      {ViewId::Roi, S::NavRoi, "nav.roi"},
      {ViewId::Rfm, S::NavRfm, "nav.rfm"},
      {ViewId::Settings, S::NavSettings, "nav.settings"},
      {ViewId::About, S::NavAbout, "nav.about"},
  };
  return entries;
}

}  // namespace fieldbook::shell
