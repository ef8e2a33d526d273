#include "workspace/sample.h"

#include <set>
#include <utility>

#include "common/date.h"
#include "workspace/collections.h"

namespace fieldbook::workspace {

Workspace make_sample_workspace(std::string_view language, const std::string& now, Date today) {
  Workspace w;
  w.sample = true;
  w.settings.language = LanguagePreference::Auto;
  w.settings.updated_at = now;
  for_each_collection([&](const auto& c) { w.*c.member = c.sample(language, now, today); });
  return w;
}

Workspace make_sample_workspace(std::string_view language, const std::string& now) {
  const auto stamp = parse_iso_timestamp(now);
  return make_sample_workspace(language, now, stamp ? date_of(*stamp) : Date{});
}

bool is_sample_id(std::string_view id) { return id.rfind(kSampleIdPrefix, 0) == 0; }

Workspace without_sample(const Workspace& workspace, const std::string& now) {
  Workspace w = workspace;
  // A sample record that one of the user's own records names stays (a session the user held
  // with a sample rep keeps its rep): clearing must never leave a reference to nothing.
  std::set<std::pair<std::string_view, std::string>> named;
  for_each_collection([&](const auto& c) {
    if (!c.references) return;
    for (const auto& r : w.*c.member)
      if (!is_sample_id(r.id))
        for (RecordReference& ref : c.references(r)) named.emplace(ref.collection, std::move(ref.id));
  });
  for_each_collection([&](const auto& c) {
    std::erase_if(w.*c.member, [&](const auto& r) {
      return is_sample_id(r.id) && !named.contains({std::string_view(c.key), r.id});
    });
  });
  w.sample = false;
  w.settings.updated_at = now;
  return w;
}

}  // namespace fieldbook::workspace
