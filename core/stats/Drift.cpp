#include "Drift.h"

#include "Classification.h"
#include "Kolmogorov.h"

#include <QLocale>

#include <algorithm>
#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/normal.hpp>
#include <cmath>
#include <limits>
#include <numeric>

namespace cs::stats {

namespace {

constexpr double psiFloor = 1e-4;

QString shortest(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

/// The distinct values of two sorted samples with their counts in each, in increasing order.
struct ValueCount
{
    double value;
    qint64 a;
    qint64 b;
};

/// Walks the distinct values of two sorted samples in increasing order: visit(value, countA, countB, atOrBelowA,
/// atOrBelowB), the last two being how many of each sample are at most the value.
template<typename Visit>
void forEachDistinct(const std::vector<double>& a, const std::vector<double>& b, Visit visit)
{
    size_t i = 0;
    size_t j = 0;
    while (i < a.size() || j < b.size()) {
        const double v = j >= b.size() || (i < a.size() && a[i] < b[j]) ? a[i] : b[j];
        const size_t i0 = i;
        const size_t j0 = j;
        while (i < a.size() && a[i] == v) {
            ++i;
        }
        while (j < b.size() && b[j] == v) {
            ++j;
        }
        visit(v, qint64(i - i0), qint64(j - j0), i, j);
    }
}

std::vector<ValueCount> valueCounts(const std::vector<double>& a, const std::vector<double>& b)
{
    std::vector<ValueCount> out;
    forEachDistinct(a, b, [&](double v, qint64 inA, qint64 inB, size_t, size_t) { out.push_back({v, inA, inB}); });
    return out;
}

qint64 distinctCount(const std::vector<double>& a, const std::vector<double>& b)
{
    qint64 n = 0;
    forEachDistinct(a, b, [&](double, qint64, qint64, size_t, size_t) { ++n; });
    return n;
}

/// Sorts doubles by an LSD radix sort on their order-preserving keys (11-bit digits; digits that every key shares
/// are skipped), with one scratch buffer of the same size.
void sortDoubles(std::vector<double>& values)
{
    const size_t n = values.size();
    if (n < 256) {
        std::sort(values.begin(), values.end());
        return;
    }
    constexpr int bits = 11;
    constexpr int passes = 6; // 6 x 11 bits cover the 64-bit key
    constexpr quint64 mask = (quint64(1) << bits) - 1;
    std::vector<quint64> keys(n);
    for (size_t i = 0; i < n; ++i) {
        keys[i] = orderKey(values[i]);
    }
    std::vector<size_t> counts(size_t(passes) << bits, 0);
    for (quint64 k : keys) {
        for (int d = 0; d < passes; ++d) {
            ++counts[(size_t(d) << bits) + ((k >> (bits * d)) & mask)];
        }
    }
    std::vector<quint64> scratch(n);
    for (int d = 0; d < passes; ++d) {
        size_t* c = counts.data() + (size_t(d) << bits);
        if (c[(keys[0] >> (bits * d)) & mask] == n) {
            continue; // every key has this digit
        }
        size_t sum = 0;
        for (size_t b = 0; b <= mask; ++b) {
            const size_t count = c[b];
            c[b] = sum;
            sum += count;
        }
        for (quint64 k : keys) {
            scratch[c[(k >> (bits * d)) & mask]++] = k;
        }
        keys.swap(scratch);
    }
    for (size_t i = 0; i < n; ++i) {
        values[i] = scoreOfKey(keys[i]);
    }
}

double psiFromCounts(std::vector<DriftBin>& bins, qint64 nReference, qint64 nCurrent)
{
    double psi = 0;
    for (const DriftBin& bin : bins) {
        double ref = double(bin.reference) / double(nReference);
        double cur = double(bin.current) / double(nCurrent);
        if (ref == 0) {
            ref = psiFloor;
        }
        if (cur == 0) {
            cur = psiFloor;
        }
        psi += (cur - ref) * std::log(cur / ref);
    }
    return psi;
}

} // namespace

DriftMethod chooseDriftMethod(qint64 nReference, bool numeric, qint64 nUnique)
{
    const bool fewValues = !numeric || nUnique <= 5;
    if (nReference <= 1000) {
        if (fewValues) {
            return nUnique > 2 ? DriftMethod::ChiSquare : DriftMethod::ProportionZ;
        }
        return DriftMethod::KolmogorovSmirnov;
    }
    return fewValues ? DriftMethod::JensenShannon : DriftMethod::Wasserstein;
}

double quantileLinear(const std::vector<double>& sorted, double q)
{
    const double index = double(sorted.size() - 1) * q;
    const double below = std::floor(index);
    const size_t i = size_t(below);
    const size_t next = std::min(i + 1, sorted.size() - 1);
    const double gamma = index - below;
    const double a = sorted[i];
    const double b = sorted[next];
    const double diff = b - a;
    // numpy's _lerp: a + diff * t, but b - diff * (1 - t) from t = 0.5 on.
    return gamma >= 0.5 ? b - diff * (1.0 - gamma) : a + diff * gamma;
}

double ksStatistic(const std::vector<double>& a, const std::vector<double>& b)
{
    const double na = double(a.size());
    const double nb = double(b.size());
    double d = 0;
    forEachDistinct(a, b, [&](double, qint64, qint64, size_t i, size_t j) {
        d = std::max(d, std::fabs(double(i) / na - double(j) / nb));
    });
    return d;
}

double wasserstein1(const std::vector<double>& a, const std::vector<double>& b)
{
    // The area between the two empirical distribution functions: between consecutive distinct values both are flat.
    const double na = double(a.size());
    const double nb = double(b.size());
    long double sum = 0;
    bool first = true;
    double previous = 0;
    double gap = 0; // |F_a - F_b| just after `previous`
    forEachDistinct(a, b, [&](double v, qint64, qint64, size_t i, size_t j) {
        if (!first) {
            sum += (long double)(gap * (v - previous));
        }
        first = false;
        previous = v;
        gap = std::fabs(double(i) / na - double(j) / nb);
    });
    return double(sum);
}

double standardDeviation(const std::vector<double>& v, int ddof)
{
    long double sum = 0;
    for (double x : v) {
        sum += x;
    }
    const long double mean = sum / (long double)(v.size());
    long double squares = 0;
    for (double x : v) {
        const long double d = (long double)(x)-mean;
        squares += d * d;
    }
    return double(std::sqrt(squares / (long double)(qint64(v.size()) - ddof)));
}

std::pair<double, double> chiSquareGoodnessOfFit(const std::vector<double>& observed,
                                                 const std::vector<double>& expected)
{
    double statistic = 0;
    for (size_t k = 0; k < observed.size(); ++k) {
        const double d = observed[k] - expected[k];
        statistic += d * d / expected[k];
    }
    if (!std::isfinite(statistic)) {
        return {std::numeric_limits<double>::infinity(), 0.0};
    }
    const double dof = double(observed.size()) - 1.0;
    if (dof < 1) {
        return {statistic, std::numeric_limits<double>::quiet_NaN()};
    }
    const double p =
        boost::math::cdf(boost::math::complement(boost::math::chi_squared_distribution<double>(dof), statistic));
    return {statistic, p};
}

std::pair<double, double> twoProportionZ(qint64 successesA, qint64 nA, qint64 successesB, qint64 nB)
{
    const double pa = double(successesA) / double(nA);
    const double pb = double(successesB) / double(nB);
    const double pooled = (pa * double(nA) + pb * double(nB)) / double(nA + nB);
    const double z = (pa - pb) / std::sqrt(pooled * (1.0 - pooled) * (1.0 / double(nA) + 1.0 / double(nB)));
    if (!std::isfinite(z)) {
        return {z, std::numeric_limits<double>::quiet_NaN()};
    }
    const double p = 2.0 * (1.0 - boost::math::cdf(boost::math::normal_distribution<double>(), std::fabs(z)));
    return {z, p};
}

double jensenShannon(const std::vector<double>& p, const std::vector<double>& q)
{
    const double sp = std::accumulate(p.begin(), p.end(), 0.0);
    const double sq = std::accumulate(q.begin(), q.end(), 0.0);
    double left = 0;
    double right = 0;
    for (size_t k = 0; k < p.size(); ++k) {
        const double pk = p[k] / sp;
        const double qk = q[k] / sq;
        const double m = (pk + qk) / 2.0;
        if (pk > 0) {
            left += pk * std::log(pk / m);
        }
        if (qk > 0) {
            right += qk * std::log(qk / m);
        }
    }
    return std::sqrt((left + right) / 2.0);
}

std::vector<double> holm(const std::vector<double>& pValues)
{
    const size_t m = pValues.size();
    std::vector<size_t> order(m);
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return pValues[a] < pValues[b]; });
    std::vector<double> adjusted(m);
    double running = 0;
    for (size_t rank = 0; rank < m; ++rank) {
        running = std::max(running, std::min(1.0, double(m - rank) * pValues[order[rank]]));
        adjusted[order[rank]] = running;
    }
    return adjusted;
}

void adjustHolm(std::vector<ColumnDrift>& columns)
{
    std::vector<size_t> members;
    std::vector<double> p;
    for (size_t i = 0; i < columns.size(); ++i) {
        const DriftMethod m = columns[i].method;
        const bool isP =
            m == DriftMethod::KolmogorovSmirnov || m == DriftMethod::ChiSquare || m == DriftMethod::ProportionZ;
        if (isP && columns[i].score && !std::isnan(*columns[i].score)) {
            members.push_back(i);
            p.push_back(*columns[i].score);
        }
    }
    const std::vector<double> adjusted = holm(p);
    for (size_t k = 0; k < members.size(); ++k) {
        columns[members[k]].holmPValue = adjusted[k];
    }
}

ColumnDrift columnDrift(DriftInput& input, int psiBins)
{
    ColumnDrift c;
    c.name = input.name;
    c.numeric = input.numeric;
    c.missingReference = input.missingReference;
    c.missingCurrent = input.missingCurrent;

    // The distinct values with their counts in each window, as the value-count statistics need them.
    std::vector<DriftBin> values;
    const auto buildValues = [&] {
        if (input.numeric) {
            for (const ValueCount& v : valueCounts(input.reference, input.current)) {
                values.push_back({shortest(v.value), v.value, v.value, v.a, v.b});
            }
        } else {
            for (const auto& [text, counts] : input.categories) {
                values.push_back(
                    {QString::fromStdString(text), std::nullopt, std::nullopt, counts.first, counts.second});
            }
        }
    };
    if (input.numeric) {
        sortDoubles(input.reference);
        sortDoubles(input.current);
        c.nReference = qint64(input.reference.size());
        c.nCurrent = qint64(input.current.size());
        c.nUnique = distinctCount(input.reference, input.current);
    } else {
        for (const auto& [text, counts] : input.categories) {
            c.nReference += counts.first;
            c.nCurrent += counts.second;
        }
        c.nUnique = qint64(input.categories.size());
    }
    c.method = chooseDriftMethod(c.nReference, c.numeric, c.nUnique);
    const bool pMethod = c.method == DriftMethod::KolmogorovSmirnov || c.method == DriftMethod::ChiSquare ||
        c.method == DriftMethod::ProportionZ;
    c.threshold = pMethod ? 0.05 : 0.1;
    if (c.nReference == 0 || c.nCurrent == 0) {
        return c;
    }
    if (!input.numeric || c.nUnique <= 10) {
        buildValues();
    }

    if (input.numeric) {
        const double d = ksStatistic(input.reference, input.current);
        const KsTwoSample ks = ksTwoSample(d, c.nReference, c.nCurrent);
        c.ksStatistic = ks.statistic;
        c.ksPValue = ks.pValue;
        c.wasserstein = wasserstein1(input.reference, input.current);
        c.wassersteinNormed = *c.wasserstein / std::max(standardDeviation(input.reference, 0), 0.001);
    }

    switch (c.method) {
    case DriftMethod::KolmogorovSmirnov:
        c.statistic = c.ksStatistic;
        c.score = c.ksPValue;
        c.drift = *c.score <= c.threshold;
        break;
    case DriftMethod::Wasserstein:
        c.statistic = c.wassersteinNormed;
        c.score = c.wassersteinNormed;
        c.drift = *c.score >= c.threshold;
        break;
    case DriftMethod::ChiSquare: {
        const double scale = double(c.nCurrent) / double(c.nReference);
        std::vector<double> observed;
        std::vector<double> expected;
        for (const DriftBin& v : values) {
            observed.push_back(double(v.current));
            expected.push_back(double(v.reference) * scale);
        }
        const auto [statistic, p] = chiSquareGoodnessOfFit(observed, expected);
        c.statistic = statistic;
        c.score = p;
        c.drift = p < c.threshold;
        break;
    }
    case DriftMethod::ProportionZ: {
        if (c.nUnique == 1) {
            c.statistic = 0.0;
            c.score = 1.0;
        } else {
            // The indicator is "not the first value" in sorted order; values holds them sorted.
            const auto [z, p] = twoProportionZ(c.nReference - values.front().reference, c.nReference,
                                               c.nCurrent - values.front().current, c.nCurrent);
            c.statistic = z;
            c.score = p;
        }
        c.drift = *c.score < c.threshold;
        break;
    }
    case DriftMethod::JensenShannon: {
        std::vector<double> p;
        std::vector<double> q;
        for (const DriftBin& v : values) {
            p.push_back(double(v.reference) / double(c.nReference));
            q.push_back(double(v.current) / double(c.nCurrent));
        }
        c.statistic = jensenShannon(p, q);
        c.score = c.statistic;
        c.drift = *c.score >= c.threshold;
        break;
    }
    }

    // PSI: reference deciles for numeric columns with more than 10 values, else one bin per value.
    if (input.numeric && c.nUnique > 10) {
        std::vector<double> edges;
        for (int k = 1; k < psiBins; ++k) {
            edges.push_back(quantileLinear(input.reference, double(k) / double(psiBins)));
        }
        std::sort(edges.begin(), edges.end());
        edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
        const auto countAtMost = [](const std::vector<double>& sorted, double edge) {
            return qint64(std::upper_bound(sorted.begin(), sorted.end(), edge) - sorted.begin());
        };
        qint64 refBelow = 0;
        qint64 curBelow = 0;
        std::optional<double> lower;
        for (size_t k = 0; k <= edges.size(); ++k) {
            DriftBin bin;
            bin.lower = lower;
            if (k < edges.size()) {
                bin.upper = edges[k];
                const qint64 r = countAtMost(input.reference, edges[k]);
                const qint64 u = countAtMost(input.current, edges[k]);
                bin.reference = r - refBelow;
                bin.current = u - curBelow;
                refBelow = r;
                curBelow = u;
            } else {
                bin.reference = c.nReference - refBelow;
                bin.current = c.nCurrent - curBelow;
            }
            bin.label = QStringLiteral("(%1, %2]")
                            .arg(bin.lower ? shortest(*bin.lower) : QStringLiteral("-inf"),
                                 bin.upper ? shortest(*bin.upper) : QStringLiteral("+inf"));
            lower = bin.upper;
            c.psiBins.push_back(bin);
        }
    } else {
        c.psiBins = values;
    }
    c.psi = psiFromCounts(c.psiBins, c.nReference, c.nCurrent);
    return c;
}

} // namespace cs::stats
