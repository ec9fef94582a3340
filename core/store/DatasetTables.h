#pragma once

#include "records/DatasetRecords.h"
#include "records/EvidenceAttachment.h"
#include "store/BulkStatement.h"
#include "store/CoreInternal.h"
#include "store/Database.h"
#include "store/WriteAccess.h"

#include <QJsonObject>
#include <QList>

#include <functional>
#include <limits>
#include <optional>
#include <string>
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
    /// The labels of a dataset's samples by row number as LabelCodes, `rows` long (kNoSample where no sample has the
    /// row number); a chunk outside [0, rows) is an error.
    Result<std::vector<quint8>> labelCodes(qint64 datasetId, qint64 rows);
    /// The same codes derived from the samples themselves (what the chunks must hold), or nullopt when a sample has
    /// a row number outside [0, sampleCount) or a label outside the domain; `bad` then names that sample's row.
    Result<std::optional<std::vector<quint8>>> labelCodesFromSamples(const Dataset& dataset, qint64* bad = nullptr);

    /// The subgroup values of a dataset's samples by row number: each row's index into `texts`, which holds each
    /// distinct groups_json text once.
    struct RowGroups
    {
        static constexpr quint32 kNone = std::numeric_limits<quint32>::max(); ///< no sample has the row number
        std::vector<quint32> textOf; ///< per row number
        std::vector<std::string> texts;
    };
    /// Calls `chunk(firstRow, texts, codes)` for each group chunk of a dataset in row order, until it returns false:
    /// `texts` the chunk's
    /// distinct groups_json texts, `codes` each row's index among them (GroupCodes::kNoSample for a row without a
    /// sample). A chunk outside [0, rows), with an odd length or an index beyond its texts is an error naming it.
    Status forEachGroupChunk(qint64 datasetId, qint64 rows,
                             const std::function<bool(qint64 firstRow, const std::vector<std::string_view>& texts,
                                                      const std::vector<quint16>& codes)>& chunk);
    /// Read from the group chunks (GroupCodes), `rows` long, the texts in order of first appearance by row; a chunk
    /// outside [0, rows) or with an index beyond its texts is an error naming the chunk.
    Result<RowGroups> groupCodes(qint64 datasetId, qint64 rows);
    /// The same from the samples themselves (what the chunks must hold), or nullopt when a sample has a row number
    /// outside [0, sampleCount); `bad` then names that sample's row.
    Result<std::optional<RowGroups>> groupsFromSamples(const Dataset& dataset, qint64* bad = nullptr);

private:
    Database& m_db;
};

/// A prediction set's scores in row order, one stored chunk at a time, so that a reader never holds a whole set and
/// can walk several sets side by side. Rows are asked for in increasing order:
///     if (row >= cursor.end()) { cursor.advanceTo(row); }  then  cursor.score(row)
class ScoreCursor
{
public:
    static Result<ScoreCursor> open(Database& db, qint64 setId, qint64 rows);

    /// Reads chunks until the current one ends after `row` (or none is left); a damaged chunk (not whole doubles,
    /// overlapping the one before, rows outside [0, rows)) is an error.
    Status advanceTo(qint64 row);
    /// The first row after the current chunk.
    qint64 end() const { return m_end; }
    /// The score of `row`, NaN when the set has none (a row before the current chunk, or after the last).
    double score(qint64 row) const
    {
        return row >= m_first && row < m_end ? m_values[size_t(row - m_first)]
                                             : std::numeric_limits<double>::quiet_NaN();
    }

private:
    ScoreCursor(Database& db, BulkStatement statement, qint64 setId, qint64 rows);
    Database* m_db;
    BulkStatement m_statement;
    qint64 m_setId;
    qint64 m_rows;
    qint64 m_first = 0;
    qint64 m_end = 0;
    std::vector<double> m_values;
};

} // namespace cs
