// Writes a manager's workspace and the files of a team of reps, as issue 14's scale asks: each rep
// with two years of records (ROI cases, quarterly OKRs with weekly check-ins, weekly funnel, two
// KPIs, RFM analyses of 10,000 customers), the manager with 50 coaching sessions per rep. Built
// from the core's own types and saved by its writer, so every file loads as the app loads it.
//   generate_team OUT_DIR [--reps=30] [--customers=10000] [--seed=1]
// Deterministic: the same arguments write the same bytes.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <string_view>

#include "common/date.h"
#include "grow/coaching_session.h"
#include "rfm/analysis_record.h"
#include "rfm/import.h"
#include "rfm/segments.h"
#include "roi/case.h"
#include "workspace/workspace.h"
#include "workspace/workspace_io.h"

using namespace fieldbook;

namespace {

std::mt19937_64 rng;
int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }

const Date kStart = *parse_iso_date("2024-12-02");  // a Monday: two years of weeks up to the end of November 2026
constexpr int kWeeks = 104;

std::string day(Date d) { return format_iso_date(d); }
std::string stamp(Date d) { return day(d) + "T09:00:00Z"; }
Date plus(Date d, int days) { return Date{d.days + days}; }

void write(const std::filesystem::path& path, const workspace::Workspace& w) {
  std::ofstream(path, std::ios::binary) << workspace::save_workspace(w, 2);
}

// Orders of `customers` customers over two years: ISO dates, plain amounts.
std::string orders_csv(int customers) {
  std::string csv = "customer_id,order_date,amount\n";
  char line[96];
  for (int c = 0; c < customers; ++c) {
    const int orders = 1 + uniform(0, 5);
    for (int o = 0; o < orders; ++o) {
      std::snprintf(line, sizeof line, "C%06d,%s,%d.%02d\n", c, day(plus(kStart, uniform(0, 7 * kWeeks - 1))).c_str(),
                    uniform(80, 20000), uniform(0, 99));
      csv += line;
    }
  }
  return csv;
}

workspace::Workspace rep_file(int r, int customers) {
  char owner[32], name[32];
  std::snprintf(owner, sizeof owner, "u-bench-%02d", r);
  std::snprintf(name, sizeof name, "销售 %02d", r);
  const std::string p = std::string("r") + std::to_string(r) + "-";
  workspace::Workspace w;
  w.settings.language = workspace::LanguagePreference::Zh;
  w.settings.user_name = name;
  w.settings.owner_id = owner;
  w.exported_by = name;
  // ROI cases: one a month.
  const auto& templates = roi::templates();
  for (int m = 0; m < 24; ++m) {
    roi::Case c = roi::from_template(templates[std::size_t(m) % templates.size()], Language::Zh,
                                     p + "roi-" + std::to_string(m), stamp(plus(kStart, m * 30)));
    c.customer_name = "客户 " + std::to_string(r * 100 + m);
    w.roi_cases.push_back(std::move(c));
  }
  // OKRs: two objectives a quarter, three key results each, a check-in a week on each.
  for (int q = 0; q < 8; ++q) {
    const Date first = plus(kStart, q * 91), last = plus(first, 90);
    for (int k = 0; k < 2; ++k) {
      okr::Objective o;
      o.id = p + "obj-" + std::to_string(q) + "-" + std::to_string(k);
      o.title = k == 0 ? "拿下华东教育行业新客户" : "提升老客户续约率";
      o.period_start = day(first);
      o.period_end = day(last);
      o.updated_at = stamp(first);
      w.objectives.push_back(o);
      for (int j = 0; j < 3; ++j) {
        okr::KeyResult kr;
        kr.id = o.id + "-kr" + std::to_string(j);
        kr.objective_id = o.id;
        kr.title = "关键结果 " + std::to_string(j + 1);
        kr.target = 10 + 5 * j;
        kr.updated_at = o.updated_at;
        w.key_results.push_back(kr);
        double value = 0;
        for (int week = 0; week < 13; ++week) {
          value += uniform(0, 2) * 0.5;
          okr::CheckIn c;
          c.id = kr.id + "-c" + std::to_string(week);
          c.key_result_id = kr.id;
          c.date = day(plus(first, week * 7 + 4));
          c.value = value;
          c.confidence = uniform(3, 9);
          c.note = week % 4 == 0 ? "拜访了三家学校，一家进入方案阶段" : "";
          c.updated_at = stamp(plus(first, week * 7 + 4));
          w.check_ins.push_back(c);
        }
      }
    }
  }
  // KPIs: visits a week, collections a month.
  okr::Kpi visits{.id = p + "kpi-visits", .name = "拜访量", .target = 20, .updated_at = stamp(kStart)};
  okr::Kpi cash{.id = p + "kpi-cash", .name = "回款", .target = 200000, .frequency = okr::KpiFrequency::Monthly,
                .unit = okr::Unit::Money, .updated_at = stamp(kStart)};
  w.kpis = {visits, cash};
  // Weekly funnel: 线索 → 商机 → 提案 → 签约.
  for (int week = 0; week < kWeeks; ++week) {
    const Date monday = plus(kStart, week * 7);
    w.kpi_entries.push_back({.id = visits.id + "-" + std::to_string(week), .kpi_id = visits.id,
                             .period_start = day(monday), .value = double(uniform(12, 28)), .updated_at = stamp(monday)});
    okr::FunnelPeriod f;
    f.id = p + "funnel-" + std::to_string(week);
    f.period_start = day(monday);
    f.period_end = day(plus(monday, 6));
    const double leads = uniform(40, 80), deals = leads * uniform(30, 60) / 100.0;
    const double proposals = deals * uniform(20, 50) / 100.0, signed_ = proposals * uniform(20, 60) / 100.0;
    f.counts = {leads, std::round(deals), std::round(proposals), std::round(signed_)};
    f.updated_at = stamp(monday);
    w.funnel_periods.push_back(f);
  }
  for (int m = 0; m < 24; ++m) {
    const Date first = *parse_iso_date(std::to_string(2024 + (11 + m) / 12) + "-" +
                                       (((11 + m) % 12 + 1) < 10 ? "0" : "") + std::to_string((11 + m) % 12 + 1) + "-01");
    w.kpi_entries.push_back({.id = cash.id + "-" + std::to_string(m), .kpi_id = cash.id, .period_start = day(first),
                             .value = double(uniform(120, 320)) * 1000, .updated_at = stamp(first)});
  }
  // RFM: last month's and this month's analysis of the rep's customers.
  for (int a = 0; a < 2; ++a) {
    rfm::ImportOptions options;
    auto result = rfm::import_text(orders_csv(customers), options);
    rfm::AnalysisRecord record = rfm::make_analysis(std::move(result.table), rfm::ScoringOptions{},
                                                    rfm::default_rule_set(), std::nullopt, "CNY");
    record.id = p + "rfm-" + std::to_string(a);
    record.name = a == 0 ? "10 月客户分层" : "11 月客户分层";
    record.source_file = "orders.csv";
    record.imported_at = stamp(plus(kStart, 7 * kWeeks - 40 + a * 30));
    record.updated_at = record.imported_at;
    record.level = rfm::Level::Order;
    w.rfm_analyses.push_back(std::move(record));
  }
  return w;
}

// The manager: the team, linked to the reps' files, and 50 coaching sessions with each.
workspace::Workspace manager(int reps) {
  workspace::Workspace w;
  w.settings.language = workspace::LanguagePreference::Zh;
  w.settings.user_name = "张伟";
  w.settings.owner_id = "u-bench-manager";
  for (int r = 0; r < reps; ++r) {
    char owner[32], name[32];
    std::snprintf(owner, sizeof owner, "u-bench-%02d", r);
    std::snprintf(name, sizeof name, "销售 %02d", r);
    team::Rep rep{.id = std::string("rep-") + owner, .name = name,
                  .stage = static_cast<team::RepStage>(r % 3), .started_on = "2023-03-01",
                  .updated_at = stamp(kStart)};
    rep.owner_id = owner;
    w.team.push_back(rep);
    for (int s = 0; s < 50; ++s) {
      const Date on = plus(kStart, s * 14 + r % 7);
      grow::CoachingSession session;
      session.id = "session-" + std::to_string(r) + "-" + std::to_string(s);
      session.rep_id = rep.id;
      session.date = day(on);
      session.topic = "周度 1:1";
      session.goal.text = "本周推进两个商机进入提案阶段";
      session.will.commitment = uniform(5, 9);
      for (int a = 0; a < 2; ++a) {
        grow::Action action;
        action.id = "a" + std::to_string(a);
        action.text = a == 0 ? "给客户发送定制报价" : "约见信息中心主任";
        action.due_date = day(plus(on, 7 + a * 7));
        if (s < 47) {
          action.status = grow::ActionStatus::Done;
          action.done_on = action.due_date;
        }
        session.actions.push_back(action);
      }
      session.next_session_on = day(plus(on, 14));
      session.updated_at = stamp(on);
      w.coaching_sessions.push_back(session);
    }
  }
  return w;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: generate_team OUT_DIR [--reps=30] [--customers=10000] [--seed=1]\n");
    return 2;
  }
  int reps = 30, customers = 10000, seed = 1;
  for (int i = 2; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (a.starts_with("--reps=")) reps = std::atoi(argv[i] + 7);
    else if (a.starts_with("--customers=")) customers = std::atoi(argv[i] + 12);
    else if (a.starts_with("--seed=")) seed = std::atoi(argv[i] + 7);
  }
  rng.seed(static_cast<unsigned>(seed));
  const std::filesystem::path out = argv[1];
  std::filesystem::create_directories(out);
  write(out / "manager.json", manager(reps));
  for (int r = 0; r < reps; ++r) {
    char file[32];
    std::snprintf(file, sizeof file, "rep-%02d.json", r);
    write(out / file, rep_file(r, customers));
  }
  return 0;
}
