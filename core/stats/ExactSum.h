#pragma once

#include <cmath>
#include <cstdint>
#include <cstring>
#include <utility>
#include <vector>

namespace cs::stats {

__extension__ using UInt128 = unsigned __int128;

/// A sum of doubles rounded once, at the end (Shewchuk's exact partials, the algorithm of Python's math.fsum).
/// Its value does not depend on the order of the additions, so a file summed on several threads and the same rows
/// read from a workspace in another order give the same number to the last bit.
class ExactSum
{
public:
    /// Adds `x`. The values a report sums (squared errors and scores, in [0, 1)) take a fast path: every double in
    /// [2^-64, 1) is a whole multiple of 2^-116 below 2^116, so it is added exactly to a 128-bit fixed-point
    /// accumulator with a count of its carries. Anything else (zero aside: 1 or more, below 2^-64, negative, not
    /// finite) goes to the partials.
    void add(double x)
    {
        std::uint64_t bits = 0;
        std::memcpy(&bits, &x, sizeof bits);
        const int biased = int(bits >> 52); // sign bit included: negative values fail the range test below
        // Biased exponents 1023 - 64 to 1022: 2^-64 <= x < 1, positive, normal.
        if (biased >= 1023 - 64 && biased <= 1022) {
            const std::uint64_t mantissa = (bits & ((std::uint64_t(1) << 52) - 1)) | (std::uint64_t(1) << 52);
            // x = mantissa * 2^(biased - 1075); in units of 2^-116 that is mantissa << (biased - 1075 + 116).
            const UInt128 units = static_cast<UInt128>(mantissa) << (biased - 959);
            const UInt128 before = m_fixed;
            m_fixed += units;
            m_carries += m_fixed < before ? 1 : 0;
            return;
        }
        if (x != 0.0) {
            addPartial(x);
        }
    }
    void add(const ExactSum& other)
    {
        const UInt128 before = m_fixed;
        m_fixed += other.m_fixed;
        m_carries += other.m_carries + (m_fixed < before ? 1 : 0);
        for (double p : other.m_partials) {
            addPartial(p);
        }
    }
    /// The exact sum, correctly rounded (ties to even).
    double value() const
    {
        if (m_fixed == 0 && m_carries == 0) {
            return roundedPartials();
        }
        // The fixed-point part, 2^-116 * (carries * 2^128 + fixed), as exact pieces of at most 48 bits each.
        ExactSum all;
        all.m_partials = m_partials;
        for (int shift = 0; shift < 128; shift += 48) {
            const auto piece = static_cast<std::uint64_t>((m_fixed >> shift) & ((std::uint64_t(1) << 48) - 1));
            if (piece != 0) {
                all.addPartial(std::ldexp(double(piece), shift - 116));
            }
        }
        for (int shift = 0; shift < 64; shift += 32) {
            const std::uint64_t piece = (m_carries >> shift) & 0xffffffffu;
            if (piece != 0) {
                all.addPartial(std::ldexp(double(piece), 128 + shift - 116));
            }
        }
        return all.roundedPartials();
    }

private:
    /// Shewchuk's step: `x` joins the non-overlapping partials.
    void addPartial(double x)
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
    /// The partials' sum, correctly rounded (ties to even).
    double roundedPartials() const
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

    std::vector<double> m_partials; ///< non-overlapping, increasing in magnitude
    UInt128 m_fixed = 0; ///< the fast path's sum, in units of 2^-116, modulo 2^128
    std::uint64_t m_carries = 0; ///< how many times it wrapped
};

} // namespace cs::stats
