// The About page: what the app is, its tools (from the tool table), the version and the build.
#include <string>

#include "app/app.h"
#include "widgets/test_ids.h"
#include "app/tools.h"
#include "build_info.h"
#include "imgui.h"
#include "widgets/form.h"
#include "views/host_check_view.h"

namespace fieldbook::shell {

namespace {

void draw_about_view(App& app) {
  form::title(tr(S::AboutTitle));
  for (const Tool& t : app.tools()) {
    if (!t.summary) continue;  // a page, not a tool
    form::label((std::string(t.icon) + "  " + tr(t.label)).c_str());
    tag_item("about.tool." + std::string(t.id));
    form::hint(tr(*t.summary));
  }
  ImGui::Spacing();
  form::paragraph(tr(S::AboutBody));
  ImGui::Spacing();
  form::hint(tr(S::AboutOffline));
  ImGui::Spacing();
  form::row(tr(S::AboutVersion), build::kVersion);
  form::row(tr(S::AboutBuild), build::kBuildId);
  draw_host_check(app);
}

}  // namespace

Tool about_tool() { return {.id = "about", .label = S::NavAbout, .icon = "ⓘ", .draw = draw_about_view}; }

}  // namespace fieldbook::shell
