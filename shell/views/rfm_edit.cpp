#include "views/rfm_edit.h"

#include <utility>
#include <vector>

#include "app/app.h"
#include "i18n/i18n.h"
#include "views/rfm_state.h"

namespace fieldbook::shell {

namespace {

// "orders.csv" → "orders": an analysis is named after its file.
std::string file_stem(std::string_view name) {
  const auto slash = name.find_last_of("/\\");
  if (slash != std::string_view::npos) name.remove_prefix(slash + 1);
  const auto dot = name.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
  return std::string(name);
}

// Puts `record` in place of the analysis with its id.
void replace_analysis(App& app, const rfm::AnalysisRecord& record) {
  app.session().edit("", [&](workspace::Workspace& w) {
    for (auto& r : w.rfm_analyses)
      if (r.id == record.id) r = record;
  });
}

}  // namespace

const rfm::AnalysisRecord* find_analysis(const workspace::Workspace& w, std::string_view id) {
  for (const auto& a : w.rfm_analyses)
    if (a.id == id) return &a;
  return nullptr;
}

void add_imported_analysis(App& app, rfm::ImportJob& job, std::string_view file_name) {
  add_scored_analysis(app, score_imported_analysis(app, job, file_name));
}

rfm::AnalysisRecord score_imported_analysis(App& app, rfm::ImportJob& job, std::string_view file_name) {
  Session& s = app.session();
  rfm::AnalysisRecord a = rfm::make_analysis(job.take_table(), rfm::ScoringOptions{}, rfm::default_rule_set(),
                                             std::nullopt, s.doc().settings.currency);
  a.id = s.new_id("rfm");
  a.name = file_stem(file_name);
  a.source_file = file_name;
  a.imported_at = s.now_iso();
  a.updated_at = a.imported_at;
  a.level = job.importer().preview().level;
  a.bad_rows = static_cast<std::int64_t>(job.importer().progress().bad_rows);
  return a;
}

void add_scored_analysis(App& app, rfm::AnalysisRecord a) {
  Session& s = app.session();
  RfmViewState& st = app.state<RfmViewState>();
  st.selected_id = a.id;
  s.edit("", [&](workspace::Workspace& w) { w.rfm_analyses.push_back(std::move(a)); });
  st.filter = {};
  st.tab = 0;
}

void delete_analysis(App& app, std::string_view id) {
  const std::string key(id);
  app.session().edit("", [&](workspace::Workspace& w) {
    std::erase_if(w.rfm_analyses, [&](const rfm::AnalysisRecord& r) { return r.id == key; });
  });
  app.state<RfmViewState>().confirm_delete = false;
}

rfm::AnalysisRecord rescore_analysis(App& app, const rfm::AnalysisRecord& a, const rfm::ScoringOptions& options,
                                     std::optional<rfm::Day> analysis_date) {
  rfm::AnalysisRecord next = a;
  rfm::rescore(next, options, analysis_date);
  next.updated_at = app.session().now_iso();
  replace_analysis(app, next);
  return next;
}

void apply_rule_set(App& app, const rfm::AnalysisRecord& a, const rfm::RuleSet& rules) {
  rfm::validate(rules);
  const std::string id = a.id;
  const std::string now = app.session().now_iso();
  app.session().edit("", [&](workspace::Workspace& w) {
    for (auto& r : w.rfm_analyses) {
      if (r.id != id) continue;
      rfm::apply_rules(r, rules);
      r.updated_at = now;
    }
  });
}

rfm::SegmentRule new_rule(App& app, int scale) {
  rfm::SegmentRule rule;
  rule.id = app.session().new_id("rule");
  rule.name_en = tr(S::RfmNewRuleName, Language::En);
  rule.name_zh = tr(S::RfmNewRuleName, Language::Zh);
  rule.r_max = rule.f_max = rule.m_max = scale;
  return rule;
}

void add_industry_rules(App& app, rfm::RuleSet& rules, const std::string& industry) {
  std::vector<rfm::SegmentRule> copies;
  for (const auto& rule : rules.rules) {
    if (!rule.industry.empty()) continue;
    rfm::SegmentRule c = rule;
    c.id = app.session().new_id("rule");
    c.industry = industry;
    copies.push_back(std::move(c));
  }
  rules.rules.insert(rules.rules.begin(), copies.begin(), copies.end());
}

}  // namespace fieldbook::shell
