#include "workspace/sample.h"

#include "workspace/sample_rfm.h"

namespace fieldbook::workspace {

Workspace make_sample_workspace(std::string_view language, const std::string& now) {
  const bool zh = language == "zh";
  Workspace w;
  w.sample = true;
  w.settings.language = LanguagePreference::Auto;
  w.settings.updated_at = now;
  w.team = {
      {"sample-rep-1", zh ? "王磊" : "Wang Lei", RepStage::Mature, now},
      {"sample-rep-2", zh ? "李娜" : "Li Na", RepStage::Growing, now},
      {"sample-rep-3", zh ? "陈晨" : "Chen Chen", RepStage::New, now},
  };
  // Two ROI cases from the built-in templates, for two customers.
  const auto& templates = roi::templates();
  if (!templates.empty()) {
    roi::Case a = roi::from_template(templates[0], language, "sample-roi-1", now);
    a.customer_name = zh ? "华东教育科技有限公司" : "East China EdTech Co.";
    w.roi_cases.push_back(std::move(a));
  }
  if (templates.size() > 1) {
    roi::Case b = roi::from_template(templates[1], language, "sample-roi-2", now);
    b.customer_name = zh ? "苏州智造集团" : "Suzhou Smart Manufacturing Group";
    w.roi_cases.push_back(std::move(b));
  }
  w.rfm_analyses.push_back(make_sample_rfm_analysis(language, now));
  return w;
}

bool is_sample_id(std::string_view id) { return id.rfind(kSampleIdPrefix, 0) == 0; }

namespace {
template <class Records>
void drop_sample(Records& records) {
  std::erase_if(records, [](const auto& r) { return is_sample_id(r.id); });
}
}  // namespace

Workspace without_sample(const Workspace& workspace, const std::string& now) {
  Workspace w = workspace;
  drop_sample(w.team);
  drop_sample(w.roi_cases);
  drop_sample(w.rfm_analyses);
  w.sample = false;
  w.settings.updated_at = now;
  return w;
}

}  // namespace fieldbook::workspace
