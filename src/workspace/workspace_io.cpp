#include "workspace/workspace_io.h"

#include <string>

#include "common/error.h"
#include "common/json_parse.h"
#include "common/utf8.h"
#include "common/json_reader.h"
#include "common/json_writer.h"
#include "workspace/migrations.h"
#include "rfm/analysis_columns.h"
#include "workspace/schema.h"
#include "workspace/validate.h"

namespace fieldbook::workspace {
namespace {

rapidjson::Document parse(std::string_view text) {
  if (text.size() > kMaxFileBytes)
    throw FileError(FileProblem::TooLarge, "the file is larger than " + std::to_string(kMaxFileBytes >> 20) + " MB");
  if (strip_utf8_bom(text).find_first_not_of(" \t\r\n") == std::string_view::npos)
    throw FileError(FileProblem::Empty, "the file is empty");
  rapidjson::Document doc;
  parse_json(text, doc, json::kMaxNesting);
  if (!doc.IsObject())
    throw FileError(FileProblem::NotAWorkspace, "not a Fieldbook workspace: the file must hold one JSON object");
  return doc;
}

int schema_version_of(const rapidjson::Document& doc) {
  auto it = doc.FindMember("schemaVersion");
  if (it == doc.MemberEnd())
    throw FileError(FileProblem::NotAWorkspace, "is missing: this is not a Fieldbook workspace file", {0, 0, "schemaVersion"});
  if (!it->value.IsInt())
    throw Error::at_path("schemaVersion", "must be a whole number", rule::is(ValueRule::Kind::WholeNumber));
  const int v = it->value.GetInt();
  if (v > kSchemaVersion)
    throw FileError(FileProblem::NewerVersion,
                    "is " + std::to_string(v) + ": the file was made by a newer Fieldbook (this one reads up to " +
                        std::to_string(kSchemaVersion) + "); update the app",
                    {0, 0, "schemaVersion"}, v);
  if (v < 1) throw Error::at_path("schemaVersion", "must be at least 1", rule::at_least(1));
  return v;
}

Workspace load_document(rapidjson::Document& doc, LoadMode mode = LoadMode::File) {
  migrate(doc, schema_version_of(doc));
  rfm::check_rfm_columns(doc);
  Workspace w;
  json::JsonReader(doc).read_record(w);
  for (const Issue& issue : validate(w))
    if (mode == LoadMode::File || !issue.at_input) throw Error::at_path(issue.path, issue.message, issue.rule);
  return w;
}

}  // namespace

Workspace load_workspace(std::string_view json, LoadMode mode) {
  rapidjson::Document doc = parse(json);
  return load_document(doc, mode);
}

CaseFile load_case_file(std::string_view json) {
  rapidjson::Document doc = parse(json);
  CaseFile file;
  if (doc.HasMember("schemaVersion")) {
    file.is_workspace = true;
    file.cases = load_document(doc).roi_cases;
    return file;
  }
  // A bare case meets the rules it would meet inside a workspace, with paths from the case.
  Workspace w;
  w.roi_cases.emplace_back();
  json::JsonReader(doc).read_record(w.roi_cases.front());
  if (const auto issues = validate(w); !issues.empty()) {
    const std::string prefix = "roiCases[0].";
    auto strip = [&](std::string text) {
      for (auto at = text.find(prefix); at != std::string::npos; at = text.find(prefix, at)) text.erase(at, prefix.size());
      return text;
    };
    ValueRule rule = issues.front().rule;
    rule.name = strip(rule.name);
    throw Error::at_path(strip(issues.front().path), strip(issues.front().message), std::move(rule));
  }
  file.cases = std::move(w.roi_cases);
  return file;
}

std::string save_workspace(const Workspace& workspace, int indent) {
  json::check_finite(workspace);
  return json::write_json(workspace, indent);
}

std::string migrate_workspace_json(std::string_view json, int indent) {
  return save_workspace(load_workspace(json), indent);
}

int declared_schema_version(std::string_view json) {
  try {
    rapidjson::Document doc = parse(json);
    return schema_version_of(doc);
  } catch (const Error&) {
    return -1;
  }
}

}  // namespace fieldbook::workspace
