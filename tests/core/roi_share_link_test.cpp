// Share links (src/roi/share_link.h) and the small codecs under them (base64url, CRC-32, LZ):
// round trips of every template and of a case using every field, the 2 KB budget, internal
// notes left out, and every way a link can arrive broken (cut off at every length, any character
// changed, too long, a newer version, garbage, empty): always a ShareLinkError, never a crash,
// never a different case.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <random>
#include <string>

#include "common/base64url.h"
#include "common/crc32.h"
#include "common/lz_pack.h"
#include "roi/case.h"
#include "roi/share_link.h"
#include "common/json_writer.h"
#include "roi/case_schema.h"

namespace fieldbook::roi {
namespace {

constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

std::string json(const Case& c) { return json::write_json(c, 0); }

ShareLinkFault fault_of(std::string_view payload) {
  try {
    decode_share_link(payload);
  } catch (const ShareLinkError& e) {
    return e.fault();
  }
  ADD_FAILURE() << "decoded without an error: " << payload.substr(0, 80);
  return ShareLinkFault::too_large;  // never a decoding fault
}

std::string message_of(std::string_view payload) {
  try {
    decode_share_link(payload);
  } catch (const ShareLinkError& e) {
    return e.what();
  }
  return "(no error)";
}

std::vector<Case> template_cases() {
  std::vector<Case> out;
  for (const Template& t : templates()) {
    for (const char* lang : {"en", "zh"}) {
      Case c = from_template(t, lang, "roi-" + t.id + "-" + lang, "2026-11-27T08:30:00.000Z");
      c.customer_name = std::string(lang) == "zh" ? "华东教育科技有限公司" : "ACME Manufacturing Ltd.";
      out.push_back(std::move(c));
    }
  }
  return out;
}

// Every field set, odd values included: texts in Chinese with quotes and emoji, a monthly
// 10-year horizon, a rate that is no short decimal, huge and tiny amounts, -0, optional margins
// present and absent, hours per year, a 10-year ramp, every live flag, edited scenarios.
Case every_field_case() {
  Case c;
  c.id = "roi-edge-ü";
  c.name = "全部字段 \"edge\" case <b>&</b> 🚀";
  c.customer_name = "O'Brien & 张三 <script>alert(1)</script>";
  c.currency = "EUR";
  c.years = 10;
  c.period = PeriodKind::monthly;
  c.discount_rate = 0.123456789;
  c.live_discount_rate = true;
  c.one_time_costs = {{"a", "Licence", 1e12, true, "2026-01-01T00:00:00Z"},
                      {"b", "", 0.01, false, ""},
                      {"c", "Zero", -0.0, false, "2026-01-02T00:00:00Z"}};
  c.recurring_costs = {{"r", "Support 支持", 1234.5678, true, "2026-01-03T00:00:00Z"}};
  BenefitLine saving;
  saving.id = "s";
  saving.label = "Saving";
  saving.kind = BenefitKind::cost_saving;
  saving.amount_per_year = 3.0e-7;
  saving.adoption_percent = {0, 10, 20, 30, 40, 50, 60, 70, 80, 99.999};
  saving.live_amount = true;
  saving.live_adoption = true;
  BenefitLine revenue;
  revenue.id = "g";
  revenue.label = "Revenue";
  revenue.kind = BenefitKind::revenue_gain;
  revenue.amount_per_year = 987654321.25;
  revenue.margin_percent = 33.3333;
  BenefitLine revenue_no_margin = revenue;
  revenue_no_margin.id = "g2";
  revenue_no_margin.margin_percent.reset();
  BenefitLine hours;
  hours.id = "p";
  hours.label = "Hours";
  hours.kind = BenefitKind::productivity;
  hours.hours = 8784;
  hours.hours_basis = HoursBasis::per_year;
  hours.hourly_rate = 1.0 / 3.0;
  hours.people = 2.5;
  hours.live_hours = hours.live_hourly_rate = hours.live_people = true;
  hours.updated_at = "2026-11-27T08:30:00.123Z";
  c.benefits = {saving, revenue, revenue_no_margin, hours};
  c.scenarios.conservative = {0.5, 1.5};
  c.scenarios.expected = {1.0, 1.0};
  c.scenarios.optimistic = {10.0, 0.0};
  c.notes = {{"n1", "客户备注: visible to the customer", false, "2026-11-27T08:30:00Z"},
             {"n2", "Internal: walk-away price is 80 %", true, "2026-11-27T08:30:00Z"}};
  c.updated_at = "2026-11-27T08:30:00Z";
  return c;
}

Case without_internal_notes(Case c) {
  std::erase_if(c.notes, [](const Note& n) { return n.internal; });
  return c;
}

// ---------------------------------------------------------------- codecs

TEST(ShareCodecs, Crc32MatchesTheStandardCheckValue) {
  EXPECT_EQ(crc32("123456789"), 0xCBF43926u);
  EXPECT_EQ(crc32(""), 0u);
  EXPECT_EQ(crc32("6789", crc32("12345")), 0xCBF43926u);
}

TEST(ShareCodecs, Base64UrlVectorsFromRfc4648WithoutPadding) {
  const std::pair<std::string, std::string> vectors[] = {
      {"", ""}, {"f", "Zg"}, {"fo", "Zm8"}, {"foo", "Zm9v"}, {"foob", "Zm9vYg"}, {"fooba", "Zm9vYmE"},
      {"foobar", "Zm9vYmFy"}, {"\xfb\xff", "-_8"}};
  for (const auto& [bytes, text] : vectors) {
    EXPECT_EQ(base64url_encode(bytes), text);
    const auto back = base64url_decode(text);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->bytes, bytes);
    EXPECT_FALSE(back->non_canonical);
  }
  EXPECT_FALSE(base64url_decode("Zm9v="));
  EXPECT_FALSE(base64url_decode("Zm+v"));
  EXPECT_FALSE(base64url_decode("Zm v"));
  EXPECT_TRUE(base64url_decode("Zh")->non_canonical);     // leftover bits not zero
  EXPECT_TRUE(base64url_decode("Zm9vY")->non_canonical);  // 4n + 1 characters
}

TEST(ShareCodecs, LzRoundTripsAndRefusesMalformedStreams) {
  std::mt19937 rng(7);
  std::vector<std::string> inputs = {"", "a", "abc", std::string(5000, 'x'), "abcabcabcabcabcabc"};
  std::string random(3000, '\0');
  for (char& ch : random) ch = static_cast<char>(rng() & 0xFF);
  inputs.push_back(random);
  std::string text;
  for (int i = 0; i < 200; ++i) text += "benefit-" + std::to_string(i % 7) + " 2026-11-27T08:30:00Z ";
  inputs.push_back(text);
  for (const std::string& in : inputs) {
    const std::string packed = lz_pack(in);
    const auto back = lz_unpack(packed, in.size());
    ASSERT_TRUE(back) << in.size();
    EXPECT_EQ(*back, in);
    if (!in.empty()) {
      EXPECT_FALSE(lz_unpack(packed, in.size() - 1));  // more bytes than promised
      EXPECT_FALSE(lz_unpack(packed, in.size() + 1));  // fewer
      EXPECT_FALSE(lz_unpack(packed.substr(0, packed.size() - 1), in.size()));
    }
  }
  EXPECT_LT(lz_pack(std::string(5000, 'x')).size(), 10u);
  EXPECT_LT(lz_pack(text).size(), text.size() / 10);
  EXPECT_FALSE(lz_unpack(std::string("\x01\x00", 2), 3));           // a match before the start
  EXPECT_FALSE(lz_unpack(std::string("\x00" "a" "\x7f\x00", 4), 1000));  // writes past the size
  EXPECT_FALSE(lz_unpack(std::string("\x80\x80\x80", 3), 10));     // a cut-off varint
}

// ---------------------------------------------------------------- round trips and size

TEST(ShareLink, EveryTemplateRoundTripsWithinTwoKilobytes) {
  for (const Case& c : template_cases()) {
    const std::string link = encode_share_link(c);
    std::printf("  share link %-45s %5zu characters (JSON %zu bytes)\n", c.id.c_str(), link.size(), json(c).size());
    EXPECT_LE(link.size(), 2048u) << c.id;
    EXPECT_EQ(link.front(), '1');
    EXPECT_EQ(link.find_first_not_of(std::string(kAlphabet)), std::string::npos);
    const Case back = decode_share_link(link);
    EXPECT_EQ(json(back), json(without_internal_notes(c))) << c.id;
    EXPECT_EQ(encode_share_link(back), link);  // stable: the same case gives the same link
  }
}

TEST(ShareLink, CaseWithEveryFieldRoundTripsExactly) {
  const Case c = every_field_case();
  ASSERT_TRUE(validate(c).empty()) << validate(c).front().text();
  const std::string link = encode_share_link(c);
  std::printf("  share link of the every-field case: %zu characters\n", link.size());
  const Case back = decode_share_link(link);
  EXPECT_EQ(json(back), json(without_internal_notes(c)));
  EXPECT_EQ(back.discount_rate, 0.123456789);
  EXPECT_EQ(back.benefits[3].hourly_rate, 1.0 / 3.0);
  EXPECT_EQ(back.benefits[0].amount_per_year, 3.0e-7);
  EXPECT_TRUE(std::signbit(back.one_time_costs[2].amount));
  EXPECT_FALSE(back.benefits[2].margin_percent.has_value());
  EXPECT_EQ(back.benefits[3].hours_basis, HoursBasis::per_year);
  EXPECT_EQ(back.customer_name, c.customer_name);
}

TEST(ShareLink, InternalNotesAreNeverInTheLink) {
  const Case c = every_field_case();
  const Case back = decode_share_link(encode_share_link(c));
  ASSERT_EQ(back.notes.size(), 1u);
  EXPECT_EQ(back.notes[0].id, "n1");
  EXPECT_FALSE(back.notes[0].internal);
  // Exactly the link of the case without the internal note: nothing of it is carried.
  EXPECT_EQ(encode_share_link(c), encode_share_link(without_internal_notes(c)));
  for (const Case& t : template_cases()) {
    ASSERT_FALSE(t.notes.empty());  // every template has an internal note
    EXPECT_TRUE(decode_share_link(encode_share_link(t)).notes.empty());
  }
}

// A version-1 link written once and kept: if schema.h's field list changes, this fails, and the
// change needs a new version (with version 1 still decoded).
TEST(ShareLink, VersionOneLinkStillDecodes) {
  Case c;
  c.id = "case-1";
  c.name = "Simple";
  c.customer_name = "ACME";
  c.currency = "USD";
  c.years = 3;
  c.discount_rate = 0.10;
  c.one_time_costs = {{"licence", "Licence", 100.0, false, "2024-05-01T10:00:00Z"}};
  BenefitLine saving;
  saving.id = "saving";
  saving.label = "Saving";
  saving.amount_per_year = 50.0;
  c.benefits = {saving};
  const std::string pinned =
      "1bWBKBmNhc2UtMQZTaW1wbGUEQUNNRQNVU0QGABEAAQdsaWNlbmNlB0wHByTADAAUMjAyNC0wNS0wMVQxMDowAwIWWgABBnNhdmluZwZTBQYGAKAGABEAEnGxARAQwQEQAACCjHET";
  EXPECT_EQ(encode_share_link(c), pinned);
  EXPECT_EQ(json(decode_share_link(pinned)), json(c));
}

// ---------------------------------------------------------------- broken links

TEST(ShareLink, CutOffAtEveryLengthIsAnError) {
  for (const Case& c : template_cases()) {
    const std::string link = encode_share_link(c);
    for (std::size_t n = 1; n < link.size(); ++n) {
      EXPECT_EQ(fault_of(std::string_view(link).substr(0, n)), ShareLinkFault::cut_off) << c.id << " cut at " << n;
    }
  }
  const std::string link = encode_share_link(template_cases()[0]);
  EXPECT_NE(message_of(link.substr(0, link.size() / 2)).find("this link is cut off"), std::string::npos);
}

TEST(ShareLink, AnyChangedCharacterIsAnError) {
  for (const Case& c : template_cases()) {
    const std::string link = encode_share_link(c);
    for (std::size_t i = 0; i < link.size(); ++i) {
      for (char replacement : kAlphabet) {
        if (replacement == link[i]) continue;
        std::string broken = link;
        broken[i] = replacement;
        try {
          decode_share_link(broken);
          ADD_FAILURE() << c.id << ": changing character " << i << " to " << replacement << " still decoded";
        } catch (const ShareLinkError&) {
        }
      }
    }
  }
  std::string link = encode_share_link(template_cases()[2]);
  link[link.size() / 2] = link[link.size() / 2] == 'A' ? 'B' : 'A';
  EXPECT_EQ(fault_of(link), ShareLinkFault::damaged);
  EXPECT_NE(message_of(link).find("damaged"), std::string::npos);
}

TEST(ShareLink, ExtraCharactersAreAnError) {
  const std::string link = encode_share_link(template_cases()[0]);
  EXPECT_EQ(fault_of(link + "AAAA"), ShareLinkFault::damaged);
  EXPECT_EQ(fault_of(link + "."), ShareLinkFault::not_fieldbook);
}

TEST(ShareLink, OversizedLinksAndCasesAreRefused) {
  const std::string huge = "1" + std::string(kShareMaxLinkChars, 'A');
  EXPECT_EQ(fault_of(huge), ShareLinkFault::too_long);
  EXPECT_EQ(message_of(huge), "the link is too long (over 8 KB)");
  EXPECT_EQ(fault_of(std::string(100000, 'x')), ShareLinkFault::too_long);

  // A case with 300 lines of text that does not compress does not fit in a link.
  Case c = template_cases()[0];
  std::mt19937 rng(11);
  for (int i = 0; i < 300; ++i) {
    OneTimeCost x;
    x.id = "x" + std::to_string(i);
    for (int k = 0; k < 20; ++k) x.label += kAlphabet[rng() % kAlphabet.size()];
    x.amount = static_cast<double>(rng() % 100000);
    c.one_time_costs.push_back(x);
  }
  try {
    encode_share_link(c);
    ADD_FAILURE() << "a case too large for a link was encoded";
  } catch (const ShareLinkError& e) {
    EXPECT_EQ(e.fault(), ShareLinkFault::too_large);
    EXPECT_NE(std::string(e.what()).find("too large"), std::string::npos);
  }
}

TEST(ShareLink, NewerVersionsSaySo) {
  const std::string link = encode_share_link(template_cases()[0]);
  for (char v : std::string("23456789")) {
    const std::string newer = v + link.substr(1);
    EXPECT_EQ(fault_of(newer), ShareLinkFault::newer_version);
    EXPECT_NE(message_of(newer).find("made by a newer Fieldbook"), std::string::npos);
  }
}

TEST(ShareLink, GarbageAndEmptyLinksAreNotFieldbookLinks) {
  EXPECT_EQ(fault_of(""), ShareLinkFault::not_fieldbook);
  EXPECT_NE(message_of("").find("not a Fieldbook ROI link"), std::string::npos);
  for (std::string_view garbage : {"hello", "0AAAA", "roi=1AAAA", "%7B%7D", "{\"id\":\"x\"}", "1 AAA", "1AA=A",
                                   "\xe4\xb8\xad\xe6\x96\x87"}) {
    EXPECT_EQ(fault_of(garbage), ShareLinkFault::not_fieldbook) << garbage;
  }
  // Random text in the alphabet after a valid version: damaged or cut off, never a case.
  std::mt19937 rng(3);
  for (int i = 0; i < 5000; ++i) {
    std::string s = "1";
    const std::size_t n = rng() % 200;
    for (std::size_t k = 0; k < n; ++k) s += kAlphabet[rng() % kAlphabet.size()];
    const ShareLinkFault f = fault_of(s);
    EXPECT_TRUE(f == ShareLinkFault::damaged || f == ShareLinkFault::cut_off) << s;
  }
}

TEST(ShareLink, InvalidCasesAreNotEncoded) {
  Case c = template_cases()[0];
  c.years = 0;
  try {
    encode_share_link(c);
    ADD_FAILURE();
  } catch (const ShareLinkError& e) {
    EXPECT_EQ(e.fault(), ShareLinkFault::invalid_case);
    EXPECT_NE(std::string(e.what()).find("years"), std::string::npos);
  }
}

}  // namespace
}  // namespace fieldbook::roi
