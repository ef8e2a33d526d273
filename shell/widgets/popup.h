#pragma once
// Popups closed from outside: ImGui closes a popup from inside it (CloseCurrentPopup), which
// draws it once more in that frame. A popup whose work finished between frames closes before it
// would be drawn.
namespace fieldbook::shell {

// Closes the popup `str_id` (as given to OpenPopup in the same ID scope), and any above it, if
// it is open; nothing otherwise.
void close_popup(const char* str_id);

}  // namespace fieldbook::shell
