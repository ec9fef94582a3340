#pragma once

#include "crypto/Sha256.h"
#include "store/BulkStatement.h"
#include "store/CoreInternal.h"
#include "store/WriteAccess.h"

#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

/// The bulk writes of a prediction import (ImportPredictionsCommand), with the SQL they need: new samples, the lookup
/// of a dataset's existing samples, scores staged by row number, and packed score chunks. Everything runs on the
/// command's connection inside its transaction, so a failed import leaves nothing behind.

/// Stores new samples of a dataset, arriving in any order. Samples that arrive in ascending ID order go straight into
/// the table, 64 to a statement (SQLite's per-statement cost dominates a row this small). Once one arrives out of
/// order, the rest are gathered in runs of bounded size, each sorted and appended to an anonymous temporary file by a
/// thread of its own while the next is gathered; finish() merges the runs on another thread and inserts the samples
/// in ID order as they come: inserting at random places in a large B-tree is many times slower, and the runs keep
/// memory constant whatever the file's length (two runs and one read buffer a run). A sample ID stored twice is
/// reported through `duplicate` with the row and line of its later occurrence.
class SampleWriter
{
public:
    struct Sample
    {
        std::string_view id;
        std::string_view label; ///< ignored when the dataset's samples have no labels
        std::string_view groups;
        qint64 rowNo = 0; ///< where the sample goes in the dataset
        qint64 fileRow = 0; ///< the data row of the file it came from, and that row's line, for errors
        qint64 line = 0;
    };
    using Duplicate = std::function<Error(std::string_view id, qint64 fileRow, qint64 line)>;

    /// Rows in a sorted run before it is written out, and the bytes of their text.
    static constexpr size_t kRunRows = 262144;
    static constexpr size_t kRunBytes = size_t(8) << 20;

    static Result<std::unique_ptr<SampleWriter>> open(Database& db, const WriteAccess& write, qint64 datasetId,
                                                      qint64 fileId, bool labelled, Duplicate duplicate);
    ~SampleWriter();
    SampleWriter(const SampleWriter&) = delete;
    SampleWriter& operator=(const SampleWriter&) = delete;

    /// Takes a sample (its text is copied).
    Status add(const Sample& sample);
    /// Stores every sample taken, in ID order; call once, at the end.
    Status finish();

private:
    class Inserter;
    class Runs;
    SampleWriter(std::unique_ptr<Inserter> inserter, std::unique_ptr<Runs> runs);

    std::unique_ptr<Inserter> m_inserter;
    std::unique_ptr<Runs> m_runs;
    bool m_ascending = true;
    bool m_first = true;
    std::string m_lastId;
};

/// Finds a dataset's stored samples by sample ID.
class SampleLookup
{
public:
    struct Found
    {
        qint64 rowNo = 0;
        std::optional<std::string> label;
    };
    static Result<SampleLookup> open(Database& db, qint64 datasetId);
    Result<std::optional<Found>> find(std::string_view sampleId);

private:
    SampleLookup(BulkStatement statement, qint64 datasetId);
    BulkStatement m_find;
    qint64 m_datasetId;
};

/// Scores of a file for an existing dataset, whose rows may come in any order: kept by row number in a temporary
/// table, then read back in row order. The table is dropped when the stage goes.
class ScoreStage
{
public:
    static Result<std::unique_ptr<ScoreStage>> open(Database& db, const WriteAccess& write, size_t width);
    ~ScoreStage();
    ScoreStage(const ScoreStage&) = delete;
    ScoreStage& operator=(const ScoreStage&) = delete;

    Status stage(qint64 rowNo, const double* scores);
    /// Calls row(rowNo, scores) for every staged row, in row order.
    Status forEachRow(const std::function<Status(qint64 rowNo, const double* scores)>& row);

private:
    ScoreStage(Database& db, BulkStatement insert, size_t width);
    Database& m_db;
    std::optional<BulkStatement> m_insert;
    size_t m_width;
};

} // namespace cs
