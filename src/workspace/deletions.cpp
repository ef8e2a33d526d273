#include "workspace/deletions.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "workspace/collections.h"

namespace fieldbook::workspace {

RecordIds record_ids(const Workspace& w) {
  RecordIds out;
  out.reserve(kCollectionCount);
  for_each_collection([&](const auto& c) {
    auto& ids = out.emplace_back();
    ids.reserve((w.*c.member).size());
    for (const auto& r : w.*c.member) ids.push_back(r.id);
  });
  return out;
}

void note_deletions(const RecordIds& before, Workspace& after, const std::string& now) {
  std::size_t k = 0;
  for_each_collection([&](const auto& c) {
    const auto& was = before.at(k++);
    const auto& records = after.*c.member;
    // Most edits change no list's ids: compare in order first, the cheap way.
    if (was.size() == records.size() &&
        std::equal(was.begin(), was.end(), records.begin(), [](const std::string& id, const auto& r) { return id == r.id; }))
      return;
    std::unordered_set<std::string_view> now_held;
    for (const auto& r : records) now_held.insert(r.id);
    std::erase_if(after.deleted, [&](const Tombstone& t) { return t.collection == c.key && now_held.contains(t.id); });
    std::unordered_map<std::string, std::size_t> tombstone_of;  // this collection's, by id
    for (std::size_t i = 0; i < after.deleted.size(); ++i)
      if (after.deleted[i].collection == c.key) tombstone_of.emplace(after.deleted[i].id, i);
    for (const std::string& id : was) {
      if (now_held.contains(id)) continue;
      if (const auto it = tombstone_of.find(id); it != tombstone_of.end())
        after.deleted[it->second].deleted_at = now;
      else
        after.deleted.push_back({c.key, id, now});
    }
  });
}

void prune_tombstones(Workspace& w, Timestamp now) {
  const std::int64_t oldest = now.ms - std::int64_t{kTombstoneDays} * 86'400'000;
  std::erase_if(w.deleted, [&](const Tombstone& t) {
    const auto at = parse_iso_timestamp(t.deleted_at);
    return !at || at->ms < oldest;
  });
}

}  // namespace fieldbook::workspace
