#include "rfm/columns.h"

#include <algorithm>
#include <cmath>

#include "common/date.h"
#include "common/money.h"
#include "common/text_scan.h"

namespace fieldbook::rfm {

std::string_view to_string(Level level) {
  switch (level) {
    case Level::Auto: return "auto";
    case Level::Order: return "order";
    case Level::Customer: return "customer";
  }
  return "auto";
}

std::optional<Level> parse_level(std::string_view text) {
  if (text == "auto") return Level::Auto;
  if (text == "order") return Level::Order;
  if (text == "customer") return Level::Customer;
  return std::nullopt;
}

std::string_view to_string(Role role) {
  switch (role) {
    case Role::Ignore: return "ignore";
    case Role::Customer: return "customer";
    case Role::Date: return "date";
    case Role::Amount: return "amount";
    case Role::Orders: return "orders";
    case Role::Recency: return "recency";
    case Role::Name: return "name";
    case Role::Industry: return "industry";
    case Role::Region: return "region";
    case Role::Rep: return "rep";
  }
  return "ignore";
}

bool has_role(std::span<const Role> roles, Role role) { return column_of(roles, role).has_value(); }

std::optional<std::size_t> column_of(std::span<const Role> roles, Role role) {
  const auto it = std::find(roles.begin(), roles.end(), role);
  if (it == roles.end()) return std::nullopt;
  return static_cast<std::size_t>(it - roles.begin());
}

void assign_role(std::vector<Role>& roles, std::size_t column, Role role) {
  if (roles.size() <= column) roles.resize(column + 1, Role::Ignore);
  if (role != Role::Ignore) std::replace(roles.begin(), roles.end(), role, Role::Ignore);
  roles[column] = role;
}

namespace {

struct RoleKeywords {
  Role role;
  std::vector<std::string_view> words;  // normalized: lower-case ASCII, no spaces/_/-/./()
};

const std::vector<RoleKeywords>& keyword_table() {
  // Order matters for ties (earlier wins): required roles first.
  static const std::vector<RoleKeywords> table = {
      {Role::Customer,
       {"customerid", "customer", "custid", "customerno", "customercode", "clientid", "client", "accountid", "account",
        "buyer", "company", "客户", "客户编号", "客户id", "客户代码", "客户号", "客户编码", "买家", "会员", "公司", "单位"}},
      {Role::Date,
       {"orderdate", "date", "purchasedate", "transactiondate", "invoicedate", "lastorder", "lastorderdate",
        "mostrecentvisit", "mostrecent", "lastpurchase", "lastvisit", "日期", "订单日期", "下单日期", "下单时间",
        "交易日期", "成交日期", "购买日期", "销售日期", "开票日期", "最近购买日期", "最后下单日期", "最近下单日期",
        "最近一次购买", "最后购买日期", "时间"}},
      {Role::Amount,
       {"revenue", "amount", "sales", "total", "totalrevenue", "monetary", "spend", "value", "price", "金额", "销售额",
        "订单金额", "实付金额", "实付", "成交金额", "收入", "营收", "总金额", "消费金额", "合计", "营业额", "总额",
        "销售金额", "回款"}},
      {Role::Orders,
       {"numberoforders", "orders", "ordercount", "frequency", "transactions", "transactioncount", "ntransactions",
        "订单数", "订单数量", "购买次数", "次数", "频次", "订单量", "下单次数", "交易次数"}},
      {Role::Recency,
       {"recencydays", "recency", "dayssince", "dayssincelastorder", "dayssincelastpurchase", "最近天数", "距今天数",
        "未购天数", "间隔天数"}},
      {Role::Name,
       {"name", "customername", "firstname", "companyname", "clientname", "accountname", "客户名称", "客户名", "名称",
        "姓名", "公司名称", "单位名称"}},
      {Role::Industry, {"industry", "sector", "vertical", "行业", "所属行业", "行业类别"}},
      {Role::Region, {"region", "area", "province", "city", "territory", "地区", "区域", "省份", "城市", "大区", "片区"}},
      {Role::Rep,
       {"rep", "owner", "salesrep", "salesperson", "accountmanager", "accountowner", "负责人", "销售", "销售员",
        "业务员", "客户经理", "销售代表", "跟进人", "销售负责人"}},
  };
  return table;
}

std::string normalize_header(std::string_view h) {
  std::string out;
  out.reserve(h.size());
  h = scan::trim(h);
  if (h.substr(0, 3) == "\xEF\xBB\xBF") h.remove_prefix(3);
  for (char c : h) {
    if (c == ' ' || c == '_' || c == '-' || c == '.' || c == '(' || c == ')' || c == '\t' || c == '"') continue;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

// Best (score, role) for a header: exact keyword 1000 + length, contained keyword its length.
std::pair<std::size_t, Role> header_score(std::string_view header) {
  const std::string h = normalize_header(header);
  std::size_t best = 0;
  Role role = Role::Ignore;
  if (h.empty()) return {0, Role::Ignore};
  for (const auto& entry : keyword_table()) {
    for (std::string_view w : entry.words) {
      std::size_t s = 0;
      if (h == w) {
        s = 1000 + w.size();
      } else if (w.size() >= 3 && h.find(w) != std::string::npos) {
        s = w.size();
      }
      if (s > best) {
        best = s;
        role = entry.role;
      }
    }
  }
  return {best, role};
}

// "12345", "-1,234.5": a number, which parse_date_lenient could take for an Excel serial.
bool is_plain_number(std::string_view v) {
  if (!v.empty() && (v.front() == '-' || v.front() == '+')) v.remove_prefix(1);
  if (v.empty()) return false;
  std::size_t digits = 0;
  for (char c : v) {
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c != '.' && c != ',') {
      return false;
    }
  }
  return digits > 0;
}

}  // namespace

Role role_from_header(std::string_view header) { return header_score(header).second; }

std::vector<Role> guess_roles(std::span<const std::string> header, std::span<const std::vector<std::string>> sample) {
  const std::size_t n = header.size();
  std::vector<Role> roles(n, Role::Ignore);
  struct Candidate {
    std::size_t score;
    std::size_t column;
    Role role;
  };
  std::vector<Candidate> cands;
  for (std::size_t i = 0; i < n; ++i) {
    auto [score, role] = header_score(header[i]);
    if (role != Role::Ignore) cands.push_back({score, i, role});
  }
  std::stable_sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
  auto used = [&](Role r) { return has_role(roles, r); };
  for (const Candidate& c : cands) {
    if (roles[c.column] == Role::Ignore && !used(c.role)) roles[c.column] = c.role;
  }
  // A customer-name column stands in for a missing id column.
  if (!used(Role::Customer)) {
    for (Role& r : roles) {
      if (r == Role::Name) {
        r = Role::Customer;
        break;
      }
    }
  }

  // Value shapes for required roles still missing.
  auto column_stats = [&](std::size_t col, std::size_t& dates, std::size_t& numbers, std::size_t& texts,
                          std::size_t& fractional) {
    dates = numbers = texts = fractional = 0;
    for (const auto& row : sample) {
      if (col >= row.size()) continue;
      const std::string_view v = scan::trim(row[col]);
      if (v.empty()) continue;
      const bool plain = is_plain_number(v);
      if (!plain && parse_date_lenient(v, DateOrder::DayFirst)) {
        ++dates;
      } else if (auto a = parse_amount(v)) {
        ++numbers;
        if (*a != std::floor(*a) || v.find_first_of("$\xC2\xA5\xEF\xBF\xA5\xE2\x82\xAC") != std::string_view::npos) {
          ++fractional;
        }
      } else {
        ++texts;
      }
    }
  };
  const bool customer_level = used(Role::Orders) || used(Role::Recency);
  for (Role want : {Role::Date, Role::Amount, Role::Customer}) {
    if (used(want)) continue;
    if (want == Role::Date && customer_level && used(Role::Recency)) continue;
    std::size_t best_col = n;
    std::size_t best_score = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if (roles[i] != Role::Ignore) continue;
      std::size_t dates, numbers, texts, fractional;
      column_stats(i, dates, numbers, texts, fractional);
      const std::size_t total = dates + numbers + texts;
      if (total == 0) continue;
      std::size_t score = 0;
      if (want == Role::Date && dates * 10 >= total * 8) score = dates;
      if (want == Role::Amount && numbers * 10 >= total * 8) score = numbers + fractional;
      if (want == Role::Customer && texts * 10 >= total * 8) score = texts;
      if (score > best_score) {
        best_score = score;
        best_col = i;
      }
    }
    if (best_col < n) roles[best_col] = want;
  }
  return roles;
}

Level level_from_roles(std::span<const Role> roles) {
  for (Role r : roles) {
    if (r == Role::Orders || r == Role::Recency) return Level::Customer;
  }
  return Level::Order;
}

Level effective_level(std::span<const Role> roles, Level level) {
  return level == Level::Auto ? level_from_roles(roles) : level;
}

std::string mapping_problem(std::span<const Role> roles, Level level) {
  if (!has_role(roles, Role::Customer)) return "customer";
  if (effective_level(roles, level) == Level::Order) {
    if (!has_role(roles, Role::Date)) return "date";
    if (!has_role(roles, Role::Amount)) return "amount";
  } else {
    if (!has_role(roles, Role::Date) && !has_role(roles, Role::Recency)) return "date";
    if (!has_role(roles, Role::Orders)) return "orders";
    if (!has_role(roles, Role::Amount)) return "amount";
  }
  return {};
}

}  // namespace fieldbook::rfm
