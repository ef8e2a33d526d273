#pragma once
// A day, typed as YYYY-MM-DD (the on-screen keyboard's digits and a dash). The value changes only
// to a real day or to empty: while the text is not one yet ("2026-02-3", "2026-02-30") the field
// keeps the person's text and says what it wants under it; leaving the field with such text
// gives the value back. So a record never holds an impossible date.
#include <string>

namespace fieldbook::shell {

// Returns true when `value` changed. `width` <= 0: form::field_width(). Tagged `test_id`; its
// message "<test_id>.error".
bool date_field(const char* id, std::string& value, const char* test_id, float width = 0.0f);

}  // namespace fieldbook::shell
