#include "app/file_error_text.h"

#include <cstdio>

#include "common/json_parse.h"
#include "i18n/i18n.h"
#include "workspace/workspace_io.h"

namespace fieldbook::shell {

std::string file_error_text(const Error& e) {
  char text[1024];
  if (const auto* f = dynamic_cast<const workspace::FileError*>(&e)) {
    switch (f->problem()) {
      case workspace::FileProblem::TooLarge:
        std::snprintf(text, sizeof(text), tr(S::FileTooLarge), int(workspace::kMaxFileBytes >> 20));
        return text;
      case workspace::FileProblem::Empty: return tr(S::FileEmpty);
      case workspace::FileProblem::NotAWorkspace: return tr(S::FileNotAWorkspace);
      case workspace::FileProblem::NewerVersion:
        std::snprintf(text, sizeof(text), tr(S::FileNewerVersion), f->version());
        return text;
    }
  }
  const Position& at = e.position();
  if (const auto* j = dynamic_cast<const JsonError*>(&e)) {
    std::snprintf(text, sizeof(text), tr(j->kind() == JsonError::Kind::NotUtf8 ? S::FileNotUtf8 : S::FileNotJson), at.line,
                  at.column);
    return text;
  }
  // A value's rule: in English the core's own words say it all; in Chinese, where, then the rule.
  if (!at.path.empty() && language() == Language::Zh) {
    std::snprintf(text, sizeof(text), tr(S::FileBadValue), at.path.c_str(), e.message().c_str());
    return text;
  }
  return e.what();
}

}  // namespace fieldbook::shell
