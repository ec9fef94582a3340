#pragma once

#include "records/ChangeRequest.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace cs {

class Database;

/// A change request's validation evidence (docs/change-requests.md), computed by core from the samples and
/// prediction sets stored in the workspace, never typed in: per dataset of the locked plan, the comparison of the
/// candidate against the baseline (the same report as `stats compare`, at the plan's thresholds and alpha), the
/// report per value of each subgroup column, the digests of both prediction sets, and a verdict per margin.
namespace ChangeRequestEvidence {
/// The verdict of a paired difference (candidate minus baseline) with its interval against a non-inferiority
/// margin: "superior" (the interval lies above 0), "non-inferior" (above -margin), "inferior" (wholly below
/// -margin), else "inconclusive" (it straddles -margin); "not-evaluable" when there is no interval.
QString verdict(const QJsonValue& low, const QJsonValue& high, double margin);
/// One verdict of the evidence in words, as every view shows it: "Sensitivity: non-inferior to the baseline at a
/// 5-point margin: +2.7 points, 95% CI -1.3 to +6.7; McNemar p = 0.031". `metric` is sensitivity, specificity,
/// accuracy or auc; `verdict` the evidence's object for it; `alpha` the plan's; `comparator` "baseline" or "cleared"
/// (then "non-inferior to the originally cleared version").
QString sentence(const QString& metric, const QJsonObject& verdict, double alpha,
                 const QString& comparator = QStringLiteral("baseline"));
/// One finding of the evidence, as the window, `cr show` and the package list them.
struct Finding
{
    QString dataset; ///< the dataset's name
    QString role; ///< its role (validation, challenge)
    QString scope; ///< empty for the whole dataset, else "column = value" of a subgroup
    QString comparator; ///< "baseline" or "cleared" (the originally cleared version); empty for a first release
    QString metric; ///< sensitivity, specificity, accuracy or auc; empty for a first release's summary
    QString verdict; ///< superior, non-inferior, inconclusive, inferior, not-evaluable
    QString text; ///< the sentence
};
/// The findings of frozen `evidence` in order: per dataset, the verdict of each metric overall, then every subgroup
/// verdict that is inferior or inconclusive (a first release: one summary of the candidate per dataset); with an
/// originally cleared version, the same again against it.
QList<Finding> findings(const QJsonObject& evidence, double alpha);
/// What the plan of `content` can show before it is locked: for each dataset, n, positives and negatives and, with a
/// baseline, the power to show non-inferiority at each margin if the candidate were truly as good as the baseline
/// (stats::Power: the baseline's AUC on the dataset; the share of samples on which the two versions' classes differ
/// and the correlation of their scores, both blinded, computed without the labels). `underpowered` lists
/// "dataset: metric" where that power is below one half (a plan that would fail more often than not with two equal
/// versions). Nothing of the candidate's performance is computed.
Result<QJsonObject> planPower(Database& db, const ChangeRequestContent& content);
/// One dataset's entry of frozen evidence compared with `comparator`: the entry itself for "baseline", its
/// "against_cleared" (the same shape) for "cleared"; empty when the evidence has no such comparison.
QJsonObject datasetAgainst(const QJsonObject& dataset, const QString& comparator);
/// Its steps, one per dataset of the plan and version it is compared with: `step(done, total)` is called before the
/// first and after each; compute stops with its error (the person cancelled) when it fails.
using EvidenceSteps = std::function<Status(qint64 done, qint64 total)>;
/// Computes the evidence of `request`'s current revision, reporting each step.
Result<QJsonObject> compute(Database& db, const ChangeRequestRecord& request, const EvidenceSteps& step = {});
} // namespace ChangeRequestEvidence

} // namespace cs
