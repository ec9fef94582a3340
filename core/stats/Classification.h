#pragma once

#include "stats/ExactSum.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace cs::stats {

/// A point estimate with its interval; all three empty when undefined (a denominator of 0, an empty class).
struct Estimate
{
    std::optional<double> value;
    std::optional<double> low;
    std::optional<double> high;
};

/// Wilson score interval for successes / n at 1 - alpha (no continuity correction).
Estimate wilson(qint64 successes, qint64 n, double alpha);
/// Clopper-Pearson ("exact") interval for successes / n at 1 - alpha, from beta quantiles.
Estimate clopperPearson(qint64 successes, qint64 n, double alpha);

/// The standard normal quantile and upper-tail probability (Boost.Math).
double normalQuantile(double p);
double normalUpperTail(double z);

/// A score with the row it came from. `key` maps the double to an unsigned integer with the same order (and -0 to
/// +0), so that rows sort by score with an integer radix sort. Packed: 12 bytes a row.
#pragma pack(push, 4)
struct ScoredRow
{
    quint64 key;
    quint32 row;
};
#pragma pack(pop)
quint64 orderKey(double score);
double scoreOfKey(quint64 key);

/// Sorts rows by key in place: most-significant-digit radix sort, the top-level buckets shared by `threads`
/// threads (0: one per core).
void sortScoredRows(std::vector<ScoredRow>& rows, int threads = 0);

__extension__ using Int128 = __int128;

/// DeLong's structural components as exact integers ("half-counts"): for a positive, 2 x (negatives scored lower) +
/// (negatives tied), its placement value times 2 n0; for a negative, 2 x (positives scored higher) + (positives
/// tied), its placement value times 2 n1. AucSums keeps their sums and sums of squares per class.
struct AucSums
{
    qint64 positives = 0;
    qint64 negatives = 0;
    Int128 sumPositive = 0;
    Int128 sumSqPositive = 0;
    Int128 sumNegative = 0;
    Int128 sumSqNegative = 0;
    /// Walked with a partner (the other model's half-counts by row): the sums over positives, then negatives, of this
    /// model's half-count times the partner's, DeLong's cross sums.
    Int128 crossPositive = 0;
    Int128 crossNegative = 0;
};

/// The row field of a ScoredRow carries the class in its top bit.
constexpr quint32 kPositiveBit = quint32(1) << 31;
constexpr quint32 kMaxScoredRows = kPositiveBit - 1;
inline quint32 rowOf(const ScoredRow& r)
{
    return r.row & ~kPositiveBit;
}
inline bool isPositiveRow(const ScoredRow& r)
{
    return (r.row & kPositiveBit) != 0;
}

/// Walks rows sorted by score (split between threads at ties' edges) and returns the sums. The class of each row
/// is its kPositiveBit. With `halves`, each row's half-count is written at halves[row]. With `partner` (the other
/// model's half-counts by row, as written here), DeLong's cross sums are added up as well.
AucSums walkSortedRows(const std::vector<ScoredRow>& sorted, qint64 positives, qint64 negatives, quint32* halves,
                       int threads = 0, const quint32* partner = nullptr);
/// The same for every group at once, in one walk over the whole: row r belongs to group groupOf[r], and each
/// group's half-counts and sums are those of walking its rows alone (ties between its own rows count one half).
/// `classes` gives each group's positives and negatives; the sums come back filled in.
std::vector<AucSums> walkSortedGroups(const std::vector<ScoredRow>& sorted, const quint16* groupOf,
                                      std::vector<AucSums> classes, quint32* halves, int threads = 0,
                                      const quint32* partner = nullptr);
/// The same with at most 256 groups, one byte a row: faster, the lookups staying in cache.
std::vector<AucSums> walkSortedGroups(const std::vector<ScoredRow>& sorted, const quint8* groupOf,
                                      std::vector<AucSums> classes, quint32* halves, int threads = 0,
                                      const quint32* partner = nullptr);

/// Area under the ROC curve as the Mann-Whitney statistic (ties count one half), with DeLong's (1988) variance.
struct AucResult
{
    Estimate auc; ///< interval: normal approximation with the DeLong variance, clipped to [0, 1]
    std::optional<double> variance;
    AucSums sums;
};
AucResult aucFromSums(const AucSums& sums, double alpha);
/// `scores` and `labels` (0/1) are aligned. With `halfCounts`, each row's half-count is stored there (row order).
/// At most kMaxScoredRows rows.
AucResult auc(const std::vector<double>& scores, const std::vector<int>& labels, double alpha,
              std::vector<quint32>* halfCounts = nullptr);

/// DeLong's paired test of two AUCs on the same samples: candidate minus reference. `crossPositive` and
/// `crossNegative` are the sums over each class of the product of the two models' half-counts.
struct PairedAuc
{
    std::optional<double> difference;
    std::optional<double> se;
    std::optional<double> z;
    std::optional<double> pValue;
    std::optional<double> low;
    std::optional<double> high;
};
PairedAuc delongPaired(const AucResult& reference, const AucResult& candidate, Int128 crossPositive,
                       Int128 crossNegative, double alpha);
/// The same from two score vectors on one set of labels.
PairedAuc delongPaired(const std::vector<double>& reference, const std::vector<double>& candidate,
                       const std::vector<int>& labels, double alpha);

/// McNemar's test on the discordant pairs: b = only the reference correct, c = only the candidate correct.
struct McNemar
{
    qint64 bothCorrect = 0;
    qint64 referenceOnly = 0;
    qint64 candidateOnly = 0;
    qint64 bothWrong = 0;
    double statistic = 0; ///< (|b - c| - 1)^2 / (b + c); 0 when b + c = 0
    double pValue = 1; ///< chi-square (1 df) upper tail of the statistic; 1 when b + c = 0
    double pExact = 1; ///< two-sided exact binomial, min(1, 2 P(X <= min(b, c))), X ~ Bin(b + c, 1/2)
};
McNemar mcnemar(qint64 bothCorrect, qint64 referenceOnly, qint64 candidateOnly, qint64 bothWrong);

/// Newcombe's (1998) method 10: the hybrid score interval for the difference of two paired proportions, here the
/// candidate's accuracy minus the reference's, from the 2x2 table of McNemar.
Estimate newcombePairedDifference(const McNemar& table, double alpha);

/// The decision Newcombe's interval implies for the candidate: non-inferior iff its lower limit is above -margin,
/// superior iff it is above 0. Neither when the interval is undefined.
struct NonInferiority
{
    double margin = 0;
    bool nonInferior = false;
    bool superior = false;
};
NonInferiority nonInferiority(const Estimate& difference, double margin);

/// Sensitivity, specificity, PPV, NPV and accuracy at a threshold (predicted positive iff score >= threshold), each
/// with a Wilson interval; AUC with its DeLong interval; Brier score.
struct Performance
{
    Estimate auc;
    Estimate sensitivity;
    Estimate specificity;
    Estimate ppv;
    Estimate npv;
    Estimate accuracy;
    std::optional<double> brier;
    /// The confusion matrix at the threshold, the counts the rates above are made of.
    qint64 tp = 0;
    qint64 fp = 0;
    qint64 tn = 0;
    qint64 fn = 0;
};
Performance performance(const std::vector<double>& scores, const std::vector<int>& labels, double threshold,
                        double alpha, AucResult* aucOut = nullptr);

/// The threshold metrics of one model gathered row by row, so that a large file needs no second pass.
struct ThresholdCounts
{
    qint64 tp = 0;
    qint64 fp = 0;
    qint64 tn = 0;
    qint64 fn = 0;
    ExactSum brierSum; ///< exact, so the Brier score does not depend on the order rows were counted in
    void add(double score, bool positive, double threshold)
    {
        const bool predicted = score >= threshold;
        tp += predicted && positive;
        fp += predicted && !positive;
        tn += !predicted && !positive;
        fn += !predicted && positive;
        const double e = score - (positive ? 1.0 : 0.0);
        brierSum.add(e * e);
    }
};
/// Sensitivity, specificity, PPV, NPV and accuracy with Wilson intervals and the Brier score from the counts; the
/// AUC estimate is taken as given.
Performance performanceFromCounts(const ThresholdCounts& counts, const Estimate& auc, double alpha);

} // namespace cs::stats
