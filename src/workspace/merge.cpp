#include "workspace/merge.h"

#include <unordered_map>

#include "common/date.h"
#include "common/json_writer.h"
#include "workspace/collections.h"
#include "workspace/schema.h"

namespace fieldbook::workspace {
namespace {

// An empty or unreadable time counts as older than any real one.
std::int64_t time_of(const std::string& updated_at) {
  const auto t = parse_iso_timestamp(updated_at);
  return t ? t->ms : INT64_MIN;
}

template <class Record>
std::string fingerprint(const Record& r) {
  return json::write_json(r, 0);
}

template <class C>
void merge_collection(const C& collection, Workspace& out, const Workspace& incoming, MergeReport& report) {
  auto& into = out.*collection.member;
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < into.size(); ++i) index.emplace(into[i].id, i);
  for (const auto& r : incoming.*collection.member) {
    auto it = index.find(r.id);
    if (it == index.end()) {
      index.emplace(r.id, into.size());
      into.push_back(r);
      ++report.added;
      continue;
    }
    auto& mine = into[it->second];
    if (fingerprint(mine) == fingerprint(r)) {
      ++report.unchanged;
      continue;
    }
    const bool take = time_of(r.updated_at) > time_of(mine.updated_at);
    report.conflicts.push_back({collection.key, r.id, collection.name_of(take ? r : mine), take});
    if (take) {
      mine = r;
      ++report.replaced;
    }
  }
}

}  // namespace

Workspace merge(const Workspace& local, const Workspace& incoming, MergeReport& report) {
  report = {};
  Workspace out = local;
  out.sample = local.sample && incoming.sample;
  for_each_collection([&](const auto& c) { merge_collection(c, out, incoming, report); });
  return out;
}

int Contents::count(std::string_view key) const {
  for (const auto& c : collections)
    if (c.key == key) return c.records;
  return 0;
}

Contents contents_of(const Workspace& w) {
  Contents c;
  c.exported_by = w.exported_by;
  std::int64_t newest = INT64_MIN;
  auto consider = [&](const std::string& t) {
    if (time_of(t) > newest) {
      newest = time_of(t);
      c.last_changed = t;
    }
  };
  consider(w.settings.updated_at);
  for_each_collection([&](const auto& collection) {
    const auto& records = w.*collection.member;
    c.collections.push_back({collection.key, collection.label, static_cast<int>(records.size())});
    for (const auto& r : records) consider(r.updated_at);
  });
  c.sample = w.sample;
  return c;
}

}  // namespace fieldbook::workspace
