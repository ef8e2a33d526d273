#pragma once
// Asking before something is removed: a box in the error's soft colour with the question, the
// removing button in red and Cancel. One look for every "Delete …? You can undo this."
namespace fieldbook::shell {

enum class Confirmation { Pending, Confirmed, Cancelled };

// `action` names the removing button ("Delete"); tagged "<test_id>.confirm" and
// "<test_id>.cancel".
Confirmation confirm_box(const char* test_id, const char* question, const char* action);

}  // namespace fieldbook::shell
