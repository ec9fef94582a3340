#pragma once

#include "importers/CsvReader.h"
#include "importers/PredictionFields.h"
#include "records/DatasetRecords.h"
#include "util/BoundedQueue.h"

#include <QList>

#include <atomic>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace cs {

/// The columns of a prediction file an import reads, found in its header.
struct PredictionColumns
{
    QString file;
    QStringList names;
    qsizetype id = -1;
    qsizetype label = -1; ///< -1 for a file without labels
    QList<qsizetype> scores;
    QList<qsizetype> groups;

    /// Reads the header of `csv` and finds the named columns. Refuses, naming the file: a column named twice, a
    /// column whose name says it holds direct identifiers, a named column that is not there, and one column mapped to
    /// two roles. `label` may be empty.
    static Result<PredictionColumns> read(CsvReader& csv, const QString& id, const QString& label,
                                          const QStringList& scores, const QStringList& groups);
};

/// A batch of checked rows of a prediction file: their text in one buffer, their scores in another.
struct PredictionRowBatch
{
    struct Span
    {
        quint32 offset = 0;
        quint32 size = 0;
    };
    struct Row
    {
        qint64 number = 0; ///< the 1-based data row
        qint64 line = 0; ///< the line of the file it starts on
        Span id;
        Span label; ///< the domain's own spelling; empty without labels
        quint8 labelCode = LabelCodes::kUnlabelled; ///< the label's index in the domain
        Span groups; ///< a canonical JSON array of the subgroup values
    };
    static constexpr size_t kRows = 8192;

    std::string text;
    std::vector<Row> rows;
    std::vector<double> scores; ///< rows x score columns

    std::string_view view(Span s) const { return std::string_view(text.data() + s.offset, s.size); }
    Span append(std::string_view v);
};

/// The "read and screen" step of a prediction import: a thread of its own parses the file after its header, screens
/// every field for direct identifiers, checks the sample ID, label, scores and subgroups by the PredictionFields
/// rules, and hands the rows over in batches. At most a few batches are in flight, so memory stays constant whatever
/// the file's length. The first bad field ends the reading with an error naming the file, row, line and column.
class PredictionRowReader
{
public:
    PredictionRowReader(CsvReader& csv, PredictionColumns columns, PredictionFields::LabelDomain labels);
    ~PredictionRowReader(); ///< stops the thread, if it still runs, and waits for it
    PredictionRowReader(const PredictionRowReader&) = delete;
    PredictionRowReader& operator=(const PredictionRowReader&) = delete;

    /// The next batch; nullptr after the last row; the reader's error for a bad row.
    Result<std::unique_ptr<PredictionRowBatch>> next();
    /// Bytes of the file read so far (for progress).
    qint64 bytesRead() const { return m_bytesRead.load(); }

private:
    void run();
    std::optional<Error> check(PredictionRowBatch& batch, std::string& groups);

    CsvReader& m_csv;
    PredictionColumns m_columns;
    PredictionFields::LabelDomain m_labels;
    BoundedQueue<std::unique_ptr<PredictionRowBatch>> m_queue {4};
    std::atomic<qint64> m_bytesRead {0};
    std::thread m_thread;
};

} // namespace cs
