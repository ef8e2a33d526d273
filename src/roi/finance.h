#pragma once
// Discounted-cash-flow arithmetic for the ROI calculator: NPV in two conventions, IRR (every
// real root), MIRR, simple and discounted payback, ROI %, XNPV and XIRR.
//
// Conventions shared by every function here:
// - flows[0] is the cash flow at t = 0 ("now"), flows[k] the one at the end of period k.
//   Money out is negative, money in is positive.
// - Rates are per period, as decimals (0.1 = 10 %). A rate must be > -1 (at -1 discounting
//   divides by zero, below it the discount factor changes sign).
// - Nothing returns NaN or infinity. Invalid input (no flows, a rate <= -1, a non-finite value,
//   sizes that do not match, a date before the first one) yields std::nullopt or, for
//   irr_all, an empty list.
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace fieldbook::roi {

// Net present value, numpy-financial's convention (npf.npv): the first flow is at t = 0 and is
// not discounted: sum(flows[t] / (1 + rate)^t).
std::optional<double> npv(double rate, std::span<const double> flows);

// Net present value, Excel's convention (=NPV(rate, v1, v2, ...)): every value is discounted,
// the first one by one period: sum(flows[t] / (1 + rate)^(t + 1)) = npv(rate, flows) / (1 + rate).
std::optional<double> npv_excel(double rate, std::span<const double> flows);

// The smallest and largest rates irr_all() looks at: (-1 + 1e-12) .. 1e9 per period.
inline constexpr double kIrrMinRate = -1.0 + 1e-12;
inline constexpr double kIrrMaxRate = 1e9;

// Every real rate r in [kIrrMinRate, kIrrMaxRate] with npv(r, flows) == 0, ascending, each to
// full double precision. Found by scanning NPV on a fixed grid (every 0.1 % between -50 % and
// +100 %, then geometric steps in 1 + r out to both ends) for sign changes, each bracket then
// solved with Brent's method; a grid cell where NPV comes close to zero without changing sign
// is searched for a touching (double) root or a pair of close roots. Empty when there is none
// (for example when all flows have the same sign).
std::vector<double> irr_all(std::span<const double> flows);

// The IRR, choosing among several roots exactly as numpy-financial's npf.irr does (1.0+):
// the unique root if there is one; otherwise, if any root is >= 0, the smallest root >= 0;
// otherwise (all roots negative) the one closest to zero. (npf.irr filters roots of mixed
// signs by "total positive flows >= total negative flows", which always holds because the
// negative total is negative; so it always keeps the non-negative roots, then takes the one
// of smallest magnitude.) std::nullopt when there is no real root in range.
// Differs from npf.irr only in never returning exactly -1 (npf.irr can, for trailing zeros).
std::optional<double> irr(std::span<const double> flows);

// Picks the IRR out of a list of roots with irr()'s rule (exposed for scenario code that has
// already computed irr_all()).
std::optional<double> select_irr(std::span<const double> roots);

// Modified IRR, numpy-financial / Excel semantics:
//   (|npv(reinvest, positive flows)| / |npv(finance, negative flows)|)^(1/(n-1)) * (1+reinvest) - 1
// where n = flows.size(). std::nullopt when there is no positive or no negative flow, or a rate
// is <= -1.
std::optional<double> mirr(std::span<const double> flows, double finance_rate, double reinvest_rate);

// Simple payback in periods. The cumulative sum starts with flows[0] at t = 0 and changes by
// flows[k] at the end of period k; inside the period where it crosses zero from below it is
// interpolated linearly. If the cumulative dips below zero again later (a re-investment, a
// big cost in a later year), the payback is the LAST crossing: the point from which the
// cumulative stays >= 0 until the end of the horizon, which is what a customer means by "paid
// back". 0 when the cumulative is never negative. std::nullopt when the cumulative is still
// negative at the end of the horizon (not paid back within it), or for invalid input.
std::optional<double> payback(std::span<const double> flows);

// Discounted payback in periods: payback() of flows[t] / (1 + rate)^t.
std::optional<double> discounted_payback(std::span<const double> flows, double rate);

// ROI % over the horizon: (total_benefits - total_costs) / total_costs * 100. Costs are given as
// a positive amount. std::nullopt when total_costs <= 0 or an input is not finite.
std::optional<double> roi_percent(double total_benefits, double total_costs);

// XNPV, Excel semantics: sum(flows[i] / (1 + rate)^((days[i] - days[0]) / 365)). days are day
// numbers (days since 1970-01-01, or any other consecutive day count); days[0] is t = 0 and no
// date may be earlier than it (Excel: #NUM!). std::nullopt on invalid input.
std::optional<double> xnpv(double rate, std::span<const double> flows, std::span<const std::int64_t> days);

// Every real rate with xnpv(rate, flows, days) == 0, ascending (same search as irr_all).
std::vector<double> xirr_all(std::span<const double> flows, std::span<const std::int64_t> days);

// XIRR, Excel semantics (365-day year, days[0] is t = 0), needing at least one positive and one
// negative flow. When several rates zero the XNPV, the one irr() would pick. std::nullopt when
// there is none or the input is invalid.
std::optional<double> xirr(std::span<const double> flows, std::span<const std::int64_t> days);

}  // namespace fieldbook::roi
