// fieldbook roi: the finance outputs of a cash-flow series as one JSON object (a contract:
// keep the key names).
//
//   fieldbook roi --flows=-100,39,59,55,20 --rate=0.1 [--finance-rate=F --reinvest-rate=R]
//   {"npv":39.19745918994602,"npvExcel":...,"irr":0.28094842115996066,"irrs":[...],
//    "mirr":null,"payback":2.036...,"discountedPayback":2.382...}
//
// Or the outputs of saved ROI cases (roi/outputs_json.h has the keys):
//
//   fieldbook roi CASE.json             one bare case (an object with the case's fields): its outputs
//   fieldbook roi WORKSPACE.json        {"cases":[outputs of each case, in file order]}
//   fieldbook roi WORKSPACE.json --case=ID   the outputs of that case
//
// The file goes through the workspace's checks (workspace::load_case_file): a refused file exits 1
// with the error and its path (`years: must be between 1 and 10`).
#include <charconv>
#include <cmath>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "command.h"
#include "common/error.h"
#include "roi/finance.h"
#include "roi/outputs_json.h"
#include "text_file.h"
#include "common/json_codec.h"
#include "workspace/workspace_io.h"

namespace fieldbook::cli {
namespace {

constexpr std::string_view kUsage =
    "usage: fieldbook roi --flows=F0,F1,... --rate=R [--finance-rate=F --reinvest-rate=R]\n"
    "       fieldbook roi CASE.json|WORKSPACE.json [--case=ID]";

// A finite double, the whole text; no leading '+', no spaces, no "nan"/"inf".
std::optional<double> parse_number(std::string_view text) {
  if (text.empty()) return std::nullopt;
  double value = 0.0;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end || !std::isfinite(value)) return std::nullopt;
  return value;
}

// JSON number: the shortest text that reads back as the same double; null for none.
std::string json_number(std::optional<double> v) {
  if (!v || !std::isfinite(*v)) return "null";
  const double x = *v == 0.0 ? 0.0 : *v;  // no "-0"
  char buffer[64];
  const auto [ptr, ec] = std::to_chars(buffer, buffer + sizeof buffer, x);
  if (ec != std::errc()) return "null";
  return std::string(buffer, ptr);
}

int usage_error(Io io, const std::string& message) {
  io.err << "fieldbook roi: " << message << "\n" << kUsage << "\n";
  return 2;
}

int run_case_file(const std::string& file, std::optional<std::string_view> case_id, Io io) {
  std::string text, reason;
  if (!read_text_file(file, workspace::kMaxFileBytes, text, reason)) {
    io.err << "fieldbook roi: cannot read " << file << ": " << reason << "\n";
    return 1;
  }
  workspace::CaseFile cases;
  try {
    cases = workspace::load_case_file(text);
  } catch (const Error& e) {
    io.err << "fieldbook roi: " << file << ": " << e.what() << "\n";
    return 1;
  }
  if (case_id) {
    for (const roi::Case& c : cases.cases) {
      if (c.id == *case_id) {
        io.out << roi::outputs_json(c) << "\n";
        return 0;
      }
    }
    std::string ids;
    for (const roi::Case& c : cases.cases) ids += (ids.empty() ? "" : ", ") + c.id;
    io.err << "fieldbook roi: " << file << " has no case with the id '" << *case_id << "'"
           << (ids.empty() ? std::string(" (it has no ROI cases)") : " (its cases: " + ids + ")") << "\n";
    return 1;
  }
  if (!cases.is_workspace) {
    io.out << roi::outputs_json(cases.cases.front()) << "\n";
    return 0;
  }
  std::string out = "{\"cases\":[";
  for (std::size_t i = 0; i < cases.cases.size(); ++i) {
    if (i > 0) out += ',';
    out += roi::outputs_json(cases.cases[i]);
  }
  out += "]}\n";
  io.out << out;
  return 0;
}

}  // namespace

int run_roi(std::span<const std::string_view> args, Io io) {
  std::optional<std::string_view> flows_text, rate_text, finance_text, reinvest_text, case_text;
  std::optional<std::string> file;
  for (std::string_view arg : args) {
    std::string_view key, value;
    if (!split_option(arg, key, value)) {
      if (!arg.empty() && arg.front() != '-') {
        if (file) return usage_error(io, "give one case file, not '" + *file + "' and '" + std::string(arg) + "'");
        file = std::string(arg);
        continue;
      }
      return usage_error(io, "unexpected argument '" + std::string(arg) + "'");
    }
    const bool has_value = arg.find('=') != std::string_view::npos;
    std::optional<std::string_view>* slot = nullptr;
    if (key == "flows") {
      slot = &flows_text;
    } else if (key == "rate") {
      slot = &rate_text;
    } else if (key == "finance-rate") {
      slot = &finance_text;
    } else if (key == "reinvest-rate") {
      slot = &reinvest_text;
    } else if (key == "case") {
      slot = &case_text;
    } else {
      return usage_error(io, "unknown option '--" + std::string(key) + "'");
    }
    if (!has_value) return usage_error(io, "--" + std::string(key) + " needs a value (--" + std::string(key) + "=...)");
    if (*slot) return usage_error(io, "--" + std::string(key) + " given twice");
    *slot = value;
  }

  if (file) {
    if (flows_text || rate_text || finance_text || reinvest_text)
      return usage_error(io, "a case file and --flows/--rate do not go together");
    return run_case_file(*file, case_text, io);
  }
  if (case_text) return usage_error(io, "--case=ID picks a case of a workspace file: give the file");
  if (!flows_text) return usage_error(io, "missing --flows");
  if (!rate_text) return usage_error(io, "missing --rate");
  if (finance_text.has_value() != reinvest_text.has_value()) {
    return usage_error(io, "--finance-rate and --reinvest-rate go together: give both or neither");
  }

  std::vector<double> flows;
  std::string_view rest = *flows_text;
  for (std::size_t index = 0;; ++index) {
    const auto comma = rest.find(',');
    const std::string_view item = rest.substr(0, comma);
    const auto value = parse_number(item);
    if (!value) {
      return usage_error(io, "--flows: value " + std::to_string(index + 1) + " ('" + std::string(item) +
                                 "') is not a finite number");
    }
    flows.push_back(*value);
    if (comma == std::string_view::npos) break;
    rest = rest.substr(comma + 1);
  }

  auto parse_rate = [&](std::string_view name, std::string_view text, double& out) -> bool {
    const auto value = parse_number(text);
    if (!value) {
      usage_error(io, "--" + std::string(name) + ": '" + std::string(text) + "' is not a finite number");
      return false;
    }
    if (*value <= -1.0) {
      usage_error(io, "--" + std::string(name) + ": " + std::string(text) + " must be greater than -1 (-100 %)");
      return false;
    }
    out = *value;
    return true;
  };
  double rate = 0.0, finance_rate = 0.0, reinvest_rate = 0.0;
  if (!parse_rate("rate", *rate_text, rate)) return 2;
  if (finance_text && !parse_rate("finance-rate", *finance_text, finance_rate)) return 2;
  if (reinvest_text && !parse_rate("reinvest-rate", *reinvest_text, reinvest_rate)) return 2;

  const std::vector<double> irrs = roi::irr_all(flows);
  std::string out = "{\"npv\":" + json_number(roi::npv(rate, flows));
  out += ",\"npvExcel\":" + json_number(roi::npv_excel(rate, flows));
  out += ",\"irr\":" + json_number(roi::select_irr(irrs));
  out += ",\"irrs\":[";
  for (std::size_t i = 0; i < irrs.size(); ++i) {
    if (i > 0) out += ',';
    out += json_number(irrs[i]);
  }
  out += "]";
  out += ",\"mirr\":" + json_number(finance_text ? roi::mirr(flows, finance_rate, reinvest_rate) : std::nullopt);
  out += ",\"payback\":" + json_number(roi::payback(flows));
  out += ",\"discountedPayback\":" + json_number(roi::discounted_payback(flows, rate));
  out += "}\n";
  io.out << out;
  return 0;
}

}  // namespace fieldbook::cli
