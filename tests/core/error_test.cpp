#include "common/error.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

namespace fieldbook {
namespace {

TEST(Error, PlainMessageHasNoPosition) {
  const Error error("file is empty");
  EXPECT_STREQ(error.what(), "file is empty");
  EXPECT_EQ(error.message(), "file is empty");
  EXPECT_TRUE(error.position().empty());
}

TEST(Error, LineAndColumnPrefixWhat) {
  const Error error = Error::at(3, 5, "unexpected character");
  EXPECT_STREQ(error.what(), "line 3, column 5: unexpected character");
  EXPECT_EQ(error.message(), "unexpected character");
  EXPECT_EQ(error.position().line, 3u);
  EXPECT_EQ(error.position().column, 5u);
  EXPECT_TRUE(error.position().path.empty());
}

TEST(Error, LineOnly) {
  EXPECT_STREQ(Error::at_line(12, "bad row").what(), "line 12: bad row");
}

TEST(Error, PathPrefixesWhat) {
  const Error error = Error::at_path("roiCases[2].years", "must be between 1 and 10");
  EXPECT_STREQ(error.what(), "roiCases[2].years: must be between 1 and 10");
  EXPECT_EQ(error.position().path, "roiCases[2].years");
  EXPECT_EQ(error.position().line, 0u);
}

TEST(Error, LineAndPathTogether) {
  const Error error("not a number", Position{4, 7, "customers[0].spend"});
  EXPECT_STREQ(error.what(), "line 4, column 7, customers[0].spend: not a number");
}

TEST(Error, CaughtAsRuntimeError) {
  try {
    throw Error::at(1, 2, "boom");
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "line 1, column 2: boom");
    return;
  }
  FAIL() << "not caught as std::runtime_error";
}

TEST(Error, EmptyAndHugeMessages) {
  EXPECT_STREQ(Error("").what(), "");
  const std::string huge(1 << 20, 'x');
  const Error error = Error::at(1, 1, huge);
  EXPECT_EQ(error.message().size(), huge.size());
  EXPECT_EQ(std::string(error.what()).size(), huge.size() + std::string("line 1, column 1: ").size());
}

TEST(Error, FormatPosition) {
  EXPECT_EQ(format_position(Position{}), "");
  EXPECT_EQ(format_position(Position{0, 9, {}}), "column 9");
  EXPECT_EQ(format_position(Position{2, 0, "a.b"}), "line 2, a.b");
}

}  // namespace
}  // namespace fieldbook
