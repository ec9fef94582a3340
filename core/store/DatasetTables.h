#pragma once

#include "records/DatasetRecords.h"
#include "records/EvidenceAttachment.h"
#include "store/CoreInternal.h"
#include "store/Database.h"
#include "store/WriteAccess.h"

#include <QJsonObject>
#include <QList>

#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace cs {

/// dataset, dataset_file, dataset_sample, prediction_set, prediction_chunk and dataset_attachment: datasets and the
/// scores versions gave them. All append-only. Per-sample rows are written by ImportPredictionsCommand through
/// BulkStatement; this class reads them back and writes the few rows per import.
class DatasetTable
{
public:
    /// Scores are stored in chunks of this many samples.
    static constexpr qint64 kChunkRows = 4096;

    explicit DatasetTable(Database& db)
        : m_db(db)
    { }

    Status insertDataset(const WriteAccess& write, const Dataset& dataset); ///< with dataset.id chosen by nextId()
    Result<std::optional<Dataset>> dataset(const QString& name);
    Result<std::optional<Dataset>> datasetById(qint64 id);
    Result<QList<Dataset>> datasets();

    Status insertFile(const WriteAccess& write, const DatasetFile& file);
    Result<QList<DatasetFile>> files(qint64 datasetId);

    Status insertPredictionSet(const WriteAccess& write, const PredictionSet& set);
    Result<std::optional<PredictionSet>> predictionSet(qint64 versionId, qint64 datasetId);
    /// Prediction sets of a dataset (datasetId > 0) or of a version (versionId > 0).
    Result<QList<PredictionSet>> predictionSets(qint64 datasetId, qint64 versionId = 0);

    Result<QList<EvidenceAttachment>> attachments(qint64 datasetId);

    /// The next free id of `table` (inside the write transaction that will use it).
    Result<qint64> nextId(const QString& table);

    /// Calls `row` for every sample of a dataset (in sample-ID order) until it returns false.
    Status forEachSample(qint64 datasetId,
                         const std::function<bool(qint64 rowNo, std::string_view sampleId, std::optional<QString> label,
                                                  std::string_view groupsJson)>& row);
    /// Calls `row(rowNo, label, groupsJson)` for every sample of a dataset, in no particular order and without its
    /// sample ID: what the statistics read. `label` is null for a sample without one.
    Status forEachLabel(qint64 datasetId,
                        const std::function<void(qint64 rowNo, const char* label, std::string_view groupsJson)>& row);
    /// The scores of a prediction set by row number, `rows` long (NaN where the set has no score).
    Result<std::vector<double>> scores(qint64 setId, qint64 rows);
    /// Calls `chunk(firstRow, scores, count)` for each stored chunk of a prediction set, in row order, so that a reader
    /// need not hold the whole set; a damaged chunk (not whole doubles, or rows outside [0, rows)) is an error.
    Status forEachScoreChunk(qint64 setId, qint64 rows,
                             const std::function<Status(qint64 firstRow, const double* scores, qint64 count)>& chunk);

private:
    Database& m_db;
};

} // namespace cs
