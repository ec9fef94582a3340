#pragma once

#include "records/DatasetRecords.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace cs {

class Database;

/// What a drift run measures of the monitored version on a labelled production window (docs/drift.md).
struct WindowPerformanceRequest
{
    QString model;
    QString version; ///< the version whose scores the window holds
    std::optional<double> threshold; ///< none: the threshold the version was released at
    qint64 minimumPositives = 20; ///< a subgroup counts in the largest gaps from this many positives
    double alpha = 0.05;
};

namespace WindowPerformance {
/// The threshold `version` of `model` was released at: the candidate threshold of the plan of the latest change
/// request that implemented it, with that request's id. None when no request released it.
Result<std::optional<std::pair<QString, double>>> releaseThreshold(Database& db, const QString& model,
                                                                   const QString& version);

/// The version's performance on `window`, computed once here and frozen with the run: n, positives, negatives, the
/// threshold (and the request it came from), sensitivity, specificity, PPV, NPV and accuracy with Wilson intervals,
/// AUC with DeLong's, the Brier score and the confusion counts at the threshold (stats::performanceJson); per subgroup
/// column of the window, each group's metrics and the largest gap of each metric between the groups with at least
/// `minimumPositives` positives. A null value when no sample of the window has a label; a window labelled in part
/// is refused, naming the first sample without one. Errors name the window and the version.
Result<QJsonValue> compute(Database& db, const Dataset& window, const WindowPerformanceRequest& request);
} // namespace WindowPerformance

} // namespace cs
