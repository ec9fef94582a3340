#pragma once

#include "Drift.h"
#include "util/Result.h"

#include <QStringList>

#include <vector>

namespace cs::stats {

/// What `stats drift` reads: two CSV windows with the same columns (in any order).
struct DriftRequest
{
    QString reference;
    QString current;
    QStringList columns; ///< empty: every column of the reference
    int bins = 10; ///< PSI bins on reference quantiles, 2 to 1000
    int threads = 0; ///< 0: one per core
};

/// Reads both windows (a thread each) and computes every column's drift, in the order of the reference's header,
/// with Holm's adjustment across the columns. Empty, NA, NaN and null in any case are missing; a column is numeric
/// iff every other value in both windows is a finite number. Bad input is an error naming the file, the 1-based row
/// or the column.
Result<std::vector<ColumnDrift>> driftFromFiles(const DriftRequest& request);

} // namespace cs::stats
