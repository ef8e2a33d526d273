#pragma once
// A problem found in a record, for a file or the command line: where (a path inside the record or
// the document, "benefits[1].hours") and what, in English ("must be between 0 and 168") and as a
// rule a UI says in its own words ({Between, 0, 168}; value_rule.h).
#include <string>

#include "common/value_rule.h"

namespace fieldbook {

struct Issue {
  std::string path;
  std::string message;
  ValueRule rule;
  // A value a person may hold while editing (a discount rate of 150 % typed and not fixed yet):
  // the editor shows it at its input. This device's own storage keeps it, so a workspace saved
  // in that state opens again as it was; a file from elsewhere is refused (load_workspace).
  bool at_input = false;
};

}  // namespace fieldbook
