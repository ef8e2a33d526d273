#pragma once
// The aggregator's customer map (used by rfm/analysis.cpp only): ids interned into an arena, one
// 64-byte record of running totals per customer, numbered in insertion order, and an
// open-addressing index of 8-byte slots (32 bits of the hash, record number) over them.
//
// Why two levels rather than the records in the slots: the index stays small (2 MiB for 100,000
// customers) so most probes hit the cache, and growing it moves 8-byte slots without touching a
// record; the records are written once, in blocks that never move, so each page is faulted in
// once. With records in the slots, a 1,000,000-row import spent a third of its time rehashing
// 64-byte slots and faulting in tables it then freed. The extra load (slot, then record) is hidden
// by prefetching both a few rows ahead (Aggregator::queue_order).
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "rfm/analysis.h"

namespace fieldbook::rfm::customer_map {

// Bump allocator for interned strings: blocks are never moved, so string_views stay valid.
class Arena {
 public:
  std::string_view intern(std::string_view s) {
    if (s.empty()) return {};
    if (s.size() > kBlock / 4) {
      big_.emplace_back(new char[s.size()]);
      std::memcpy(big_.back().get(), s.data(), s.size());
      return {big_.back().get(), s.size()};
    }
    if (blocks_.empty() || used_ + s.size() > kBlock) {
      blocks_.emplace_back(new char[kBlock]);
      used_ = 0;
    }
    char* p = blocks_.back().get() + used_;
    std::memcpy(p, s.data(), s.size());
    used_ += s.size();
    return {p, s.size()};
  }

 private:
  static constexpr std::size_t kBlock = 1 << 20;
  std::vector<std::unique_ptr<char[]>> blocks_;
  std::vector<std::unique_ptr<char[]>> big_;
  std::size_t used_ = 0;
};

// Loads of 8, 4 or 1 bytes without a call to memcpy (short ids are the common case).
inline std::uint64_t load8(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}
inline std::uint32_t load4(const char* p) {
  std::uint32_t w;
  std::memcpy(&w, p, 4);
  return w;
}

// The bytes of a short id (1..8 bytes) as one word, read inside the id only (overlapping loads).
inline std::uint64_t short_word(const char* p, std::size_t n) {
  if (n >= 4) return (static_cast<std::uint64_t>(load4(p + n - 4)) << 32) | load4(p);
  return static_cast<std::uint64_t>(static_cast<unsigned char>(p[0])) |
         (static_cast<std::uint64_t>(static_cast<unsigned char>(p[n >> 1])) << 8) |
         (static_cast<std::uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16);
}

inline std::uint64_t hash_bytes(std::string_view s) {
  // A small multiply-xorshift hash over 8-byte words (not cryptographic; ids are not adversarial
  // enough to matter, and probing stays linear-time per lookup on average). The last word
  // overlaps the one before it, so no byte is read outside the id.
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ (s.size() * 0xC2B2AE3D27D4EB4Full);
  const char* p = s.data();
  std::size_t n = s.size();
  auto mix = [&h](std::uint64_t w) {
    h = (h ^ (w * 0xBF58476D1CE4E5B9ull)) * 0x94D049BB133111EBull;
    h ^= h >> 29;
  };
  if (n > 8) {
    while (n > 8) {
      mix(load8(p));
      p += 8;
      n -= 8;
    }
    mix(load8(p + n - 8));
  } else if (n > 0) {
    mix(short_word(p, n));
  }
  h *= 0xD6E8FEB86659FD93ull;
  h ^= h >> 32;
  return h;
}

constexpr Day kNoDay = std::numeric_limits<Day>::min();

// One cache line per customer: a lookup of an id up to 12 bytes touches this line only.
// Attributes and inexact sums live in separate (cold) vectors indexed by `index`, touched only
// when a value must be stored.
struct alignas(64) Entry {
  const char* id_data = nullptr;  // interned in the arena
  std::uint32_t id_size = 0;
  char prefix[12] = {};           // the id's first 12 bytes, zero-padded
  std::uint32_t index = 0;        // record number (insertion order): into the cold vectors
  std::uint8_t attributes_set = 0;  // bit per Attributes field already stored
  std::int64_t orders = 0;
  std::int64_t units = 0;         // the sum of the amounts that are whole multiples of 1/10000
  Day first_order = kNoDay;       // of counted orders
  Day last_order = kNoDay;        // of counted orders
  Day last_activity = kNoDay;     // of any row (a customer with returns only)
  Day recency_given = kNoDay;     // customer level: recency days from the file (smallest wins)

  static constexpr std::size_t kPrefix = sizeof prefix;

  std::string_view id() const { return {id_data, id_size}; }
  bool same_id(std::string_view s) const {
    const std::size_t n = s.size();
    if (n != id_size) return false;
    const char* p = s.data();
    if (n >= 8) {
      // The first 8 bytes, then the prefix's last 4 (overlapping when n < 12), then the rest.
      if (load8(p) != load8(prefix)) return false;
      const std::size_t k = n < kPrefix ? n : kPrefix;
      if (load4(p + k - 4) != load4(prefix + k - 4)) return false;
      return n <= kPrefix || std::memcmp(id_data + kPrefix, p + kPrefix, n - kPrefix) == 0;
    }
    return short_word(p, n) == short_word(prefix, n);
  }
};
static_assert(sizeof(Entry) == 64, "an entry is one cache line");

class CustomerMap {
 public:
  CustomerMap() : slots_(kInitialSlots), mask_(kInitialSlots - 1) {}

  std::size_t size() const { return count_; }
  Entry& at(std::size_t i) { return blocks_[i >> kBlockShift][i & kBlockMask]; }
  const Entry& at(std::size_t i) const { return blocks_[i >> kBlockShift][i & kBlockMask]; }

  // Prefetch hints: the slot of a hash, then (once that slot has arrived) the record it names.
  void prefetch_slot(std::uint64_t h) const { __builtin_prefetch(&slots_[h & mask_]); }
  void prefetch_record(std::uint64_t h) const {
    const Slot s = slots_[h & mask_];
    if (s.record != 0 && s.tag == static_cast<std::uint32_t>(h)) __builtin_prefetch(&at(s.record - 1));
  }

  // Loads instead of hints, for where there are no prefetch instructions (WebAssembly): the slot
  // of a hash, then the record it names; what they return only keeps the load from being dropped.
  std::uint32_t touch_slot(std::uint64_t h) const { return slots_[h & mask_].record; }
  std::uint32_t touch_record(std::uint64_t h) const {
    const Slot s = slots_[h & mask_];
    return s.record != 0 && s.tag == static_cast<std::uint32_t>(h) ? at(s.record - 1).id_size : 0;
  }

  // The record of `id` (whose hash_bytes is h), a new one (`arena` keeps its id) if none.
  Entry& find_or_insert(std::string_view id, std::uint64_t h, Arena& arena) {
    const auto tag = static_cast<std::uint32_t>(h);
    std::size_t s = tag & mask_;
    while (true) {
      const Slot slot = slots_[s];
      if (slot.record == 0) break;
      if (slot.tag == tag) {
        Entry& e = at(slot.record - 1);
        if (e.same_id(id)) return e;
      }
      s = (s + 1) & mask_;
    }
    if (count_ >= kMaxCustomers) throw Error("too many customers");
    if (id.size() > std::numeric_limits<std::uint32_t>::max()) throw Error("customer id is too long");
    if ((count_ + 1) * 2 > slots_.size()) {  // keep the load at most 1/2 (slots are small)
      grow();
      s = tag & mask_;
      while (slots_[s].record != 0) s = (s + 1) & mask_;
    }
    if ((count_ & kBlockMask) == 0) blocks_.emplace_back(new Entry[kBlockSize]);
    Entry& e = at(count_);
    const std::string_view stored = arena.intern(id);
    e.id_data = stored.data();
    e.id_size = static_cast<std::uint32_t>(stored.size());
    std::memcpy(e.prefix, id.data(), id.size() < Entry::kPrefix ? id.size() : Entry::kPrefix);
    e.index = static_cast<std::uint32_t>(count_);
    ++count_;
    slots_[s] = Slot{tag, static_cast<std::uint32_t>(count_)};
    return e;
  }

 private:
  struct Slot {
    std::uint32_t tag = 0;     // the hash's low 32 bits: its position in any table up to 2^32 slots
    std::uint32_t record = 0;  // record number + 1; 0 = empty
  };
  static constexpr std::size_t kInitialSlots = 1024;
  static constexpr std::size_t kBlockShift = 11;  // 2,048 records (128 KiB) per block
  static constexpr std::size_t kBlockSize = std::size_t{1} << kBlockShift;
  static constexpr std::size_t kBlockMask = kBlockSize - 1;
  static constexpr std::size_t kMaxCustomers = (std::size_t{1} << 31) - 1;  // slots stay <= 2^32

  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    mask_ = slots_.size() - 1;
    for (const Slot& o : old) {
      if (o.record == 0) continue;
      std::size_t s = o.tag & mask_;
      while (slots_[s].record != 0) s = (s + 1) & mask_;
      slots_[s] = o;
    }
  }

  std::vector<Slot> slots_;
  std::size_t mask_;
  std::vector<std::unique_ptr<Entry[]>> blocks_;
  std::size_t count_ = 0;
};

}  // namespace fieldbook::rfm::customer_map
