// Importer: encodings (GBK through the decoder hook vs UTF-8 with BOM, UTF-16), column guessing
// in English and Chinese, chunked feeding, row errors, the date-order question, hostile files.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <random>
#include <sstream>

#include "common/error.h"
#include "common/utf8.h"
#include "rfm/import.h"
#include "rfm/segments.h"

using namespace fieldbook;
using namespace fieldbook::rfm;

namespace {

// A test-only GBK table for the characters used below (bytes from the GBK code chart).
const std::map<std::string, std::string>& gbk_table() {
  static const std::map<std::string, std::string> t = {
      {"三", "\xC8\xFD"}, {"业", "\xD2\xB5"}, {"五", "\xCE\xE5"}, {"单", "\xB5\xA5"}, {"四", "\xCB\xC4"},
      {"客", "\xBF\xCD"}, {"年", "\xC4\xEA"}, {"府", "\xB8\xAE"}, {"张", "\xD5\xC5"}, {"户", "\xBB\xA7"},
      {"技", "\xBC\xBC"}, {"政", "\xD5\xFE"}, {"日", "\xC8\xD5"}, {"月", "\xD4\xC2"}, {"期", "\xC6\xDA"},
      {"李", "\xC0\xEE"}, {"王", "\xCD\xF5"}, {"科", "\xBF\xC6"}, {"行", "\xD0\xD0"}, {"订", "\xB6\xA9"},
      {"金", "\xBD\xF0"}, {"额", "\xB6\xEE"}, {"￥", "\xA3\xA4"},
  };
  return t;
}

std::string to_gbk(std::string_view utf8) {
  std::string out;
  std::size_t i = 0;
  while (i < utf8.size()) {
    const unsigned char c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    const std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    const std::string ch(utf8.substr(i, len));
    auto it = gbk_table().find(ch);
    if (it == gbk_table().end()) throw std::runtime_error("no GBK code for " + ch);
    out += it->second;
    i += len;
  }
  return out;
}

class TestGbkDecoder final : public TextDecoder {
 public:
  void decode(std::string_view bytes, bool last, std::string& out) override {
    std::string in = carry_ + std::string(bytes);
    carry_.clear();
    std::size_t i = 0;
    while (i < in.size()) {
      const unsigned char c = static_cast<unsigned char>(in[i]);
      if (c < 0x80) {
        out.push_back(in[i++]);
        continue;
      }
      if (i + 1 >= in.size()) {
        carry_ = in.substr(i);
        break;
      }
      const std::string pair = in.substr(i, 2);
      bool found = false;
      for (const auto& [u, g] : gbk_table()) {
        if (g == pair) {
          out += u;
          found = true;
          break;
        }
      }
      if (!found) throw Error("invalid GBK sequence");
      i += 2;
    }
    if (last && !carry_.empty()) throw Error("truncated GBK sequence");
  }

 private:
  std::string carry_;
};

DecoderFactory test_decoders() {
  return [](std::string_view label) -> std::unique_ptr<TextDecoder> {
    if (label == "gb18030") return std::make_unique<TestGbkDecoder>();
    return nullptr;
  };
}

const char* kChinese =
    "客户,订单日期,金额,行业\n"
    "张三,2024/3/5,\"￥1,200.50\",政府\n"
    "李四,2024年3月6日,800,科技\n"
    "张三,2024-04-01,(200),政府\n"
    "王五,2024/04/02,300,科技\n";

ImportResult run(std::string_view bytes, ImportOptions o = {}, std::size_t chunk = 0) {
  if (!o.decoders) o.decoders = test_decoders();
  if (chunk == 0) return import_text(bytes, o);
  OrderImporter imp(o);
  for (std::size_t i = 0; i < bytes.size(); i += chunk) imp.feed(bytes.substr(i, chunk));
  imp.finish();
  EXPECT_EQ(imp.state(), ImportState::Done) << imp.error();
  ImportResult r;
  r.table = imp.table();
  r.preview = imp.preview();
  r.errors.assign(imp.errors().begin(), imp.errors().end());
  r.error_count = imp.error_count();
  return r;
}

void expect_same(const CustomerTable& a, const CustomerTable& b) {
  ASSERT_EQ(a.customers.size(), b.customers.size());
  EXPECT_EQ(a.analysis_date, b.analysis_date);
  for (std::size_t i = 0; i < a.customers.size(); ++i) {
    EXPECT_EQ(a.customers[i].id, b.customers[i].id);
    EXPECT_EQ(a.customers[i].industry, b.customers[i].industry);
    EXPECT_EQ(a.customers[i].frequency, b.customers[i].frequency);
    EXPECT_DOUBLE_EQ(a.customers[i].monetary, b.customers[i].monetary);
    EXPECT_EQ(a.customers[i].recency_days, b.customers[i].recency_days);
  }
}

std::string utf16le(std::string_view ascii_or_utf8, bool bom) {
  std::string out = bom ? std::string("\xFF\xFE") : std::string();
  std::size_t i = 0;
  while (i < ascii_or_utf8.size()) {
    auto cp = decode_utf8(ascii_or_utf8, i);
    if (!cp) throw std::runtime_error("bad utf-8");
    out.push_back(static_cast<char>(*cp & 0xFF));
    out.push_back(static_cast<char>((*cp >> 8) & 0xFF));
  }
  return out;
}

}  // namespace

TEST(RfmImport, DetectsEncodings) {
  EXPECT_EQ(detect_encoding("\xEF\xBB\xBF" "a,b\n", true).encoding, Encoding::Utf8Bom);
  EXPECT_EQ(detect_encoding("\xFF\xFE" "a\0", true).encoding, Encoding::Utf16LE);
  EXPECT_EQ(detect_encoding("\xFE\xFF\0a", true).encoding, Encoding::Utf16BE);
  EXPECT_EQ(detect_encoding("customer,date\n", true).encoding, Encoding::Utf8);
  EXPECT_EQ(detect_encoding(kChinese, true).encoding, Encoding::Utf8);
  EXPECT_EQ(detect_encoding(to_gbk(kChinese), true).encoding, Encoding::Gb18030);
  EXPECT_EQ(detect_encoding(std::string("a\0b\0c\0d\0", 8), true).encoding, Encoding::Utf16LE);
  EXPECT_TRUE(detect_encoding(std::string("\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0", 20), true).binary);
  // A sample cut inside a UTF-8 character is still UTF-8 when more input follows.
  const std::string zh = "客户";
  EXPECT_EQ(detect_encoding(std::string_view(zh).substr(0, 4), false).encoding, Encoding::Utf8);
  EXPECT_EQ(parse_encoding("GBK"), Encoding::Gb18030);
}

TEST(RfmImport, GbkAndUtf8BomGiveIdenticalResults) {
  const std::string utf8_bom = std::string("\xEF\xBB\xBF") + kChinese;
  const std::string gbk = to_gbk(kChinese);
  const ImportResult a = run(utf8_bom);
  const ImportResult b = run(gbk);
  EXPECT_EQ(a.preview.encoding, Encoding::Utf8Bom);
  EXPECT_EQ(b.preview.encoding, Encoding::Gb18030);
  EXPECT_EQ(a.error_count, 0u);
  EXPECT_EQ(b.error_count, 0u);
  expect_same(a.table, b.table);
  ASSERT_EQ(a.table.customers.size(), 3u);
  // 张三: 1,200.50 then a return of 200 (counted in monetary, not in frequency).
  const Customer& zhang = a.table.customers[0].id == "张三" ? a.table.customers[0]
                          : a.table.customers[1].id == "张三" ? a.table.customers[1]
                                                              : a.table.customers[2];
  EXPECT_EQ(zhang.id, "张三");
  EXPECT_EQ(zhang.industry, "政府");
  EXPECT_EQ(zhang.frequency, 1);
  EXPECT_DOUBLE_EQ(zhang.monetary, 1000.5);
  EXPECT_EQ(a.table.return_rows, 1u);
  // Fed in 1-byte and 7-byte chunks (splitting GBK pairs and the BOM) the result is the same.
  expect_same(run(gbk, {}, 1).table, b.table);
  expect_same(run(gbk, {}, 7).table, b.table);
  expect_same(run(utf8_bom, {}, 1).table, a.table);
  // Without a GBK decoder the message says what to do.
  ImportOptions none;
  none.decoders = [](std::string_view) { return std::unique_ptr<TextDecoder>(); };
  try {
    import_text(gbk, none);
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("GBK"), std::string::npos);
  }
}

TEST(RfmImport, Utf16WithAndWithoutBom) {
  const ImportResult base = run(kChinese);
  expect_same(run(utf16le(kChinese, true)).table, base.table);
  expect_same(run(utf16le(kChinese, true), {}, 3).table, base.table);
  ImportOptions forced;
  forced.encoding = Encoding::Utf16LE;
  expect_same(run(utf16le(kChinese, false), forced).table, base.table);
}

TEST(RfmImport, ReturnsCanCountAsOrders) {
  ImportOptions o;
  o.aggregate.returns_count_as_orders = true;
  const ImportResult r = run(kChinese, o);
  EXPECT_EQ(r.table.orders, 4);
  EXPECT_EQ(run(kChinese).table.orders, 3);
}

TEST(RfmImport, GuessesRolesFromEnglishAndChineseHeaders) {
  EXPECT_EQ(role_from_header("customer_id"), Role::Customer);
  EXPECT_EQ(role_from_header("Order Date"), Role::Date);
  EXPECT_EQ(role_from_header("revenue"), Role::Amount);
  EXPECT_EQ(role_from_header("number_of_orders"), Role::Orders);
  EXPECT_EQ(role_from_header("recency_days"), Role::Recency);
  EXPECT_EQ(role_from_header("客户"), Role::Customer);
  EXPECT_EQ(role_from_header("客户名称"), Role::Name);
  EXPECT_EQ(role_from_header("订单日期"), Role::Date);
  EXPECT_EQ(role_from_header("销售额"), Role::Amount);
  EXPECT_EQ(role_from_header("销售日期"), Role::Date);
  EXPECT_EQ(role_from_header("行业"), Role::Industry);
  EXPECT_EQ(role_from_header("区域"), Role::Region);
  EXPECT_EQ(role_from_header("负责人"), Role::Rep);
  EXPECT_EQ(role_from_header("客户经理"), Role::Rep);
  EXPECT_EQ(role_from_header("email"), Role::Ignore);
  // 客户名称 alone stands in for the customer; unknown headers fall back to value shapes.
  const std::vector<std::string> header = {"客户名称", "x1", "x2", "负责人"};
  const std::vector<std::vector<std::string>> rows = {{"甲公司", "2024-01-05", "1,000.00", "小王"},
                                                      {"乙公司", "2024-02-05", "￥20.5", "小李"}};
  const auto roles = guess_roles(header, rows);
  EXPECT_EQ(roles, (std::vector<Role>{Role::Customer, Role::Date, Role::Amount, Role::Rep}));
}

TEST(RfmImport, CustomerLevelFile) {
  const std::string csv =
      "customer_id,revenue,most_recent_visit,number_of_orders,recency_days\n"
      "a,777,2006-05-14,9,232\n"
      "b,1555,2006-09-08,16,115\n";
  const ImportResult r = run(csv);
  EXPECT_EQ(r.preview.level, Level::Customer);
  ASSERT_EQ(r.table.customers.size(), 2u);
  EXPECT_EQ(r.table.customers[0].recency_days, 232);  // the file's recency wins, like rfm_table_customer
  EXPECT_EQ(r.table.customers[0].frequency, 9);
  EXPECT_EQ(r.table.orders, 25);
}

TEST(RfmImport, RowErrorsAreReportedNeverDropped) {
  const std::string csv =
      "customer,date,amount\n"
      "a,2024-01-01,10\n"
      ",2024-01-02,10\n"
      "b,not a date,10\n"
      "c,2024-01-03,ten\n"
      "d,2024-01-04\n"
      "e,2024-01-05,5\n";
  const ImportResult r = run(csv);
  EXPECT_EQ(r.table.customers.size(), 2u);
  ASSERT_EQ(r.error_count, 4u);
  EXPECT_EQ(r.errors[0].line, 3u);
  EXPECT_EQ(r.errors[0].column, 1u);
  EXPECT_EQ(r.errors[1].line, 4u);
  EXPECT_EQ(r.errors[1].column, 2u);
  EXPECT_EQ(r.errors[1].column_name, "date");
  EXPECT_EQ(r.errors[1].value, "not a date");
  EXPECT_NE(r.errors[1].reason.find("not a date"), std::string::npos);
  EXPECT_EQ(r.errors[0].problem, RowProblem::EmptyCustomer);
  EXPECT_EQ(r.errors[1].problem, RowProblem::NotADate);
  EXPECT_EQ(r.errors[2].problem, RowProblem::NotAnAmount);
  EXPECT_EQ(r.errors[2].amount_error, AmountError::InvalidCharacter);  // "ten"
  EXPECT_EQ(r.errors[3].problem, RowProblem::ShortRow);
  EXPECT_EQ(r.errors[2].column, 3u);
  EXPECT_EQ(r.errors[3].line, 6u);
  EXPECT_NE(r.errors[3].reason.find("missing"), std::string::npos);
  ImportOptions stop;
  stop.policy = ErrorPolicy::Stop;
  try {
    run(csv, stop);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.position().line, 3u);
  }
}

TEST(RfmImport, AmbiguousDayMonthIsAQuestion) {
  const std::string csv = "customer,date,amount\na,03/04/2024,10\nb,05/06/2024,20\n";
  ImportOptions o;
  OrderImporter imp(o);
  imp.feed(csv);
  imp.finish();
  ASSERT_EQ(imp.state(), ImportState::NeedsDateOrder);
  EXPECT_FALSE(imp.question().examples.empty());
  EXPECT_FALSE(imp.question().text.zh.empty());
  imp.answer_date_order(DateOrder::DayFirst);
  ASSERT_EQ(imp.state(), ImportState::Done);
  const auto t = imp.table();
  EXPECT_EQ(*t.analysis_date, date_from_civil(2024, 6, 5).days + 1);
  EXPECT_THROW(import_text(csv, o), Error);
  // A date with a field above 12 settles it without asking.
  const ImportResult r = run("customer,date,amount\na,03/04/2024,10\nb,25/06/2024,20\n");
  EXPECT_EQ(*r.table.analysis_date, date_from_civil(2024, 6, 25).days + 1);
}

TEST(RfmImport, MappingStepAndProgressAndCancel) {
  std::string csv = "who,when,how much,extra\n";
  for (int i = 0; i < 5000; ++i) csv += "c" + std::to_string(i % 700) + ",2024-01-" + std::to_string(1 + i % 28) + "," + std::to_string(i % 97) + ",x\n";
  ImportOptions o;
  o.pause_after_preview = true;
  o.preview_rows = 50;
  OrderImporter imp(o);
  imp.set_total_bytes(csv.size());
  std::size_t fed = 0;
  while (imp.state() == ImportState::Reading && fed < csv.size()) {
    imp.feed(std::string_view(csv).substr(fed, 100));
    fed += 100;
  }
  ASSERT_EQ(imp.state(), ImportState::NeedsMapping);
  EXPECT_EQ(imp.preview().rows.size(), 50u);
  imp.confirm_mapping({Role::Customer, Role::Date, Role::Amount, Role::Ignore});
  for (; fed < csv.size(); fed += 4096) {
    imp.feed(std::string_view(csv).substr(fed, 4096));
    EXPECT_LE(imp.progress().fraction(), 1.0);
  }
  imp.finish();
  ASSERT_EQ(imp.state(), ImportState::Done) << imp.error();
  EXPECT_EQ(imp.progress().rows, 5000u);
  EXPECT_EQ(imp.table().customers.size(), 700u);
  EXPECT_EQ(imp.table().orders, 5000);

  OrderImporter c;
  c.feed(std::string_view(csv).substr(0, 1000));
  c.cancel();
  c.feed(std::string_view(csv).substr(1000, 1000));
  c.finish();
  EXPECT_EQ(c.state(), ImportState::Cancelled);
}

// ---- hostile files: clear errors or sensible results, never a crash

namespace {

std::string error_of(std::string_view bytes, ImportOptions o = {}) {
  try {
    run(bytes, o);
  } catch (const Error& e) {
    return e.what();
  }
  return {};
}

}  // namespace

TEST(RfmImport, HostileEmptyHeaderOnlyBinary) {
  EXPECT_NE(error_of("").find("empty"), std::string::npos);
  EXPECT_NE(error_of("customer,date,amount\n").find("no data rows"), std::string::npos);
  EXPECT_NE(error_of("\n\n\n").find("empty"), std::string::npos);
  std::string binary;
  std::mt19937 rng(42);
  for (int i = 0; i < 100000; ++i) binary.push_back(static_cast<char>(rng() & 0xFF));
  EXPECT_FALSE(error_of(binary).empty());
  EXPECT_NE(error_of("customer,x,y\nfoo,bar,baz\n").find("column"), std::string::npos);
}

// A failure names its kind with the values its words need (error() keeps the English).
TEST(RfmImport, AFailureNamesItsKind) {
  const auto failure_of = [](std::string_view bytes, ImportOptions o = {}) {
    OrderImporter imp(std::move(o));
    try {
      imp.feed(bytes);
      imp.finish();
    } catch (const Error& e) {
      EXPECT_EQ(imp.error(), e.what());
    }
    EXPECT_EQ(imp.state(), ImportState::Failed) << bytes;
    return imp.failure();
  };
  EXPECT_EQ(failure_of("").problem, ImportProblem::Empty);
  EXPECT_EQ(failure_of("\n\n").problem, ImportProblem::Empty);
  EXPECT_EQ(failure_of(std::string("a,b\n\0\0\0x", 9)).problem, ImportProblem::NotText);
  EXPECT_EQ(failure_of("customer,date,amount\n").problem, ImportProblem::NoDataRows);

  const ImportFailure all_bad = failure_of("customer,date,amount\na,yesterday,1\nb,2024-01-02,lots\n");
  EXPECT_EQ(all_bad.problem, ImportProblem::NoUsableRows);
  EXPECT_EQ(all_bad.rows, 2u);

  const ImportFailure quote = failure_of("customer,date,amount\na,2024-01-01,\"10\nb,2024-01-02,20\n");
  EXPECT_EQ(quote.problem, ImportProblem::BadCsv);
  EXPECT_EQ(quote.csv, CsvError::Kind::UnclosedQuote);
  EXPECT_EQ(quote.line, 2u);
  EXPECT_EQ(quote.column, 14u);

  const ImportFailure no_date = failure_of("customer,x,y\nfoo,bar,baz\n");
  EXPECT_EQ(no_date.problem, ImportProblem::NoColumn);
  EXPECT_EQ(no_date.role, Role::Date);
  EXPECT_EQ(no_date.level, Level::Order);
  ImportOptions customers;
  customers.level = Level::Customer;
  customers.roles = {Role::Customer, Role::Orders, Role::Amount};
  const ImportFailure no_last_order = failure_of("customer,orders,revenue\na,2,10\n", customers);
  EXPECT_EQ(no_last_order.problem, ImportProblem::NoColumn);
  EXPECT_EQ(no_last_order.role, Role::Recency);
  EXPECT_EQ(no_last_order.level, Level::Customer);

  ImportOptions no_gbk;
  no_gbk.decoders = [](std::string_view) { return std::unique_ptr<TextDecoder>(); };
  EXPECT_EQ(failure_of(to_gbk(kChinese), no_gbk).problem, ImportProblem::NoGbkDecoder);

  std::string unpaired = utf16le("customer,date,amount\na,2024-01-01,1\n", true);
  unpaired += std::string("\x00\xD8", 2);  // a high surrogate, then the end of the file
  const ImportFailure utf16 = failure_of(unpaired);
  EXPECT_EQ(utf16.problem, ImportProblem::BadEncoding);
  EXPECT_EQ(utf16.encoding, Encoding::Utf16LE);

  ImportOptions stop;
  stop.policy = ErrorPolicy::Stop;
  EXPECT_EQ(failure_of("customer,date,amount\na,2024-01-01,1\nb,yesterday,2\n", stop).problem, ImportProblem::BadRow);
}

TEST(RfmImport, HostileHugeLineAndUnbalancedQuotes) {
  std::string huge = "customer,date,amount\n" + std::string(10u << 20, 'a') + ",2024-01-01,1\nb,2024-01-02,2\n";
  // A 10 MB customer id is one (odd) customer: it imports, or is refused with a message.
  try {
    const ImportResult r = run(huge);
    EXPECT_EQ(r.table.customers.size(), 2u);
  } catch (const Error& e) {
    EXPECT_GT(std::string(e.what()).size(), 0u);
  }
  std::string no_newline = "customer,date,amount\n" + std::string(10u << 20, 'x');  // one 10 MB line, no fields
  EXPECT_FALSE(error_of(no_newline).empty());
  const std::string err = error_of("customer,date,amount\na,2024-01-01,\"10\nb,2024-01-02,20\n");
  EXPECT_NE(err.find("line"), std::string::npos) << err;
}

TEST(RfmImport, HostileMixedEncodingsFutureDatesAllEqual) {
  // A UTF-8 file with one GBK row: that row is reported, the rest import.
  const std::string mixed = std::string("客户,订单日期,金额\n张三,2024-01-01,10\n王五,2024-01-01,10\n") +
                            to_gbk("李四") + ",2024-01-02,20\n";
  const ImportResult m = run(mixed);
  EXPECT_EQ(m.preview.encoding, Encoding::Utf8);
  EXPECT_EQ(m.table.customers.size(), 2u);
  EXPECT_EQ(m.errors[0].line, 4u);
  ASSERT_EQ(m.error_count, 1u);
  EXPECT_NE(m.errors[0].reason.find("UTF-8"), std::string::npos);
  // Dates in the future: the default analysis date follows the newest order, so recency >= 1;
  // an explicit earlier analysis date gives negative recency and is counted.
  const std::string future = "customer,date,amount\na,2999-01-01,10\nb,2024-01-01,20\n";
  const ImportResult f = run(future);
  EXPECT_EQ(f.table.customers[0].recency_days, 1);
  OrderImporter imp;
  imp.feed(future);
  imp.finish();
  const CustomerTable t = imp.table(date_from_civil(2025, 1, 1).days);
  EXPECT_EQ(t.future_customers, 1u);
  // Every value equal: every quantile ties, scores are defined and segments assigned.
  std::string same = "customer,date,amount\n";
  for (int i = 0; i < 200; ++i) same += "c" + std::to_string(i) + ",2024-05-05,100\n";
  ImportResult s = run(same);
  const ScoredTable sc = score_customers(s.table, ScoringOptions{});
  for (const auto& c : s.table.customers) {
    EXPECT_EQ(c.r_score, 5);
    EXPECT_EQ(c.f_score, 1);
    EXPECT_EQ(c.m_score, 1);
  }
  EXPECT_EQ(sc.thresholds[2].empty_bins, 4);
  const RuleSet rules = default_rule_set();
  assign_segments(s.table.customers, rules, sc);
  EXPECT_EQ(segment_label(rules, s.table.customers[0].segment).en, "New Customers");
}

TEST(RfmImport, PublishedDatasetThroughTheImporter) {
  std::ifstream in(std::string(FIELDBOOK_SHARED_DATA) + "/rfm/rfm_data_orders.csv", std::ios::binary);
  ASSERT_TRUE(in);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ImportOptions o;
  const ImportResult r = run(bytes, o, 65536);
  EXPECT_EQ(r.error_count, 0u);
  EXPECT_EQ(r.table.customers.size(), 995u);
  EXPECT_EQ(r.table.orders, 4906);
  EXPECT_DOUBLE_EQ(r.table.revenue, 464158);
}
