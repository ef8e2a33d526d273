#include <memory>
#include <vector>

#include "workspace/json_writer.h"
#include "workspace/schema_rfm.h"

namespace fieldbook::rfm {

std::string CustomersField::compact_json() const {
  struct Entry {
    std::weak_ptr<const CustomerList> table;
    std::int64_t per_major;
    std::string json;
  };
  // The open workspace's tables, and a few an undo could bring back; a table that no snapshot
  // holds any more drops out.
  static std::vector<Entry> cache;
  constexpr std::size_t kMaxEntries = 4;
  std::erase_if(cache, [](const Entry& e) { return e.table.expired(); });
  const SharedCustomers& shared = *table;
  for (const Entry& e : cache)
    if (e.per_major == per_major && e.table.lock() == shared) return e.json;
  CustomerColumns columns = to_columns(*shared, per_major);
  std::string json = workspace::write_json(columns, 0);
  if (cache.size() >= kMaxEntries) cache.erase(cache.begin());
  cache.push_back({shared, per_major, json});
  return json;
}

}  // namespace fieldbook::rfm
