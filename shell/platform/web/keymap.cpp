#include "platform/web/keymap.h"

namespace fieldbook::shell::web {

ImGuiKey key_from_dom_code(std::string_view code) {
  if (code.size() == 4 && code.substr(0, 3) == "Key" && code[3] >= 'A' && code[3] <= 'Z')
    return static_cast<ImGuiKey>(ImGuiKey_A + (code[3] - 'A'));
  if (code.size() == 6 && code.substr(0, 5) == "Digit" && code[5] >= '0' && code[5] <= '9')
    return static_cast<ImGuiKey>(ImGuiKey_0 + (code[5] - '0'));
  struct Entry {
    std::string_view code;
    ImGuiKey key;
  };
  static constexpr Entry kTable[] = {
      {"Enter", ImGuiKey_Enter},          {"NumpadEnter", ImGuiKey_KeypadEnter},
      {"Escape", ImGuiKey_Escape},        {"Backspace", ImGuiKey_Backspace},
      {"Tab", ImGuiKey_Tab},              {"Space", ImGuiKey_Space},
      {"Delete", ImGuiKey_Delete},        {"Insert", ImGuiKey_Insert},
      {"Home", ImGuiKey_Home},            {"End", ImGuiKey_End},
      {"PageUp", ImGuiKey_PageUp},        {"PageDown", ImGuiKey_PageDown},
      {"ArrowLeft", ImGuiKey_LeftArrow},  {"ArrowRight", ImGuiKey_RightArrow},
      {"ArrowUp", ImGuiKey_UpArrow},      {"ArrowDown", ImGuiKey_DownArrow},
      {"ShiftLeft", ImGuiKey_LeftShift},  {"ShiftRight", ImGuiKey_RightShift},
      {"ControlLeft", ImGuiKey_LeftCtrl}, {"ControlRight", ImGuiKey_RightCtrl},
      {"AltLeft", ImGuiKey_LeftAlt},      {"AltRight", ImGuiKey_RightAlt},
      {"MetaLeft", ImGuiKey_LeftSuper},   {"MetaRight", ImGuiKey_RightSuper},
      {"Minus", ImGuiKey_Minus},          {"Equal", ImGuiKey_Equal},
      {"Comma", ImGuiKey_Comma},          {"Period", ImGuiKey_Period},
      {"Slash", ImGuiKey_Slash},          {"Semicolon", ImGuiKey_Semicolon},
      {"Quote", ImGuiKey_Apostrophe},     {"Backquote", ImGuiKey_GraveAccent},
      {"BracketLeft", ImGuiKey_LeftBracket}, {"BracketRight", ImGuiKey_RightBracket},
      {"Backslash", ImGuiKey_Backslash},
      {"F1", ImGuiKey_F1}, {"F2", ImGuiKey_F2}, {"F3", ImGuiKey_F3}, {"F4", ImGuiKey_F4},
      {"F5", ImGuiKey_F5}, {"F6", ImGuiKey_F6}, {"F7", ImGuiKey_F7}, {"F8", ImGuiKey_F8},
      {"F9", ImGuiKey_F9}, {"F10", ImGuiKey_F10}, {"F11", ImGuiKey_F11}, {"F12", ImGuiKey_F12},
  };
  for (const auto& e : kTable)
    if (e.code == code) return e.key;
  return ImGuiKey_None;
}

}  // namespace fieldbook::shell::web
