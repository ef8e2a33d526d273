#include "rfm/segments.h"

#include <cmath>
#include <map>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "common/error.h"
#include "common/json_parse.h"

namespace fieldbook::rfm {

namespace {

SegmentRule rule(const char* id, const char* en, const char* zh, const char* action_en, const char* action_zh,
                 int r_min, int r_max, int f_min, int f_max, int m_min, int m_max) {
  SegmentRule r;
  r.id = id;
  r.name_en = en;
  r.name_zh = zh;
  r.action_en = action_en;
  r.action_zh = action_zh;
  r.r_min = r_min;
  r.r_max = r_max;
  r.f_min = f_min;
  r.f_max = f_max;
  r.m_min = m_min;
  r.m_max = m_max;
  return r;
}

char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (lower_ascii(a[i]) != lower_ascii(b[i])) return false;
  }
  return true;
}

}  // namespace

RuleSet default_rule_set() {
  RuleSet s;
  s.id = "default";
  s.name_en = "RFM segments (R rfm default)";
  s.name_zh = "RFM 细分（R rfm 默认）";
  // Ranges: R rfm vignette "RFM - Introduction" (recency_lower/upper, frequency_lower/upper,
  // monetary_lower/upper); descriptions from the same table.
  s.rules = {
      rule("champions", "Champions", "冠军客户", "Bought recently, buy often and spend the most: reward them.",
           "最近购买、购买频繁、花费最多：给予回馈。", 5, 5, 5, 5, 5, 5),
      rule("potential_loyalist", "Potential Loyalist", "潜在忠诚客户",
           "Recent customers, spent a good amount, bought more than once: offer membership or loyalty programs.",
           "近期客户，消费可观且多次购买：推荐会员或忠诚度计划。", 3, 5, 3, 5, 2, 5),
      rule("loyal_customers", "Loyal Customers", "忠诚客户",
           "Spend good money, responsive to promotions: upsell higher-value products.",
           "消费良好，对促销有响应：推荐更高价值的产品。", 2, 4, 2, 4, 2, 4),
      rule("promising", "Promising", "有潜力客户", "Recent shoppers who haven't spent much: build brand awareness.",
           "近期购买但消费不多：加强品牌认知。", 3, 4, 1, 3, 3, 5),
      rule("new_customers", "New Customers", "新客户", "Bought recently, but not often: make onboarding smooth.",
           "最近购买但次数不多：做好入门引导。", 4, 5, 1, 3, 1, 5),
      rule("cant_lose_them", "Can't Lose Them", "不能失去的客户",
           "Made big purchases and often, but a long time ago: win them back personally.",
           "曾经大额且频繁购买，但已很久未购：亲自挽回。", 1, 2, 3, 4, 4, 5),
      rule("at_risk", "At Risk", "流失风险客户",
           "Spent big money, purchased often, but long ago: send personalised reactivation offers.",
           "曾经高消费、高频率，但已很久未购：发送个性化唤醒方案。", 1, 2, 2, 5, 4, 5),
      rule("need_attention", "Need Attention", "需要关注客户",
           "Above-average recency, frequency and monetary values: make limited-time offers.",
           "最近度、频率和金额均在平均以上：提供限时优惠。", 1, 3, 3, 5, 3, 5),
      rule("about_to_sleep", "About To Sleep", "即将沉睡客户",
           "Below-average recency, frequency and monetary values: share valuable resources to reconnect.",
           "最近度、频率和金额均低于平均：分享有价值的内容以重新联系。", 2, 3, 1, 3, 1, 4),
      rule("lost", "Lost", "已流失客户", "Bought a long time ago: revive interest with an outreach campaign, or let go.",
           "很久以前购买：通过触达活动重燃兴趣，或放弃。", 1, 1, 1, 5, 1, 5),
  };
  return s;
}

RuleSet abc_rule_set() {
  RuleSet s;
  s.id = "abc";
  s.name_en = "A/B/C tiers (handbook)";
  s.name_zh = "A/B/C 分层（手册）";
  s.other_en = "Others";
  s.other_zh = "其他";
  const char* a_en = "A · Strategic binding";
  const char* a_zh = "A类 · 战略绑定";
  const char* a_act_en =
      "Strategic binding: a custom industry solution white paper every quarter and invitations to product research.";
  const char* a_act_zh = "战略绑定：每季度提供定制行业解决方案白皮书，并邀请参与产品调研。";
  const char* b_en = "B · Incubation";
  const char* b_zh = "B类 · 孵化计划";
  const char* b_act_en = "Incubation plan: free value-add services (e.g. a data diagnosis report) to grow demand.";
  const char* b_act_zh = "孵化计划：提供免费增值服务（如数据诊断报告），培育需求。";
  const char* c_en = "C · SOP service";
  const char* c_zh = "C类 · SOP服务";
  const char* c_act_en = "Small scattered orders: SOP service with auto-replies plus a quarterly care touch, keeping the cost of service low.";
  const char* c_act_zh = "小额散单：标准化服务，自动回复加每季度一次关怀，控制服务成本。";
  s.rules = {
      rule("A", a_en, a_zh, a_act_en, a_act_zh, 4, 5, 4, 5, 4, 5),       // high R, high F, high M
      rule("B_spend", b_en, b_zh, b_act_en, b_act_zh, 3, 5, 1, 5, 3, 5),  // recent and spending
      rule("B_often", b_en, b_zh, b_act_en, b_act_zh, 3, 5, 3, 5, 1, 5),  // recent and buying often
      rule("C", c_en, c_zh, c_act_en, c_act_zh, 1, 5, 1, 5, 1, 5),        // everyone else
  };
  return s;
}

void validate(const RuleSet& rules) {
  if (rules.scale < kMinBins || rules.scale > kMaxBins) {
    throw Error::at_path("scale", "must be " + std::to_string(kMinBins) + ".." + std::to_string(kMaxBins),
                         rule::between(kMinBins, kMaxBins));
  }
  for (std::size_t i = 0; i < rules.rules.size(); ++i) {
    const SegmentRule& r = rules.rules[i];
    const std::string path = "rules[" + std::to_string(i) + "]";
    if (r.name_en.empty() && r.name_zh.empty()) throw Error::at_path(path + ".nameEn", "a rule needs a name", rule::not_empty());
    const struct {
      const char* key;
      int lo, hi;
    } ranges[] = {{"r", r.r_min, r.r_max}, {"f", r.f_min, r.f_max}, {"m", r.m_min, r.m_max}};
    for (const auto& g : ranges) {
      if (g.lo < 1 || g.hi > rules.scale || g.lo > g.hi) {
        throw Error::at_path(path + "." + g.key,
                             "range " + std::to_string(g.lo) + ".." + std::to_string(g.hi) + " must lie in 1.." +
                                 std::to_string(rules.scale) + " with min <= max",
                             rule::between(1, rules.scale));
      }
    }
  }
}

int scaled_score(int score, int bins, int scale) {
  if (bins == scale || bins <= 0) return score;
  const double mid = (static_cast<double>(score) - 0.5) / static_cast<double>(bins);
  return static_cast<int>(std::floor(mid * static_cast<double>(scale))) + 1;
}

bool matches(const SegmentRule& rule, int r, int f, int m, std::string_view industry) {
  if (r < rule.r_min || r > rule.r_max) return false;
  if (f < rule.f_min || f > rule.f_max) return false;
  if (m < rule.m_min || m > rule.m_max) return false;
  return rule.industry.empty() || iequals(rule.industry, industry);
}

void assign_segments(std::span<Customer> customers, const RuleSet& rules, const ScoredTable& scored) {
  const int rb = scored.thresholds[0].bins, fb = scored.thresholds[1].bins, mb = scored.thresholds[2].bins;
  for (Customer& c : customers) {
    const int r = scaled_score(c.r_score, rb, rules.scale);
    const int f = scaled_score(c.f_score, fb, rules.scale);
    const int m = scaled_score(c.m_score, mb, rules.scale);
    c.segment = -1;
    for (std::size_t i = 0; i < rules.rules.size(); ++i) {
      if (matches(rules.rules[i], r, f, m, c.industry)) {
        c.segment = static_cast<std::int32_t>(i);
        break;
      }
    }
  }
}

std::vector<SegmentSummary> summarize_segments(std::span<const Customer> customers, const RuleSet& rules) {
  std::vector<SegmentSummary> out;
  std::vector<std::size_t> row_of_rule(rules.rules.size());
  std::map<std::string, std::size_t> by_name;
  for (std::size_t i = 0; i < rules.rules.size(); ++i) {
    const auto segment = static_cast<std::int32_t>(i);
    LocalizedText label = segment_label(rules, segment);
    auto [it, inserted] = by_name.emplace(label.en, out.size());
    if (inserted) {
      SegmentSummary s;
      s.name = std::move(label);
      s.action = segment_action(rules, segment);
      out.push_back(std::move(s));
    }
    row_of_rule[i] = it->second;
  }
  SegmentSummary others;
  others.name = segment_label(rules, -1);
  double total_revenue = 0;
  std::vector<double> sum_r(out.size() + 1), sum_f(out.size() + 1);
  for (const Customer& c : customers) {
    const bool in_rule = c.segment >= 0 && static_cast<std::size_t>(c.segment) < rules.rules.size();
    const std::size_t row = in_rule ? row_of_rule[static_cast<std::size_t>(c.segment)] : out.size();
    SegmentSummary& s = in_rule ? out[row] : others;
    ++s.customers;
    s.orders += c.frequency;
    s.revenue += c.monetary;
    sum_r[row] += c.recency_days;
    sum_f[row] += static_cast<double>(c.frequency);
    total_revenue += c.monetary;
  }
  const std::size_t others_row = out.size();
  if (others.customers > 0) out.push_back(std::move(others));
  const double n = static_cast<double>(customers.size());
  for (std::size_t i = 0; i < out.size(); ++i) {
    SegmentSummary& s = out[i];
    const std::size_t row = i < others_row ? i : others_row;
    if (s.customers > 0) {
      const double k = static_cast<double>(s.customers);
      s.customer_share = k / n;
      s.mean_recency = sum_r[row] / k;
      s.mean_frequency = sum_f[row] / k;
      s.mean_monetary = s.revenue / k;
    }
    s.revenue_share = total_revenue != 0 ? s.revenue / total_revenue : 0;
    s.average_order_value = s.orders > 0 ? s.revenue / static_cast<double>(s.orders) : 0;
  }
  return out;
}

namespace {

const SegmentRule* rule_of(const RuleSet& rules, std::int32_t segment) {
  if (segment < 0 || static_cast<std::size_t>(segment) >= rules.rules.size()) return nullptr;
  return &rules.rules[static_cast<std::size_t>(segment)];
}

LocalizedText label_of(const std::string& en, const std::string& zh) { return {en.empty() ? zh : en, zh}; }

}  // namespace

LocalizedText segment_label(const RuleSet& rules, std::int32_t segment) {
  const SegmentRule* r = rule_of(rules, segment);
  return r ? label_of(r->name_en, r->name_zh) : label_of(rules.other_en, rules.other_zh);
}

LocalizedText segment_action(const RuleSet& rules, std::int32_t segment) {
  const SegmentRule* r = rule_of(rules, segment);
  return r ? LocalizedText{r->action_en, r->action_zh} : LocalizedText{};
}

// ---- JSON ----

namespace {

using Value = rapidjson::Value;

// A rule file is an object of a list of objects of [min, max] pairs: four levels.
constexpr int kMaxRulesNesting = 8;

const Value* member(const Value& obj, const char* camel, const char* snake) {
  auto it = obj.FindMember(camel);
  if (it != obj.MemberEnd()) return &it->value;
  if (snake) {
    it = obj.FindMember(snake);
    if (it != obj.MemberEnd()) return &it->value;
  }
  return nullptr;
}

std::string get_string(const Value& obj, const char* camel, const char* snake, const std::string& path,
                       const std::string& fallback = {}) {
  const Value* v = member(obj, camel, snake);
  if (!v || v->IsNull()) return fallback;
  if (!v->IsString()) throw Error::at_path(path + "." + camel, "must be a string");
  if (v->GetStringLength() > 4096) throw Error::at_path(path + "." + camel, "is too long");
  return std::string(v->GetString(), v->GetStringLength());
}

int get_int(const Value& v, const std::string& path) {
  if (!v.IsInt()) throw Error::at_path(path, "must be an integer");
  return v.GetInt();
}

void get_range(const Value& obj, const char* key, int& lo, int& hi, int scale, const std::string& path) {
  lo = 1;
  hi = scale;
  auto it = obj.FindMember(key);
  if (it != obj.MemberEnd()) {
    const Value& v = it->value;
    if (!v.IsArray() || v.Size() != 2) throw Error::at_path(path + "." + key, "must be [min, max]");
    lo = get_int(v[0], path + "." + key + "[0]");
    hi = get_int(v[1], path + "." + key + "[1]");
    return;
  }
  const std::string kmin = std::string(key) + "_min", kmax = std::string(key) + "_max";
  const std::string cmin = std::string(key) + "Min", cmax = std::string(key) + "Max";
  if (const Value* v = member(obj, cmin.c_str(), kmin.c_str())) lo = get_int(*v, path + "." + cmin);
  if (const Value* v = member(obj, cmax.c_str(), kmax.c_str())) hi = get_int(*v, path + "." + cmax);
}

}  // namespace

RuleSet parse_rule_set_json(std::string_view json) {
  rapidjson::Document doc;
  try {
    parse_json(json, doc, kMaxRulesNesting);
  } catch (const Error& e) {
    throw Error("rules: " + e.message(), e.position());
  }
  if (!doc.IsObject()) throw Error("rules: the top level must be an object");
  RuleSet s;
  s.id = get_string(doc, "id", nullptr, "", "custom");
  s.name_en = get_string(doc, "nameEn", "name_en", "");
  s.name_zh = get_string(doc, "nameZh", "name_zh", "");
  s.other_en = get_string(doc, "otherEn", "other_en", "", "Others");
  s.other_zh = get_string(doc, "otherZh", "other_zh", "", "其他");
  if (const Value* v = member(doc, "scale", nullptr)) s.scale = get_int(*v, "scale");
  const Value* rules = member(doc, "rules", nullptr);
  if (!rules || !rules->IsArray()) throw Error::at_path("rules", "must be an array");
  if (rules->Size() > 1000) throw Error::at_path("rules", "at most 1000 rules");
  for (rapidjson::SizeType i = 0; i < rules->Size(); ++i) {
    const Value& o = (*rules)[i];
    const std::string path = "rules[" + std::to_string(i) + "]";
    if (!o.IsObject()) throw Error::at_path(path, "must be an object");
    SegmentRule r;
    r.id = get_string(o, "id", nullptr, path, "rule" + std::to_string(i + 1));
    r.name_en = get_string(o, "nameEn", "name_en", path);
    r.name_zh = get_string(o, "nameZh", "name_zh", path);
    if (r.name_en.empty()) r.name_en = get_string(o, "name", nullptr, path);
    r.action_en = get_string(o, "actionEn", "action_en", path);
    r.action_zh = get_string(o, "actionZh", "action_zh", path);
    r.industry = get_string(o, "industry", nullptr, path);
    get_range(o, "r", r.r_min, r.r_max, s.scale, path);
    get_range(o, "f", r.f_min, r.f_max, s.scale, path);
    get_range(o, "m", r.m_min, r.m_max, s.scale, path);
    s.rules.push_back(std::move(r));
  }
  validate(s);
  return s;
}

std::string rule_set_to_json(const RuleSet& rules) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  auto str = [&](const char* k, const std::string& v) {
    w.Key(k);
    w.String(v.c_str(), static_cast<rapidjson::SizeType>(v.size()));
  };
  auto range = [&](const char* k, int lo, int hi) {
    w.Key(k);
    w.StartArray();
    w.Int(lo);
    w.Int(hi);
    w.EndArray();
  };
  w.StartObject();
  str("id", rules.id);
  str("nameEn", rules.name_en);
  str("nameZh", rules.name_zh);
  w.Key("scale");
  w.Int(rules.scale);
  str("otherEn", rules.other_en);
  str("otherZh", rules.other_zh);
  w.Key("rules");
  w.StartArray();
  for (const SegmentRule& r : rules.rules) {
    w.StartObject();
    str("id", r.id);
    str("nameEn", r.name_en);
    str("nameZh", r.name_zh);
    str("actionEn", r.action_en);
    str("actionZh", r.action_zh);
    range("r", r.r_min, r.r_max);
    range("f", r.f_min, r.f_max);
    range("m", r.m_min, r.m_max);
    str("industry", r.industry);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize());
}

}  // namespace fieldbook::rfm
