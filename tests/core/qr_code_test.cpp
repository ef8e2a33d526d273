// QR codes (common/qr_code.h): what the app relies on from the encoder it wraps: a code's size
// follows its version, the version grows with the text, the standard's fixed patterns are where a
// scanner looks for them, and a text longer than any QR code holds gets none. Whether a code
// decodes to its text is checked by an independent decoder (jsQR) in tests/e2e/qr.test.mjs.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <string>

#include "common/qr_code.h"

using namespace fieldbook;

namespace {

// ISO/IEC 18004 finder pattern: a 7×7 dark ring, a light ring, a dark 3×3 centre.
bool finder_at(const QrCode& qr, int x0, int y0) {
  for (int y = 0; y < 7; ++y)
    for (int x = 0; x < 7; ++x) {
      const int ring = std::max(std::abs(x - 3), std::abs(y - 3));
      if (qr.dark(x0 + x, y0 + y) != (ring != 2)) return false;
    }
  return true;
}

}  // namespace

TEST(QrCode, SizeFollowsTheVersionAndTheFixedPatternsAreInPlace) {
  const auto qr = make_qr_code("https://example.com/tools/fieldbook/");
  ASSERT_TRUE(qr);
  EXPECT_EQ(qr->size, 17 + 4 * qr->version);
  EXPECT_EQ(qr->modules.size(), static_cast<std::size_t>(qr->size) * qr->size);
  EXPECT_TRUE(finder_at(*qr, 0, 0));
  EXPECT_TRUE(finder_at(*qr, qr->size - 7, 0));
  EXPECT_TRUE(finder_at(*qr, 0, qr->size - 7));
  EXPECT_FALSE(finder_at(*qr, qr->size - 7, qr->size - 7));  // the fourth corner has none
  // Timing patterns: row and column 6 alternate dark and light between the finders.
  for (int i = 8; i < qr->size - 8; ++i) {
    EXPECT_EQ(qr->dark(i, 6), i % 2 == 0) << i;
    EXPECT_EQ(qr->dark(6, i), i % 2 == 0) << i;
  }
}

TEST(QrCode, AShortAddressIsTheSmallestCodeThatHoldsIt) {
  // 36 bytes: version 2 holds 32 bytes in byte mode even at the lowest level, version 3 holds 53
  // (ISO/IEC 18004, table 7). A bigger version would only make the modules smaller.
  const auto qr = make_qr_code("https://example.com/tools/fieldbook/");
  ASSERT_TRUE(qr);
  EXPECT_EQ(qr->version, 3);
}

TEST(QrCode, LongerTextNeedsALargerVersion) {
  int last = 0;
  for (const std::size_t n : {20u, 200u, 1000u, 2000u}) {
    const auto qr = make_qr_code(std::string(n, 'a'));
    ASSERT_TRUE(qr) << n;
    EXPECT_GT(qr->version, last) << n;
    last = qr->version;
  }
}

TEST(QrCode, TheLargestCodeHoldsItsCapacityAndNotAByteMore) {
  // Version 40 at low error correction carries 2,953 bytes (ISO/IEC 18004 table 7).
  const auto full = make_qr_code(std::string(kQrMaxBytes, 'x'));
  ASSERT_TRUE(full);
  EXPECT_EQ(full->version, 40);
  EXPECT_EQ(full->size, 177);
  EXPECT_FALSE(make_qr_code(std::string(kQrMaxBytes + 1, 'x')));
  EXPECT_FALSE(make_qr_code(std::string(100000, 'x')));
}

TEST(QrCode, ChineseTextIsEncodedAsItsUtf8Bytes) {
  // 12 characters of 3 bytes each: the same version as 36 ASCII bytes.
  const auto zh = make_qr_code("销售手册销售手册销售手册");
  const auto ascii = make_qr_code(std::string(36, 'a'));
  ASSERT_TRUE(zh && ascii);
  EXPECT_EQ(zh->version, ascii->version);
}
