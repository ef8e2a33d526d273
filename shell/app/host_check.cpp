#include "app/host_check.h"

#include <cstdio>

#include "common/json_text.h"

namespace fieldbook::shell {

namespace {

constexpr S kNoFix = S::Count_;

HostCheckLine line(HostCheckId id, S label, HostStatus status, S detail, S fix = kNoFix, std::string value = {}) {
  return {id, status, label, detail, fix, std::move(value)};
}

// A file asked from the server itself: 0 is "not reached" (offline, the server down), -1 "not
// asked"; both leave the line unjudged.
bool reached(int status) { return status > 0; }
bool ok_status(int status) { return status >= 200 && status < 300; }

HostCheckLine judge_https(const HostFacts& f) {
  constexpr auto id = HostCheckId::Https;
  constexpr S label = S::HostHttpsLabel;
  if (!f.gathered) return line(id, label, HostStatus::Unavailable, S::HostNotChecked);
  if (f.secure_context) return line(id, label, HostStatus::Ok, S::HostHttpsOk);
  return line(id, label, HostStatus::Problem, S::HostHttpsProblem, S::HostHttpsFix);
}

HostCheckLine judge_wasm(const HostFacts& f) {
  constexpr auto id = HostCheckId::WasmType;
  constexpr S label = S::HostWasmLabel;
  if (!f.gathered || f.wasm_status < 0) return line(id, label, HostStatus::Unavailable, S::HostNotChecked);
  if (!reached(f.wasm_status)) return line(id, label, HostStatus::Unavailable, S::HostUnreachable);
  if (!ok_status(f.wasm_status)) {
    return line(id, label, HostStatus::Problem, S::HostWasmMissing, S::HostCopyAgain, std::to_string(f.wasm_status));
  }
  // The type may carry parameters ("application/wasm; charset=binary"); only the type counts,
  // as it does for WebAssembly.compileStreaming.
  std::string type = f.wasm_type.substr(0, f.wasm_type.find(';'));
  while (!type.empty() && type.back() == ' ') type.pop_back();
  for (char& c : type) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (type == "application/wasm") return line(id, label, HostStatus::Ok, S::HostWasmOk, kNoFix, type);
  const std::string shown = type.empty() ? std::string("—") : f.wasm_type;
  return line(id, label, HostStatus::Problem, S::HostWasmWrong, S::HostWasmWrongFix, shown);
}

HostCheckLine judge_worker(const HostFacts& f) {
  constexpr auto id = HostCheckId::ServiceWorker;
  constexpr S label = S::HostWorkerLabel;
  if (!f.gathered) return line(id, label, HostStatus::Unavailable, S::HostNotChecked);
  if (!f.secure_context) return line(id, label, HostStatus::Unavailable, S::HostWorkerNeedsHttps);
  if (!f.sw_supported) return line(id, label, HostStatus::Unavailable, S::HostWorkerNoBrowser);
  if (f.sw_controlling) return line(id, label, HostStatus::Ok, S::HostWorkerOk);
  if (f.sw_active) return line(id, label, HostStatus::Problem, S::HostWorkerNotControlling, S::HostWorkerNotControllingFix);
  return line(id, label, HostStatus::Problem, S::HostWorkerMissing, S::HostWorkerMissingFix);
}

HostCheckLine judge_offline(const HostFacts& f) {
  constexpr auto id = HostCheckId::Offline;
  constexpr S label = S::HostOfflineLabel;
  if (!f.gathered) return line(id, label, HostStatus::Unavailable, S::HostNotChecked);
  if (!f.sw_active || f.precache_total <= 0 || f.precache_present < 0) {
    return line(id, label, HostStatus::Unavailable, S::HostOfflineNeedsWorker);
  }
  if (f.precache_present >= f.precache_total) {
    return line(id, label, HostStatus::Ok, S::HostOfflineOk, kNoFix, std::to_string(f.precache_total));
  }
  return line(id, label, HostStatus::Problem, S::HostOfflinePartial, S::HostOfflinePartialFix,
              std::to_string(f.precache_present) + " / " + std::to_string(f.precache_total));
}

HostCheckLine judge_storage(const HostFacts& f) {
  constexpr auto id = HostCheckId::Storage;
  constexpr S label = S::HostStorageLabel;
  if (!f.gathered) return line(id, label, HostStatus::Unavailable, S::HostNotChecked);
  if (f.persisted == 1) return line(id, label, HostStatus::Ok, S::HostStorageOk);
  if (f.persisted == 0) return line(id, label, HostStatus::Problem, S::HostStorageProblem, S::HostStorageFix);
  return line(id, label, HostStatus::Unavailable, S::HostStorageUnknown);
}

HostCheckLine judge_build(const HostFacts& f, std::string_view running) {
  constexpr auto id = HostCheckId::Build;
  constexpr S label = S::HostBuildLabel;
  if (!f.gathered || f.build_status < 0) return line(id, label, HostStatus::Unavailable, S::HostNotChecked);
  if (!reached(f.build_status)) return line(id, label, HostStatus::Unavailable, S::HostUnreachable);
  if (!ok_status(f.build_status) || f.server_build.empty()) {
    return line(id, label, HostStatus::Problem, S::HostBuildMissing, S::HostCopyAgain, std::to_string(f.build_status));
  }
  if (f.server_build == running) return line(id, label, HostStatus::Ok, S::HostBuildSame, kNoFix, f.server_build);
  return line(id, label, HostStatus::Problem, S::HostBuildOther, S::HostBuildOtherFix, f.server_build);
}

// A catalog string with at most one %s, filled in.
std::string fill(S key, const std::string& value) {
  const char* pattern = tr(key);
  const int n = std::snprintf(nullptr, 0, pattern, value.c_str());
  std::string out(static_cast<std::size_t>(n > 0 ? n : 0), '\0');
  std::snprintf(out.data(), out.size() + 1, pattern, value.c_str());
  return out;
}

}  // namespace

std::vector<HostCheckLine> judge_host(const HostFacts& facts, std::string_view running_build) {
  return {judge_https(facts), judge_wasm(facts), judge_worker(facts),
          judge_offline(facts), judge_storage(facts), judge_build(facts, running_build)};
}

std::string_view host_check_id_name(HostCheckId id) {
  switch (id) {
    case HostCheckId::Https: return "https";
    case HostCheckId::WasmType: return "wasmType";
    case HostCheckId::ServiceWorker: return "serviceWorker";
    case HostCheckId::Offline: return "offline";
    case HostCheckId::Storage: return "storage";
    case HostCheckId::Build: return "build";
  }
  return "";
}

std::string_view host_status_name(HostStatus status) {
  switch (status) {
    case HostStatus::Ok: return "ok";
    case HostStatus::Problem: return "problem";
    case HostStatus::Unavailable: return "unavailable";
  }
  return "";
}

std::string host_check_detail(const HostCheckLine& l) { return fill(l.detail, l.value); }
std::string host_check_fix(const HostCheckLine& l) { return l.fix == kNoFix ? std::string() : fill(l.fix, l.value); }

std::string host_check_json(const std::vector<HostCheckLine>& lines) {
  std::string out = "[";
  for (const HostCheckLine& l : lines) {
    if (out.size() > 1) out += ',';
    out += "{\"id\":" + json_string(host_check_id_name(l.id)) + ",\"status\":" + json_string(host_status_name(l.status)) +
           ",\"value\":" + json_string(l.value) + ",\"detail\":" + json_string(host_check_detail(l)) +
           ",\"fix\":" + json_string(host_check_fix(l)) + "}";
  }
  return out + "]";
}

}  // namespace fieldbook::shell
