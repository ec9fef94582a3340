#pragma once

#include "Classification.h"
#include "Curves.h"
#include "util/Result.h"

#include <QString>

#include <limits>
#include <string_view>
#include <vector>

namespace cs::stats {

/// What `stats compare` reads: a prediction file with a 0/1 label and two models' scores.
struct ComparisonRequest
{
    QString file;
    QString label;
    QString reference;
    QString candidate;
    QString group; ///< empty: no subgroups
    double thresholds[2] = {0.5, 0.5};
    int threads = 0; ///< 0: one per core
};

/// The columns of one comparison as the engine needs them: 24 bytes a row (two scored rows, each carrying the
/// label in its kPositiveBit), the threshold metrics and McNemar's table already counted while reading.
/// One group column of a comparison: each row's group, as an index into the group values (two bytes a row).
struct Grouping
{
    static constexpr qsizetype kMaxGroups = 65535; ///< distinct values a group column may have
    std::vector<quint16> groupOf; ///< per row: an index into groupNames
    QStringList groupNames; ///< each group value once, in order of first appearance
};

struct ComparisonData
{
    qint64 positives = 0;
    std::vector<ScoredRow> reference; ///< in row order until compareModels sorts them
    std::vector<ScoredRow> candidate;
    ThresholdCounts referenceCounts;
    ThresholdCounts candidateCounts;
    qint64 cells[4] = {0, 0, 0, 0}; ///< both correct, reference only, candidate only, both wrong
    qint64 positiveCells[4] = {0, 0, 0, 0}; ///< the same among the positives (the rest are among the negatives)
    CalibrationTally calibration[2]; ///< reference, candidate
    std::vector<Grouping> groupings; ///< one per group column read (a file has one at most)
    bool sorted = false; ///< reference and candidate are each in score order already (compareModels skips sorting)
    /// The counts above hold every row: loadComparison counts while reading, countRows and GroupSplit count after
    /// appendScores. compareModels needs them.
    bool counted = false;
};

/// Reads the file. Without quotes and without a group column, the rows are split between threads (each parses its
/// own byte range into the preallocated arrays); otherwise one streaming RFC 4180 reader does it. Bad input is an
/// error naming the file and the 1-based data row and column.
Result<ComparisonData> loadComparison(const ComparisonRequest& request);

/// Appends one row, its class and both models' scores, without counting it: how a comparison is built from values
/// already read (the predictions stored in a workspace, the rows of a subgroup). countRows() then counts them all.
void appendScores(ComparisonData& data, bool positive, double reference, double candidate);

/// Counts every row of `data` (classes, both models at the thresholds, McNemar's table), replacing the counts it
/// had; the rows are split between threads and the counts added up (exactly: the Brier sums are exact).
void countRows(ComparisonData& data, const double thresholds[2], int threads = 0);

struct ComparisonResult;

/// The subgroups of a comparison (its groupings), compared without copying any group's rows: the constructor counts
/// every group of every grouping at the thresholds in one pass over the rows in row order (as loaded), sets the whole
/// comparison's counts from the first grouping's groups (so `data` need not be counted before), and sorts the
/// whole comparison's rows once (leaving them sorted); compare(k) then compares every group of grouping k at once,
/// walking the sorted whole once per model. A group's numbers are those of comparing its rows alone: ties are
/// grouped by score within the group everywhere they matter.
class GroupSplit
{
public:
    /// Every grouping of `data` at once: the rows are counted and sorted once for all of its group columns.
    GroupSplit(ComparisonData& data, const double thresholds[2], int threads = 0);
    /// Every group of grouping `column`, in the order of its groupNames; without ROC curves (a subgroup's evidence
    /// has none). Extra memory: 8 bytes a row of the whole.
    std::vector<ComparisonResult> compare(size_t column, double alpha) const;

private:
    const ComparisonData& m_data;
    int m_threads;
    std::vector<std::vector<ComparisonData>> m_counted; ///< per grouping and group: the counts alone (no rows)
};

struct ComparisonResult
{
    qint64 n = 0;
    qint64 positives = 0;
    Performance reference;
    Performance candidate;
    McNemar mcnemar;
    PairedAuc delong;
    Estimate accuracyDifference; ///< candidate minus reference, Newcombe's method 10
    McNemar mcnemarPositives; ///< McNemar's table and test on the positives: the paired sensitivities
    McNemar mcnemarNegatives; ///< and on the negatives: the paired specificities
    Estimate sensitivityDifference; ///< candidate minus reference, Newcombe's method 10 on the positives
    Estimate specificityDifference; ///< the same on the negatives
    Calibration calibration[2]; ///< reference, candidate: ten equal-width bins and the ECE
    std::vector<RocPoint> roc[2]; ///< reference, candidate: thinRocCurve()
};

/// Computes every statistic of the comparison. Sorts (unless sorted) and then frees the scored rows of `data`; peak
/// extra memory is 8 bytes a row.
ComparisonResult compareModels(ComparisonData& data, double alpha, int threads = 0);

} // namespace cs::stats
