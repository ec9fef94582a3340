#pragma once

#include "registry/StoredComparison.h"
#include "util/Result.h"

#include <QString>

namespace cs {

class Database;
class Workspace;

/// The statistics of stored predictions for the window and the command line (StoredComparison, read-only). Reading
/// needs no account.
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
