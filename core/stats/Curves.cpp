#include "Curves.h"

#include "Drift.h"
#include "util/Parallel.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <thread>

namespace cs::stats {

std::vector<RocPoint> rocCurve(const std::vector<double>& scores, const std::vector<int>& labels)
{
    const qint64 positives = std::count(labels.begin(), labels.end(), 1);
    const qint64 negatives = qint64(labels.size()) - positives;
    if (positives == 0 || negatives == 0) {
        return {};
    }
    std::vector<size_t> order(scores.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return scores[a] > scores[b]; });
    std::vector<RocPoint> points {{std::numeric_limits<double>::infinity(), 0.0, 0.0}};
    qint64 tp = 0;
    qint64 fp = 0;
    for (size_t i = 0; i < order.size();) {
        const double threshold = scores[order[i]];
        for (; i < order.size() && scores[order[i]] == threshold; ++i) {
            (labels[order[i]] == 1 ? tp : fp) += 1;
        }
        points.push_back({threshold, double(fp) / double(negatives), double(tp) / double(positives)});
    }
    return points;
}

Calibration calibration(const std::vector<double>& scores, const std::vector<int>& labels, int bins)
{
    Calibration c;
    if (scores.empty() || bins < 1) {
        return c;
    }
    const double step = (1.0 + 1e-8) / double(bins);
    std::vector<double> inner;
    for (int i = 1; i < bins; ++i) {
        inner.push_back(double(i) * step);
    }
    std::vector<double> sumPredicted(size_t(bins), 0.0);
    std::vector<double> sumObserved(size_t(bins), 0.0);
    std::vector<qint64> count(size_t(bins), 0);
    for (size_t i = 0; i < scores.size(); ++i) {
        // the number of inner edges below the score (numpy.searchsorted, side "left")
        const size_t b = size_t(std::lower_bound(inner.begin(), inner.end(), scores[i]) - inner.begin());
        sumPredicted[b] += scores[i];
        sumObserved[b] += double(labels[i]);
        ++count[b];
    }
    double ece = 0;
    for (int b = 0; b < bins; ++b) {
        if (count[size_t(b)] == 0) {
            continue;
        }
        const double n = double(count[size_t(b)]);
        CalibrationBin bin {b == 0 ? 0.0 : double(b) * step, b == bins - 1 ? 1.0 + 1e-8 : double(b + 1) * step,
                            count[size_t(b)], sumPredicted[size_t(b)] / n, sumObserved[size_t(b)] / n};
        ece += n / double(scores.size()) * std::fabs(bin.observed - bin.meanPredicted);
        c.bins.push_back(bin);
    }
    c.ece = ece;
    return c;
}

namespace {
/// The bin of a score: the number of inner edges (k x (1 + 1e-8) / bins) below it, as numpy.searchsorted does.
int binOf(double score, int bins)
{
    const double step = (1.0 + 1e-8) / double(bins);
    int b = 0;
    while (b < bins - 1 && double(b + 1) * step < score) {
        ++b;
    }
    return b;
}
} // namespace

void CalibrationTally::add(double score, bool positive)
{
    const int b = binOf(score, kBins);
    ++count[b];
    positives[b] += positive ? 1 : 0;
    predicted[b].add(score);
}

void CalibrationTally::add(const CalibrationTally& other)
{
    for (int b = 0; b < kBins; ++b) {
        count[b] += other.count[b];
        positives[b] += other.positives[b];
        predicted[b].add(other.predicted[b]);
    }
}

Calibration CalibrationTally::result() const
{
    Calibration c;
    const double step = (1.0 + 1e-8) / double(kBins);
    qint64 total = 0;
    for (qint64 n : count) {
        total += n;
    }
    if (total == 0) {
        return c;
    }
    double ece = 0;
    for (int b = 0; b < kBins; ++b) {
        if (count[b] == 0) {
            continue;
        }
        const double n = double(count[b]);
        const CalibrationBin bin {double(b) * step, b == kBins - 1 ? 1.0 + 1e-8 : double(b + 1) * step, count[b],
                                  predicted[b].value() / n, double(positives[b]) / n};
        ece += n / double(total) * std::fabs(bin.observed - bin.meanPredicted);
        c.bins.push_back(bin);
    }
    c.ece = ece;
    return c;
}

std::vector<RocPoint> thinRocCurve(const std::vector<ScoredRow>& sorted, qint64 positives, qint64 negatives,
                                   int resolution)
{
    if (positives == 0 || negatives == 0) {
        return {};
    }
    std::vector<RocPoint> points {{std::numeric_limits<double>::infinity(), 0.0, 0.0}};
    qint64 tp = 0;
    qint64 fp = 0;
    qint64 keptTp = 0;
    qint64 keptFp = 0;
    for (size_t i = sorted.size(); i > 0;) {
        const quint64 key = sorted[i - 1].key;
        for (; i > 0 && sorted[i - 1].key == key; --i) {
            (isPositiveRow(sorted[i - 1]) ? tp : fp) += 1;
        }
        const bool last = i == 0;
        if (last || (fp - keptFp) * resolution >= negatives || (tp - keptTp) * resolution >= positives) {
            points.push_back({scoreOfKey(key), double(fp) / double(negatives), double(tp) / double(positives)});
            keptTp = tp;
            keptFp = fp;
        }
    }
    return points;
}

std::vector<SubgroupGap> largestSubgroupGaps(const std::vector<std::pair<QString, Performance>>& groups)
{
    const std::pair<const char*, std::optional<double> (*)(const Performance&)> metrics[] = {
        {"auc",
         [](const Performance& p) {
             return p.auc.value;
         }},
        {"sensitivity",
         [](const Performance& p) {
             return p.sensitivity.value;
         }},
        {"specificity",
         [](const Performance& p) {
             return p.specificity.value;
         }},
        {"ppv",
         [](const Performance& p) {
             return p.ppv.value;
         }},
        {"npv",
         [](const Performance& p) {
             return p.npv.value;
         }},
        {"accuracy",
         [](const Performance& p) {
             return p.accuracy.value;
         }},
        {"brier",
         [](const Performance& p) {
             return p.brier;
         }},
    };
    std::vector<SubgroupGap> gaps;
    for (const auto& [name, get] : metrics) {
        const std::pair<QString, Performance>* high = nullptr;
        const std::pair<QString, Performance>* low = nullptr;
        int defined = 0;
        for (const auto& g : groups) {
            const auto v = get(g.second);
            if (!v || std::isnan(*v)) {
                continue;
            }
            ++defined;
            if (!high || *v > *get(high->second)) {
                high = &g;
            }
            if (!low || *v < *get(low->second)) {
                low = &g;
            }
        }
        if (defined >= 2) {
            gaps.push_back({QLatin1String(name), high->first, low->first, *get(high->second) - *get(low->second)});
        }
    }
    return gaps;
}

namespace {
__extension__ using Wide = unsigned __int128;

/// SplitMix64 (Steele, Lea and Flood 2014): turns (seed, replicate) into a well-mixed 64-bit generator seed.
quint64 splitMix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}
} // namespace

BootstrapResult bootstrap(quint32 n, const ResampleStatistic& statistic, int replicates, quint64 seed, double alpha,
                          int threads)
{
    BootstrapResult r;
    if (n == 0 || replicates <= 0) {
        return r;
    }
    std::vector<std::optional<double>> values(static_cast<size_t>(replicates));
    std::atomic<int> next {0};
    runParallel(std::min(replicates, workerCount(threads)), [&](int) {
        std::vector<quint32> rows(n);
        for (int k = next++; k < replicates; k = next++) {
            std::mt19937_64 engine(splitMix(seed ^ splitMix(quint64(k))));
            for (quint32& row : rows) {
                // Lemire's multiply-shift: the high word of the 64 x 32 bit product, uniform on [0, n) to n / 2^64.
                row = quint32((Wide(engine()) * n) >> 64);
            }
            values[size_t(k)] = statistic(rows);
        }
    });
    for (const auto& v : values) {
        if (v && std::isfinite(*v)) {
            r.replicates.push_back(*v);
        } else {
            ++r.undefined;
        }
    }
    if (r.replicates.size() < 2) {
        return r;
    }
    std::vector<double> sorted = r.replicates;
    std::sort(sorted.begin(), sorted.end());
    r.low = quantileLinear(sorted, alpha / 2.0);
    r.high = quantileLinear(sorted, 1.0 - alpha / 2.0);
    r.standardError = standardDeviation(sorted, 1);
    return r;
}

} // namespace cs::stats
