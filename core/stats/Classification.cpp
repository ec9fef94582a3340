#include "Classification.h"

#include "util/Parallel.h"

#include <algorithm>
#include <atomic>
#include <boost/math/distributions/beta.hpp>
#include <boost/math/distributions/binomial.hpp>
#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/normal.hpp>
#include <cmath>
#include <cstring>
#include <numeric>
#include <thread>

namespace cs::stats {

namespace {
/// Sample covariance (n - 1) of placement values k / scale from exact sums: (n sum(k^2) - (sum k)^2) / (n (n - 1)
/// scale^2). The numerator is an exact integer.
long double placementVariance(qint64 n, Int128 sum, Int128 sumSq, long double scale)
{
    const Int128 numerator = Int128(n) * sumSq - sum * sum;
    return (long double)(numerator) / ((long double)(n) * (long double)(n - 1) * scale * scale);
}

template<typename T>
void insertionSort(ScoredRow* a, size_t n, T less)
{
    for (size_t i = 1; i < n; ++i) {
        const ScoredRow v = a[i];
        size_t j = i;
        while (j > 0 && less(v, a[j - 1])) {
            a[j] = a[j - 1];
            --j;
        }
        a[j] = v;
    }
}

/// Counts the 8-bit digits at `shift` of the rows' keys.
void countDigits(const ScoredRow* a, size_t n, int shift, size_t (&count)[256])
{
    std::fill(std::begin(count), std::end(count), size_t(0));
    for (size_t i = 0; i < n; ++i) {
        ++count[(a[i].key >> shift) & 0xFF];
    }
}

/// One pass of American flag sort (McIlroy, Bostic and McIlroy 1993): moves the rows in place into the buckets of
/// their digit at `shift`, given the digits' counts; `start` receives where each bucket begins.
void partitionByDigit(ScoredRow* a, int shift, const size_t (&count)[256], size_t (&start)[256])
{
    size_t next[256];
    size_t sum = 0;
    for (int d = 0; d < 256; ++d) {
        start[d] = sum;
        next[d] = sum;
        sum += count[d];
    }
    for (int d = 0; d < 256; ++d) {
        const size_t end = start[d] + count[d];
        while (next[d] < end) {
            ScoredRow v = a[next[d]];
            int digit = int((v.key >> shift) & 0xFF);
            while (digit != d) {
                std::swap(v, a[next[digit]++]);
                digit = int((v.key >> shift) & 0xFF);
            }
            a[next[d]++] = v;
        }
    }
}

/// In-place MSD radix sort on 8-bit digits from `shift` down; small buckets by insertion.
void radixSort(ScoredRow* a, size_t n, int shift)
{
    size_t count[256];
    for (; shift >= 0 && n > 48; shift -= 8) {
        countDigits(a, n, shift, count);
        if (count[(a[0].key >> shift) & 0xFF] == n) {
            continue; // one bucket: go to the next digit without moving anything
        }
        size_t start[256];
        partitionByDigit(a, shift, count, start);
        for (int d = 0; d < 256; ++d) {
            if (count[d] > 1) {
                radixSort(a + start[d], count[d], shift - 8);
            }
        }
        return;
    }
    insertionSort(a, n, [](const ScoredRow& x, const ScoredRow& y) { return x.key < y.key; });
}
} // namespace

quint64 orderKey(double score)
{
    const double v = score == 0.0 ? 0.0 : score; // -0 sorts with +0
    quint64 bits = 0;
    std::memcpy(&bits, &v, sizeof bits);
    return (bits >> 63) != 0 ? ~bits : bits | (quint64(1) << 63);
}

double scoreOfKey(quint64 key)
{
    const quint64 bits = (key >> 63) != 0 ? key & ~(quint64(1) << 63) : ~key;
    double v = 0;
    std::memcpy(&v, &bits, sizeof v);
    return v;
}

void sortScoredRows(std::vector<ScoredRow>& rows, int threads)
{
    ScoredRow* a = rows.data();
    const size_t n = rows.size();
    const int workers = workerCount(threads);
    if (workers == 1 || n < (size_t(1) << 16)) {
        radixSort(a, n, 56);
        return;
    }
    // Partition on the first digit that splits the rows, then sort the buckets on several threads, largest first.
    int shift = 56;
    size_t count[256];
    for (; shift >= 0; shift -= 8) {
        countDigits(a, n, shift, count);
        if (count[(a[0].key >> shift) & 0xFF] != n) {
            break;
        }
    }
    if (shift < 0) {
        return; // every key is the same
    }
    size_t start[256];
    partitionByDigit(a, shift, count, start);
    std::vector<int> buckets;
    for (int d = 0; d < 256; ++d) {
        if (count[d] > 1) {
            buckets.push_back(d);
        }
    }
    std::sort(buckets.begin(), buckets.end(), [&](int x, int y) { return count[x] > count[y]; });
    std::atomic<size_t> taken {0};
    runParallel(workers, [&](int) {
        for (size_t k = taken++; k < buckets.size(); k = taken++) {
            radixSort(a + start[buckets[k]], count[buckets[k]], shift - 8);
        }
    });
}

double normalQuantile(double p)
{
    return boost::math::quantile(boost::math::normal(), p);
}

double normalUpperTail(double z)
{
    return boost::math::cdf(boost::math::complement(boost::math::normal(), z));
}

Estimate wilson(qint64 successes, qint64 n, double alpha)
{
    if (n <= 0) {
        return {};
    }
    const double p = double(successes) / double(n);
    const double z = normalQuantile(1.0 - alpha / 2.0);
    const double z2 = z * z;
    const double nn = double(n);
    const double denominator = 1.0 + z2 / nn;
    const double centre = (p + z2 / (2.0 * nn)) / denominator;
    const double half = z * std::sqrt(p * (1.0 - p) / nn + z2 / (4.0 * nn * nn)) / denominator;
    return {p, std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

Estimate clopperPearson(qint64 successes, qint64 n, double alpha)
{
    if (n <= 0) {
        return {};
    }
    const double x = double(successes);
    const double nn = double(n);
    const double low =
        successes == 0 ? 0.0 : boost::math::quantile(boost::math::beta_distribution(x, nn - x + 1), alpha / 2);
    const double high =
        successes == n ? 1.0 : boost::math::quantile(boost::math::beta_distribution(x + 1, nn - x), 1 - alpha / 2);
    return {x / nn, low, high};
}

namespace {
/// The rows of one part of a walk (between ties' edges), each group starting from the counts below the part.
/// `Grouped` false: every row is in group 0 (no group lookup); else row r is in group groupOf[r], G being the
/// narrowest type that holds every group (one byte a row keeps the lookups in cache).
template<bool Grouped, typename G>
void walkPart(const ScoredRow* sorted, size_t begin, size_t end, const G* groupOf, const std::vector<AucSums>& classes,
              std::vector<qint64> positivesBelow, std::vector<qint64> negativesBelow, quint32* halves,
              const quint32* partner, std::vector<AucSums>& sums)
{
    const size_t groups = classes.size();
    const auto groupOfRow = [groupOf](const ScoredRow& row) -> size_t {
        if constexpr (Grouped) {
            return groupOf[rowOf(row)];
        } else {
            static_cast<void>(groupOf); // one group: the lookup is compiled out
            static_cast<void>(row);
            return 0;
        }
    };
    std::vector<qint64> tiedPositives(groups, 0);
    std::vector<qint64> tiedRows(groups, 0);
    std::vector<size_t> touched; // the groups with rows in the current tie
    std::vector<size_t> tieGroup; // the group of each row of the current tie, looked up once
    for (size_t i = begin; i < end;) {
        size_t j = i;
        tieGroup.clear();
        for (; j < end && sorted[j].key == sorted[i].key; ++j) {
            const size_t g = groupOfRow(sorted[j]);
            tieGroup.push_back(g);
            if (tiedRows[g]++ == 0) {
                touched.push_back(g);
            }
            tiedPositives[g] += isPositiveRow(sorted[j]) ? 1 : 0;
        }
        if (halves || partner) {
            for (size_t k = i; k < j; ++k) {
                const size_t g = tieGroup[k - i];
                const bool positive = isPositiveRow(sorted[k]);
                const qint64 half = positive
                    ? 2 * negativesBelow[g] + (tiedRows[g] - tiedPositives[g])
                    : 2 * (classes[g].positives - positivesBelow[g] - tiedPositives[g]) + tiedPositives[g];
                if (halves) {
                    halves[rowOf(sorted[k])] = quint32(half);
                }
                if (partner) {
                    const Int128 product = Int128(half) * partner[rowOf(sorted[k])];
                    (positive ? sums[g].crossPositive : sums[g].crossNegative) += product;
                }
            }
        }
        for (const size_t g : touched) {
            const qint64 tiedNegatives = tiedRows[g] - tiedPositives[g];
            const qint64 positiveHalf = 2 * negativesBelow[g] + tiedNegatives;
            const qint64 negativeHalf =
                2 * (classes[g].positives - positivesBelow[g] - tiedPositives[g]) + tiedPositives[g];
            AucSums& s = sums[g];
            s.sumPositive += Int128(positiveHalf) * tiedPositives[g];
            s.sumSqPositive += Int128(positiveHalf) * positiveHalf * tiedPositives[g];
            s.sumNegative += Int128(negativeHalf) * tiedNegatives;
            s.sumSqNegative += Int128(negativeHalf) * negativeHalf * tiedNegatives;
            positivesBelow[g] += tiedPositives[g];
            negativesBelow[g] += tiedNegatives;
            tiedPositives[g] = 0;
            tiedRows[g] = 0;
        }
        touched.clear();
        i = j;
    }
}

template<bool Grouped, typename G>
std::vector<AucSums> walk(const std::vector<ScoredRow>& sorted, const G* groupOf, std::vector<AucSums> classes,
                          quint32* halves, int threads, const quint32* partner)
{
    const size_t groups = classes.size();
    // Split into parts at ties' edges; each part starts from the counts below it.
    const int workers = sorted.size() < (size_t(1) << 16) ? 1 : workerCount(threads);
    std::vector<size_t> bounds {0};
    for (int t = 1; t < workers; ++t) {
        size_t p = std::max(bounds.back(), sorted.size() * size_t(t) / size_t(workers));
        while (p > bounds.back() && p < sorted.size() && sorted[p].key == sorted[p - 1].key) {
            ++p;
        }
        bounds.push_back(p);
    }
    bounds.push_back(sorted.size());
    const size_t parts = bounds.size() - 1;
    // Each part's positives and rows per group (the last part's are not needed: no part starts above it).
    std::vector<qint64> partPositives(parts * groups, 0);
    std::vector<qint64> partRows(parts * groups, 0);
    runParallel(int(parts), [&](int part) {
        const size_t t = size_t(part);
        if (t + 1 == parts) {
            return;
        }
        for (size_t i = bounds[t]; i < bounds[t + 1]; ++i) {
            size_t g = 0;
            if constexpr (Grouped) {
                g = groupOf[rowOf(sorted[i])];
            }
            partPositives[t * groups + g] += isPositiveRow(sorted[i]) ? 1 : 0;
            partRows[t * groups + g] += 1;
        }
    });
    std::vector<std::vector<AucSums>> partSums(parts, std::vector<AucSums>(groups));
    runParallel(int(parts), [&](int part) {
        const size_t t = size_t(part);
        std::vector<qint64> positivesBelow(groups, 0);
        std::vector<qint64> negativesBelow(groups, 0);
        for (size_t k = 0; k < t; ++k) {
            for (size_t g = 0; g < groups; ++g) {
                positivesBelow[g] += partPositives[k * groups + g];
                negativesBelow[g] += partRows[k * groups + g] - partPositives[k * groups + g];
            }
        }
        walkPart<Grouped>(sorted.data(), bounds[t], bounds[t + 1], groupOf, classes, std::move(positivesBelow),
                          std::move(negativesBelow), halves, partner, partSums[t]);
    });
    for (size_t g = 0; g < groups; ++g) {
        AucSums& total = classes[g];
        for (const std::vector<AucSums>& part : partSums) {
            total.sumPositive += part[g].sumPositive;
            total.sumSqPositive += part[g].sumSqPositive;
            total.sumNegative += part[g].sumNegative;
            total.sumSqNegative += part[g].sumSqNegative;
            total.crossPositive += part[g].crossPositive;
            total.crossNegative += part[g].crossNegative;
        }
    }
    return classes;
}
} // namespace

AucSums walkSortedRows(const std::vector<ScoredRow>& sorted, qint64 positives, qint64 negatives, quint32* halves,
                       int threads, const quint32* partner)
{
    AucSums classes;
    classes.positives = positives;
    classes.negatives = negatives;
    return walk<false, quint8>(sorted, nullptr, {classes}, halves, threads, partner).front();
}

std::vector<AucSums> walkSortedGroups(const std::vector<ScoredRow>& sorted, const quint16* groupOf,
                                      std::vector<AucSums> classes, quint32* halves, int threads,
                                      const quint32* partner)
{
    return walk<true>(sorted, groupOf, std::move(classes), halves, threads, partner);
}

std::vector<AucSums> walkSortedGroups(const std::vector<ScoredRow>& sorted, const quint8* groupOf,
                                      std::vector<AucSums> classes, quint32* halves, int threads,
                                      const quint32* partner)
{
    return walk<true>(sorted, groupOf, std::move(classes), halves, threads, partner);
}

AucResult aucFromSums(const AucSums& sums, double alpha)
{
    AucResult r;
    r.sums = sums;
    const qint64 n1 = sums.positives;
    const qint64 n0 = sums.negatives;
    if (n1 == 0 || n0 == 0) {
        return r;
    }
    const double a = double(sums.sumPositive) / (2.0 * double(n1) * double(n0));
    r.auc.value = a;
    if (n1 < 2 || n0 < 2) {
        return r; // the DeLong variance needs two of each class
    }
    const long double variance =
        placementVariance(n1, sums.sumPositive, sums.sumSqPositive, 2.0L * (long double)(n0)) / (long double)(n1) +
        placementVariance(n0, sums.sumNegative, sums.sumSqNegative, 2.0L * (long double)(n1)) / (long double)(n0);
    r.variance = double(variance);
    const double half = normalQuantile(1.0 - alpha / 2.0) * std::sqrt(*r.variance);
    r.auc.low = std::clamp(a - half, 0.0, 1.0);
    r.auc.high = std::clamp(a + half, 0.0, 1.0);
    return r;
}

AucResult auc(const std::vector<double>& scores, const std::vector<int>& labels, double alpha,
              std::vector<quint32>* halfCounts)
{
    std::vector<ScoredRow> rows(scores.size());
    qint64 positives = 0;
    for (size_t i = 0; i < scores.size(); ++i) {
        const bool positive = labels[i] == 1;
        rows[i] = {orderKey(scores[i]), quint32(i) | (positive ? kPositiveBit : 0)};
        positives += positive ? 1 : 0;
    }
    sortScoredRows(rows, 1);
    if (halfCounts) {
        halfCounts->assign(scores.size(), 0);
    }
    const AucSums sums = walkSortedRows(rows, positives, qint64(scores.size()) - positives,
                                        halfCounts ? halfCounts->data() : nullptr, 1);
    return aucFromSums(sums, alpha);
}

PairedAuc delongPaired(const AucResult& reference, const AucResult& candidate, Int128 crossPositive,
                       Int128 crossNegative, double alpha)
{
    PairedAuc p;
    if (!reference.auc.value || !candidate.auc.value) {
        return p;
    }
    p.difference = *candidate.auc.value - *reference.auc.value;
    const qint64 n1 = reference.sums.positives;
    const qint64 n0 = reference.sums.negatives;
    if (n1 < 2 || n0 < 2) {
        return p;
    }
    // The variance of the difference of the placement values, class by class: with d = k_candidate - k_reference,
    // (n sum(d^2) - (sum d)^2) / (n (n - 1) scale^2), an exact integer numerator.
    const auto differenceVariance = [](qint64 n, Int128 sumR, Int128 sqR, Int128 sumC, Int128 sqC, Int128 cross,
                                       long double scale) {
        const Int128 sumD = sumC - sumR;
        const Int128 sqD = sqC + sqR - 2 * cross;
        const Int128 numerator = Int128(n) * sqD - sumD * sumD;
        return (long double)(numerator) / ((long double)(n) * (long double)(n - 1) * scale * scale);
    };
    const AucSums& r = reference.sums;
    const AucSums& c = candidate.sums;
    const long double variance = differenceVariance(n1, r.sumPositive, r.sumSqPositive, c.sumPositive, c.sumSqPositive,
                                                    crossPositive, 2.0L * (long double)(n0)) /
            (long double)(n1) +
        differenceVariance(n0, r.sumNegative, r.sumSqNegative, c.sumNegative, c.sumSqNegative, crossNegative,
                           2.0L * (long double)(n1)) /
            (long double)(n0);
    p.se = std::sqrt(std::max(0.0, double(variance)));
    const double half = normalQuantile(1.0 - alpha / 2.0) * *p.se;
    p.low = *p.difference - half;
    p.high = *p.difference + half;
    if (*p.se > 0) {
        p.z = *p.difference / *p.se;
        p.pValue = std::min(1.0, 2.0 * normalUpperTail(std::fabs(*p.z)));
    }
    return p;
}

PairedAuc delongPaired(const std::vector<double>& reference, const std::vector<double>& candidate,
                       const std::vector<int>& labels, double alpha)
{
    std::vector<quint32> halfR;
    std::vector<quint32> halfC;
    const AucResult r = auc(reference, labels, alpha, &halfR);
    const AucResult c = auc(candidate, labels, alpha, &halfC);
    Int128 cross[2] = {0, 0};
    for (size_t i = 0; i < labels.size(); ++i) {
        cross[labels[i] == 1 ? 0 : 1] += Int128(halfR[i]) * halfC[i];
    }
    return delongPaired(r, c, cross[0], cross[1], alpha);
}

McNemar mcnemar(qint64 bothCorrect, qint64 referenceOnly, qint64 candidateOnly, qint64 bothWrong)
{
    McNemar m {bothCorrect, referenceOnly, candidateOnly, bothWrong};
    const qint64 discordant = referenceOnly + candidateOnly;
    if (discordant == 0) {
        return m;
    }
    const double d = std::fabs(double(referenceOnly - candidateOnly)) - 1.0;
    m.statistic = d * d / double(discordant);
    m.pValue = boost::math::cdf(boost::math::complement(boost::math::chi_squared(1.0), m.statistic));
    const double tail = boost::math::cdf(boost::math::binomial(double(discordant), 0.5),
                                         double(std::min(referenceOnly, candidateOnly)));
    m.pExact = std::min(1.0, 2.0 * tail);
    return m;
}

Estimate newcombePairedDifference(const McNemar& t, double alpha)
{
    // Candidate correct / reference correct as Newcombe's two paired proportions: A both, B candidate only,
    // C reference only, D neither.
    const qint64 a = t.bothCorrect;
    const qint64 b = t.candidateOnly;
    const qint64 c = t.referenceOnly;
    const qint64 d = t.bothWrong;
    const qint64 n = a + b + c + d;
    if (n == 0) {
        return {};
    }
    const Estimate candidate = wilson(a + b, n, alpha);
    const Estimate reference = wilson(a + c, n, alpha);
    const double p1 = *candidate.value;
    const double p2 = *reference.value;
    const double l1 = *candidate.low;
    const double u1 = *candidate.high;
    const double l2 = *reference.low;
    const double u2 = *reference.high;
    const double marginals = double(a + b) * double(c + d) * double(a + c) * double(b + d);
    // Newcombe's phi carries a continuity correction: when AD > BC its numerator is max(AD - BC - n/2, 0). (Without
    // it his published examples, e.g. 18/12/2/18 -> 0.0562 to 0.3290, do not come out.)
    double numerator = double(a) * double(d) - double(b) * double(c);
    if (numerator > 0) {
        numerator = std::max(numerator - double(n) / 2.0, 0.0);
    }
    const double phi = marginals > 0 ? numerator / std::sqrt(marginals) : 0.0;
    const double theta = p1 - p2;
    const double delta =
        std::sqrt(std::max(0.0, (p1 - l1) * (p1 - l1) - 2.0 * phi * (p1 - l1) * (u2 - p2) + (u2 - p2) * (u2 - p2)));
    const double epsilon =
        std::sqrt(std::max(0.0, (u1 - p1) * (u1 - p1) - 2.0 * phi * (u1 - p1) * (p2 - l2) + (p2 - l2) * (p2 - l2)));
    return {theta, theta - delta, theta + epsilon};
}

NonInferiority nonInferiority(const Estimate& difference, double margin)
{
    NonInferiority d;
    d.margin = margin;
    d.nonInferior = difference.low.has_value() && *difference.low > -margin;
    d.superior = difference.low.has_value() && *difference.low > 0;
    return d;
}

Performance performanceFromCounts(const ThresholdCounts& k, const Estimate& aucEstimate, double alpha)
{
    Performance p;
    const qint64 n = k.tp + k.fp + k.tn + k.fn;
    p.tp = k.tp;
    p.fp = k.fp;
    p.tn = k.tn;
    p.fn = k.fn;
    p.sensitivity = wilson(k.tp, k.tp + k.fn, alpha);
    p.specificity = wilson(k.tn, k.tn + k.fp, alpha);
    p.ppv = wilson(k.tp, k.tp + k.fp, alpha);
    p.npv = wilson(k.tn, k.tn + k.fn, alpha);
    p.accuracy = wilson(k.tp + k.tn, n, alpha);
    if (n > 0) {
        p.brier = k.brierSum.value() / double(n);
    }
    p.auc = aucEstimate;
    return p;
}

Performance performance(const std::vector<double>& scores, const std::vector<int>& labels, double threshold,
                        double alpha, AucResult* aucOut)
{
    ThresholdCounts counts;
    for (size_t i = 0; i < scores.size(); ++i) {
        counts.add(scores[i], labels[i] == 1, threshold);
    }
    AucResult a = auc(scores, labels, alpha);
    const Performance p = performanceFromCounts(counts, a.auc, alpha);
    if (aucOut) {
        *aucOut = std::move(a);
    }
    return p;
}

} // namespace cs::stats
