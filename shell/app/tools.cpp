#include "app/tools.h"

namespace fieldbook::shell {

// The tools and pages, one line each, in the order the navigation shows them; the app opens on
// the first. Each is described by `Tool <name>_tool()` in its own files (views/roi_view.cpp:
// roi_tool()). Adding a tool is adding its line here.
#define FB_TOOLS(X) \
  X(today)          \
  X(roi)            \
  X(rfm)            \
  X(grow)           \
  X(okr)            \
  X(team)           \
  X(settings)       \
  X(about)

#define FB_DECLARE_TOOL(name) Tool name##_tool();
FB_TOOLS(FB_DECLARE_TOOL)
#undef FB_DECLARE_TOOL

const ToolTable& registered_tools() {
#define FB_DESCRIBE_TOOL(name) name##_tool(),
  static const ToolTable table{FB_TOOLS(FB_DESCRIBE_TOOL)};
#undef FB_DESCRIBE_TOOL
  return table;
}

const Tool* ToolTable::find(std::string_view id) const {
  for (const Tool& t : tools_)
    if (t.id == id) return &t;
  return nullptr;
}

}  // namespace fieldbook::shell
