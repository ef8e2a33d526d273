#include "roi/finance.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>

namespace fieldbook::roi {
namespace {

constexpr double kEps = std::numeric_limits<double>::epsilon();

bool all_finite(std::span<const double> values) {
  return std::all_of(values.begin(), values.end(), [](double v) { return std::isfinite(v); });
}

bool valid_rate(double rate) { return std::isfinite(rate) && rate > -1.0; }

// The NPV of a cash-flow series as a function of the rate, in a form that never overflows.
// For r >= 0 it is sum(v_i * (1+r)^-t_i), every factor <= 1. For r < 0 it is the same sum
// multiplied by (1+r)^T (T = the last time), i.e. sum(v_i * (1+r)^(T - t_i)), again every
// factor <= 1. The factor (1+r)^T is positive, so both forms have the same sign and roots,
// and they agree at r = 0 (a grid point, so no bracket straddles the switch).
class NpvCurve {
 public:
  // Periodic flows: t_i = i.
  explicit NpvCurve(std::span<const double> flows) : flows_(flows), periodic_(true) {
    last_time_ = flows.empty() ? 0.0 : static_cast<double>(flows.size() - 1);
  }
  // Dated flows: t_i = times[i] (>= 0).
  NpvCurve(std::span<const double> flows, std::vector<double> times)
      : flows_(flows), times_(std::move(times)), periodic_(false) {
    last_time_ = times_.empty() ? 0.0 : *std::max_element(times_.begin(), times_.end());
  }

  // value and scale (the same sum over |v_i|, for judging "close to zero").
  void eval(double r, double& value, double& scale) const {
    value = 0.0;
    scale = 0.0;
    if (periodic_) {
      if (r >= 0.0) {
        const double x = 1.0 / (1.0 + r);
        for (std::size_t i = flows_.size(); i-- > 0;) {
          value = value * x + flows_[i];
          scale = scale * x + std::fabs(flows_[i]);
        }
      } else {
        const double g = 1.0 + r;
        for (double v : flows_) {
          value = value * g + v;
          scale = scale * g + std::fabs(v);
        }
      }
      return;
    }
    const double l = std::log1p(r);
    for (std::size_t i = 0; i < flows_.size(); ++i) {
      const double e = r >= 0.0 ? -times_[i] * l : (last_time_ - times_[i]) * l;
      const double f = std::exp(e);
      value += flows_[i] * f;
      scale += std::fabs(flows_[i]) * f;
    }
  }

  double operator()(double r) const {
    double v = 0.0, s = 0.0;
    eval(r, v, s);
    return v;
  }

 private:
  std::span<const double> flows_;
  std::vector<double> times_;
  double last_time_ = 0.0;
  bool periodic_;
};

// The scan grid: geometric in 1 + r from 1e-12 to 0.5, every 0.1 % from -50 % to +100 %, then
// geometric in 1 + r from 2 to 1e9 + 1. 60 steps per decade in the geometric parts.
const std::vector<double>& rate_grid() {
  static const std::vector<double> grid = [] {
    std::vector<double> g;
    constexpr int kPerDecade = 60;
    const double lo = 1e-12, lo_end = 0.5;
    const int n_lo = static_cast<int>(std::ceil(std::log10(lo_end / lo) * kPerDecade));
    for (int k = 0; k < n_lo; ++k) {
      const double one_plus_r = lo * std::pow(lo_end / lo, static_cast<double>(k) / n_lo);
      g.push_back(one_plus_r - 1.0);
    }
    for (int k = -500; k <= 1000; ++k) g.push_back(static_cast<double>(k) / 1000.0);
    const double hi_start = 2.0, hi_end = kIrrMaxRate + 1.0;
    const int n_hi = static_cast<int>(std::ceil(std::log10(hi_end / hi_start) * kPerDecade));
    for (int k = 1; k <= n_hi; ++k) {
      const double one_plus_r = hi_start * std::pow(hi_end / hi_start, static_cast<double>(k) / n_hi);
      g.push_back(std::min(one_plus_r - 1.0, kIrrMaxRate));
    }
    g.front() = kIrrMinRate;
    return g;
  }();
  return grid;
}

// Brent's method (inverse quadratic interpolation / secant, falling back to bisection) on a
// bracket [a, b] with f(a), f(b) of opposite signs. Returns a root to full precision.
template <class F>
double brent(const F& f, double a, double b, double fa, double fb) {
  double c = a, fc = fa;
  double d = b - a, e = d;
  for (int iter = 0; iter < 300; ++iter) {
    if ((fb > 0.0) == (fc > 0.0)) {
      c = a;
      fc = fa;
      d = e = b - a;
    }
    if (std::fabs(fc) < std::fabs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const double tol = 2.0 * kEps * std::fabs(b) + 1e-300;
    const double m = 0.5 * (c - b);
    if (std::fabs(m) <= tol || fb == 0.0) return b;
    if (std::fabs(e) >= tol && std::fabs(fa) > std::fabs(fb)) {
      double p, q;
      const double s = fb / fa;
      if (a == c) {
        p = 2.0 * m * s;
        q = 1.0 - s;
      } else {
        const double qa = fa / fc, rb = fb / fc;
        p = s * (2.0 * m * qa * (qa - rb) - (b - a) * (rb - 1.0));
        q = (qa - 1.0) * (rb - 1.0) * (s - 1.0);
      }
      if (p > 0.0) {
        q = -q;
      } else {
        p = -p;
      }
      if (2.0 * p < std::min(3.0 * m * q - std::fabs(tol * q), std::fabs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = m;
        e = m;
      }
    } else {
      d = m;
      e = m;
    }
    a = b;
    fa = fb;
    b += std::fabs(d) > tol ? d : (m > 0.0 ? tol : -tol);
    fb = f(b);
  }
  return b;
}

// Looks for roots in [a, b] where f has the same sign s at a, at the middle grid point and at b
// and comes close to zero in between: golden-section search for the extremum of s * f. If the
// search meets the other sign, there are two crossings (solved with Brent); if the extremum is
// zero within rounding, it is a touching root.
void search_dip(const NpvCurve& curve, double a, double b, double fa, double fb, std::vector<double>& roots) {
  const double s = fa > 0.0 ? 1.0 : -1.0;
  constexpr double kInvPhi = 0.6180339887498949;
  double lo = a, hi = b;
  double x1 = hi - kInvPhi * (hi - lo), x2 = lo + kInvPhi * (hi - lo);
  double f1 = curve(x1), f2 = curve(x2);
  for (int iter = 0; iter < 200; ++iter) {
    for (const auto& [x, fx] : {std::pair{x1, f1}, std::pair{x2, f2}}) {
      if (fx == 0.0) {
        roots.push_back(x);
        return;
      }
      if ((fx > 0.0) != (s > 0.0)) {
        roots.push_back(brent(curve, a, x, fa, fx));
        roots.push_back(brent(curve, x, b, fx, fb));
        return;
      }
    }
    if (hi - lo <= 4.0 * kEps * std::max(std::fabs(lo), std::fabs(hi)) + 1e-300) break;
    if (s * f1 < s * f2) {
      hi = x2;
      x2 = x1;
      f2 = f1;
      x1 = hi - kInvPhi * (hi - lo);
      f1 = curve(x1);
    } else {
      lo = x1;
      x1 = x2;
      f1 = f2;
      x2 = lo + kInvPhi * (hi - lo);
      f2 = curve(x2);
    }
  }
  const double xm = s * f1 < s * f2 ? x1 : x2;
  double value = 0.0, scale = 0.0;
  curve.eval(xm, value, scale);
  if (std::fabs(value) <= 1e-10 * scale) roots.push_back(xm);
}

std::vector<double> find_roots(const NpvCurve& curve) {
  const std::vector<double>& grid = rate_grid();
  const std::size_t n = grid.size();
  std::vector<double> f(n), scale(n);
  for (std::size_t i = 0; i < n; ++i) curve.eval(grid[i], f[i], scale[i]);

  std::vector<double> roots;
  for (std::size_t i = 0; i < n; ++i) {
    if (f[i] == 0.0) {
      roots.push_back(grid[i]);
      continue;
    }
    if (i > 0 && f[i - 1] != 0.0 && (f[i - 1] > 0.0) != (f[i] > 0.0)) {
      roots.push_back(brent(curve, grid[i - 1], grid[i], f[i - 1], f[i]));
    }
    // A dip towards zero without a sign change between grid points i-1 and i+1.
    if (i > 0 && i + 1 < n && f[i - 1] != 0.0 && f[i + 1] != 0.0 && (f[i - 1] > 0.0) == (f[i] > 0.0) &&
        (f[i + 1] > 0.0) == (f[i] > 0.0) && std::fabs(f[i]) < std::fabs(f[i - 1]) &&
        std::fabs(f[i]) <= std::fabs(f[i + 1]) && std::fabs(f[i]) <= 0.05 * scale[i]) {
      search_dip(curve, grid[i - 1], grid[i + 1], f[i - 1], f[i + 1], roots);
    }
  }
  std::sort(roots.begin(), roots.end());
  std::vector<double> unique;
  for (double r : roots) {
    if (!std::isfinite(r) || r < kIrrMinRate || r > kIrrMaxRate) continue;
    if (!unique.empty() && std::fabs(r - unique.back()) <= 1e-10 * std::max(1.0, std::fabs(r))) continue;
    unique.push_back(r);
  }
  return unique;
}

bool has_both_signs(std::span<const double> flows) {
  bool pos = false, neg = false;
  for (double v : flows) {
    pos = pos || v > 0.0;
    neg = neg || v < 0.0;
  }
  return pos && neg;
}

std::optional<double> finite_or_none(double v) {
  if (!std::isfinite(v)) return std::nullopt;
  return v;
}

}  // namespace

std::optional<double> npv(double rate, std::span<const double> flows) {
  if (flows.empty() || !valid_rate(rate) || !all_finite(flows)) return std::nullopt;
  const double x = 1.0 / (1.0 + rate);
  double acc = 0.0;
  for (std::size_t i = flows.size(); i-- > 0;) acc = acc * x + flows[i];
  return finite_or_none(acc);
}

std::optional<double> npv_excel(double rate, std::span<const double> flows) {
  const auto v = npv(rate, flows);
  if (!v) return std::nullopt;
  return finite_or_none(*v / (1.0 + rate));
}

std::vector<double> irr_all(std::span<const double> flows) {
  if (flows.empty() || !all_finite(flows) || !has_both_signs(flows)) return {};
  return find_roots(NpvCurve(flows));
}

std::optional<double> select_irr(std::span<const double> roots) {
  if (roots.empty()) return std::nullopt;
  std::optional<double> best_nonneg, best_neg;
  for (double r : roots) {
    if (r >= 0.0) {
      if (!best_nonneg || r < *best_nonneg) best_nonneg = r;
    } else if (!best_neg || r > *best_neg) {
      best_neg = r;
    }
  }
  return best_nonneg ? best_nonneg : best_neg;
}

std::optional<double> irr(std::span<const double> flows) {
  const std::vector<double> roots = irr_all(flows);
  return select_irr(roots);
}

std::optional<double> mirr(std::span<const double> flows, double finance_rate, double reinvest_rate) {
  if (flows.size() < 2 || !all_finite(flows) || !valid_rate(finance_rate) || !valid_rate(reinvest_rate)) {
    return std::nullopt;
  }
  if (!has_both_signs(flows)) return std::nullopt;
  std::vector<double> positive(flows.size()), negative(flows.size());
  for (std::size_t i = 0; i < flows.size(); ++i) {
    positive[i] = flows[i] > 0.0 ? flows[i] : 0.0;
    negative[i] = flows[i] < 0.0 ? flows[i] : 0.0;
  }
  const auto numer = npv(reinvest_rate, positive);
  const auto denom = npv(finance_rate, negative);
  if (!numer || !denom || *denom == 0.0) return std::nullopt;
  const double n = static_cast<double>(flows.size());
  return finite_or_none(std::pow(std::fabs(*numer) / std::fabs(*denom), 1.0 / (n - 1.0)) * (1.0 + reinvest_rate) -
                        1.0);
}

std::optional<double> payback(std::span<const double> flows) {
  if (flows.empty() || !all_finite(flows)) return std::nullopt;
  double magnitude = 0.0;
  for (double v : flows) magnitude += std::fabs(v);
  // A cumulative within rounding of zero counts as zero (break-even), not as "still negative".
  const double tolerance = 1e-12 * magnitude;
  std::vector<double> cumulative(flows.size());
  double acc = 0.0;
  std::ptrdiff_t last_negative = -1;
  for (std::size_t k = 0; k < flows.size(); ++k) {
    acc += flows[k];
    cumulative[k] = acc;
    if (acc < -tolerance) last_negative = static_cast<std::ptrdiff_t>(k);
  }
  if (last_negative < 0) return 0.0;
  const auto k = static_cast<std::size_t>(last_negative);
  if (k + 1 >= flows.size()) return std::nullopt;
  // cumulative[k] < 0 <= cumulative[k + 1] (within tolerance), so flows[k + 1] > 0.
  const double fraction = std::clamp(-cumulative[k] / flows[k + 1], 0.0, 1.0);
  return finite_or_none(static_cast<double>(k) + fraction);
}

std::optional<double> discounted_payback(std::span<const double> flows, double rate) {
  if (flows.empty() || !all_finite(flows) || !valid_rate(rate)) return std::nullopt;
  std::vector<double> discounted(flows.size());
  for (std::size_t t = 0; t < flows.size(); ++t) {
    discounted[t] = flows[t] * std::pow(1.0 + rate, -static_cast<double>(t));
  }
  if (!all_finite(discounted)) return std::nullopt;
  return payback(discounted);
}

std::optional<double> roi_percent(double total_benefits, double total_costs) {
  if (!std::isfinite(total_benefits) || !std::isfinite(total_costs) || total_costs <= 0.0) return std::nullopt;
  return finite_or_none((total_benefits - total_costs) / total_costs * 100.0);
}

namespace {

std::optional<std::vector<double>> year_fractions(std::span<const double> flows, std::span<const std::int64_t> days) {
  if (flows.empty() || flows.size() != days.size() || !all_finite(flows)) return std::nullopt;
  std::vector<double> times(days.size());
  for (std::size_t i = 0; i < days.size(); ++i) {
    if (days[i] < days[0]) return std::nullopt;
    times[i] = static_cast<double>(days[i] - days[0]) / 365.0;
  }
  return times;
}

}  // namespace

std::optional<double> xnpv(double rate, std::span<const double> flows, std::span<const std::int64_t> days) {
  if (!valid_rate(rate)) return std::nullopt;
  const auto times = year_fractions(flows, days);
  if (!times) return std::nullopt;
  const double l = std::log1p(rate);
  double acc = 0.0;
  for (std::size_t i = 0; i < flows.size(); ++i) acc += flows[i] * std::exp(-(*times)[i] * l);
  return finite_or_none(acc);
}

std::vector<double> xirr_all(std::span<const double> flows, std::span<const std::int64_t> days) {
  auto times = year_fractions(flows, days);
  if (!times || !has_both_signs(flows)) return {};
  return find_roots(NpvCurve(flows, std::move(*times)));
}

std::optional<double> xirr(std::span<const double> flows, std::span<const std::int64_t> days) {
  const std::vector<double> roots = xirr_all(flows, days);
  return select_irr(roots);
}

}  // namespace fieldbook::roi
