#pragma once
// A problem found in a record, for a file or the command line: where (a path inside the record or
// the document, "benefits[1].hours") and what, in English ("must be between 0 and 168").
#include <string>

namespace fieldbook {

struct Issue {
  std::string path;
  std::string message;
};

}  // namespace fieldbook
