#pragma once

#include "store/CoreInternal.h"
#include "store/Database.h"

#include <QHash>
#include <QList>

#include <functional>
#include <string_view>

namespace cs {

/// Reads the evidence kept beside the audit trail the way verification needs it: whole tables keyed as the audit
/// events name their entities, and the samples and scores streamed in stored order so that their digests can be
/// recomputed without holding them.
class EvidenceReader
{
public:
    explicit EvidenceReader(Database& db)
        : m_db(db)
    { }

    /// Whether the workspace has `table` (one opened read-only at an older schema has fewer kinds of evidence).
    Result<bool> hasTable(const QString& table);
    /// Every version's evidence JSON as stored, by "model/label".
    Result<QHash<QString, QByteArray>> versionEvidence();

    struct FileOwner
    {
        qint64 fileId = 0;
        QString dataset;
        qint64 samplesAdded = 0; ///< as the file's row says
    };
    /// Every dataset file, in import order, with the name of its dataset.
    Result<QList<FileOwner>> datasetFiles();
    /// Calls `visit(sampleId, label, groupsJson)` for each sample file `fileId` added, in row order.
    Status forEachFileSample(qint64 fileId,
                             const std::function<void(std::string_view, std::string_view, std::string_view)>& visit);

    /// Every prediction set's id, by "model/label@dataset".
    Result<QHash<QString, qint64>> predictionSets();
    /// Calls `visit(scores)` for each stored chunk of a prediction set, in row order.
    Status forEachScoreChunk(qint64 setId, const std::function<void(std::string_view)>& visit);

private:
    Database& m_db;
};

} // namespace cs
