#pragma once
// A number typed by a person: shown with thousands separators ("120,000"), read leniently
// ("120000", "120,000", "¥120,000", "1.5"), applied as it is typed when it parses.
namespace fieldbook::shell {

// Returns true when `value` changed. `width` <= 0: the rest of the line.
bool number_field(const char* id, double& value, float width = 0);

}  // namespace fieldbook::shell
