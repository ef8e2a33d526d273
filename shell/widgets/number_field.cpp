#include "widgets/number_field.h"

#include <cmath>
#include <string>

#include "common/money.h"
#include "imgui.h"
#include "imgui_stdlib.h"

namespace fieldbook::shell {

namespace {

std::string display(double v) {
  FormatOptions o;
  o.symbol = false;
  const bool whole = std::fabs(v - std::round(v)) < 1e-9;
  std::string s = format_amount(v, Currency::CNY, whole ? 0 : 4, o);
  if (!whole) {
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
  }
  return s;
}

}  // namespace

bool number_field(const char* id, double& value, float width) {
  std::string text = std::isfinite(value) ? display(value) : std::string();
  ImGui::SetNextItemWidth(width > 0 ? width : -FLT_MIN);
  if (!ImGui::InputText(id, &text, ImGuiInputTextFlags_AutoSelectAll)) return false;
  const auto parsed = parse_amount(text);
  if (!parsed || *parsed == value) return false;
  value = *parsed;
  return true;
}

}  // namespace fieldbook::shell
