// RFM scoring: R's type-7 quantiles, R rfm 0.3's bins (quantile + 1, right-open), dplyr::ntile,
// custom thresholds and the all-ties case.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include "common/error.h"
#include "rfm/scoring.h"

using namespace fieldbook::rfm;

namespace {

std::vector<std::uint8_t> score(const std::vector<double>& v, Dimension d, ScoreMethod m, int bins,
                                DimensionThresholds* t = nullptr) {
  std::vector<std::uint8_t> out(v.size());
  DimensionOptions o;
  o.bins = bins;
  auto th = score_dimension(v, d, m, o, out);
  if (t) *t = th;
  return out;
}

}  // namespace

TEST(RfmScoring, QuantileType7MatchesR) {
  // R: quantile(c(1, 2, 3, 4, 10), c(0, .2, .4, .6, .8, 1)) = 1.0 1.8 2.6 3.4 5.2 10.0
  const std::vector<double> x = {1, 2, 3, 4, 10};
  EXPECT_DOUBLE_EQ(quantile_type7(x, 0.0), 1.0);
  EXPECT_DOUBLE_EQ(quantile_type7(x, 0.2), 1.8);
  EXPECT_DOUBLE_EQ(quantile_type7(x, 0.4), 2.6);
  EXPECT_DOUBLE_EQ(quantile_type7(x, 0.6), 3.4);
  EXPECT_DOUBLE_EQ(quantile_type7(x, 0.8), 5.2);
  EXPECT_DOUBLE_EQ(quantile_type7(x, 1.0), 10.0);
  // R: quantile(1:10, 0.25) = 3.25 ; quantile(c(7), 0.5) = 7
  const std::vector<double> y = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
  EXPECT_DOUBLE_EQ(quantile_type7(y, 0.25), 3.25);
  EXPECT_DOUBLE_EQ(quantile_type7(std::vector<double>{7}, 0.5), 7.0);
  EXPECT_THROW(quantile_type7(std::vector<double>{}, 0.5), fieldbook::Error);
}

TEST(RfmScoring, RBinsAreQuantilePlusOneRightOpen) {
  // values 1..10, 5 bins: quantiles at .2 .4 .6 .8 = 2.8 4.6 6.4 8.2, breaks = 3.8 5.6 7.4 9.2
  std::vector<double> v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
  DimensionThresholds t;
  auto s = score(v, Dimension::Frequency, ScoreMethod::Quantile, 5, &t);
  ASSERT_EQ(t.lower.size(), 5u);
  EXPECT_DOUBLE_EQ(t.lower[0], 1);
  EXPECT_DOUBLE_EQ(t.lower[1], 3.8);
  EXPECT_DOUBLE_EQ(t.lower[2], 5.6);
  EXPECT_DOUBLE_EQ(t.lower[3], 7.4);
  EXPECT_DOUBLE_EQ(t.lower[4], 9.2);
  EXPECT_DOUBLE_EQ(t.upper[4], 11);  // max + 1: the max falls in the last bin
  const std::vector<std::uint8_t> want = {1, 1, 1, 2, 2, 3, 3, 4, 4, 5};
  EXPECT_EQ(s, want);
  // Recency is reversed: the most recent (smallest days) scores highest.
  auto r = score(v, Dimension::Recency, ScoreMethod::Quantile, 5);
  const std::vector<std::uint8_t> want_r = {5, 5, 5, 4, 4, 3, 3, 2, 2, 1};
  EXPECT_EQ(r, want_r);
}

TEST(RfmScoring, IntegerBreakTiesGoToTheUpperBin) {
  // Frequencies with a break landing exactly on a value: quantile(c(1,2,3,4,5), .5) = 3, break 4.
  std::vector<double> v = {1, 2, 3, 4, 5};
  auto s = score(v, Dimension::Frequency, ScoreMethod::Quantile, 2);
  const std::vector<std::uint8_t> want = {1, 1, 1, 2, 2};  // 3 < 4 -> bin 1; 4 >= 4 -> bin 2
  EXPECT_EQ(s, want);
}

TEST(RfmScoring, AllTiesGiveOneFilledBinNoCrash) {
  std::vector<double> v(100, 7.0);
  DimensionThresholds t;
  auto f = score(v, Dimension::Frequency, ScoreMethod::Quantile, 5, &t);
  EXPECT_TRUE(std::all_of(f.begin(), f.end(), [](auto x) { return x == 1; }));
  EXPECT_EQ(t.empty_bins, 4);
  EXPECT_EQ(t.counts[0], 100u);
  auto r = score(v, Dimension::Recency, ScoreMethod::Quantile, 5);
  EXPECT_TRUE(std::all_of(r.begin(), r.end(), [](auto x) { return x == 5; }));
  // A single customer is the degenerate case of all ties.
  auto one = score({3.0}, Dimension::Monetary, ScoreMethod::Quantile, 9);
  EXPECT_EQ(one[0], 1);
}

TEST(RfmScoring, DuplicateBreaksLeaveEmptyBinsLikeR) {
  // Heavily tied frequencies (most customers ordered once): R leaves bins 2 and 3 empty.
  std::vector<double> v = {1, 1, 1, 1, 1, 1, 1, 2, 3, 5};
  DimensionThresholds t;
  auto s = score(v, Dimension::Frequency, ScoreMethod::Quantile, 5, &t);
  // quantiles .2,.4,.6,.8 of the sorted values: 1, 1, 1, 2.2 -> breaks 2, 2, 2, 3.2
  EXPECT_DOUBLE_EQ(t.lower[1], 2);
  EXPECT_DOUBLE_EQ(t.lower[2], 2);
  EXPECT_DOUBLE_EQ(t.lower[3], 2);
  EXPECT_DOUBLE_EQ(t.lower[4], 3.2);
  const std::vector<std::uint8_t> want = {1, 1, 1, 1, 1, 1, 1, 4, 4, 5};
  EXPECT_EQ(s, want);
  EXPECT_EQ(t.empty_bins, 2);
}

TEST(RfmScoring, NtileMatchesDplyr) {
  // dplyr::ntile(1:10, 3) = 1 1 1 1 2 2 2 3 3 3 (larger groups first)
  std::vector<int> got;
  for (std::size_t r = 1; r <= 10; ++r) got.push_back(ntile_of_rank(r, 10, 3));
  EXPECT_EQ(got, (std::vector<int>{1, 1, 1, 1, 2, 2, 2, 3, 3, 3}));
  // dplyr::ntile(1:3, 5) = 1 2 3
  EXPECT_EQ(ntile_of_rank(3, 3, 5), 3);
  // ntile(1:7, 2) = 1 1 1 1 2 2 2
  EXPECT_EQ(ntile_of_rank(4, 7, 2), 1);
  EXPECT_EQ(ntile_of_rank(5, 7, 2), 2);
}

TEST(RfmScoring, RankBreaksTiesByInputOrder) {
  std::vector<double> v(10, 4.0);
  DimensionThresholds t;
  auto s = score(v, Dimension::Monetary, ScoreMethod::Rank, 5, &t);
  EXPECT_EQ(s, (std::vector<std::uint8_t>{1, 1, 2, 2, 3, 3, 4, 4, 5, 5}));
  EXPECT_EQ(t.empty_bins, 0);
  std::vector<double> w = {50, 10, 40, 20, 30};
  auto r = score(w, Dimension::Recency, ScoreMethod::Rank, 5);
  EXPECT_EQ(r, (std::vector<std::uint8_t>{1, 5, 2, 4, 3}));
}

TEST(RfmScoring, CustomThresholdsUsedAsIs) {
  // Like rfm_table_order(..., frequency_bins = c(4, 5, 6, 8)): 5 bins, breaks not shifted.
  std::vector<double> v = {1, 4, 5, 6, 7, 8, 12};
  std::vector<std::uint8_t> out(v.size());
  DimensionOptions o;
  o.custom_breaks = {4, 5, 6, 8};
  auto t = score_dimension(v, Dimension::Frequency, ScoreMethod::Quantile, o, out);
  EXPECT_TRUE(t.custom);
  EXPECT_EQ(t.bins, 5);
  EXPECT_EQ(out, (std::vector<std::uint8_t>{1, 2, 3, 4, 4, 5, 5}));
  EXPECT_DOUBLE_EQ(t.lower[0], 1);
  EXPECT_DOUBLE_EQ(t.upper[4], 13);
  o.custom_breaks = {5, 4};
  EXPECT_THROW(score_dimension(v, Dimension::Frequency, ScoreMethod::Quantile, o, out), fieldbook::Error);
}

// A UI says what is wrong in its own words: the error names the dimension (its path) and the rule.
TEST(RfmScoring, ThresholdErrorsNameTheDimensionAndTheRule) {
  const std::vector<double> v = {1, 4, 5, 6, 7, 8, 12};
  std::vector<std::uint8_t> out(v.size());
  const auto error_for = [&](std::vector<double> breaks, Dimension d) -> fieldbook::Error {
    DimensionOptions o;
    o.custom_breaks = std::move(breaks);
    try {
      score_dimension(v, d, ScoreMethod::Quantile, o, out);
    } catch (const fieldbook::Error& e) {
      return e;
    }
    ADD_FAILURE() << "accepted";
    return fieldbook::Error("accepted");
  };
  using K = fieldbook::ValueRule::Kind;
  const auto descending = error_for({5, 4}, Dimension::Frequency);
  EXPECT_EQ(descending.position().path, "frequency");
  EXPECT_EQ(descending.rule().kind, K::Ascending);
  EXPECT_STREQ(descending.what(), "frequency: thresholds must be strictly ascending");
  const auto equal = error_for({30, 30}, Dimension::Recency);
  EXPECT_EQ(equal.position().path, "recency");
  EXPECT_EQ(equal.rule().kind, K::Ascending);
  const auto many = error_for(std::vector<double>(kMaxBins, 1.0), Dimension::Monetary);
  EXPECT_EQ(many.position().path, "monetary");
  EXPECT_EQ(many.rule().kind, K::TooManyValues);
  EXPECT_EQ(many.rule().low, kMaxBins - 1);
  EXPECT_EQ(error_for({1, std::nan("")}, Dimension::Monetary).rule().kind, K::Number);
}

TEST(RfmScoring, RefusesBadInput) {
  std::vector<std::uint8_t> out(2);
  DimensionOptions o;
  o.bins = 1;
  EXPECT_THROW(score_dimension(std::vector<double>{1, 2}, Dimension::Monetary, ScoreMethod::Quantile, o, out),
               fieldbook::Error);
  o.bins = 10;
  EXPECT_THROW(score_dimension(std::vector<double>{1, 2}, Dimension::Monetary, ScoreMethod::Quantile, o, out),
               fieldbook::Error);
  o.bins = 5;
  std::vector<std::uint8_t> none;
  EXPECT_THROW(score_dimension(std::vector<double>{}, Dimension::Monetary, ScoreMethod::Quantile, o, none),
               fieldbook::Error);
  EXPECT_EQ(parse_score_method("rank"), ScoreMethod::Rank);
  EXPECT_FALSE(parse_score_method("median").has_value());
}

TEST(RfmScoring, EveryBinCountFrom2To9) {
  std::vector<double> v;
  for (int i = 0; i < 1000; ++i) v.push_back((i * 7919) % 1000);
  for (int bins = kMinBins; bins <= kMaxBins; ++bins) {
    DimensionThresholds t;
    auto s = score(v, Dimension::Monetary, ScoreMethod::Quantile, bins, &t);
    EXPECT_EQ(*std::max_element(s.begin(), s.end()), bins);
    EXPECT_EQ(*std::min_element(s.begin(), s.end()), 1);
    EXPECT_EQ(t.empty_bins, 0);
  }
}
