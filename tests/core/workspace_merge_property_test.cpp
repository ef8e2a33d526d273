// Merge's algebra, over thousands of generated workspaces: merging is commutative, associative and
// idempotent on the records (merge.h), so a manager who imports the team's files in any order, or
// one file twice, ends with the same workspace; and a deletion removes exactly the copies that
// are not newer than it. Every collection takes part: the records are each collection's sample
// records, whose English and Chinese copies share ids and differ in content, stamped with times
// drawn from a small pool so that ties happen often.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "common/date.h"
#include "workspace/collections.h"
#include "workspace/merge.h"
#include "workspace/workspace_io.h"

namespace fieldbook::workspace {
namespace {

const std::string kTimes[] = {"", "2026-11-01T00:00:00Z", "2026-11-02T00:00:00Z", "2026-11-02T00:00:00.000Z",
                              "2026-11-03T12:00:00+08:00"};

std::int64_t ms(const std::string& t) {
  const auto at = parse_iso_timestamp(t);
  return at ? at->ms : INT64_MIN;
}

class Generator {
 public:
  explicit Generator(unsigned seed) : rng_(seed) {}

  Workspace workspace() {
    Workspace w;
    w.sample = coin(0.2);
    w.settings.user_name = "user " + std::to_string(rng_() % 100);  // settings differ: merge ignores them
    for_each_collection([&](const auto& c) {
      const Date today = *parse_iso_date("2026-11-30");
      const auto en = c.sample("en", "", today);
      const auto zh = c.sample("zh", "", today);
      for (std::size_t i = 0; i < en.size(); ++i) {
        if (!coin(0.6)) continue;
        auto r = coin(0.5) ? en[i] : zh[i];
        r.updated_at = time();
        (w.*c.member).push_back(std::move(r));
        if (coin(0.15)) w.deleted.push_back({c.key, en[i].id, time(/*real=*/true)});
      }
      // Deletions of records this side never had.
      if (!en.empty() && coin(0.2)) w.deleted.push_back({c.key, en[rng_() % en.size()].id, time(true)});
    });
    shuffle(w);
    dedupe_tombstones(w);
    return w;
  }

 private:
  bool coin(double p) { return std::uniform_real_distribution<double>(0, 1)(rng_) < p; }
  std::string time(bool real = false) {
    const std::size_t first = real ? 1 : 0;
    return kTimes[first + rng_() % (std::size(kTimes) - first)];
  }
  // Lists in any order: merge must not depend on it.
  void shuffle(Workspace& w) {
    for_each_collection([&](const auto& c) { std::shuffle((w.*c.member).begin(), (w.*c.member).end(), rng_); });
    std::shuffle(w.deleted.begin(), w.deleted.end(), rng_);
  }
  // A valid file names each deletion once.
  static void dedupe_tombstones(Workspace& w) {
    std::map<std::pair<std::string, std::string>, bool> seen;
    std::erase_if(w.deleted, [&](const Tombstone& t) { return !seen.emplace(std::pair{t.collection, t.id}, true).second; });
  }
  std::mt19937 rng_;
};

// The records and tombstones, each list sorted: what merge promises to agree on. (The lists keep
// this device's order, and settings stay this device's own.)
std::string canonical(Workspace w) {
  w.settings = {};
  w.exported_by.clear();
  for_each_collection([&](const auto& c) {
    std::sort((w.*c.member).begin(), (w.*c.member).end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  });
  std::sort(w.deleted.begin(), w.deleted.end(), [](const Tombstone& a, const Tombstone& b) {
    return std::tie(a.collection, a.id) < std::tie(b.collection, b.id);
  });
  return save_workspace(w);
}

Workspace merged(const Workspace& a, const Workspace& b) {
  MergeReport report;
  return merge(a, b, report);
}

constexpr int kCases = 2000;

TEST(WorkspaceMergeProperty, IsCommutative) {
  for (int seed = 0; seed < kCases; ++seed) {
    Generator g(seed);
    const Workspace a = g.workspace(), b = g.workspace();
    ASSERT_EQ(canonical(merged(a, b)), canonical(merged(b, a))) << "seed " << seed;
  }
}

TEST(WorkspaceMergeProperty, IsAssociative) {
  for (int seed = 0; seed < kCases; ++seed) {
    Generator g(seed);
    const Workspace a = g.workspace(), b = g.workspace(), c = g.workspace();
    ASSERT_EQ(canonical(merged(merged(a, b), c)), canonical(merged(a, merged(b, c)))) << "seed " << seed;
  }
}

TEST(WorkspaceMergeProperty, IsIdempotent) {
  for (int seed = 0; seed < kCases; ++seed) {
    Generator g(seed);
    const Workspace a = g.workspace(), b = g.workspace();
    const Workspace m = merged(a, b);
    ASSERT_EQ(canonical(merged(m, m)), canonical(m)) << "seed " << seed;
    ASSERT_EQ(canonical(merged(m, b)), canonical(m)) << "importing the same file again, seed " << seed;
    MergeReport again;
    merge(m, b, again);
    ASSERT_EQ(again.added + again.updated + again.deleted, 0) << "seed " << seed;
  }
}

// Every id either side has ends as the newest copy, unless a deletion at least as new removes it;
// nothing else is lost and nothing appears.
TEST(WorkspaceMergeProperty, KeepsTheNewestCopyUnlessADeletionIsNewer) {
  for (int seed = 0; seed < kCases; ++seed) {
    Generator g(seed);
    const Workspace a = g.workspace(), b = g.workspace();
    const Workspace m = merged(a, b);
    std::map<std::pair<std::string, std::string>, std::int64_t> deleted;
    for (const Workspace* w : {&a, &b})
      for (const Tombstone& t : w->deleted) {
        auto [it, fresh] = deleted.try_emplace({t.collection, t.id}, ms(t.deleted_at));
        if (!fresh) it->second = std::max(it->second, ms(t.deleted_at));
      }
    for_each_collection([&](const auto& c) {
      std::map<std::string, std::int64_t> newest;
      for (const Workspace* w : {&a, &b})
        for (const auto& r : w->*c.member) {
          auto [it, fresh] = newest.try_emplace(r.id, ms(r.updated_at));
          if (!fresh) it->second = std::max(it->second, ms(r.updated_at));
        }
      std::map<std::string, std::int64_t> kept;
      for (const auto& r : m.*c.member) ASSERT_TRUE(kept.emplace(r.id, ms(r.updated_at)).second) << "seed " << seed;
      for (const auto& [id, at] : newest) {
        const auto d = deleted.find({c.key, id});
        const bool survives = d == deleted.end() || at > d->second;
        ASSERT_EQ(kept.contains(id), survives) << c.key << "/" << id << ", seed " << seed;
        if (survives) ASSERT_EQ(kept[id], at) << c.key << "/" << id << ", seed " << seed;
      }
      ASSERT_EQ(kept.size(), static_cast<std::size_t>(std::count_if(newest.begin(), newest.end(), [&](const auto& n) {
                  const auto d = deleted.find({c.key, n.first});
                  return d == deleted.end() || n.second > d->second;
                })))
          << "seed " << seed;
    });
    ASSERT_EQ(m.deleted.size(), deleted.size()) << "every deletion kept once, seed " << seed;
  }
}

}  // namespace
}  // namespace fieldbook::workspace
