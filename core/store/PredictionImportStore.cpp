#include "PredictionImportStore.h"

#include "store/DatasetTables.h"
#include "store/PostgresDialect.h"
#include "util/BoundedQueue.h"

#include <QCoreApplication>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <thread>
#include <unistd.h>
#include <utility>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::PredictionImportStore)
};

constexpr int kGroup = 64;

const char* insertSql(int rows)
{
    static const std::string group = [] {
        std::string s = "INSERT INTO dataset_sample (dataset_id, sample_id, row_no, label, groups_json, file_id) "
                        "VALUES ";
        for (int i = 0; i < kGroup; ++i) {
            s += i == 0 ? "(?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?)";
        }
        return s;
    }();
    return rows == 1 ? "INSERT INTO dataset_sample (dataset_id, sample_id, row_no, label, groups_json, file_id) "
                       "VALUES (?, ?, ?, ?, ?, ?)"
                     : group.c_str();
}

Error tempFileError()
{
    return Error(ErrorCode::Io,
                 Tr::tr("the temporary file for sorting samples cannot be written: %1")
                     .arg(QString::fromLocal8Bit(std::strerror(errno))));
}
using Sample = SampleWriter::Sample;

/// A sample's sizes and numbers: how it is kept in memory beside its text, and how it is written to a run file
/// (this header, then the ID, label and groups).
struct SampleHeader
{
    quint32 idSize = 0;
    quint32 labelSize = 0;
    quint32 groupsSize = 0;
    quint32 reserved = 0;
    qint64 rowNo = 0;
    qint64 fileRow = 0;
    qint64 line = 0;
};

/// The sample whose header is `h` and whose text starts at `text`.
Sample sampleAt(const SampleHeader& h, const char* text)
{
    return {std::string_view(text, h.idSize),
            std::string_view(text + h.idSize, h.labelSize),
            std::string_view(text + h.idSize + h.labelSize, h.groupsSize),
            h.rowNo,
            h.fileRow,
            h.line};
}

/// Samples with their text copied into one buffer: the inserter's queue, a run being gathered, a merged batch.
struct SampleBuffer
{
    struct Entry
    {
        quint64 prefix = 0; ///< the ID's first 8 bytes, big-endian, when the buffer is to be sorted
        size_t offset = 0;
        SampleHeader h;
    };
    std::string text;
    std::vector<Entry> entries;

    void add(const Sample& s, quint64 prefix = 0)
    {
        entries.push_back(
            {prefix,
             text.size(),
             {quint32(s.id.size()), quint32(s.label.size()), quint32(s.groups.size()), 0, s.rowNo, s.fileRow, s.line}});
        text.append(s.id).append(s.label).append(s.groups);
    }
    Sample at(const Entry& e) const { return sampleAt(e.h, text.data() + e.offset); }
    void clear()
    {
        entries.clear();
        text.clear();
    }
};
} // namespace

// --- SampleWriter::Inserter: samples in ID order, 64 to a statement ------------------------------------------------

class SampleWriter::Inserter
{
public:
    Inserter(BulkStatement group, BulkStatement single, qint64 datasetId, qint64 fileId, bool labelled,
             Duplicate duplicate)
        : m_group(std::move(group))
        , m_single(std::move(single))
        , m_datasetId(datasetId)
        , m_fileId(fileId)
        , m_labelled(labelled)
        , m_duplicate(std::move(duplicate))
    {
        m_pending.entries.reserve(kGroup);
    }

    Status add(const Sample& s)
    {
        m_pending.add(s);
        return m_pending.entries.size() == size_t(kGroup) ? flush() : Status();
    }

    /// Stores what is queued. A group refused for a duplicate ID is stored again row by row to find the row.
    Status flush()
    {
        if (m_pending.entries.empty()) {
            return {};
        }
        if (m_pending.entries.size() == size_t(kGroup)) {
            for (int i = 0; i < kGroup; ++i) {
                bind(m_group, i * 6, m_pending.at(m_pending.entries[size_t(i)]));
            }
            auto r = m_group.step();
            m_group.reset();
            if (r) {
                m_pending.clear();
                return {};
            }
            if (!m_group.lastWasConstraint()) {
                return r.error();
            }
        }
        for (const SampleBuffer::Entry& e : m_pending.entries) {
            const Sample sample = m_pending.at(e);
            bind(m_single, 0, sample);
            auto r = m_single.step();
            m_single.reset();
            if (!r) {
                return m_single.lastWasConstraint() ? m_duplicate(sample.id, sample.fileRow, sample.line) : r.error();
            }
        }
        m_pending.clear();
        return {};
    }

private:
    void bind(BulkStatement& s, int base, const Sample& p)
    {
        s.bindInt(base + 1, m_datasetId);
        s.bindText(base + 2, p.id);
        s.bindInt(base + 3, p.rowNo);
        if (m_labelled) {
            s.bindText(base + 4, p.label);
        } else {
            s.bindNull(base + 4);
        }
        s.bindText(base + 5, p.groups);
        s.bindInt(base + 6, m_fileId);
    }

    BulkStatement m_group;
    BulkStatement m_single;
    qint64 m_datasetId;
    qint64 m_fileId;
    bool m_labelled;
    Duplicate m_duplicate;
    SampleBuffer m_pending;
};

// --- SampleWriter::Runs: samples out of order, in sorted runs, merged ---------------------------------------------

class SampleWriter::Runs
{
public:
    explicit Runs(Duplicate duplicate)
        : m_duplicate(std::move(duplicate))
        , m_current(std::make_unique<Buffer>())
    { }
    ~Runs()
    {
        if (m_spiller.joinable()) {
            m_spiller.join();
        }
        if (m_file) {
            std::fclose(m_file);
        }
    }
    Runs(const Runs&) = delete;
    Runs& operator=(const Runs&) = delete;

    Status add(const Sample& s)
    {
        SampleBuffer& b = *m_current;
        b.add(s, prefixOf(s.id));
        if (b.entries.size() >= kRunRows || b.text.size() >= kRunBytes) {
            return spill();
        }
        return {};
    }

    /// Calls sink for every sample taken, in ascending ID order; a sample ID taken twice is a duplicate. With runs in
    /// the file, a thread of its own merges them while this one stores what it hands over.
    Status merge(const std::function<Status(const Sample&)>& sink)
    {
        if (!m_spiller.joinable() && m_runs.empty()) { // (m_runs is the spilling thread's while it runs)
            sortEntries(*m_current);
            for (const Entry& e : m_current->entries) {
                if (auto s = checked(m_current->at(e), sink); !s) {
                    return s;
                }
            }
            return {};
        }
        if (auto s = spill(); !s) {
            return s;
        }
        if (auto s = waitForSpill(); !s) {
            return s;
        }
        BoundedQueue<std::unique_ptr<Merged>> queue(4);
        std::thread merger([&] { mergeRuns(queue); });
        struct Joiner
        {
            BoundedQueue<std::unique_ptr<Merged>>& queue;
            std::thread& thread;
            ~Joiner()
            {
                queue.cancel();
                thread.join();
            }
        } joiner {queue, merger};
        for (;;) {
            auto next = queue.pop();
            if (!next) {
                return next.error();
            }
            if (!next.value()) {
                return {};
            }
            const Merged& batch = *next.value();
            for (const Entry& e : batch.entries) {
                if (auto s = sink(batch.at(e)); !s) {
                    return s;
                }
            }
        }
    }

private:
    using Buffer = SampleBuffer;
    using Entry = SampleBuffer::Entry;
    using Merged = SampleBuffer; ///< a batch handed over by the merge
    struct Run
    {
        qint64 offset = 0;
        qint64 end = 0;
    };

    static quint64 prefixOf(std::string_view id)
    {
        quint64 p = 0;
        for (size_t i = 0; i < 8; ++i) {
            p = (p << 8) | (i < id.size() ? quint64(static_cast<unsigned char>(id[i])) : 0);
        }
        return p;
    }
    static bool less(quint64 prefixA, std::string_view a, quint64 prefixB, std::string_view b)
    {
        return prefixA != prefixB ? prefixA < prefixB : a < b; // string_view compares bytes as unsigned, as SQLite
    }
    static void sortEntries(Buffer& b)
    {
        std::sort(b.entries.begin(), b.entries.end(), [&](const Entry& x, const Entry& y) {
            return less(x.prefix, std::string_view(b.text.data() + x.offset, x.h.idSize), y.prefix,
                        std::string_view(b.text.data() + y.offset, y.h.idSize));
        });
    }

    /// Reads one run back, record by record, through a buffer of its own.
    struct Cursor
    {
        Cursor(int file, Run run)
            : fd(file)
            , offset(run.offset)
            , end(run.end)
        {
            buffer.resize(size_t(1) << 17);
        }
        Status advance()
        {
            SampleHeader h;
            if (!ensure(sizeof h)) {
                return io ? Status(tempFileError()) : Status();
            }
            std::memcpy(&h, buffer.data() + pos, sizeof h);
            const size_t size = sizeof h + h.idSize + h.labelSize + h.groupsSize;
            if (!ensure(size)) {
                return tempFileError(); // a record cut short
            }
            current = sampleAt(h, buffer.data() + pos + sizeof h);
            prefix = prefixOf(current.id);
            pos += size;
            return {};
        }
        /// Makes `size` bytes available at pos; false (valid = false) at the end of the run.
        bool ensure(size_t size)
        {
            if (len - pos >= size) {
                return true;
            }
            std::memmove(buffer.data(), buffer.data() + pos, len - pos);
            len -= pos;
            pos = 0;
            if (buffer.size() < size) {
                buffer.resize(size);
            }
            while (len < size && offset < end) {
                const size_t want = size_t(std::min<qint64>(qint64(buffer.size() - len), end - offset));
                const ssize_t got = ::pread(fd, buffer.data() + len, want, offset);
                if (got <= 0) {
                    io = true;
                    valid = false;
                    return false;
                }
                len += size_t(got);
                offset += got;
            }
            valid = len >= size;
            return valid;
        }

        int fd;
        qint64 offset;
        qint64 end;
        std::vector<char> buffer;
        size_t pos = 0;
        size_t len = 0;
        bool valid = true;
        bool io = false;
        quint64 prefix = 0;
        Sample current;
    };

    /// The merging thread: the runs' samples in ID order, in batches, ending with a null batch or an error.
    void mergeRuns(BoundedQueue<std::unique_ptr<Merged>>& queue)
    {
        std::vector<Cursor> cursors;
        cursors.reserve(m_runs.size());
        std::vector<size_t> heap;
        for (const Run& run : m_runs) {
            cursors.emplace_back(fileno(m_file), run);
            if (auto s = cursors.back().advance(); !s) {
                queue.fail(s.error());
                return;
            }
            if (cursors.back().valid) {
                heap.push_back(cursors.size() - 1);
            }
        }
        // A min-heap of the cursors by their current sample ID.
        auto after = [&](size_t a, size_t b) {
            return less(cursors[b].prefix, cursors[b].current.id, cursors[a].prefix, cursors[a].current.id);
        };
        std::make_heap(heap.begin(), heap.end(), after);
        auto batch = std::make_unique<Merged>();
        const auto take = [&](const Sample& s) -> Status {
            batch->add(s);
            return {};
        };
        while (!heap.empty()) {
            std::pop_heap(heap.begin(), heap.end(), after);
            Cursor& c = cursors[heap.back()];
            Status s = checked(c.current, take);
            if (s) {
                s = c.advance();
            }
            if (!s) {
                queue.fail(s.error());
                return;
            }
            if (c.valid) {
                std::push_heap(heap.begin(), heap.end(), after);
            } else {
                heap.pop_back();
            }
            if (batch->entries.size() == 4096 && !queue.push(std::exchange(batch, std::make_unique<Merged>()))) {
                return;
            }
        }
        if (!batch->entries.empty() && !queue.push(std::move(batch))) {
            return;
        }
        queue.push(nullptr);
    }

    Status checked(const Sample& s, const std::function<Status(const Sample&)>& sink)
    {
        if (m_hasPrevious && s.id == m_previousId) {
            // The later of the two occurrences is the one reported.
            const bool later = s.fileRow > m_previousRow;
            return m_duplicate(s.id, later ? s.fileRow : m_previousRow, later ? s.line : m_previousLine);
        }
        m_hasPrevious = true;
        m_previousId.assign(s.id);
        m_previousRow = s.fileRow;
        m_previousLine = s.line;
        return sink(s);
    }

    Status waitForSpill()
    {
        if (m_spiller.joinable()) {
            m_spiller.join();
        }
        return std::exchange(m_spillStatus, Status());
    }

    /// Hands the gathered samples to a thread that sorts them and appends them to the file as one run, while this
    /// one goes on gathering (at most two runs are in memory).
    Status spill()
    {
        if (auto s = waitForSpill(); !s) {
            return s;
        }
        if (m_current->entries.empty()) {
            return {};
        }
        if (!m_file) {
            m_file = std::tmpfile(); // unlinked at once: nothing stays behind, whatever happens
            if (!m_file) {
                return tempFileError();
            }
        }
        m_spilling = std::exchange(m_current, std::make_unique<Buffer>());
        m_current->text.reserve(m_spilling->text.capacity());
        m_current->entries.reserve(m_spilling->entries.capacity());
        m_spiller = std::thread([this] { m_spillStatus = writeRun(*m_spilling); });
        return {};
    }

    Status writeRun(Buffer& b)
    {
        sortEntries(b);
        Run run {m_written, m_written};
        std::string out;
        constexpr size_t kBlock = size_t(1) << 20;
        out.reserve(kBlock + sizeof(SampleHeader));
        auto write = [&] {
            const bool ok = std::fwrite(out.data(), 1, out.size(), m_file) == out.size();
            run.end += qint64(out.size());
            out.clear();
            return ok;
        };
        for (const Entry& e : b.entries) {
            out.append(reinterpret_cast<const char*>(&e.h), sizeof e.h);
            out.append(b.text, e.offset, size_t(e.h.idSize) + e.h.labelSize + e.h.groupsSize);
            if (out.size() >= kBlock && !write()) {
                return tempFileError();
            }
        }
        if (!write() || std::fflush(m_file) != 0) {
            return tempFileError();
        }
        m_written = run.end;
        m_runs.push_back(run);
        b.entries.clear();
        b.text.clear();
        return {};
    }

    Duplicate m_duplicate;
    std::unique_ptr<Buffer> m_current;
    std::unique_ptr<Buffer> m_spilling;
    std::thread m_spiller;
    Status m_spillStatus;
    std::FILE* m_file = nullptr;
    std::vector<Run> m_runs;
    qint64 m_written = 0;
    bool m_hasPrevious = false;
    std::string m_previousId;
    qint64 m_previousRow = 0;
    qint64 m_previousLine = 0;
};

// --- SampleWriter -------------------------------------------------------------------------------------------------

Result<std::unique_ptr<SampleWriter>> SampleWriter::open(Database& db, const WriteAccess&, qint64 datasetId,
                                                         qint64 fileId, bool labelled, Duplicate duplicate)
{
    auto group = BulkStatement::prepare(db, insertSql(kGroup), Tr::tr("storing samples"));
    if (!group) {
        return group.error();
    }
    auto single = BulkStatement::prepare(db, insertSql(1), Tr::tr("storing a sample"));
    if (!single) {
        return single.error();
    }
    auto inserter = std::make_unique<Inserter>(std::move(group.value()), std::move(single.value()), datasetId, fileId,
                                               labelled, duplicate);
    return std::unique_ptr<SampleWriter>(new SampleWriter(std::move(inserter), std::make_unique<Runs>(duplicate)));
}

SampleWriter::SampleWriter(std::unique_ptr<Inserter> inserter, std::unique_ptr<Runs> runs)
    : m_inserter(std::move(inserter))
    , m_runs(std::move(runs))
{ }

SampleWriter::~SampleWriter() = default;

Status SampleWriter::add(const Sample& sample)
{
    if (m_ascending && (m_first || sample.id > std::string_view(m_lastId))) {
        m_first = false;
        m_lastId.assign(sample.id);
        return m_inserter->add(sample);
    }
    m_ascending = false;
    return m_runs->add(sample);
}

Status SampleWriter::finish()
{
    if (auto s = m_inserter->flush(); !s) {
        return s;
    }
    if (auto s = m_runs->merge([&](const Sample& sample) { return m_inserter->add(sample); }); !s) {
        return s;
    }
    return m_inserter->flush();
}

// --- SampleLookup -------------------------------------------------------------------------------------------------

Result<SampleLookup> SampleLookup::open(Database& db, qint64 datasetId)
{
    auto find = BulkStatement::prepare(db,
                                       "SELECT row_no, label FROM dataset_sample WHERE dataset_id = ? AND "
                                       "sample_id = ?",
                                       Tr::tr("finding a sample"));
    if (!find) {
        return find.error();
    }
    return SampleLookup(std::move(find.value()), datasetId);
}

SampleLookup::SampleLookup(BulkStatement statement, qint64 datasetId)
    : m_find(std::move(statement))
    , m_datasetId(datasetId)
{ }

Result<std::optional<SampleLookup::Found>> SampleLookup::find(std::string_view sampleId)
{
    m_find.bindInt(1, m_datasetId);
    m_find.bindText(2, sampleId);
    auto hit = m_find.step();
    if (!hit) {
        m_find.reset();
        return hit.error();
    }
    std::optional<Found> found;
    if (hit.value()) {
        found.emplace();
        found->rowNo = m_find.columnInt(0);
        if (!m_find.columnIsNull(1)) {
            found->label = std::string(m_find.columnText(1));
        }
    }
    m_find.reset();
    return found;
}

// --- ScoreStage ---------------------------------------------------------------------------------------------------

namespace {
/// The session's own table of staged scores: SQLite's temp schema, PostgreSQL's pg_temp.
QString stagedTable(const Database& db)
{
    return db.isServer() ? QStringLiteral("pg_temp.staged_score") : QStringLiteral("temp.staged_score");
}
} // namespace

Result<std::unique_ptr<ScoreStage>> ScoreStage::open(Database& db, const WriteAccess&, size_t width)
{
    const QString create = QStringLiteral("CREATE TEMP TABLE staged_score (row_no INTEGER PRIMARY KEY, scores BLOB NOT "
                                          "NULL)");
    QStringList statements = {QStringLiteral("DROP TABLE IF EXISTS %1").arg(stagedTable(db))};
    statements += db.isServer() ? PostgresDialect::translate(create) : QStringList {create};
    for (const QString& sql : statements) {
        if (auto r = db.execSql(sql, Tr::tr("preparing the import")); !r) {
            return r.error();
        }
    }
    const QByteArray insertSql =
        QStringLiteral("INSERT INTO %1 (row_no, scores) VALUES (?, ?)").arg(stagedTable(db)).toUtf8();
    auto insert = BulkStatement::prepare(db, insertSql.constData(), Tr::tr("staging scores"));
    if (!insert) {
        return insert.error();
    }
    return std::unique_ptr<ScoreStage>(new ScoreStage(db, std::move(insert.value()), width));
}

ScoreStage::ScoreStage(Database& db, BulkStatement insert, size_t width)
    : m_db(db)
    , m_insert(std::in_place, std::move(insert))
    , m_width(width)
{ }

ScoreStage::~ScoreStage()
{
    // The statement is finalised first (a table with a statement running on it cannot be dropped); a failure to drop
    // is harmless: the table is temporary, and the next import drops it before it starts.
    m_insert.reset();
    (void)m_db.execSql(QStringLiteral("DROP TABLE IF EXISTS %1").arg(stagedTable(m_db)),
                       Tr::tr("finishing the import"));
}

Status ScoreStage::stage(qint64 rowNo, const double* scores)
{
    m_insert->bindInt(1, rowNo);
    m_insert->bindBlob(2, scores, qsizetype(m_width * sizeof(double)));
    auto s = m_insert->step();
    m_insert->reset();
    return s ? Status() : Status(s.error());
}

Status ScoreStage::forEachRow(const std::function<Status(qint64 rowNo, const double* scores)>& row)
{
    const QByteArray sql =
        QStringLiteral("SELECT row_no, scores FROM %1 ORDER BY row_no").arg(stagedTable(m_db)).toUtf8();
    auto read = BulkStatement::prepare(m_db, sql.constData(), Tr::tr("reading staged scores"));
    if (!read) {
        return read.error();
    }
    std::vector<double> scores(m_width);
    Status result;
    auto walked = read->forEachRow([&](const BulkStatement& r) {
        const auto blob = r.columnBlob(1);
        std::memcpy(scores.data(), blob.data(), std::min(blob.size(), m_width * sizeof(double)));
        result = row(r.columnInt(0), scores.data());
        return bool(result);
    });
    return walked ? result : walked;
}

} // namespace cs
