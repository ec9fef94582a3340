#pragma once

#include <QList>
#include <QString>

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

/// Area under the ROC curve as the Mann-Whitney statistic (ties count one half), with DeLong's (1988) variance
/// computed from midranks in O(n log n). `scores` and `labels` (0/1) are aligned.
struct AucResult
{
    Estimate auc; ///< interval: normal approximation with the DeLong variance, clipped to [0, 1]
    std::optional<double> variance;
    std::vector<double> v10; ///< placement values of the positives (structural components)
    std::vector<double> v01; ///< placement values of the negatives
};
AucResult auc(const std::vector<double>& scores, const std::vector<int>& labels, double alpha);

/// DeLong's paired test of two AUCs on the same samples: candidate minus reference.
struct PairedAuc
{
    std::optional<double> difference;
    std::optional<double> se;
    std::optional<double> z;
    std::optional<double> pValue;
    std::optional<double> low;
    std::optional<double> high;
};
PairedAuc delongPaired(const AucResult& reference, const AucResult& candidate, double alpha);

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
};
Performance performance(const std::vector<double>& scores, const std::vector<int>& labels, double threshold,
                        double alpha, AucResult* aucOut = nullptr);

} // namespace cs::stats
