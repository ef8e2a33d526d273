#pragma once
// Why a workspace file was refused, in the UI's language: the kind of file it is (empty, too
// large, not a workspace, from a newer Fieldbook), or where it is broken (the line and column of
// text that is not UTF-8 or not JSON, the path of a wrong value and the rule it breaks). In English
// a value's problem is the core's own words, which say the rule in full.
#include <string>

#include "common/error.h"
#include "common/issue.h"
#include "common/value_rule.h"
#include "i18n/i18n.h"

namespace fieldbook::shell {

std::string file_error_text(const Error& e);

// A value in the workspace that breaks its rule (what stops an export): in English the core's
// words with the path; in Chinese the path, then the rule ("roiCases[0].years 处的数值应在 1 到 10 之间").
std::string issue_text(const Issue& issue);
// The same for a core error at a value (its path and rule); an error without a path is the
// core's words (nothing a user's input can cause: a message to pass on to support).
std::string value_error_text(const Error& e);

// Where a value is and the rule it breaks, in one of the UI's sentences: `with_rule` takes the
// path and the rule ("文件中 %s 处的数据不符合要求（%s）。"), `without_rule` the path alone, for a rule
// without words of its own.
std::string value_problem_text(const std::string& path, const ValueRule& rule, S with_rule, S without_rule);

// A value's rule in the UI's language ("应在 1 到 10 之间"); "" for a rule without words of its
// own (ValueRule::Kind::Other).
std::string value_rule_text(const ValueRule& rule);

}  // namespace fieldbook::shell
