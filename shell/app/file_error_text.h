#pragma once
// Why a workspace file was refused, in the UI's language: the kind of file it is (empty, too
// large, not a workspace, from a newer Fieldbook), or where it is broken (the line and column of
// text that is not UTF-8 or not JSON, the path of a wrong value — that value's rule stays in the
// core's English, after the place it applies to).
#include <string>

#include "common/error.h"

namespace fieldbook::shell {

std::string file_error_text(const Error& e);

}  // namespace fieldbook::shell
