#pragma once
// A record of a list by its id: every list of the workspace holds records with a stable `id`.
#include <string_view>
#include <vector>

namespace fieldbook {

template <class R>
R* find_by_id(std::vector<R>& records, std::string_view id) {
  for (R& r : records)
    if (r.id == id) return &r;
  return nullptr;
}

template <class R>
const R* find_by_id(const std::vector<R>& records, std::string_view id) {
  for (const R& r : records)
    if (r.id == id) return &r;
  return nullptr;
}

}  // namespace fieldbook
