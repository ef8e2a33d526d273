// Finance functions of the ROI calculator against published reference values.
// Sources:
//  [npf-tests] numpy-financial, numpy_financial/tests/test_financial.py and tests/test_financial.py
//              (github.com/numpy/numpy-financial), including its Decimal-precision expectations.
//  [npf-doc]   numpy-financial docstrings (numpy_financial/_financial.py): npf.npv, npf.irr, npf.mirr.
//  [xl-npv]    Microsoft Support, "NPV function" (Excel), examples 1 and 2.
//  [xl-irr]    Microsoft Support, "IRR function" (Excel), example.
//  [xl-mirr]   Microsoft Support, "MIRR function" (Excel), example.
//  [xl-xnpv]   Microsoft Support "XNPV function" / Microsoft Learn "WorksheetFunction.Xnpv" example
//              (2086.6476).
//  [xl-xirr]   Microsoft Support, "XIRR function" (Excel), example (0.373362535).
//  [formcalc]  Adobe LiveCycle Designer FormCalc reference, NPV (Excel convention, full precision).
// Values marked "by hand" are worked out in the comment next to them.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "roi/finance.h"

namespace fieldbook::roi {
namespace {

using V = std::vector<double>;

// ---------------------------------------------------------------- NPV

TEST(FinanceNpv, NumpyFinancialVectors) {
  // [npf-tests] TestNpv.test_npv_decimal: Decimal('122.894854950942692161628715').
  EXPECT_NEAR(*npv(0.05, V{-15000, 1500, 2500, 3500, 4500, 6000}), 122.894854950942692161628715, 1e-9);
  // [npf-doc] npv: np.round(npf.npv(0.08, [-40_000, 5_000, 8_000, 12_000, 30_000]), 5) == 3065.22267.
  EXPECT_NEAR(*npv(0.08, V{-40000, 5000, 8000, 12000, 30000}), 3065.22267, 5e-6);
  // [npf-doc] npv with Decimal rates 0.00, 0.05, 0.10 on [-4000, 500, 800] and [-5000, 600, 900].
  EXPECT_DOUBLE_EQ(*npv(0.0, V{-4000, 500, 800}), -2700.0);
  EXPECT_NEAR(*npv(0.05, V{-4000, 500, 800}), -2798.185941043083900226757370, 1e-9);
  EXPECT_NEAR(*npv(0.10, V{-4000, 500, 800}), -2884.297520661157024793388430, 1e-9);
  EXPECT_NEAR(*npv(0.05, V{-5000, 600, 900}), -3612.244897959183673469387756, 1e-9);
  EXPECT_NEAR(*npv(0.10, V{-5000, 600, 900}), -3710.743801652892561983471074, 1e-9);
}

TEST(FinanceNpv, ExcelConvention) {
  // [xl-npv] Example 1: rate 10 %, -10,000 one year from today, then 3,000, 4,200, 6,800:
  // =NPV(A2, A3, A4, A5, A6) = $1,188.44.
  EXPECT_NEAR(*npv_excel(0.10, V{-10000, 3000, 4200, 6800}), 1188.44, 0.005);
  // [xl-npv] Example 2: rate 8 %, initial cost 40,000 today, returns 8,000 .. 14,500:
  // =NPV(A2, A4:A8) + A3 = $1,922.06; with a 9,000 loss in year 6: -$3,749.47.
  EXPECT_NEAR(*npv_excel(0.08, V{8000, 9200, 10000, 12000, 14500}) - 40000, 1922.06, 0.005);
  EXPECT_NEAR(*npv_excel(0.08, V{8000, 9200, 10000, 12000, 14500, -9000}) - 40000, -3749.47, 0.005);
  // [formcalc] NPV(0.10, 500, 1500, 4000, 10000) = 11529.60863329007; NPV(0.065, 5000) = 4694.83568075117.
  EXPECT_NEAR(*npv_excel(0.10, V{500, 1500, 4000, 10000}), 11529.60863329007, 1e-8);
  EXPECT_NEAR(*npv_excel(0.065, V{5000}), 4694.83568075117, 1e-9);
}

TEST(FinanceNpv, TheTwoConventionsDifferByOnePeriod) {
  const V flows{-100, 39, 59, 55, 20};
  EXPECT_NEAR(*npv_excel(0.1, flows) * 1.1, *npv(0.1, flows), 1e-12);
}

TEST(FinanceNpv, InvalidInput) {
  EXPECT_FALSE(npv(0.1, V{}).has_value());
  EXPECT_FALSE(npv(-1.0, V{-1, 2}).has_value());
  EXPECT_FALSE(npv(-1.5, V{-1, 2}).has_value());
  EXPECT_FALSE(npv(std::nan(""), V{-1, 2}).has_value());
  EXPECT_FALSE(npv(0.1, V{-1, std::numeric_limits<double>::infinity()}).has_value());
  EXPECT_FALSE(npv_excel(-1.0, V{-1, 2}).has_value());
}

// ---------------------------------------------------------------- IRR

TEST(FinanceIrr, NumpyFinancialBasicValues) {
  // npf.irr([-100, 39, 59, 55, 20]) = 0.28094842115996066 (the value numpy-financial prints;
  // [npf-doc] rounds it to 0.28095).
  EXPECT_NEAR(*irr(V{-100, 39, 59, 55, 20}), 0.28094842115996066, 1e-14);
  // [npf-tests] TestIrr.test_basic_values (decimal=2) and [npf-doc] irr examples (5 decimals).
  EXPECT_NEAR(*irr(V{-150000, 15000, 25000, 35000, 45000, 60000}), 0.0524, 5e-5);
  EXPECT_NEAR(*irr(V{-100, 0, 0, 74}), -0.0955, 5e-5);
  EXPECT_NEAR(*irr(V{-100, 100, 0, -7}), -0.0833, 5e-5);
  EXPECT_NEAR(*irr(V{-100, 100, 0, 7}), 0.06206, 5e-6);
  EXPECT_NEAR(*irr(V{-5, 10.5, 1, -8, 1}), 0.0886, 5e-5);
}

TEST(FinanceIrr, NumpyFinancialRegressions) {
  // [npf-tests] test_npv_irr_congruence: npv(irr(x), x) == 0 with atol 1e-10.
  const V congruence{-40000, 5000, 8000, 12000, 30000};
  EXPECT_NEAR(*npv(*irr(congruence), congruence), 0.0, 1e-10);
  // [npf-tests] test_trailing_zeros: 0.0886 (decimal=2).
  EXPECT_NEAR(*irr(V{-5, 10.5, 1, -8, 1, 0, 0, 0}), 0.0886, 5e-5);
  // [npf-tests] test_gh_39: 0.12 (assert_almost_equal, 7 decimals). Two sign changes.
  const V gh39{-217500.0, -217500.0, 108466.80462450592, 101129.96439328062, 93793.12416205535,
               86456.28393083003, 79119.44369960476, 71782.60346837944, 64445.76323715414,
               57108.92300592884, 49772.08277470355, 42435.24254347826, 35098.40231225296,
               27761.56208102766, 20424.721849802358, 13087.88161857707, 5751.041387351768,
               -1585.7988438735192, -8922.639075098821, -16259.479306324123, -23596.31953754941,
               -30933.159768774713, -38270.0, -45606.8402312253, -52943.680462450604,
               -60280.520693675906, -67617.36092490121};
  EXPECT_NEAR(*irr(gh39), 0.12, 1.5e-7);
  // [npf-tests] test_gh_44: 1.00426 (4 decimals), "true value as calculated by Google sheets".
  EXPECT_NEAR(*irr(V{-1678.87, 771.96, 1814.05, 3520.30, 3552.95, 3584.99, 4789.91, -1}), 1.00426, 5e-5);
  // [npf-tests] test_gh_15: a root a hair above -100 %: -0.9999999990596069, rtol 1e-9.
  const V gh15{-3000.0, 2.3926932267015667e-07, 4.1672087103345505e-16, 5.3965110036378706e-25,
               5.1962551071806174e-34, 3.7202955645436402e-43, 1.9804961711632469e-52,
               7.8393517651814181e-62, 2.3072565113911438e-71, 5.0491839233308912e-81,
               8.2159177668499263e-91, 9.9403244366963527e-101, 8.942410813633967e-111,
               5.9816122646481191e-121, 2.9750309031844241e-131, 1.1002067043497954e-141,
               3.0252876563518021e-152, 6.1854121948207909e-163, 9.4032980015353301e-174,
               1.0629218520017728e-184, 8.9337141847171845e-196, 5.5830607698467935e-207,
               2.5943122036622652e-218, 8.9635842466507006e-230, 2.3027710094332358e-241,
               4.3987510596745562e-253, 6.2476630372575209e-265, 6.598046841695288e-277,
               5.1811095266842017e-289, 3.0250999925830644e-301, 1.3133070599585015e-313};
  const auto r15 = irr(gh15);
  ASSERT_TRUE(r15.has_value());
  EXPECT_NEAR(*r15, -0.9999999990596069, 1e-9);
}

TEST(FinanceIrr, NoRealSolution) {
  // [npf-tests] test_numpy_gh_6744: (1, 2, 3) and (-1, -2, -3) give nan.
  EXPECT_FALSE(irr(V{1, 2, 3}).has_value());
  EXPECT_FALSE(irr(V{-1, -2, -3}).has_value());
  EXPECT_TRUE(irr_all(V{-1, -2, -3}).empty());
  // Both signs but no real root: 1 - 3x + 3x^2 (x = 1/(1+r)) has discriminant 9 - 12 < 0.
  EXPECT_TRUE(irr_all(V{1, -3, 3}).empty());
  EXPECT_FALSE(irr(V{1, -3, 3}).has_value());
  EXPECT_FALSE(irr(V{}).has_value());
  EXPECT_FALSE(irr(V{0, 0, 0}).has_value());
  EXPECT_FALSE(irr(V{-1, std::nan(""), 2}).has_value());
}

TEST(FinanceIrr, ExcelExample) {
  // [xl-irr] Initial cost -70,000, net income 12,000 / 15,000 / 18,000 / 21,000 / 26,000:
  // after four years -2.1 %, after five years 8.7 %, after two years -44.4 % (results rounded
  // to 0.1 %).
  EXPECT_NEAR(*irr(V{-70000, 12000, 15000, 18000, 21000}), -0.021, 5e-4);
  EXPECT_NEAR(*irr(V{-70000, 12000, 15000, 18000, 21000, 26000}), 0.087, 5e-4);
  EXPECT_NEAR(*irr(V{-70000, 12000, 15000}), -0.444, 5e-4);
}

TEST(FinanceIrr, AllRootsOfAThreeRootSeries) {
  // -1 + 6x - 11x^2 + 6x^3 = (x - 1)(2x - 1)(3x - 1) with x = 1/(1+r): x = 1, 1/2, 1/3, so the
  // rates are 0 %, 100 % and 200 % (by hand). numpy-financial's rule picks the smallest
  // non-negative one: 0.
  const std::vector<double> roots = irr_all(V{-1, 6, -11, 6});
  ASSERT_EQ(roots.size(), 3u);
  EXPECT_NEAR(roots[0], 0.0, 1e-12);
  EXPECT_NEAR(roots[1], 1.0, 1e-12);
  EXPECT_NEAR(roots[2], 2.0, 1e-12);
  EXPECT_NEAR(*irr(V{-1, 6, -11, 6}), 0.0, 1e-12);
}

TEST(FinanceIrr, TwoRootsAndTheChoiceAmongThem) {
  // -100 + 230x - 132x^2 = -100 (1.1x - 1)(1.2x - 1): roots x = 1/1.1 and 1/1.2, i.e. 10 % and
  // 20 % (by hand).
  const std::vector<double> roots = irr_all(V{-100, 230, -132});
  ASSERT_EQ(roots.size(), 2u);
  EXPECT_NEAR(roots[0], 0.1, 1e-13);
  EXPECT_NEAR(roots[1], 0.2, 1e-13);
  EXPECT_NEAR(*irr(V{-100, 230, -132}), 0.1, 1e-13);
  // Mixed signs: 100 (0.9x - 1)(1.2x - 1) = 100 - 210x + 108x^2 has roots -10 % and +20 %
  // (by hand). npf's rule keeps the non-negative root.
  const std::vector<double> mixed = irr_all(V{100, -210, 108});
  ASSERT_EQ(mixed.size(), 2u);
  EXPECT_NEAR(mixed[0], -0.1, 1e-13);
  EXPECT_NEAR(mixed[1], 0.2, 1e-13);
  EXPECT_NEAR(*irr(V{100, -210, 108}), 0.2, 1e-13);
  // All roots negative: the one closest to zero. 100 (0.9x - 1)(0.8x - 1) = 100 - 170x + 72x^2
  // has roots -10 % and -20 % (by hand).
  EXPECT_NEAR(*irr(V{100, -170, 72}), -0.1, 1e-13);
}

TEST(FinanceIrr, CloseRootsInsideOneGridCellAreBothFound) {
  // Roots at 10.02 % and 10.06 %: (x - x1)(x - x2) = x1 x2 - (x1 + x2) x + x^2.
  const double x1 = 1 / 1.1002, x2 = 1 / 1.1006;
  const std::vector<double> roots = irr_all(V{x1 * x2, -(x1 + x2), 1.0});
  ASSERT_EQ(roots.size(), 2u);
  EXPECT_NEAR(roots[0], 0.1002, 1e-9);
  EXPECT_NEAR(roots[1], 0.1006, 1e-9);
}

TEST(FinanceIrr, TouchingRootIsReportedOnce) {
  // (1 - 1.1234 x)^2 = 1 - 2.2468 x + 1.26202756 x^2: NPV touches zero at 12.34 % without
  // changing sign (a double root; precision about sqrt(machine epsilon)).
  const std::vector<double> roots = irr_all(V{1, -2.2468, 1.26202756});
  ASSERT_EQ(roots.size(), 1u);
  EXPECT_NEAR(roots[0], 0.1234, 1e-6);
  // On a grid point: -(1 - x)^2 touches zero at 0 %.
  const std::vector<double> at_zero = irr_all(V{-1, 2, -1});
  ASSERT_EQ(at_zero.size(), 1u);
  EXPECT_EQ(at_zero[0], 0.0);
}

TEST(FinanceIrr, HighRates) {
  // -1 + 1000 x: r = 999 (99,900 %); -1 + 0 x + 0 x^2 + 1000 x^3: (1+r)^3 = 1000, r = 9.
  EXPECT_NEAR(*irr(V{-1, 1000}), 999.0, 1e-9);
  EXPECT_NEAR(*irr(V{-1, 0, 0, 1000}), 9.0, 1e-12);
}

TEST(FinanceIrr, EveryReportedRootZeroesTheNpv) {
  const std::vector<V> cases = {{-100, 39, 59, 55, 20}, {-1, 6, -11, 6}, {-5, 10.5, 1, -8, 1},
                                {-1678.87, 771.96, 1814.05, 3520.30, 3552.95, 3584.99, 4789.91, -1}};
  for (const V& flows : cases) {
    for (double r : irr_all(flows)) {
      double scale = 0;
      for (std::size_t t = 0; t < flows.size(); ++t) scale += std::fabs(flows[t]) / std::pow(1 + r, double(t));
      EXPECT_NEAR(*npv(r, flows) / scale, 0.0, 1e-12) << "rate " << r;
    }
  }
}

// ---------------------------------------------------------------- MIRR

TEST(FinanceMirr, NumpyFinancialVectors) {
  // [npf-tests] TestMirr.test_mirr_decimal (Decimal results; the float test compares to 15 places).
  EXPECT_NEAR(*mirr(V{-4500, -800, 800, 800, 600, 600, 800, 800, 700, 3000}, 0.08, 0.055),
              0.066597175031553548874239618, 1e-15);
  EXPECT_NEAR(*mirr(V{-120000, 39000, 30000, 21000, 37000, 46000}, 0.10, 0.12), 0.126094130365905145828421880,
              1e-15);
  EXPECT_NEAR(*mirr(V{100, 200, -50, 300, -200}, 0.05, 0.06), 0.342823387842176663647819868, 1e-15);
  EXPECT_FALSE(mirr(V{39000, 30000, 21000, 37000, 46000}, 0.10, 0.12).has_value());
  // [npf-doc] mirr: npf.mirr([-100, 50, -60, 70], 0.10, 0.12) == -0.03909366594356467;
  // all negative -> nan.
  EXPECT_NEAR(*mirr(V{-100, 50, -60, 70}, 0.10, 0.12), -0.03909366594356467, 1e-15);
  EXPECT_FALSE(mirr(V{-100, -50, -60, -70}, 0.10, 0.12).has_value());
}

TEST(FinanceMirr, ExcelExample) {
  // [xl-mirr] -120,000 then 39,000 / 30,000 / 21,000 / 37,000 / 46,000, finance 10 %, reinvest 12 %:
  // five years 13 %, three years -5 %, five years reinvesting at 14 % 13 % (rounded to 1 %).
  const V values{-120000, 39000, 30000, 21000, 37000, 46000};
  EXPECT_NEAR(*mirr(values, 0.10, 0.12), 0.13, 0.005);
  EXPECT_NEAR(*mirr(V{-120000, 39000, 30000, 21000}, 0.10, 0.12), -0.05, 0.005);
  EXPECT_NEAR(*mirr(values, 0.10, 0.14), 0.13, 0.005);
}

TEST(FinanceMirr, InvalidRates) {
  EXPECT_FALSE(mirr(V{-100, 50, 60}, -1.0, 0.1).has_value());
  EXPECT_FALSE(mirr(V{-100, 50, 60}, 0.1, -1.0).has_value());
  EXPECT_FALSE(mirr(V{-100}, 0.1, 0.1).has_value());
}

// ---------------------------------------------------------------- Payback

TEST(FinancePayback, InterpolatesInsideThePeriod) {
  // By hand: cumulative -100, -61, -2, 53, 73; it crosses zero in period 3, 2 of its 55 in:
  // 2 + 2/55 = 2.036363...
  EXPECT_NEAR(*payback(V{-100, 39, 59, 55, 20}), 2.0 + 2.0 / 55.0, 1e-15);
  // By hand, discounted at 10 %: -100, 39/1.1, 59/1.21, 55/1.331, ... cumulative after period 2
  // is -(133.1 - 47.19 - 64.9)/1.331 = -21.01/1.331; period 3 brings 55/1.331, so
  // 2 + 21.01/55 = 2.382.
  EXPECT_NEAR(*discounted_payback(V{-100, 39, 59, 55, 20}, 0.1), 2.382, 1e-12);
  // Exactly at a period end: -100 + 50 + 50 = 0 at t = 2.
  EXPECT_NEAR(*payback(V{-100, 50, 50}), 2.0, 1e-15);
  // Halfway through the first period.
  EXPECT_NEAR(*payback(V{-100, 200}), 0.5, 1e-15);
}

TEST(FinancePayback, NotReachedWithinTheHorizon) {
  EXPECT_FALSE(payback(V{-100, 30, 30, 30}).has_value());
  // Simple payback reached (cumulative -100, -70, -30, 10: 2 + 30/40 = 2.75) but not the
  // discounted one at 10 %: -100 + 30/1.1 + 40/1.21 + 40/1.331 = -9.6 (by hand).
  EXPECT_NEAR(*payback(V{-100, 30, 40, 40}), 2.75, 1e-15);
  EXPECT_FALSE(discounted_payback(V{-100, 30, 40, 40}, 0.1).has_value());
}

TEST(FinancePayback, ReportsTheCrossingAfterWhichItStaysPaidBack) {
  // Cumulative -100, -40, 20, -30, 30: first crosses zero at 1 + 40/60 = 1.67, dips again after
  // a 50 re-investment in period 3, and is back for good at 3 + 30/60 = 3.5 (by hand).
  EXPECT_NEAR(*payback(V{-100, 60, 60, -50, 60}), 3.5, 1e-15);
  // Dips again and never recovers: not paid back.
  EXPECT_FALSE(payback(V{-100, 60, 60, -50}).has_value());
}

TEST(FinancePayback, NeverNegativeIsImmediate) {
  EXPECT_EQ(*payback(V{0, 10, 10}), 0.0);
  EXPECT_EQ(*payback(V{100, -50, 10}), 0.0);
  // Starts with nothing, then an investment: 1 + 100/200.
  EXPECT_NEAR(*payback(V{0, -100, 200}), 1.5, 1e-15);
}

TEST(FinancePayback, InvalidInput) {
  EXPECT_FALSE(payback(V{}).has_value());
  EXPECT_FALSE(payback(V{-1, std::nan("")}).has_value());
  EXPECT_FALSE(discounted_payback(V{-100, 200}, -1.0).has_value());
}

// ---------------------------------------------------------------- ROI %

TEST(FinanceRoi, Percent) {
  EXPECT_DOUBLE_EQ(*roi_percent(150, 100), 50.0);
  EXPECT_DOUBLE_EQ(*roi_percent(50, 100), -50.0);
  EXPECT_FALSE(roi_percent(100, 0).has_value());
  EXPECT_FALSE(roi_percent(100, -5).has_value());
  EXPECT_FALSE(roi_percent(std::nan(""), 10).has_value());
}

// ---------------------------------------------------------------- XNPV / XIRR

// [xl-xnpv] / [xl-xirr]: -10,000 on 2008-01-01, 2,750 on 2008-03-01, 4,250 on 2008-10-30,
// 3,250 on 2009-02-15, 2,750 on 2009-04-01. Day numbers since 1970-01-01.
const V kExcelValues{-10000, 2750, 4250, 3250, 2750};
const std::vector<std::int64_t> kExcelDays{13879, 13939, 14182, 14290, 14335};

TEST(FinanceXnpv, ExcelExample) {
  // =XNPV(.09, A2:A6, B2:B6) = 2086.6476 (or 2086.65).
  EXPECT_NEAR(*xnpv(0.09, kExcelValues, kExcelDays), 2086.6476, 5e-5);
}

TEST(FinanceXnpv, MatchesNpvOn365DaySpacing) {
  const std::vector<std::int64_t> yearly{0, 365, 730, 1095, 1460};
  EXPECT_NEAR(*xnpv(0.1, V{-100, 39, 59, 55, 20}, yearly), *npv(0.1, V{-100, 39, 59, 55, 20}), 1e-12);
  EXPECT_NEAR(*xirr(V{-100, 39, 59, 55, 20}, yearly), 0.28094842115996066, 1e-13);
}

TEST(FinanceXirr, ExcelExample) {
  // =XIRR(A3:A7, B3:B7, 0.1) = 0.373362535 (37.34 %). Excel stops iterating once the rate is
  // "accurate within 0.000001 %" ([xl-xirr]), so compare to that tolerance (1e-8 relative) and
  // check separately that our root zeroes the XNPV to full precision.
  const auto rate = xirr(kExcelValues, kExcelDays);
  ASSERT_TRUE(rate.has_value());
  EXPECT_NEAR(*rate, 0.373362535, 0.373362535 * 1e-8);
  EXPECT_NEAR(*xnpv(*rate, kExcelValues, kExcelDays), 0.0, 1e-10);
  // The dates may come in any order after the first one.
  const V shuffled_values{-10000, 3250, 2750, 4250, 2750};
  const std::vector<std::int64_t> shuffled_days{13879, 14290, 13939, 14182, 14335};
  EXPECT_NEAR(*xirr(shuffled_values, shuffled_days), *rate, 1e-15);
}

TEST(FinanceXirr, InvalidInput) {
  EXPECT_FALSE(xnpv(0.1, V{-1, 2}, std::vector<std::int64_t>{0}).has_value());  // sizes differ
  EXPECT_FALSE(xnpv(-1.0, V{-1, 2}, std::vector<std::int64_t>{0, 30}).has_value());
  EXPECT_FALSE(xnpv(0.1, V{-1, 2}, std::vector<std::int64_t>{30, 0}).has_value());  // before t0
  EXPECT_FALSE(xirr(V{1, 2}, std::vector<std::int64_t>{0, 30}).has_value());       // one sign
  EXPECT_FALSE(xirr(V{}, std::vector<std::int64_t>{}).has_value());
}

}  // namespace
}  // namespace fieldbook::roi
