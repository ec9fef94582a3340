#pragma once

#include <cstdint>

namespace cs::stats {

/// Two-sided p-value of the two-sample Kolmogorov-Smirnov statistic, chosen as SciPy's ks_2samp(method="auto")
/// chooses: the exact distribution when max(n1, n2) <= 10000, otherwise the one-sample Kolmogorov distribution of
/// D at n = n1 n2 / (n1 + n2) rounded half to even. `d` is the observed sup |F1 - F2|.
struct KsTwoSample
{
    double statistic = 0; ///< D; for the exact method rounded to the lattice, h / lcm(n1, n2)
    double pValue = 1;
    bool exact = false;
};
KsTwoSample ksTwoSample(double d, std::int64_t n1, std::int64_t n2);

/// P(D >= d) for two samples of sizes n1 and n2 by counting lattice paths (the exact null distribution of the
/// statistic when there are no ties). `h` is d expressed on the lattice, d = h / lcm(n1, n2).
double ksExactTwoSided(std::int64_t n1, std::int64_t n2, std::int64_t h);

/// Survival function of the one-sample two-sided statistic D_n (Simard and L'Ecuyer 2011): closed forms near the
/// ends, Durbin's matrix (Marsaglia, Tsang and Wang 2003) for small n x^2, twice the one-sided Smirnov probability
/// in the upper tail, and the Pelz-Good expansion for large n.
double kolmogorovSf(double x, std::int64_t n);

/// P(D+_n >= x), the one-sided statistic (Smirnov 1944, Birnbaum and Tingey 1951), summed exactly.
double smirnovSf(std::int64_t n, double x);

} // namespace cs::stats
