#pragma once
// Why a workspace file was refused, in the UI's language: the kind of file it is (empty, too
// large, not a workspace, from a newer Fieldbook), or where it is broken (the line and column of
// text that is not UTF-8 or not JSON, the path of a wrong value and the rule it breaks). In English
// a value's problem is the core's own words, which say the rule in full.
#include <string>

#include "common/error.h"
#include "common/value_rule.h"

namespace fieldbook::shell {

std::string file_error_text(const Error& e);

// A value's rule in the UI's language ("应在 1 到 10 之间"); "" for a rule without words of its
// own (ValueRule::Kind::Other).
std::string value_rule_text(const ValueRule& rule);

}  // namespace fieldbook::shell
