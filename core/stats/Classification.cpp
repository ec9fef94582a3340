#include "Classification.h"

#include <algorithm>
#include <boost/math/distributions/beta.hpp>
#include <boost/math/distributions/binomial.hpp>
#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/normal.hpp>
#include <cmath>
#include <numeric>

namespace cs::stats {

namespace {
/// Midranks (1-based, ties share their average rank) of `values`.
std::vector<double> midranks(const std::vector<double>& values)
{
    const size_t n = values.size();
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return values[a] < values[b]; });
    std::vector<double> ranks(n);
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j + 1 < n && values[order[j + 1]] == values[order[i]]) {
            ++j;
        }
        const double rank = 0.5 * double(i + j) + 1.0;
        for (size_t k = i; k <= j; ++k) {
            ranks[order[k]] = rank;
        }
        i = j + 1;
    }
    return ranks;
}

double mean(const std::vector<double>& v)
{
    return std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
}

/// Sample covariance (n - 1) of two aligned vectors around their means.
double covariance(const std::vector<double>& a, double ma, const std::vector<double>& b, double mb)
{
    double s = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        s += (a[i] - ma) * (b[i] - mb);
    }
    return s / double(a.size() - 1);
}
} // namespace

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

AucResult auc(const std::vector<double>& scores, const std::vector<int>& labels, double alpha)
{
    AucResult r;
    std::vector<double> positives;
    std::vector<double> negatives;
    for (size_t i = 0; i < scores.size(); ++i) {
        (labels[i] == 1 ? positives : negatives).push_back(scores[i]);
    }
    const size_t n1 = positives.size();
    const size_t n0 = negatives.size();
    if (n1 == 0 || n0 == 0) {
        return r;
    }
    std::vector<double> all = positives;
    all.insert(all.end(), negatives.begin(), negatives.end());
    const std::vector<double> rz = midranks(all);
    const std::vector<double> rx = midranks(positives);
    const std::vector<double> ry = midranks(negatives);
    r.v10.resize(n1);
    r.v01.resize(n0);
    for (size_t i = 0; i < n1; ++i) {
        r.v10[i] = (rz[i] - rx[i]) / double(n0);
    }
    for (size_t j = 0; j < n0; ++j) {
        r.v01[j] = 1.0 - (rz[n1 + j] - ry[j]) / double(n1);
    }
    const double a = mean(r.v10);
    r.auc.value = a;
    if (n1 < 2 || n0 < 2) {
        return r; // the DeLong variance needs two of each class
    }
    const double variance = covariance(r.v10, a, r.v10, a) / double(n1) + covariance(r.v01, a, r.v01, a) / double(n0);
    r.variance = variance;
    const double half = normalQuantile(1.0 - alpha / 2.0) * std::sqrt(variance);
    r.auc.low = std::clamp(a - half, 0.0, 1.0);
    r.auc.high = std::clamp(a + half, 0.0, 1.0);
    return r;
}

PairedAuc delongPaired(const AucResult& reference, const AucResult& candidate, double alpha)
{
    PairedAuc p;
    if (!reference.auc.value || !candidate.auc.value) {
        return p;
    }
    p.difference = *candidate.auc.value - *reference.auc.value;
    const size_t n1 = reference.v10.size();
    const size_t n0 = reference.v01.size();
    if (n1 < 2 || n0 < 2 || candidate.v10.size() != n1 || candidate.v01.size() != n0) {
        return p;
    }
    const double ar = *reference.auc.value;
    const double ac = *candidate.auc.value;
    const double s10 = covariance(reference.v10, ar, reference.v10, ar) +
        covariance(candidate.v10, ac, candidate.v10, ac) - 2.0 * covariance(reference.v10, ar, candidate.v10, ac);
    const double s01 = covariance(reference.v01, ar, reference.v01, ar) +
        covariance(candidate.v01, ac, candidate.v01, ac) - 2.0 * covariance(reference.v01, ar, candidate.v01, ac);
    const double variance = std::max(0.0, s10 / double(n1) + s01 / double(n0));
    p.se = std::sqrt(variance);
    const double half = normalQuantile(1.0 - alpha / 2.0) * *p.se;
    p.low = *p.difference - half;
    p.high = *p.difference + half;
    if (*p.se > 0) {
        p.z = *p.difference / *p.se;
        p.pValue = std::min(1.0, 2.0 * normalUpperTail(std::fabs(*p.z)));
    }
    return p;
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
    const double phi = marginals > 0 ? (double(a) * double(d) - double(b) * double(c)) / std::sqrt(marginals) : 0.0;
    const double theta = p1 - p2;
    const double delta =
        std::sqrt(std::max(0.0, (p1 - l1) * (p1 - l1) - 2.0 * phi * (p1 - l1) * (u2 - p2) + (u2 - p2) * (u2 - p2)));
    const double epsilon =
        std::sqrt(std::max(0.0, (u1 - p1) * (u1 - p1) - 2.0 * phi * (u1 - p1) * (p2 - l2) + (p2 - l2) * (p2 - l2)));
    return {theta, theta - delta, theta + epsilon};
}

Performance performance(const std::vector<double>& scores, const std::vector<int>& labels, double threshold,
                        double alpha, AucResult* aucOut)
{
    Performance p;
    qint64 tp = 0;
    qint64 fp = 0;
    qint64 tn = 0;
    qint64 fn = 0;
    double brier = 0;
    for (size_t i = 0; i < scores.size(); ++i) {
        const bool predicted = scores[i] >= threshold;
        const bool actual = labels[i] == 1;
        tp += predicted && actual;
        fp += predicted && !actual;
        tn += !predicted && !actual;
        fn += !predicted && actual;
        const double e = scores[i] - double(labels[i]);
        brier += e * e;
    }
    p.sensitivity = wilson(tp, tp + fn, alpha);
    p.specificity = wilson(tn, tn + fp, alpha);
    p.ppv = wilson(tp, tp + fp, alpha);
    p.npv = wilson(tn, tn + fn, alpha);
    p.accuracy = wilson(tp + tn, qint64(scores.size()), alpha);
    if (!scores.empty()) {
        p.brier = brier / double(scores.size());
    }
    AucResult a = auc(scores, labels, alpha);
    p.auc = a.auc;
    if (aucOut) {
        *aucOut = std::move(a);
    }
    return p;
}

} // namespace cs::stats
