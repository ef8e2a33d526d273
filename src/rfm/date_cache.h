#pragma once
// The days of recently read date texts, for the importer: an order export has a few thousand
// distinct dates over a million rows, so nearly every date is found here rather than parsed,
// whether the rows come in date order or not. Direct-mapped on the text (up to 16 bytes); a
// parse result depends on the text and the date order only, so a change of order clears it.
#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "common/date.h"
#include "rfm/analysis.h"

namespace fieldbook::rfm {

class DateCache {
 public:
  // The day stored for `text` under `order`, if any.
  bool find(std::string_view text, DateOrder order, Day& day) {
    if (order != order_) {
      slots_ = {};
      order_ = order;
      return false;
    }
    std::uint64_t a = 0, b = 0;
    if (!key(text, a, b)) return false;
    const Slot& s = slots_[slot_of(a, b, text.size())];
    if (s.size != text.size() || s.a != a || s.b != b) return false;
    day = s.day;
    return true;
  }

  void store(std::string_view text, DateOrder order, Day day) {
    std::uint64_t a = 0, b = 0;
    if (order != order_ || !key(text, a, b)) return;
    slots_[slot_of(a, b, text.size())] = Slot{a, b, day, static_cast<std::uint32_t>(text.size())};
  }

 private:
  struct Slot {
    std::uint64_t a = 0, b = 0;  // the text's first and last 8 bytes (zero-padded when shorter)
    Day day = 0;
    std::uint32_t size = 0;      // 0 = empty
  };
  static constexpr unsigned kBits = 12;  // 4,096 slots (96 KiB): three years of days mostly without collisions

  static bool key(std::string_view text, std::uint64_t& a, std::uint64_t& b) {
    const std::size_t n = text.size();
    if (n == 0 || n > 16) return false;
    if (n >= 8) {
      std::memcpy(&a, text.data(), 8);
      std::memcpy(&b, text.data() + n - 8, 8);
    } else {
      std::memcpy(&a, text.data(), n);
    }
    return true;
  }
  static std::size_t slot_of(std::uint64_t a, std::uint64_t b, std::size_t n) {
    const std::uint64_t h = (a * 0x9E3779B97F4A7C15ull) ^ (b * 0xC2B2AE3D27D4EB4Full) ^ n;
    return static_cast<std::size_t>((h ^ (h >> 29)) * 0xBF58476D1CE4E5B9ull >> (64 - kBits));
  }

  std::array<Slot, std::size_t{1} << kBits> slots_{};
  DateOrder order_ = DateOrder::Unknown;
};

}  // namespace fieldbook::rfm
