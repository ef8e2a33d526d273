#include "rfm/customers_json.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <span>
#include <type_traits>

#include "common/json_writer.h"
#include "rfm/analysis_schema.h"

namespace fieldbook::rfm {

namespace {

struct Entry {
  std::weak_ptr<const rfm::CustomerList> table;
  std::int64_t per_major;
  std::shared_ptr<const std::string> json;
};

// The open workspace's tables, and a few an undo could bring back; a table that no snapshot
// holds any more drops out.
std::vector<Entry>& kept() {
  static std::vector<Entry> entries;
  return entries;
}
constexpr std::size_t kMaxEntries = 4;

// Appends one batch's columns, in the order visit(CustomerColumns) names them, each value written
// by RapidJSON's writer as cereal's archive writes it (same escaping, same number format).
struct ColumnAppender {
  std::vector<const char*>& names;
  std::vector<std::string>& columns;
  std::size_t bytes = 0;
  std::size_t k = 0;

  template <class T>
  void operator()(const char* name, const std::vector<T>& values) {
    if (names.size() <= k) {
      names.push_back(name);
      columns.emplace_back();
    }
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    writer.StartArray();
    for (const T& v : values) {
      if constexpr (std::is_same_v<T, std::string>)
        writer.String(v.data(), static_cast<rapidjson::SizeType>(v.size()));
      else
        writer.Int64(static_cast<std::int64_t>(v));
    }
    writer.EndArray();
    // "[a,b]" → "a,b", joined to the values before with a comma.
    const std::string_view items(buffer.GetString() + 1, buffer.GetSize() - 2);
    std::string& out = columns[k++];
    if (!items.empty()) {
      if (!out.empty()) out += ',';
      out += items;
      bytes += items.size() + 1;
    }
  }
};

}  // namespace

std::shared_ptr<const std::string> kept_customers_json(const rfm::SharedCustomers& table, std::int64_t per_major) {
  auto& entries = kept();
  std::erase_if(entries, [](const Entry& e) { return e.table.expired(); });
  for (const Entry& e : entries)
    if (e.per_major == per_major && e.table.lock() == table) return e.json;
  return nullptr;
}

void keep_customers_json(const rfm::SharedCustomers& table, std::int64_t per_major,
                         std::shared_ptr<const std::string> json) {
  if (kept_customers_json(table, per_major)) return;
  auto& entries = kept();
  if (entries.size() >= kMaxEntries) entries.erase(entries.begin());
  entries.push_back({table, per_major, std::move(json)});
}

CustomersJsonBuilder::CustomersJsonBuilder(rfm::SharedCustomers table, std::int64_t per_major)
    : table_(std::move(table)), per_major_(per_major) {}

std::size_t CustomersJsonBuilder::write(std::size_t rows) {
  const std::size_t n = std::min(rows, table_->size() - next_);
  rfm::CustomerColumns part = rfm::to_columns(std::span<const rfm::Customer>(table_->data() + next_, n), per_major_);
  next_ += n;
  ColumnAppender append{names_, columns_};
  visit(append, part);
  return append.bytes;
}

std::string CustomersJsonBuilder::finish() {
  if (names_.empty()) {  // no rows were written (an empty table): the names alone
    rfm::CustomerColumns none;
    ColumnAppender append{names_, columns_};
    visit(append, none);
  }
  std::size_t size = 2;
  for (std::size_t k = 0; k < names_.size(); ++k) size += columns_[k].size() + std::char_traits<char>::length(names_[k]) + 6;
  std::string text;
  text.reserve(size);
  text += '{';
  for (std::size_t k = 0; k < names_.size(); ++k) {
    if (k) text += ',';
    text += '"';
    text += names_[k];  // camelCase ASCII keys: nothing to escape
    text += "\":[";
    text += columns_[k];
    text += ']';
    std::string().swap(columns_[k]);
  }
  text += '}';
  return text;
}

std::string CustomersField::compact_json() const {
  const SharedCustomers& shared = *table;
  if (auto kept = kept_customers_json(shared, per_major)) return *kept;
  // The batch writer all at once: the same bytes as write_json(to_columns(...), 0), several times
  // faster than cereal's archive for 100,000 customers.
  CustomersJsonBuilder builder(shared, per_major);
  builder.write(shared->size());
  auto json = std::make_shared<const std::string>(builder.finish());
  keep_customers_json(shared, per_major, json);
  return *json;
}

}  // namespace fieldbook::rfm
