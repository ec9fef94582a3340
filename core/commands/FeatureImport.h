#pragma once

#include "records/DriftRecords.h"
#include "store/CoreInternal.h"
#include "store/Database.h"
#include "store/WriteAccess.h"

#include <QList>

namespace cs {

/// The feature columns (drift monitoring) of a prediction file that creates a dataset, stored beside its scores, one
/// value a row in file order (docs/drift.md).
struct FeatureImport
{
    QString file;
    QString fileSha256; ///< the file as the import read it: a file changed since is refused
    qint64 datasetId = 0;
    qint64 fileId = 0;
    qint64 rows = 0; ///< the samples the file added, in file order
    QStringList features;
    QStringList reserved; ///< columns that cannot be features: the sample ID, the label, the scores

    /// Distinct texts a categorical feature may have.
    static constexpr qsizetype kMaxCategories = 1000;

    /// Reads the file twice (the types and categories, then the values), screens every categorical value for direct
    /// identifiers, and stores the features; errors name the file, row, line and column.
    Result<QList<DatasetFeature>> run(Database& db, const WriteAccess& write) const;
};

} // namespace cs
