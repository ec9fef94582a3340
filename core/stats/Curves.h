#pragma once

#include "Classification.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace cs::stats {

/// One point of the ROC curve: predicting positive iff score >= threshold gives this false and true positive rate.
struct RocPoint
{
    double threshold; ///< +infinity for the first point (nothing predicted positive)
    double fpr;
    double tpr;
};

/// Every point of the empirical ROC curve, one per distinct score from the highest down, after a first point
/// (0, 0) at +infinity: scikit-learn's roc_curve(drop_intermediate=False). Empty when a class is empty.
std::vector<RocPoint> rocCurve(const std::vector<double>& scores, const std::vector<int>& labels);

/// One bin of a calibration curve.
struct CalibrationBin
{
    double lower; ///< the bin's edges; scores at or below `upper` and above `lower` fall in it (the first bin also
    double upper; ///< takes everything below its upper edge, the last everything above its lower edge)
    qint64 count;
    double meanPredicted;
    double observed; ///< fraction of positives
};

/// Calibration curve on equal-width bins, as scikit-learn's calibration_curve(strategy="uniform") draws it (edges
/// linspace(0, 1 + 1e-8, bins + 1), empty bins left out), with the expected calibration error
/// ECE = sum over bins of count / n * |observed - meanPredicted|.
struct Calibration
{
    std::vector<CalibrationBin> bins;
    std::optional<double> ece;
};
Calibration calibration(const std::vector<double>& scores, const std::vector<int>& labels, int bins);

/// The same calibration curve gathered row by row on ten bins, with exact sums, so that the rows can be counted on
/// several threads (and in any order) and give the same numbers to the last bit.
struct CalibrationTally
{
    static constexpr int kBins = 10;
    qint64 count[kBins] = {};
    qint64 positives[kBins] = {};
    ExactSum predicted[kBins];
    void add(double score, bool positive);
    void add(const CalibrationTally& other);
    Calibration result() const;
};

/// The ROC curve of rows sorted by ascending score (sortScoredRows), thinned for a chart and for frozen evidence: the
/// first point (0, 0) at +infinity, then, from the highest score down, a point of the full curve wherever the false
/// or the true positives have grown by at least 1/`resolution` of their class since the last point kept, and always
/// the last point (1, 1). Every point is a point of rocCurve(). Empty when a class is empty.
std::vector<RocPoint> thinRocCurve(const std::vector<ScoredRow>& sorted, qint64 positives, qint64 negatives,
                                   int resolution = 200);

/// The largest difference of one metric between subgroups: which groups, and by how much.
struct SubgroupGap
{
    QString metric;
    QString highest;
    QString lowest;
    double gap = 0;
};

/// For each metric of `Performance` (AUC, sensitivity, specificity, PPV, NPV, accuracy, Brier), the two groups
/// furthest apart among those where the metric is defined. Metrics defined in fewer than two groups are left out.
std::vector<SubgroupGap> largestSubgroupGaps(const std::vector<std::pair<QString, Performance>>& groups);

/// A percentile bootstrap interval: `replicates` resamples of n rows with replacement, the statistic of each, and
/// the alpha/2 and 1 - alpha/2 quantiles (linear interpolation). Resample r draws from its own generator seeded by
/// (seed, r), so the result is the same whatever the number of threads.
struct BootstrapResult
{
    std::optional<double> low;
    std::optional<double> high;
    std::optional<double> standardError;
    std::vector<double> replicates; ///< the defined replicate values in replicate order
    qint64 undefined = 0; ///< resamples where the statistic was undefined (a class missing, say)
};
using ResampleStatistic = std::function<std::optional<double>(const std::vector<quint32>& rows)>;
BootstrapResult bootstrap(quint32 n, const ResampleStatistic& statistic, int replicates, quint64 seed, double alpha,
                          int threads = 0);

} // namespace cs::stats
