#pragma once

#include <cmath>
#include <utility>
#include <vector>

namespace cs::stats {

/// A sum of doubles rounded once, at the end (Shewchuk's exact partials, the algorithm of Python's math.fsum).
/// Its value does not depend on the order of the additions, so a file summed on several threads and the same rows
/// read from a workspace in another order give the same number to the last bit.
class ExactSum
{
public:
    void add(double x)
    {
        size_t kept = 0;
        for (double y : m_partials) {
            if (std::fabs(x) < std::fabs(y)) {
                std::swap(x, y);
            }
            const double hi = x + y;
            const double lo = y - (hi - x);
            if (lo != 0.0) {
                m_partials[kept++] = lo;
            }
            x = hi;
        }
        m_partials.resize(kept);
        m_partials.push_back(x);
    }
    void add(const ExactSum& other)
    {
        for (double p : other.m_partials) {
            add(p);
        }
    }
    /// The exact sum, correctly rounded (ties to even).
    double value() const
    {
        size_t n = m_partials.size();
        if (n == 0) {
            return 0.0;
        }
        double hi = m_partials[--n];
        double lo = 0.0;
        while (n > 0) {
            const double x = hi;
            const double y = m_partials[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0) {
                break;
            }
        }
        // Half-way cases: the partials below decide which way the rounding goes.
        if (n > 0 && ((lo < 0.0 && m_partials[n - 1] < 0.0) || (lo > 0.0 && m_partials[n - 1] > 0.0))) {
            const double y = lo * 2.0;
            const double x = hi + y;
            if (y == x - hi) {
                hi = x;
            }
        }
        return hi;
    }

private:
    std::vector<double> m_partials; ///< non-overlapping, increasing in magnitude
};

} // namespace cs::stats
