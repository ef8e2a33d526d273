#include "workspace/validate.h"

#include <string_view>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "common/date.h"
#include "common/money.h"
#include "workspace/collections.h"

namespace fieldbook::workspace {
namespace {

std::string at(const std::string& collection, std::size_t i) { return collection + "[" + std::to_string(i) + "]"; }

// The ids of every collection, by its key, with each record's time: what references and
// deletions are looked up in.
class IdIndex {
 public:
  explicit IdIndex(const Workspace& w) {
    for_each_collection([&](const auto& c) {
      auto& ids = ids_[c.key];
      for (const auto& r : w.*c.member) ids.emplace(r.id, &r.updated_at);
    });
  }
  bool contains(std::string_view key, const std::string& id) const { return updated_at(key, id) != nullptr; }
  // The record's updatedAt, or nullptr when the collection has no such record.
  const std::string* updated_at(std::string_view key, const std::string& id) const {
    const auto it = ids_.find(key);
    if (it == ids_.end()) return nullptr;
    const auto r = it->second.find(id);
    return r == it->second.end() ? nullptr : r->second;
  }
  bool is_collection(std::string_view key) const { return ids_.contains(key); }

 private:
  std::map<std::string_view, std::unordered_map<std::string_view, const std::string*>> ids_;
};

class Checker {
 public:
  std::vector<Issue> issues;

  void add(std::string path, std::string message, ValueRule rule = {}) {
    issues.push_back({std::move(path), std::move(message), std::move(rule)});
  }

  void timestamp(const std::string& path, const std::string& value) {
    if (!value.empty() && !parse_iso_timestamp(value)) add(path, kTimestampProblem, rule::timestamp());
  }

  // Every record of a collection: its id present and unique (ids identify records across
  // devices), its time readable; then each record's own rules, with the record's path in front.
  template <class C>
  void collection(const C& c, const Workspace& w, const IdIndex& ids) {
    const auto& records = w.*c.member;
    const std::string key = c.key;
    std::unordered_map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < records.size(); ++i) {
      const std::string& id = records[i].id;
      if (id.empty()) {
        add(at(key, i) + ".id", "must not be empty", rule::not_empty());
      } else if (const auto [it, added] = seen.emplace(id, i); !added) {
        add(at(key, i) + ".id", "duplicates the id of " + at(key, it->second), rule::duplicate_id(at(key, it->second)));
      }
    }
    for (std::size_t i = 0; i < records.size(); ++i) timestamp(at(key, i) + ".updatedAt", records[i].updated_at);
    if (c.references) {
      for (std::size_t i = 0; i < records.size(); ++i)
        for (const RecordReference& r : c.references(records[i]))
          if (!r.id.empty() && !ids.contains(r.collection, r.id))
            add(at(key, i) + "." + r.path, "names \"" + r.id + "\", which is not in " + std::string(r.collection),
                rule::no_record(r.id, std::string(r.collection)));
    }
    if (!c.check) return;
    for (std::size_t i = 0; i < records.size(); ++i) {
      const std::string base = at(key, i);
      for (Issue& issue : c.check(records[i])) {
        // "duplicates the id of oneTimeCosts[0]" names a place inside the record: make it whole.
        constexpr std::string_view kDuplicate = "duplicates the id of ";
        if (issue.message.starts_with(kDuplicate)) issue.message.insert(kDuplicate.size(), base + ".");
        if (issue.rule.kind == ValueRule::Kind::DuplicateId) issue.rule.name.insert(0, base + ".");
        issues.push_back({base + "." + issue.path, std::move(issue.message), std::move(issue.rule), issue.at_input});
      }
    }
  }

  // Each names a collection and an id once, with a real time.
  void tombstones(const std::vector<Tombstone>& deleted, const IdIndex& ids) {
    std::map<std::pair<std::string_view, std::string_view>, std::size_t> seen;
    for (std::size_t i = 0; i < deleted.size(); ++i) {
      const Tombstone& t = deleted[i];
      const std::string base = at("deleted", i);
      if (!ids.is_collection(t.collection)) add(base + ".collection", "names \"" + t.collection + "\", which is not a list of the workspace");
      if (t.id.empty()) add(base + ".id", "must not be empty", rule::not_empty());
      if (!parse_iso_timestamp(t.deleted_at)) add(base + ".deletedAt", kTimestampProblem, rule::timestamp());
      if (const auto [it, added] = seen.emplace(std::pair{std::string_view(t.collection), std::string_view(t.id)}, i); !added)
        add(base + ".id", "duplicates the deletion " + at("deleted", it->second));
      // A record stays beside its deletion only when it changed after it (merge.h): any other
      // file would lose the record at its next merge, with itself.
      const auto deleted_at = parse_iso_timestamp(t.deleted_at);
      if (const std::string* kept = ids.updated_at(t.collection, t.id); kept && deleted_at) {
        const auto changed = parse_iso_timestamp(*kept);
        if (!changed || changed->ms <= deleted_at->ms)
          add(base + ".id", "names a record the file still holds, unchanged since the deletion");
      }
    }
  }
};

}  // namespace

std::vector<Issue> validate(const Workspace& w) {
  Checker c;
  if (!is_currency_code(w.settings.currency)) c.add("settings.currency", kCurrencyCodeProblem, rule::currency());
  c.timestamp("settings.updatedAt", w.settings.updated_at);
  const IdIndex ids(w);
  for_each_collection([&](const auto& collection) { c.collection(collection, w, ids); });
  c.tombstones(w.deleted, ids);
  return c.issues;
}

}  // namespace fieldbook::workspace
