#include "rfm/analysis_columns.h"

#include <string>
#include <string_view>

#include "common/date.h"
#include "common/error.h"

namespace fieldbook::rfm {

namespace {

constexpr const char* kColumns[] = {"name",     "industry",  "region",    "rep", "recencyDays", "frequency", "monetary",
                                    "firstOrder", "lastOrder", "r", "f", "m", "segment"};

void check_dates(const rapidjson::Value& column, const std::string& path) {
  for (rapidjson::SizeType k = 0; k < column.Size(); ++k) {
    const rapidjson::Value& v = column[k];
    if (!v.IsString() || v.GetStringLength() == 0) continue;  // types are the reader's to report
    if (!parse_iso_date(std::string_view(v.GetString(), v.GetStringLength())))
      throw Error::at_path(path + "[" + std::to_string(k) + "]", "must be a date such as 2026-11-27, or empty",
                           rule::date());
  }
}

}  // namespace

void check_rfm_columns(const rapidjson::Value& document) {
  if (!document.IsObject()) return;
  const auto analyses = document.FindMember("rfmAnalyses");
  if (analyses == document.MemberEnd() || !analyses->value.IsArray()) return;
  for (rapidjson::SizeType i = 0; i < analyses->value.Size(); ++i) {
    const rapidjson::Value& a = analyses->value[i];
    if (!a.IsObject()) continue;
    const auto customers = a.FindMember("customers");
    if (customers == a.MemberEnd() || !customers->value.IsObject()) continue;
    const rapidjson::Value& table = customers->value;
    const std::string base = "rfmAnalyses[" + std::to_string(i) + "].customers";
    const auto id = table.FindMember("id");
    if (id == table.MemberEnd() || !id->value.IsArray()) continue;
    const rapidjson::SizeType n = id->value.Size();
    for (const char* name : kColumns) {
      const auto col = table.FindMember(name);
      if (col == table.MemberEnd() || !col->value.IsArray()) continue;
      const std::string path = base + "." + name;
      if (col->value.Size() != n)
        throw Error::at_path(path, "has " + std::to_string(col->value.Size()) + " values, but customers.id has " +
                                       std::to_string(n) + " (one per customer)");
      if (std::string_view(name) == "firstOrder" || std::string_view(name) == "lastOrder") check_dates(col->value, path);
    }
  }
}

}  // namespace fieldbook::rfm
