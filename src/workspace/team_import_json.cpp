#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "workspace/team_import.h"

namespace fieldbook::workspace {

const char* match_code(RepMatch match) {
  switch (match) {
    case RepMatch::Linked: return "linked";
    case RepMatch::SameName: return "sameName";
    case RepMatch::Added: return "added";
  }
  return "linked";
}

std::string team_import_json(const TeamImport& import) {
  rapidjson::StringBuffer sb;
  rapidjson::Writer<rapidjson::StringBuffer> w(sb);
  auto text = [&](std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); };
  w.StartObject();
  w.Key("inputs");
  w.StartArray();
  for (const TeamFileResult& f : import.files()) {
    w.StartObject();
    w.Key("file");
    text(f.file_name);
    w.Key("repId");
    text(f.rep_id);
    w.Key("repName");
    text(f.rep_name);
    w.Key("match");
    w.String(match_code(f.match));
    for (const auto& [key, n] : {std::pair{"added", f.report.added}, std::pair{"updated", f.report.updated},
                                 std::pair{"older", f.report.older}, std::pair{"deleted", f.report.deleted},
                                 std::pair{"unchanged", f.report.unchanged}, std::pair{"leftOut", f.left_out},
                                 std::pair{"conflicts", static_cast<int>(f.report.conflicts.size())}}) {
      w.Key(key);
      w.Int(n);
    }
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return sb.GetString();
}

}  // namespace fieldbook::workspace
