#include "app/app.h"
#include "build_info.h"
#include "imgui.h"
#include "views/views.h"
#include "widgets/form.h"

namespace fieldbook::shell {

void draw_about_view(App&) {
  form::title(tr(S::AboutTitle));
  form::paragraph(tr(S::AboutBody));
  ImGui::Spacing();
  form::hint(tr(S::AboutOffline));
  ImGui::Spacing();
  form::row(tr(S::AboutVersion), build::kVersion);
  form::row(tr(S::AboutBuild), build::kBuildId);
}

}  // namespace fieldbook::shell
