#pragma once
#include <string_view>

#include "imgui.h"

namespace fieldbook::shell::web {

// KeyboardEvent.code ("KeyA", "ArrowLeft", "Enter") → ImGuiKey; ImGuiKey_None when unknown.
ImGuiKey key_from_dom_code(std::string_view code);

}  // namespace fieldbook::shell::web
