// The printable summary (src/roi/summary_html.h): escaping, every KPI present, internal notes
// absent, the stylesheet linked (no inline style or script, which the CSP would refuse).
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <string>

#include "roi/case.h"
#include "roi/summary_html.h"

namespace fieldbook::roi {
namespace {

SummaryLabels labels() {
  SummaryLabels l;
  l.html_lang = "en";
  l.title = "ROI summary";
  l.customer = "Customer";
  l.rep = "Prepared by";
  l.date = "Date";
  l.horizon = "Horizon";
  l.discount_rate = "Discount rate";
  l.years_yearly = "%d years, yearly";
  l.years_monthly = "%d years, monthly";
  l.roi = "KPI-ROI";
  l.net_benefit = "KPI-NetBenefit";
  l.npv = "KPI-NPV";
  l.irr = "KPI-IRR";
  l.payback = "KPI-Payback";
  l.discounted_payback = "KPI-DiscountedPayback";
  l.net_benefit_3y = "KPI-Net3y";
  l.total_costs = "KPI-TotalCosts";
  l.total_benefits = "KPI-TotalBenefits";
  l.months = "months";
  l.not_reached = "not within the horizon";
  l.none = "—";
  l.period_table = "Cash flow by period";
  l.period = "Period";
  l.start = "Start";
  l.year_n = "Year %d";
  l.month_n = "Month %d";
  l.costs = "Costs";
  l.benefits = "Benefits";
  l.net = "Net";
  l.cumulative = "Cumulative";
  l.scenarios = "Scenarios";
  l.conservative = "Conservative";
  l.expected = "Expected";
  l.optimistic = "Optimistic";
  l.notes = "Notes";
  l.footer = "Made with Fieldbook.";
  return l;
}

Case hostile_case() {
  Case c = from_template(templates()[0], "en", "roi-1");
  c.customer_name = "<script>alert('x')</script> & \"Sons\"";
  c.name = "<img src=x onerror=alert(1)>";
  c.notes = {{"n1", "INTERNAL-SECRET walk-away price", true, ""}, {"n2", "Customer <b>note</b>", false, ""}};
  return c;
}

std::size_t count(const std::string& s, std::string_view what) {
  std::size_t n = 0;
  for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

TEST(SummaryHtml, EscapesEveryTextFromTheCase) {
  EXPECT_EQ(html_escape("<a href=\"x\">O'B & c</a>"), "&lt;a href=&quot;x&quot;&gt;O&#39;B &amp; c&lt;/a&gt;");
  SummaryInfo info;
  info.rep_name = "王磊 <i>";
  info.date = "2026-11-27";
  const std::string html = summary_html(hostile_case(), info, labels());
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_EQ(html.find("<i>"), std::string::npos);
  EXPECT_EQ(html.find("<b>"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Sons&quot;"), std::string::npos);
  EXPECT_NE(html.find("王磊 &lt;i&gt;"), std::string::npos);
  EXPECT_NE(html.find("Customer &lt;b&gt;note&lt;/b&gt;"), std::string::npos);
}

TEST(SummaryHtml, HasEveryKpiThePeriodTableAndTheScenarios) {
  const Case c = hostile_case();
  SummaryInfo info;
  info.rep_name = "Wang Lei";
  info.date = "2026-11-27";
  const std::string html = summary_html(c, info, labels());
  for (const char* kpi : {"KPI-ROI", "KPI-NetBenefit", "KPI-NPV", "KPI-IRR", "KPI-Payback", "KPI-DiscountedPayback",
                          "KPI-Net3y", "KPI-TotalCosts", "KPI-TotalBenefits"}) {
    EXPECT_GE(count(html, std::string(">") + kpi + "<"), 1u) << kpi;
  }
  // The expected scenario's numbers, formatted as the summary formats money.
  const Outputs o = evaluate(c);
  char npv[64];
  std::snprintf(npv, sizeof(npv), "%.0f", std::round(o.npv));
  std::string npv_text = npv;  // with grouping: insert commas
  for (int i = static_cast<int>(npv_text.size()) - 3; i > (npv_text[0] == '-' ? 1 : 0); i -= 3) npv_text.insert(static_cast<std::size_t>(i), ",");
  EXPECT_NE(html.find(npv_text), std::string::npos) << npv_text;
  EXPECT_NE(html.find("Wang Lei"), std::string::npos);
  EXPECT_NE(html.find("2026-11-27"), std::string::npos);
  EXPECT_NE(html.find("3 years, yearly"), std::string::npos);
  EXPECT_EQ(count(html, "<tr>"), 1u + 4u + 1u + 5u);  // header + t0..year 3, header + 5 scenario rows
  EXPECT_NE(html.find(">Year 3<"), std::string::npos);
  EXPECT_NE(html.find(">Conservative<"), std::string::npos);
  EXPECT_NE(html.find(">Optimistic<"), std::string::npos);
}

TEST(SummaryHtml, InternalNotesAreAbsent) {
  const std::string html = summary_html(hostile_case(), {}, labels());
  EXPECT_EQ(html.find("INTERNAL-SECRET"), std::string::npos);
  EXPECT_NE(html.find(">Notes<"), std::string::npos);
  Case c = hostile_case();
  c.notes.pop_back();  // only the internal note: no notes section at all
  EXPECT_EQ(summary_html(c, {}, labels()).find(">Notes<"), std::string::npos);
}

TEST(SummaryHtml, LinksTheStylesheetAndHasNoInlineStyleOrScript) {
  SummaryInfo info;
  info.stylesheet = "print.css";
  const std::string html = summary_html(hostile_case(), info, labels());
  EXPECT_NE(html.find("<link rel=\"stylesheet\" href=\"print.css\">"), std::string::npos);
  EXPECT_NE(html.find("style-src 'self'"), std::string::npos);
  EXPECT_EQ(html.find("style=\""), std::string::npos);
  EXPECT_EQ(html.find("<style"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_NE(html.find("<html lang=\"en\">"), std::string::npos);
}

TEST(SummaryHtml, MonthlyCasesListMonthsAndUnreachedPaybackSaysSo) {
  Case c = from_template(templates()[1], "en", "roi-2");
  c.benefits.clear();  // nothing pays back
  const std::string html = summary_html(c, {}, labels());
  EXPECT_NE(html.find(">Month 36<"), std::string::npos);
  EXPECT_NE(html.find("not within the horizon"), std::string::npos);
}

}  // namespace
}  // namespace fieldbook::roi
