#include "app/share.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "app/app.h"
#include "app/file_error_text.h"
#include "app/qr_dialog.h"
#include "roi/summary_html.h"
#include "views/roi_edit.h"
#include "views/roi_state.h"
#include "widgets/banner.h"

namespace fieldbook::shell {

namespace {

std::string file_stem(const roi::Case& c) {
  std::string s = c.customer_name.empty() ? c.name : c.customer_name;
  std::string out;
  for (char ch : s) {
    const auto u = static_cast<unsigned char>(ch);
    if (u >= 0x80 || std::isalnum(u) || ch == '-' || ch == '_') out += ch;  // keeps Chinese names whole
    else if (!out.empty() && out.back() != '-') out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "roi" : out;
}

}  // namespace

std::string share_fault_text(roi::ShareLinkFault fault) {
  switch (fault) {
    case roi::ShareLinkFault::not_fieldbook: return tr(S::ShareErrorNotFieldbook);
    case roi::ShareLinkFault::too_long: return tr(S::ShareErrorTooLong);
    case roi::ShareLinkFault::newer_version: return tr(S::ShareErrorNewer);
    case roi::ShareLinkFault::cut_off: return tr(S::ShareErrorCutOff);
    case roi::ShareLinkFault::damaged: return tr(S::ShareErrorDamaged);
    case roi::ShareLinkFault::invalid_case: return tr(S::ShareErrorInvalid);
    case roi::ShareLinkFault::too_large: return tr(S::ShareErrorTooLarge);
  }
  return tr(S::ShareErrorInvalid);
}

bool open_share_link(App& app, std::string_view payload) {
  SharedCaseState& st = app.shared_case();
  st.status.clear();
  try {
    st.shared = roi::decode_share_link(payload);
    st.error.clear();
    app.state<RoiViewState>().scenario = roi::Scenario::expected;
  } catch (const roi::ShareLinkError& e) {
    st.shared.reset();
    char text[512];
    std::snprintf(text, sizeof(text), tr(S::ShareErrorBanner), share_fault_text(e.fault()).c_str());
    st.error = text;
  }
  app.platform().request_frame();
  return st.open();
}

std::string save_shared_case(App& app) {
  SharedCaseState& st = app.shared_case();
  if (!st.shared) return {};
  Session& s = app.session();
  roi::Case c = roi::duplicate(*st.shared, s.new_id("roi"), s.now_iso());
  s.edit("share.save", [&](workspace::Workspace& w) { w.roi_cases.push_back(c); });
  char text[512];
  std::snprintf(text, sizeof(text), tr(S::ShareSaved), (c.customer_name.empty() ? c.name : c.customer_name).c_str());
  st.shared.reset();
  st.status = text;
  app.state<RoiViewState>().open_case_id = c.id;
  app.navigate("roi");
  return c.id;
}

void close_shared_case(App& app) {
  app.shared_case().shared.reset();
  app.platform().request_frame();
}

bool share_case(App& app, const std::string& case_id) {
  if (!find_case(app.session().doc(), case_id)) return false;
  SharedCaseState& st = app.shared_case();
  try {
    const std::string fragment = share_fragment(app, case_id);
    st.error.clear();
    app.platform().share_link(fragment);
    return true;
  } catch (const roi::ShareLinkError& e) {
    st.error = share_fault_text(e.fault());
  } catch (const Error& e) {
    st.error = value_error_text(e);
  }
  app.platform().request_frame();
  return false;
}

std::string share_fragment(const App& app, std::string_view case_id) {
  const roi::Case* c = find_case(app.session().doc(), case_id);
  if (!c) throw Error("no ROI case has this id");
  return std::string(roi::kShareLinkPrefix) + roi::encode_share_link(*c);
}

void show_case_qr(App& app, const roi::Case& c) {
  SharedCaseState& st = app.shared_case();
  try {
    const std::string address = app.platform().page_address() + share_fragment(app, c.id);
    st.error.clear();
    show_qr_dialog(app, c.customer_name.empty() ? c.name : c.customer_name, address);
  } catch (const roi::ShareLinkError& e) {
    st.error = share_fault_text(e.fault());
  } catch (const Error& e) {
    st.error = value_error_text(e);
  }
  app.platform().request_frame();
}

void share_finished(App& app, ShareResult result) {
  SharedCaseState& st = app.shared_case();
  switch (result) {
    case ShareResult::Shared: st.status = tr(S::ShareLinkShared); break;
    case ShareResult::Copied: st.status = tr(S::ShareLinkCopied); break;
    case ShareResult::Failed: st.error = tr(S::ShareLinkFailed); break;
  }
  app.platform().request_frame();
}

void export_screen_png(App& app, const roi::Case& c) {
  app.request_picture("roi-" + file_stem(c) + ".png");
}

std::string case_summary_html(App& app, const roi::Case& c) {
  roi::SummaryLabels l;
  l.html_lang = app.ui_language() == Language::Zh ? "zh-CN" : "en";
  l.title = tr(S::ShareSummaryTitle);
  l.customer = tr(S::ShareSummaryCustomer);
  l.rep = tr(S::ShareSummaryRep);
  l.date = tr(S::ShareSummaryDate);
  l.horizon = tr(S::ShareSummaryHorizon);
  l.discount_rate = tr(S::ShareSummaryRate);
  l.years_yearly = tr_count(S::ShareSummaryYearsYearly, S::ShareSummaryYearsYearlyOne, c.years);
  l.years_monthly = tr_count(S::ShareSummaryYearsMonthly, S::ShareSummaryYearsMonthlyOne, c.years);
  l.roi = tr(S::RoiKpiRoi);
  l.net_benefit = tr(S::RoiKpiNetBenefit);
  l.npv = tr(S::RoiKpiNpv);
  l.irr = tr(S::RoiKpiIrr);
  l.payback = tr(S::RoiKpiPayback);
  l.discounted_payback = tr(S::ShareSummaryDiscountedPayback);
  char net3[128];
  std::snprintf(net3, sizeof(net3), tr(S::RoiKpiNetYears), std::min(3, c.years));
  l.net_benefit_3y = net3;
  l.total_costs = tr(S::ShareSummaryTotalCosts);
  l.total_benefits = tr(S::ShareSummaryTotalBenefits);
  l.months = tr(S::ShareSummaryMonthsUnit);
  l.not_reached = tr(S::ShareSummaryNotReached);
  l.none = tr(S::RoiNone);
  l.period_table = tr(S::RoiPeriodTable);
  l.period = tr(S::RoiColPeriod);
  l.start = tr(S::RoiPeriodStart);
  l.year_n = tr(S::ShareSummaryYearN);
  l.month_n = tr(S::ShareSummaryMonthN);
  l.costs = tr(S::RoiColCosts);
  l.benefits = tr(S::RoiColBenefits);
  l.net = tr(S::RoiColNet);
  l.cumulative = tr(S::RoiColCumulative);
  l.scenarios = tr(S::RoiScenarios);
  l.conservative = tr(S::RoiScenarioConservative);
  l.expected = tr(S::RoiScenarioExpected);
  l.optimistic = tr(S::RoiScenarioOptimistic);
  l.notes = tr(S::ShareSummaryNotes);
  l.footer = tr(S::ShareSummaryFooter);
  roi::SummaryInfo info;
  info.rep_name = app.session().doc().settings.user_name;
  info.date = app.session().now_iso().substr(0, 10);
  info.stylesheet = "print.css";
  return roi::summary_html(c, info, l);
}

void print_case_summary(App& app, const roi::Case& c) { app.platform().print_document(case_summary_html(app, c)); }

void draw_share_banners(App& app) {
  SharedCaseState& st = app.shared_case();
  if (!st.error.empty()) {
    if (banner("banner.shareError", BannerKind::Error, st.error.c_str(), tr(S::ShareDismiss))) st.error.clear();
  }
  if (!st.status.empty()) {
    if (banner("banner.shareStatus", BannerKind::Info, st.status.c_str(), tr(S::ShareDismiss))) st.status.clear();
  }
}

}  // namespace fieldbook::shell
