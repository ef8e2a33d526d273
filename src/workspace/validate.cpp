#include "workspace/validate.h"

#include <string_view>
#include <unordered_map>

#include "common/date.h"
#include "common/money.h"
#include "workspace/collections.h"

namespace fieldbook::workspace {
namespace {

std::string at(const std::string& collection, std::size_t i) { return collection + "[" + std::to_string(i) + "]"; }

// Whether the collection under `key` has a record with `id`.
bool contains(const Workspace& w, std::string_view key, const std::string& id) {
  bool found = false;
  for_each_collection([&](const auto& c) {
    if (c.key != key) return;
    for (const auto& r : w.*c.member)
      if (r.id == id) found = true;
  });
  return found;
}

class Checker {
 public:
  std::vector<Issue> issues;

  void add(std::string path, std::string message) { issues.push_back({std::move(path), std::move(message)}); }

  void timestamp(const std::string& path, const std::string& value) {
    if (!value.empty() && !parse_iso_timestamp(value)) add(path, kTimestampProblem);
  }

  // Every record of a collection: its id present and unique (ids identify records across
  // devices), its time readable; then each record's own rules, with the record's path in front.
  template <class C>
  void collection(const C& c, const Workspace& w) {
    const auto& records = w.*c.member;
    const std::string key = c.key;
    std::unordered_map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < records.size(); ++i) {
      const std::string& id = records[i].id;
      if (id.empty()) {
        add(at(key, i) + ".id", "must not be empty");
      } else if (const auto [it, added] = seen.emplace(id, i); !added) {
        add(at(key, i) + ".id", "duplicates the id of " + at(key, it->second));
      }
    }
    for (std::size_t i = 0; i < records.size(); ++i) timestamp(at(key, i) + ".updatedAt", records[i].updated_at);
    if (c.references) {
      for (std::size_t i = 0; i < records.size(); ++i)
        for (const RecordReference& r : c.references(records[i]))
          if (!r.id.empty() && !contains(w, r.collection, r.id))
            add(at(key, i) + "." + r.path, "names \"" + r.id + "\", which is not in " + std::string(r.collection));
    }
    if (!c.check) return;
    for (std::size_t i = 0; i < records.size(); ++i) {
      const std::string base = at(key, i);
      for (Issue& issue : c.check(records[i])) {
        // "duplicates the id of oneTimeCosts[0]" names a place inside the record: make it whole.
        constexpr std::string_view kDuplicate = "duplicates the id of ";
        if (issue.message.starts_with(kDuplicate)) issue.message.insert(kDuplicate.size(), base + ".");
        issues.push_back({base + "." + issue.path, std::move(issue.message), issue.at_input});
      }
    }
  }
};

}  // namespace

std::vector<Issue> validate(const Workspace& w) {
  Checker c;
  if (!is_currency_code(w.settings.currency)) c.add("settings.currency", kCurrencyCodeProblem);
  c.timestamp("settings.updatedAt", w.settings.updated_at);
  for_each_collection([&](const auto& collection) { c.collection(collection, w); });
  return c.issues;
}

}  // namespace fieldbook::workspace
