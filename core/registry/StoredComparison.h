#pragma once

#include "stats/Comparison.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace cs {

class Database;

/// Which stored predictions to compare: two versions of one model on one dataset of the workspace.
struct StoredComparisonRequest
{
    QString dataset;
    QString model; ///< empty: the one model whose versions have predictions on the dataset
    QString reference; ///< version label
    QString candidate; ///< version label
    QStringList groups; ///< subgroup columns of the dataset, each read into a grouping; empty: no subgroups
    double thresholds[2] = {0.5, 0.5};
    /// false: the rows are left uncounted (ComparisonData::counted), for compareReport with subgroups, whose
    /// GroupSplit counts every group and the whole in one pass.
    bool count = true;
};

/// The statistics engine's input straight from the samples and prediction sets stored in a workspace, with no CSV
/// round trip: what `stats compare WORKSPACE --dataset`, the window and a change request's evaluation compute on.
namespace StoredComparison {
/// The comparison of `request`, in the dataset's row order. Errors name the dataset, the model, the version and,
/// for a sample that cannot be compared (a label that is not 0/1, a score the version lacks), the sample.
Result<stats::ComparisonData> load(Database& db, const StoredComparisonRequest& request);
} // namespace StoredComparison

} // namespace cs
