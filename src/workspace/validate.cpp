#include "workspace/validate.h"

#include <string_view>
#include <unordered_map>

#include "common/date.h"
#include "common/money.h"
#include "roi/case.h"

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

  // The code exactly as written by the app: parse_currency() also takes "cny", " CNY" and "RMB"
  // (it reads imported spreadsheets), which a saved file must not hold.
  void currency(const std::string& path, const std::string& code) {
    const auto parsed = parse_currency(code);
    if (!parsed || currency_code(*parsed) != code)
      add(path, "is not a supported currency code (CNY, USD, EUR, HKD, JPY, GBP)");
  }

  // Ids identify records across devices: present and unique within their list.
  template <class Records>
  void ids(const std::string& collection, const Records& records) {
    std::unordered_map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < records.size(); ++i) {
      const std::string& id = records[i].id;
      if (id.empty()) {
        add(at(collection, i) + ".id", "must not be empty");
      } else if (const auto [it, added] = seen.emplace(id, i); !added) {
        add(at(collection, i) + ".id", "duplicates the id of " + at(collection, it->second));
      }
    }
    timestamps(collection, records);
  }

  template <class Records>
  void timestamps(const std::string& collection, const Records& records) {
    for (std::size_t i = 0; i < records.size(); ++i) timestamp(at(collection, i) + ".updatedAt", records[i].updated_at);
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
    // The case's own rules. Its id and currency were checked above (the currency more strictly);
    // the ids of its lines (present, unique within the list) are checked by roi::validate, whose
    // "duplicates the id of oneTimeCosts[0]" names a place inside the case.
    for (const auto& p : roi::validate(rc)) {
      if (p.path == "id" || p.path == "currency") continue;
      std::string message = p.message;
      constexpr std::string_view kDuplicate = "duplicates the id of ";
      if (message.starts_with(kDuplicate)) message.insert(kDuplicate.size(), base + ".");
      c.add(base + "." + p.path, std::move(message));
    }
    c.timestamps(base + ".oneTimeCosts", rc.one_time_costs);
    c.timestamps(base + ".recurringCosts", rc.recurring_costs);
    c.timestamps(base + ".benefits", rc.benefits);
    c.timestamps(base + ".notes", rc.notes);
  }
  c.ids("rfmAnalyses", w.rfm_analyses);
  for (std::size_t i = 0; i < w.rfm_analyses.size(); ++i)
    for (const auto& p : rfm::check_record(w.rfm_analyses[i])) c.add(at("rfmAnalyses", i) + "." + p.path, p.message);
  return c.issues;
}

}  // namespace fieldbook::workspace
