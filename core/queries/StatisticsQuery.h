#pragma once

#include "stats/Comparison.h"
#include "util/Result.h"

#include <QString>

namespace cs {

class Database;
class Workspace;

/// Which stored predictions to compare: two versions of one model on one dataset of the workspace.
struct StoredComparisonRequest
{
    QString dataset;
    QString model; ///< empty: the one model whose versions have predictions on the dataset
    QString reference; ///< version label
    QString candidate; ///< version label
    QString group; ///< a subgroup column of the dataset; empty: no subgroups
    double thresholds[2] = {0.5, 0.5};
};

/// Builds the statistics engine's input straight from the samples and prediction sets stored in a workspace, with
/// no CSV round trip, so `stats compare WORKSPACE --dataset` and the window compute on exactly the frozen evidence.
/// Reading needs no account.
class StatisticsQuery
{
public:
    explicit StatisticsQuery(Workspace& workspace);

    /// The comparison of `request`, in the dataset's row order. Errors name the dataset, the model, the version and,
    /// for a sample that cannot be compared (a label that is not 0/1, a score the version lacks), the sample.
    Result<stats::ComparisonData> comparison(const StoredComparisonRequest& request);

private:
    Database& m_db;
};

} // namespace cs
