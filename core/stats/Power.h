#pragma once

#include <QtGlobal>

namespace cs::stats {

/// The power of a validation plan to show non-inferiority when the candidate is truly as good as the baseline: the
/// chance that the lower bound of the two-sided (1 - alpha) interval of the paired difference (candidate minus
/// baseline) lies above -margin, by the normal approximation (a one-sided z test at alpha / 2):
///     power = Phi(margin / se - z(1 - alpha / 2)).
namespace Power {
/// A paired difference of proportions over `n` pairs (the positives for sensitivity, the negatives for specificity,
/// every sample for accuracy) when the versions truly agree on average and disagree on a share `discordance` of the
/// pairs: se = sqrt(discordance / n) (the variance of a paired difference with equal marginals).
double pairedProportion(qint64 n, double discordance, double margin, double alpha);
/// The discordance to assume when nothing is known of how the versions' errors are correlated: two versions with
/// the same rate p whose errors are independent disagree on 2 p (1 - p) of the pairs. Versions of one model
/// disagree less (their errors are positively correlated), so the power computed with it is a lower bound.
double independentDiscordance(double p);
/// Hanley and McNeil's (1982) variance of an AUC estimate `auc` with `positives` and `negatives`:
///     (A(1-A) + (P-1)(Q1 - A^2) + (N-1)(Q2 - A^2)) / (P N), Q1 = A / (2 - A), Q2 = 2 A^2 / (1 + A).
double hanleyMcNeilVariance(double auc, qint64 positives, qint64 negatives);
/// The paired difference of two AUCs equal to `auc` whose estimates correlate by `correlation`:
/// se = sqrt(2 var(A) (1 - correlation)). Correlation 0 gives a lower bound of the power.
double auc(double auc, qint64 positives, qint64 negatives, double correlation, double margin, double alpha);
} // namespace Power

} // namespace cs::stats
