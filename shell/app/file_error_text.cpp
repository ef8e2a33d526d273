#include "app/file_error_text.h"

#include <cstdio>

#include "common/json_parse.h"
#include "common/number_text.h"
#include "i18n/i18n.h"
#include "workspace/collections.h"
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
  // A value's rule: in English the core's own words say it all; in Chinese, where, then the rule
  // (or only where, for a rule without words of its own).
  if (!at.path.empty() && language() == Language::Zh)
    return value_problem_text(at.path, e.rule(), S::FileBadValue, S::FileBadValueOther);
  return e.what();
}

namespace {

// A collection's name ("team" → 团队成员), as the Import dialog lists them.
std::string list_label(const std::string& key) {
  std::string out = key;
  workspace::for_each_collection([&](const auto& c) {
    if (key == c.key) out = c.label.in(language());
  });
  return out;
}

}  // namespace

std::string value_problem_text(const std::string& path, const ValueRule& rule, S with_rule, S without_rule) {
  const std::string said = value_rule_text(rule);
  char text[1024];
  if (said.empty())
    std::snprintf(text, sizeof(text), tr(without_rule), path.c_str());
  else
    std::snprintf(text, sizeof(text), tr(with_rule), path.c_str(), said.c_str());
  return text;
}

std::string issue_text(const Issue& issue) {
  if (language() != Language::Zh) return issue.path + ": " + issue.message;
  return value_problem_text(issue.path, issue.rule, S::ValueBreaksRule, S::ValueBreaksRuleOther);
}

std::string value_error_text(const Error& e) {
  if (e.position().path.empty()) return e.what();
  return issue_text(Issue{.path = e.position().path, .message = e.message(), .rule = e.rule()});
}

std::string value_rule_text(const ValueRule& r) {
  using K = ValueRule::Kind;
  char text[512];
  switch (r.kind) {
    case K::Other: return {};
    case K::Missing: return tr(S::RuleMissing);
    case K::UnknownField: return tr(S::RuleUnknownField);
    case K::Text: return tr(S::RuleText);
    case K::TrueFalse: return tr(S::RuleTrueFalse);
    case K::WholeNumber: return tr(S::RuleWholeNumber);
    case K::Number: return tr(S::RuleNumber);
    case K::List: return tr(S::RuleList);
    case K::Object: return tr(S::RuleObject);
    case K::Choice: return tr(S::RuleChoice);
    case K::NotUtf8: return tr(S::RuleNotUtf8);
    case K::TooLong: std::snprintf(text, sizeof(text), tr(S::RuleTooLong), shortest_number(r.low).c_str()); return text;
    case K::TooMany: std::snprintf(text, sizeof(text), tr(S::RuleTooMany), shortest_number(r.low).c_str()); return text;
    case K::OutOfRange: return tr(S::RuleOutOfRange);
    case K::Between:
      std::snprintf(text, sizeof(text), tr(S::RuleBetween), shortest_number(r.low).c_str(), shortest_number(r.high).c_str());
      return text;
    case K::AtLeast: std::snprintf(text, sizeof(text), tr(S::RuleAtLeast), shortest_number(r.low).c_str()); return text;
    case K::NotNegative: return tr(S::RuleNotNegative);
    case K::NotEmpty: return tr(S::RuleNotEmpty);
    case K::Date: return tr(S::RuleDate);
    case K::Timestamp: return tr(S::RuleTimestamp);
    case K::Currency: return tr(S::RuleCurrency);
    case K::DuplicateId: std::snprintf(text, sizeof(text), tr(S::RuleDuplicateId), r.name.c_str()); return text;
    case K::NoRecord:
      std::snprintf(text, sizeof(text), tr(S::RuleNoRecord), r.name.c_str(), list_label(r.list).c_str());
      return text;
    case K::NoReference: std::snprintf(text, sizeof(text), tr(S::RuleNoReference), list_label(r.list).c_str()); return text;
    case K::NotBefore: std::snprintf(text, sizeof(text), tr(S::RuleNotBefore), r.name.c_str()); return text;
    case K::Ascending: return tr(S::RuleAscending);
    case K::TooManyValues:
      std::snprintf(text, sizeof(text), tr(S::RuleTooManyValues), shortest_number(r.low).c_str());
      return text;
  }
  return {};
}

}  // namespace fieldbook::shell
