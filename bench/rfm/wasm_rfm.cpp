// The RFM import + scoring core as a node-runnable WebAssembly program, for bench/rfm/run.mjs.
// It does what `fieldbook rfm FILE --customer=.. --date=.. --amount=.. --analysis-date=..` does
// (same OrderImporter fed 1 MiB chunks, same scoring, default segments) and prints a JSON subset:
//   {"customers":..,"orders":..,"revenue":..,"thresholds":{"recency":{"lower":[..],"counts":[..]},..},
//    "segments":[{"name":..,"customers":..}..],"seconds":..}
// "seconds": the read, import, scoring and segments, without node's start-up and compiling the module.
// Built by bench/rfm/build-wasm.sh (em++ -O3, -sENVIRONMENT=node, -sNODERAWFS=1 for host files).
// Not part of the app or the tests.
#include <chrono>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/date.h"
#include "common/error.h"
#include "rfm/analysis.h"
#include "rfm/import.h"
#include "rfm/scoring.h"
#include "rfm/segments.h"

using namespace fieldbook;
using namespace fieldbook::rfm;

namespace {

void print_json_string(std::string_view s) {
  std::putchar('"');
  for (char c : s) {
    if (c == '"' || c == '\\') std::putchar('\\');
    if (static_cast<unsigned char>(c) < 0x20) {
      std::printf("\\u%04x", c);
      continue;
    }
    std::putchar(c);
  }
  std::putchar('"');
}

void print_thresholds(const char* key, const DimensionThresholds& t) {
  std::printf("\"%s\":{\"lower\":[", key);
  for (std::size_t i = 0; i < t.lower.size(); ++i) std::printf("%s%.17g", i ? "," : "", t.lower[i]);
  std::printf("],\"counts\":[");
  for (std::size_t i = 0; i < t.counts.size(); ++i) std::printf("%s%zu", i ? "," : "", t.counts[i]);
  std::printf("]}");
}

}  // namespace

int main(int argc, char** argv) {
  std::string file, customer, date, amount;
  std::optional<Day> analysis_date;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    auto value = [&](std::string_view key) -> std::optional<std::string> {
      if (a.substr(0, key.size()) == key) return std::string(a.substr(key.size()));
      return std::nullopt;
    };
    if (auto v = value("--customer=")) customer = *v;
    else if (auto v2 = value("--date=")) date = *v2;
    else if (auto v3 = value("--amount=")) amount = *v3;
    else if (auto v4 = value("--analysis-date=")) {
      auto d = parse_iso_date(*v4);
      if (!d) {
        std::fprintf(stderr, "wasm_rfm: bad --analysis-date\n");
        return 2;
      }
      analysis_date = d->days;
    } else file = std::string(a);
  }
  if (file.empty() || customer.empty() || date.empty() || amount.empty()) {
    std::fprintf(stderr, "usage: wasm_rfm FILE --customer=COL --date=COL --amount=COL [--analysis-date=YYYY-MM-DD]\n");
    return 2;
  }
  try {
    const auto t0 = std::chrono::steady_clock::now();
    std::FILE* f = std::fopen(file.c_str(), "rb");
    if (!f) {
      std::fprintf(stderr, "wasm_rfm: cannot open %s\n", file.c_str());
      return 1;
    }
    ImportOptions opts;
    opts.pause_after_preview = true;
    OrderImporter importer(opts);
    auto handle_pause = [&]() {
      if (importer.state() != ImportState::NeedsMapping) return;
      const Preview& p = importer.preview();
      std::vector<Role> roles = p.roles;
      const std::pair<Role, const std::string*> want[] = {
          {Role::Customer, &customer}, {Role::Date, &date}, {Role::Amount, &amount}};
      for (const auto& [role, name] : want) {
        std::size_t col = p.header.size();
        for (std::size_t i = 0; i < p.header.size(); ++i)
          if (p.header[i] == *name) col = i;
        if (col == p.header.size()) throw Error("no column \"" + *name + "\"");
        for (Role& r : roles)
          if (r == role) r = Role::Ignore;
        roles[col] = role;
      }
      for (Role& r : roles)
        if (r == Role::Orders || r == Role::Recency) r = Role::Ignore;
      importer.confirm_mapping(std::move(roles), Level::Order);
    };
    std::vector<char> buf(1 << 20);
    while (true) {
      const std::size_t n = std::fread(buf.data(), 1, buf.size(), f);
      if (n == 0) break;
      importer.feed(std::string_view(buf.data(), n));
      handle_pause();
    }
    std::fclose(f);
    importer.finish();
    handle_pause();
    if (importer.state() != ImportState::Done) importer.finish();
    if (importer.state() != ImportState::Done) throw Error("import did not finish: " + importer.error());

    CustomerTable table = importer.table(analysis_date);
    const ScoredTable scored = score_customers(table, ScoringOptions{});
    const RuleSet rules = default_rule_set();
    assign_segments(table.customers, rules, scored);
    const auto summary = summarize_segments(table.customers, rules);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

    std::printf("{\"customers\":%zu,\"orders\":%lld,\"revenue\":%.17g,\"rows\":%zu,\"badRows\":%zu,\"thresholds\":{",
                table.customers.size(), static_cast<long long>(table.orders), table.revenue,
                importer.progress().rows, importer.progress().bad_rows);
    print_thresholds("recency", scored.thresholds[0]);
    std::putchar(',');
    print_thresholds("frequency", scored.thresholds[1]);
    std::putchar(',');
    print_thresholds("monetary", scored.thresholds[2]);
    std::printf("},\"segments\":[");
    for (std::size_t i = 0; i < summary.size(); ++i) {
      std::printf("%s{\"name\":", i ? "," : "");
      print_json_string(summary[i].name.en);
      std::printf(",\"customers\":%zu,\"orders\":%lld}", static_cast<std::size_t>(summary[i].customers),
                  static_cast<long long>(summary[i].orders));
    }
    std::printf("],\"seconds\":%.6f}\n", seconds);
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "wasm_rfm: %s\n", e.what());
    return 1;
  }
}
