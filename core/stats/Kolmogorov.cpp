#include "Kolmogorov.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>
#include <vector>

namespace cs::stats {

namespace {

double clip01(double p)
{
    return std::clamp(p, 0.0, 1.0);
}

/// P(D_n <= d) by Durbin's matrix method as Marsaglia, Tsang and Wang (2003) compute it: the (k,k) element of the
/// n-th power of an m x m matrix, times n! / n^n, with the exponent kept apart so that nothing overflows.
double durbinCdf(std::int64_t n, double d)
{
    const std::int64_t k = std::int64_t(std::ceil(double(n) * d));
    const std::int64_t m = 2 * k - 1;
    const long double h = (long double)(k) - (long double)(n)*d;
    using Matrix = std::vector<long double>;
    const auto at = [m](Matrix& a, std::int64_t i, std::int64_t j) -> long double& {
        return a[size_t(i * m + j)];
    };
    Matrix base(size_t(m * m), 0.0L);
    std::vector<long double> factorial(size_t(m + 1), 1.0L);
    for (std::int64_t i = 1; i <= m; ++i) {
        factorial[size_t(i)] = factorial[size_t(i - 1)] * (long double)(i);
    }
    for (std::int64_t i = 0; i < m; ++i) {
        for (std::int64_t j = 0; j < m; ++j) {
            if (i - j + 1 >= 0) {
                at(base, i, j) = 1.0L;
            }
        }
    }
    for (std::int64_t i = 0; i < m; ++i) {
        at(base, i, 0) -= std::pow(h, (long double)(i + 1));
        at(base, m - 1, i) -= std::pow(h, (long double)(m - i));
    }
    if (2.0L * h - 1.0L > 0.0L) {
        at(base, m - 1, 0) += std::pow(2.0L * h - 1.0L, (long double)(m));
    }
    for (std::int64_t i = 0; i < m; ++i) {
        for (std::int64_t j = 0; j < m; ++j) {
            if (i - j + 1 > 0) {
                at(base, i, j) /= factorial[size_t(i - j + 1)];
            }
        }
    }
    const auto multiply = [&](const Matrix& a, const Matrix& b) {
        Matrix c(size_t(m * m), 0.0L);
        for (std::int64_t i = 0; i < m; ++i) {
            for (std::int64_t l = 0; l < m; ++l) {
                const long double ail = a[size_t(i * m + l)];
                if (ail == 0.0L) {
                    continue;
                }
                for (std::int64_t j = 0; j < m; ++j) {
                    c[size_t(i * m + j)] += ail * b[size_t(l * m + j)];
                }
            }
        }
        return c;
    };
    constexpr long double big = 1e140L;
    Matrix power(size_t(m * m), 0.0L);
    for (std::int64_t i = 0; i < m; ++i) {
        at(power, i, i) = 1.0L;
    }
    int powerExponent = 0; // power is scaled by big^-powerExponent
    int baseExponent = 0;
    for (std::int64_t e = n; e > 0; e /= 2) {
        if (e % 2 == 1) {
            power = multiply(power, base);
            powerExponent += baseExponent;
            if (std::fabs(at(power, k - 1, k - 1)) > big) {
                for (long double& v : power) {
                    v /= big;
                }
                ++powerExponent;
            }
        }
        if (e > 1) {
            base = multiply(base, base);
            baseExponent *= 2;
            if (std::fabs(at(base, k - 1, k - 1)) > big) {
                for (long double& v : base) {
                    v /= big;
                }
                ++baseExponent;
            }
        }
    }
    long double s = at(power, k - 1, k - 1);
    for (std::int64_t i = 1; i <= n; ++i) {
        s = s * (long double)(i) / (long double)(n);
        if (s != 0.0L && std::fabs(s) < 1.0L / big) {
            s *= big;
            --powerExponent;
        }
    }
    return double(s * std::pow(big, (long double)(powerExponent)));
}

/// The Pelz-Good (1976) asymptotic series for P(D_n <= x): K0(z) + K1(z)/sqrt(n) + K2(z)/n + K3(z)/n^1.5 with
/// z = x sqrt(n), each K in its theta-function form for small z. Returns the survival probability.
double pelzGoodSf(std::int64_t n, double x)
{
    constexpr double pi = std::numbers::pi;
    const double pi2 = pi * pi;
    const double pi4 = pi2 * pi2;
    const double pi6 = pi4 * pi2;
    const double sqrt2pi = std::sqrt(2.0 * pi);
    const double z = std::sqrt(double(n)) * x;
    const double z2 = z * z;
    const double z3 = z2 * z;
    const double z4 = z2 * z2;
    const double z6 = z4 * z2;
    const double z8 = z4 * z4;
    const double qlog = -pi2 / 8.0 / z2;
    if (qlog < -708.0) {
        return 1.0; // the CDF underflows: z is tiny
    }
    const double q = std::exp(qlog);
    const std::int64_t kmax = std::int64_t(std::ceil(16.0 * z / pi));
    double k0 = 0;
    double k1 = 0;
    double k2 = 0;
    double k3 = 0;
    for (std::int64_t k = kmax; k >= 1; --k) {
        const double m = double(2 * k - 1);
        const double m2 = m * m;
        const double m4 = m2 * m2;
        const double m6 = m4 * m2;
        const double qk = std::pow(q, double(8 * k));
        k0 = k0 * qk + 1.0;
        k1 = k1 * qk + (-z2 + pi2 / 4.0 * m2);
        k2 = k2 * qk +
            (6.0 * z6 + 2.0 * z4 + (2.0 * z4 - 5.0 * z2) * pi2 / 4.0 * m2 + pi4 * (1.0 - 2.0 * z2) / 16.0 * m4);
        k3 = k3 * qk +
            (-30.0 * z6 - 90.0 * z8 + pi2 * (135.0 * z4 - 96.0 * z6) / 4.0 * m2 +
             pi4 * (-60.0 * z2 + 212.0 * z4) / 16.0 * m4 + pi6 * (5.0 - 30.0 * z2) / 64.0 * m6);
    }
    k0 = k0 * q * sqrt2pi / z;
    k1 = k1 * q * sqrt2pi / (6.0 * z4);
    k2 = k2 * q * sqrt2pi / (72.0 * z * z6);
    k3 = k3 * q * sqrt2pi / (6480.0 * z4 * z6);
    const double q2 = std::exp(-pi2 / 2.0 / z2);
    double extra2 = 0;
    double extra3 = 0;
    const double sqrt3z = std::sqrt(3.0) * z;
    for (std::int64_t k = kmax; k >= 1; --k) {
        const double kk = double(k) * double(k);
        const double term = kk * std::pow(q2, kk);
        extra2 += term;
        extra3 += (sqrt3z + pi * double(k)) * (sqrt3z - pi * double(k)) * term;
    }
    k2 += extra2 * pi2 * sqrt2pi / (-36.0 * z3);
    k3 += extra3 * pi2 * sqrt2pi / (216.0 * z6);
    const double rn = std::sqrt(double(n));
    return (1.0 - k0) + (-k1 / rn) + (-k2 / double(n)) + (-k3 / std::pow(double(n), 1.5));
}

} // namespace

double smirnovSf(std::int64_t n, double x)
{
    if (!(x > 0.0)) {
        return 1.0;
    }
    if (x >= 1.0) {
        return 0.0;
    }
    const long double nn = (long double)(n);
    const long double lx = x;
    const std::int64_t last = std::min<std::int64_t>(n, std::int64_t(std::floor(nn * (1.0L - lx))));
    // log of term j: log C(n, j) + (j - 1) log(x + j/n) + (n - j) log(1 - x - j/n). The terms rise to one peak
    // (near x + j/n = 1/2) and fall away on both sides, so the sum starts at the peak and walks outwards until
    // the terms no longer count at long double precision.
    const auto logTerm = [&](std::int64_t j, long double logBinomial) -> long double {
        const long double a = lx + (long double)(j) / nn;
        const long double b = ((nn - (long double)(j)) - nn * lx) / nn;
        if (b <= 0.0L) {
            return n - j == 0 ? logBinomial + (long double)(j - 1) * std::log(a) : -INFINITY;
        }
        return logBinomial + (long double)(j - 1) * std::log(a) + (long double)(n - j) * std::log(b);
    };
    const std::int64_t peak = std::clamp<std::int64_t>(std::int64_t(std::llround(nn * (0.5L - lx))), 0, last);
    const long double logBinomialPeak =
        std::lgamma(nn + 1.0L) - std::lgamma((long double)(peak) + 1.0L) - std::lgamma(nn - (long double)(peak) + 1.0L);
    long double sum = std::exp(logTerm(peak, logBinomialPeak));
    constexpr long double negligible = 1e-30L;
    long double logBinomial = logBinomialPeak;
    for (std::int64_t j = peak + 1; j <= last; ++j) {
        logBinomial += std::log((nn - (long double)(j - 1)) / (long double)(j));
        const long double t = std::exp(logTerm(j, logBinomial));
        sum += t;
        if (t < sum * negligible) {
            break;
        }
    }
    logBinomial = logBinomialPeak;
    for (std::int64_t j = peak - 1; j >= 0; --j) {
        logBinomial -= std::log((nn - (long double)(j)) / (long double)(j + 1));
        const long double t = std::exp(logTerm(j, logBinomial));
        sum += t;
        if (t < sum * negligible) {
            break;
        }
    }
    return clip01(double(lx * sum));
}

double kolmogorovSf(double x, std::int64_t n)
{
    if (n <= 0 || std::isnan(x)) {
        return std::nan("");
    }
    if (x >= 1.0) {
        return 0.0;
    }
    if (x <= 0.0) {
        return 1.0;
    }
    const double t = double(n) * x;
    if (t <= 1.0) { // Ruben and Gambino: P(D_n <= x) = n!/n^n (2t - 1)^n for 1/(2n) <= x <= 1/n
        if (t <= 0.5) {
            return 1.0;
        }
        const double cdf = std::exp(std::lgamma(double(n) + 1.0) - double(n) * std::log(double(n)) +
                                    double(n) * std::log(2.0 * t - 1.0));
        return clip01(1.0 - cdf);
    }
    if (t >= double(n - 1)) {
        return clip01(2.0 * std::pow(1.0 - x, double(n)));
    }
    if (x >= 0.5) {
        return clip01(2.0 * smirnovSf(n, x));
    }
    const double nx2 = t * x;
    if (n <= 140) {
        if (nx2 <= 4.0) {
            return clip01(1.0 - durbinCdf(n, x));
        }
        return clip01(2.0 * smirnovSf(n, x));
    }
    if (nx2 >= 370.0) {
        return 0.0;
    }
    if (nx2 >= 2.2) {
        return clip01(2.0 * smirnovSf(n, x));
    }
    if (n <= 100000 && double(n) * std::pow(x, 1.5) <= 1.4) {
        return clip01(1.0 - durbinCdf(n, x));
    }
    return clip01(pelzGoodSf(n, x));
}

double ksExactTwoSided(std::int64_t n1, std::int64_t n2, std::int64_t h)
{
    if (h <= 0) {
        return 1.0;
    }
    if (n1 == n2) {
        // Reflection: P(D >= h/n) = 2 sum_k (-1)^(k-1) C(2n, n - kh) / C(2n, n).
        const std::int64_t n = n1;
        long double ratio = 1.0L;
        long double sum = 0.0L;
        std::int64_t j = 0;
        for (std::int64_t k = 1; k * h <= n; ++k) {
            for (; j < k * h; ++j) {
                ratio *= (long double)(n - j) / (long double)(n + j + 1);
            }
            sum += (k % 2 == 1 ? ratio : -ratio);
        }
        return clip01(double(2.0L * sum));
    }
    // Probability that a uniformly random interleaving of the two samples keeps |i/n1 - j/n2| < h/lcm at every
    // step, i.e. |i n2 - j n1| < h g, walked row by row with the chance of each step.
    const std::int64_t g = std::gcd(n1, n2);
    const std::int64_t bound = h * g;
    const auto floorDiv = [](std::int64_t a, std::int64_t b) {
        std::int64_t q = a / b;
        if ((a % b != 0) && ((a < 0) != (b < 0))) {
            --q;
        }
        return q;
    };
    const auto range = [&](std::int64_t i) {
        // j * n1 in (i n2 - bound, i n2 + bound)
        std::int64_t lo = floorDiv(i * n2 - bound, n1) + 1;
        std::int64_t hi = -floorDiv(-(i * n2 + bound), n1) - 1;
        return std::pair {std::max<std::int64_t>(lo, 0), std::min(hi, n2)};
    };
    std::vector<double> previous(size_t(n2 + 1), 0.0);
    std::vector<double> current(size_t(n2 + 1), 0.0);
    const double total = double(n1 + n2);
    auto [lo, hi] = range(0);
    previous[0] = 1.0;
    for (std::int64_t j = 1; j <= hi; ++j) {
        previous[size_t(j)] = previous[size_t(j - 1)] * double(n2 - (j - 1)) / (total - double(j - 1));
    }
    for (std::int64_t i = 0; i < n1; ++i) {
        const auto [nlo, nhi] = range(i + 1);
        for (std::int64_t j = nlo; j <= nhi; ++j) {
            double p = 0;
            if (j >= lo && j <= hi) {
                p += previous[size_t(j)] * double(n1 - i) / (total - double(i) - double(j));
            }
            if (j - 1 >= nlo) {
                p += current[size_t(j - 1)] * double(n2 - (j - 1)) / (total - double(i + 1) - double(j - 1));
            }
            current[size_t(j)] = p;
        }
        std::fill(previous.begin() + lo, previous.begin() + hi + 1, 0.0);
        std::swap(previous, current);
        lo = nlo;
        hi = nhi;
    }
    return clip01(1.0 - previous[size_t(n2)]);
}

KsTwoSample ksTwoSample(double d, std::int64_t n1, std::int64_t n2)
{
    KsTwoSample r;
    r.statistic = d;
    if (std::max(n1, n2) <= 10000) {
        const std::int64_t g = std::gcd(n1, n2);
        const std::int64_t lcm = (n1 / g) * n2;
        const std::int64_t h = std::int64_t(std::nearbyint(d * double(lcm))); // half to even, as numpy.round
        r.statistic = double(h) / double(lcm);
        r.pValue = h == 0 ? 1.0 : ksExactTwoSided(n1, n2, h);
        r.exact = true;
        return r;
    }
    const double m = double(std::max(n1, n2));
    const double n = double(std::min(n1, n2));
    const double en = m * n / (m + n);
    r.pValue = clip01(kolmogorovSf(d, std::int64_t(std::nearbyint(en))));
    return r;
}

} // namespace cs::stats
