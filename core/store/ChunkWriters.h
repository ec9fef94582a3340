#pragma once

#include "crypto/Sha256.h"
#include "store/BulkStatement.h"
#include "store/CoreInternal.h"
#include "store/WriteAccess.h"
#include "util/TextHash.h"

#include <memory>
#include <string_view>
#include <vector>

namespace cs {

/// Columns of doubles an import writes in row order, one column a record (a prediction set's scores, a feature's
/// values): packed into chunks of DatasetTable::kChunkRows little-endian doubles, each chunk hashed (the record's
/// content SHA-256) and, for a record not stored yet, written. NaN is a missing value.
class ValueChunks
{
public:
    /// Where the chunks go: prediction_chunk (set_id, first_row, scores) or feature_chunk (feature_id, first_row,
    /// vals).
    enum class Table
    {
        Scores,
        Features,
    };
    struct Set
    {
        qint64 id = 0;
        bool write = true; ///< false for a set already stored: only its digest is computed, to compare
    };
    static Result<std::unique_ptr<ValueChunks>> open(Database& db, const WriteAccess& write, Table table,
                                                     std::vector<Set> sets);

    /// The next row's values, one a column (NaN for a row the file has no value for).
    Status put(const double* values);
    /// Writes the last, partial chunks.
    Status flush();
    Result<QString> digest(size_t set);
    /// Rows with a value (not NaN), of column `set`.
    qint64 present(size_t set) const { return m_columns[set]->present; }

private:
    struct Column
    {
        Set set;
        std::vector<double> buffer;
        qint64 firstRow = 0;
        qint64 present = 0;
        Sha256 hash;
    };
    explicit ValueChunks(BulkStatement insert);
    Status flushColumn(Column& c);
    BulkStatement m_insert;
    std::vector<std::unique_ptr<Column>> m_columns;
};

/// The labels of a dataset's new samples, one byte a row in row order (LabelCodes), packed into chunks of
/// DatasetTable::kChunkRows bytes beside the score chunks.
class LabelChunks
{
public:
    /// Chunks for the rows from `firstRow` on (the dataset's sample count before the import).
    static Result<std::unique_ptr<LabelChunks>> open(Database& db, const WriteAccess& write, qint64 datasetId,
                                                     qint64 firstRow);
    /// The next row's code.
    Status put(quint8 code);
    /// Writes the last, partial chunk.
    Status flush();

    /// Schema 6: the chunks of every dataset a workspace already holds, from its samples.
    static Status fillFromSamples(Database& db, const WriteAccess& write);

private:
    LabelChunks(BulkStatement insert, qint64 datasetId, qint64 firstRow);
    BulkStatement m_insert;
    qint64 m_datasetId;
    qint64 m_firstRow;
    std::vector<quint8> m_buffer;
};

/// The subgroup values of a dataset's new samples (GroupCodes), packed into chunks of DatasetTable::kChunkRows rows
/// beside the label chunks: each chunk the distinct groups_json texts of its rows and each row's index among them.
class GroupChunks
{
public:
    /// Chunks for the rows from `firstRow` on (the dataset's sample count before the import).
    static Result<std::unique_ptr<GroupChunks>> open(Database& db, const WriteAccess& write, qint64 datasetId,
                                                     qint64 firstRow);
    /// The next row's groups_json text, as stored in dataset_sample.
    Status put(std::string_view groupsJson);
    /// The next row, which no sample has.
    Status putNone();
    /// Writes the last, partial chunk.
    Status flush();

    /// Schema 12: the chunks of every dataset a workspace already holds, from its samples.
    static Status fillFromSamples(Database& db, const WriteAccess& write);

private:
    GroupChunks(BulkStatement insert, qint64 datasetId, qint64 firstRow);
    Status putCode(quint16 code);
    BulkStatement m_insert;
    qint64 m_datasetId;
    qint64 m_firstRow;
    std::vector<quint8> m_codes; ///< two bytes a row, little-endian
    QByteArray m_texts; ///< the chunk's distinct texts, GroupCodes::kSeparator between them
    TextMap<quint16> m_indexOf; ///< the chunk's texts
};

} // namespace cs
