#include "workspace/merge.h"

#include <map>
#include <unordered_map>

#include "common/date.h"
#include "common/json_writer.h"
#include "workspace/collections.h"
#include "workspace/schema.h"

namespace fieldbook::workspace {
namespace {

// An empty or unreadable time counts as older than any real one.
std::int64_t time_of(const std::string& at) {
  const auto t = parse_iso_timestamp(at);
  return t ? t->ms : INT64_MIN;
}

template <class Record>
std::string fingerprint(const Record& r) {
  return json::write_json(r, 0);
}

// The later deletion of each id, from both sides, in the order first seen.
class Deletions {
 public:
  void add(const Tombstone& t) {
    const auto [it, fresh] = index_.try_emplace({t.collection, t.id}, list_.size());
    if (fresh) {
      list_.push_back(t);
    } else {
      // The later deletion; two spellings of one instant: the greater text, as a record's tie goes.
      std::string& kept = list_[it->second].deleted_at;
      const std::int64_t theirs = time_of(t.deleted_at), mine = time_of(kept);
      if (theirs > mine || (theirs == mine && t.deleted_at > kept)) kept = t.deleted_at;
    }
  }
  // When `id` of `collection` was deleted, or INT64_MIN when it was not.
  std::int64_t deleted_at(const std::string& collection, const std::string& id) const {
    const auto it = index_.find({collection, id});
    return it == index_.end() ? INT64_MIN : time_of(list_[it->second].deleted_at);
  }
  std::vector<Tombstone> take() { return std::move(list_); }

 private:
  std::map<std::pair<std::string, std::string>, std::size_t> index_;
  std::vector<Tombstone> list_;
};

// Whether a record deleted at `deleted` stays: only a copy changed after the deletion does.
bool survives(std::int64_t updated, std::int64_t deleted) { return deleted == INT64_MIN || updated > deleted; }

template <class C>
void merge_collection(const C& collection, Workspace& out, const Workspace& incoming, const Deletions& deletions,
                      MergeReport& report) {
  const std::string key = collection.key;
  auto& into = out.*collection.member;
  const std::size_t local_count = into.size();
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
    const std::int64_t theirs_at = time_of(r.updated_at), mine_at = time_of(mine.updated_at);
    bool take = theirs_at > mine_at;
    if (theirs_at == mine_at) {
      const std::string a = fingerprint(mine), b = fingerprint(r);
      if (a == b) {
        ++report.unchanged;
        continue;
      }
      take = b > a;
    }
    report.conflicts.push_back({key, r.id, collection.name_of(take ? r : mine), take});
    if (take) {
      mine = r;
      ++report.updated;
    } else {
      ++report.older;
    }
  }
  // Deletions, from either side, of records whose copy is not newer than the deletion.
  std::size_t kept = 0;
  for (std::size_t i = 0; i < into.size(); ++i) {
    auto& r = into[i];
    if (survives(time_of(r.updated_at), deletions.deleted_at(key, r.id))) {
      if (kept != i) into[kept] = std::move(r);
      ++kept;
    } else if (i < local_count) {
      ++report.deleted;
    } else {
      --report.added;  // new here, but deleted there already: not added after all
    }
  }
  into.resize(kept);
}

}  // namespace

void merge_into(Workspace& out, const Workspace& incoming, MergeReport& report) {
  report = {};
  Deletions deletions;
  for (const Tombstone& t : out.deleted) deletions.add(t);
  for (const Tombstone& t : incoming.deleted) deletions.add(t);
  out.sample = out.sample && incoming.sample;
  for_each_collection([&](const auto& c) { merge_collection(c, out, incoming, deletions, report); });
  out.deleted = deletions.take();
}

Workspace merge(const Workspace& local, const Workspace& incoming, MergeReport& report) {
  Workspace out = local;
  merge_into(out, incoming, report);
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
  c.owner_id = w.settings.owner_id;
  c.deletions = static_cast<int>(w.deleted.size());
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
