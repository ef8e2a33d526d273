#include "okr/funnel_board.h"

#include <algorithm>

namespace fieldbook::okr {

std::vector<std::string> handbook_stages(Language language) {
  if (language == Language::Zh) return {"线索", "商机", "提案", "签约"};
  return {"Leads", "Opportunities", "Proposals", "Signed"};
}

std::vector<std::string> stage_names(const FunnelPeriod& f, Language language) {
  if (!f.stages.empty() && f.stages.size() == f.counts.size()) return f.stages;
  std::vector<std::string> names = handbook_stages(language);
  names.resize(std::max(f.counts.size(), kHandbookStages));
  for (std::size_t i = kHandbookStages; i < names.size(); ++i)
    names[i] = (language == Language::Zh ? "阶段 " : "Stage ") + std::to_string(i + 1);
  names.resize(f.counts.size());
  return names;
}

std::vector<std::optional<double>> conversions(std::span<const double> counts) {
  std::vector<std::optional<double>> out;
  for (std::size_t i = 0; i + 1 < counts.size(); ++i)
    out.push_back(counts[i] > 0 ? std::optional<double>(counts[i + 1] / counts[i]) : std::nullopt);
  return out;
}

std::optional<std::size_t> bottleneck(std::span<const std::optional<double>> conversions,
                                      std::span<const std::optional<double>> targets) {
  std::optional<std::size_t> worst;
  double worst_shortfall = 0;
  for (std::size_t i = 0; i < conversions.size(); ++i) {
    if (!conversions[i] || i >= targets.size() || !targets[i]) continue;
    const double shortfall = *targets[i] - *conversions[i];
    if (shortfall > worst_shortfall) {
      worst_shortfall = shortfall;
      worst = i;
    }
  }
  if (worst) return worst;
  for (std::size_t i = 0; i < conversions.size(); ++i)
    if (conversions[i] && (!worst || *conversions[i] < *conversions[*worst])) worst = i;
  return worst;
}

std::vector<FunnelWarning> funnel_warnings(const FunnelPeriod& f) {
  std::vector<FunnelWarning> out;
  for (std::size_t i = 1; i < f.counts.size(); ++i)
    if (f.counts[i] > f.counts[i - 1]) out.push_back({i});
  return out;
}

std::vector<const FunnelPeriod*> funnel_periods_of(std::span<const FunnelPeriod> all, const std::string& owner_id) {
  std::vector<const FunnelPeriod*> out;
  for (const FunnelPeriod& f : all)
    if (f.owner_id == owner_id) out.push_back(&f);
  std::stable_sort(out.begin(), out.end(),
                   [](const FunnelPeriod* a, const FunnelPeriod* b) { return a->period_start < b->period_start; });
  return out;
}

FunnelState funnel_state(const FunnelPeriod& f, std::span<const FunnelPeriod> all) {
  FunnelState s;
  s.period = &f;
  for (const FunnelPeriod* p : funnel_periods_of(all, f.owner_id))
    if (p != &f && p->period_start < f.period_start) s.previous = p;
  const auto conv = conversions(f.counts);
  const auto prev = s.previous ? conversions(s.previous->counts) : std::vector<std::optional<double>>{};
  for (std::size_t i = 0; i < conv.size(); ++i) {
    StepState step;
    step.conversion = conv[i];
    if (i < f.step_targets.size()) step.target = f.step_targets[i];
    if (i < prev.size()) step.previous = prev[i];
    if (step.conversion && step.target) step.shortfall = *step.target - *step.conversion;
    s.steps.push_back(step);
  }
  s.bottleneck = bottleneck(conv, f.step_targets);
  s.warnings = funnel_warnings(f);
  return s;
}

}  // namespace fieldbook::okr
