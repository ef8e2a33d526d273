// parse_json: the one JSON entry point. Numbers are converted by us (strtod), never by
// RapidJSON 1.1.0's own conversion, which crashes or misreads on the inputs of its upstream
// issues; each of those inputs is here with the value a correctly rounding reader gives (the
// compiler's own reading of the same literal).
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <random>
#include <string>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "common/json_parse.h"

namespace fieldbook {
namespace {

double number_of(const std::string& token) {
  rapidjson::Document doc;
  parse_json("[" + token + "]", doc, 8);
  EXPECT_TRUE(doc[0].IsNumber()) << token;
  return doc[0].GetDouble();
}

std::string error_of(const std::string& text) {
  rapidjson::Document doc;
  try {
    parse_json(text, doc, 8);
  } catch (const Error& e) {
    return e.what();
  }
  return "parsed";
}

TEST(JsonParse, UpstreamCrashInputsReadAsCorrectlyRoundedNumbers) {
  // Tencent/rapidjson#1251: GetCachedPower10 overflowed and read out of bounds.
  // It is 1.287e-334, below the smallest subnormal (4.94e-324): the correctly rounded double is 0.
  EXPECT_EQ(number_of("128.74836467836484838364836483643636483648e-336"), 0.0);
  EXPECT_EQ(number_of("128.74836467836484838364836483643636483648e-320"), 128.74836467836484838364836483643636483648e-320);
  // osquery#5913: an exponent near -2^31 made Pow10 read wild memory.
  EXPECT_EQ(number_of("0.0000074836628E-2147483636"), 0.0);
  // Tencent/rapidjson#340 and #2326: wrong values / an assertion in full precision mode.
  EXPECT_EQ(number_of("2.220446049250313e-16"), 2.220446049250313e-16);
  EXPECT_EQ(number_of("0.184467440737095516159"), 0.184467440737095516159);
  EXPECT_EQ(number_of("7.450580596923828e-9"), 7.450580596923828e-9);
  // The smallest subnormal, the largest double, the round-to-even boundary of 2^53.
  EXPECT_EQ(number_of("4.9406564584124654e-324"), 4.9406564584124654e-324);
  EXPECT_EQ(number_of("1.7976931348623157e308"), 1.7976931348623157e308);
  EXPECT_EQ(number_of("9007199254740993.0"), 9007199254740992.0);
}

TEST(JsonParse, TheFuzzerCrashFileIsRefusedWithWhereAndWhy) {
  // fuzz_workspace found this after ~956,000 runs: "0." and 411 zeros made StrtodDiyFp crash.
  const std::string crash = "{\"ssite\":0." + std::string(411, '0') + "}";
  ASSERT_EQ(crash.size(), 423u);
  EXPECT_EQ(error_of(crash), "line 1, column 10: not valid JSON: a number longer than 100 characters");
  // Tencent/rapidjson#1255: a 250-digit fraction read uninitialized memory in BigInteger.
  EXPECT_EQ(error_of("{\"a\":[1,\n6223372036854775296." + std::string(240, '7') + "]}"),
            "line 2, column 1: not valid JSON: a number longer than 100 characters");
}

TEST(JsonParse, ANumberUpToTheLimitIsRead) {
  const std::string token = "0." + std::string(97, '0') + "5";  // 100 characters
  ASSERT_EQ(token.size(), kMaxJsonNumberLength);
  EXPECT_EQ(number_of(token), 5e-98);
  EXPECT_EQ(error_of("[" + token + "0]"), "line 1, column 2: not valid JSON: a number longer than 100 characters");
}

TEST(JsonParse, WholeNumbersStayIntegersAndKeepEveryDigit) {
  rapidjson::Document doc;
  parse_json("[3, -0, 9007199254740993, -9223372036854775808, 18446744073709551615, 18446744073709551616, 3.0, 1e2]", doc, 8);
  EXPECT_TRUE(doc[0].IsInt());
  EXPECT_EQ(doc[0].GetInt(), 3);
  EXPECT_TRUE(doc[1].IsInt64());
  EXPECT_EQ(doc[1].GetInt64(), 0);
  EXPECT_EQ(doc[2].GetInt64(), 9007199254740993);
  EXPECT_EQ(doc[3].GetInt64(), std::numeric_limits<std::int64_t>::min());
  EXPECT_FALSE(doc[4].IsInt64());
  EXPECT_EQ(doc[4].GetUint64(), std::numeric_limits<std::uint64_t>::max());
  EXPECT_TRUE(doc[5].IsDouble());  // past 2^64 - 1: a double, as RapidJSON itself would give
  EXPECT_EQ(doc[5].GetDouble(), 18446744073709551616.0);
  EXPECT_TRUE(doc[6].IsDouble());
  EXPECT_TRUE(doc[7].IsDouble());
  EXPECT_EQ(doc[7].GetDouble(), 100.0);
}

TEST(JsonParse, EveryDoubleTheWriterWritesReadsBackExactly) {
  std::mt19937_64 random(20261130);
  for (int i = 0; i < 20000; ++i) {
    std::uint64_t bits = random();
    double x;
    static_assert(sizeof(x) == sizeof(bits));
    std::memcpy(&x, &bits, sizeof(x));
    if (!std::isfinite(x)) continue;
    rapidjson::StringBuffer text;
    rapidjson::Writer<rapidjson::StringBuffer> writer(text);
    writer.Double(x);
    ASSERT_EQ(number_of(text.GetString()), x) << text.GetString();
  }
}

TEST(JsonParse, GrammarErrorsKeepTheirPositions) {
  EXPECT_EQ(error_of("[1,\n  2.]"), "line 2, column 5: not valid JSON: Miss fraction part in number.");
  EXPECT_EQ(error_of("[1e999]"), "line 1, column 2: not valid JSON: Number too big to be stored in double.");
  EXPECT_EQ(error_of("[-]"), "line 1, column 3: not valid JSON: Invalid value.");
  EXPECT_EQ(error_of("[[[[[[[[[1]]]]]]]]]"), "line 1, column 9: nested deeper than 8 levels");
  EXPECT_EQ(error_of("\xEF\xBB\xBF[1, \"\xC3\"]"), "line 1, column 6: the file is not valid UTF-8 text");
  EXPECT_EQ(error_of("\xEF\xBB\xBF [2]"), "parsed");
}

}  // namespace
}  // namespace fieldbook
