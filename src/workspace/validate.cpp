#include "workspace/validate.h"

#include <unordered_set>

#include "common/date.h"
#include "common/money.h"

namespace fieldbook::workspace {
namespace {

std::string at(const std::string& collection, std::size_t i) { return collection + "[" + std::to_string(i) + "]"; }

class Checker {
 public:
  std::vector<Issue> issues;

  void add(std::string path, std::string message) { issues.push_back({std::move(path), std::move(message)}); }

  void timestamp(const std::string& path, const std::string& value) {
    if (!value.empty() && !parse_iso_timestamp(value)) add(path, "must be an ISO-8601 time such as 2026-11-27T08:00:00Z");
  }

  void currency(const std::string& path, const std::string& code) {
    if (!parse_currency(code)) add(path, "is not a supported currency code (CNY, USD, EUR, HKD, JPY, GBP)");
  }

  // Ids identify records across devices: present and unique within their list.
  template <class Records>
  void ids(const std::string& collection, const Records& records) {
    std::unordered_set<std::string> seen;
    for (std::size_t i = 0; i < records.size(); ++i) {
      const std::string& id = records[i].id;
      if (id.empty()) add(at(collection, i) + ".id", "must not be empty");
      else if (!seen.insert(id).second) add(at(collection, i) + ".id", "duplicates the id '" + id + "'");
      timestamp(at(collection, i) + ".updatedAt", records[i].updated_at);
    }
  }
};

}  // namespace

std::vector<Issue> validate(const Workspace& w) {
  Checker c;
  c.currency("settings.currency", w.settings.currency);
  c.timestamp("settings.updatedAt", w.settings.updated_at);
  c.ids("team", w.team);
  c.ids("roiCases", w.roi_cases);
  for (std::size_t i = 0; i < w.roi_cases.size(); ++i) {
    const auto& rc = w.roi_cases[i];
    const std::string base = at("roiCases", i);
    c.currency(base + ".currency", rc.currency);
    for (const auto& p : roi::validate(rc)) c.add(base + "." + p.path, p.message);
    c.ids(base + ".oneTimeCosts", rc.one_time_costs);
    c.ids(base + ".recurringCosts", rc.recurring_costs);
    c.ids(base + ".benefits", rc.benefits);
    c.ids(base + ".notes", rc.notes);
  }
  return c.issues;
}

}  // namespace fieldbook::workspace
