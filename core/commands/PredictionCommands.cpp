#include "PredictionCommands.h"

#include "commands/AttachEvidence.h"
#include "commands/CommandContext.h"
#include "crypto/Sha256.h"
#include "importers/CsvReader.h"
#include "importers/IdentifierScreen.h"
#include "json/CanonicalJson.h"
#include "json/Utf8.h"
#include "store/BulkStatement.h"
#include "store/DatasetTables.h"
#include "store/RegistryTables.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <limits>
#include <memory>
#include <mutex>
#include <thread>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::PredictionCommands)
};

constexpr qint64 kProgressEvery = 16384;
const QStringList kDefaultLabelDomain = {QStringLiteral("0"), QStringLiteral("1")};

QString qs(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

/// The scores of one version as they are read, packed into chunks of DatasetTable::kChunkRows doubles, hashed, and
/// (unless the version's predictions are already stored) written.
class ChunkWriter
{
public:
    ChunkWriter(BulkStatement* insert, qint64 setId, bool write)
        : m_insert(insert)
        , m_setId(setId)
        , m_write(write)
    {
        m_buffer.reserve(size_t(DatasetTable::kChunkRows));
    }
    Status put(double score)
    {
        m_buffer.push_back(score);
        if (!std::isnan(score)) {
            ++m_scored;
        }
        return qint64(m_buffer.size()) == DatasetTable::kChunkRows ? flush() : Status();
    }
    Status flush()
    {
        if (m_buffer.empty()) {
            return {};
        }
        const auto bytes = qsizetype(m_buffer.size() * sizeof(double));
        m_hash.add(QByteArrayView(reinterpret_cast<const char*>(m_buffer.data()), bytes));
        if (m_write) {
            m_insert->bindInt(1, m_setId);
            m_insert->bindInt(2, m_firstRow);
            m_insert->bindBlob(3, m_buffer.data(), bytes);
            auto r = m_insert->step();
            m_insert->reset();
            if (!r) {
                return r.error();
            }
        }
        m_firstRow += qint64(m_buffer.size());
        m_buffer.clear();
        return {};
    }
    Result<QString> digest() { return m_hash.finishHex(); }
    qint64 scored() const { return m_scored; }

private:
    BulkStatement* m_insert;
    qint64 m_setId;
    bool m_write;
    std::vector<double> m_buffer;
    qint64 m_firstRow = 0;
    qint64 m_scored = 0;
    Sha256 m_hash;
};

/// A batch of checked rows on their way from the reader thread to the store.
struct RowBatch
{
    struct Span
    {
        quint32 offset = 0;
        quint32 size = 0;
    };
    struct Row
    {
        qint64 line = 0;
        Span id;
        Span label;
        Span groups;
    };
    static constexpr size_t kRows = 8192;

    std::string text;
    std::vector<Row> rows;
    std::vector<double> scores; ///< rows x score columns

    std::string_view view(Span s) const { return std::string_view(text.data() + s.offset, s.size); }
    Span append(std::string_view v)
    {
        Span s {quint32(text.size()), quint32(v.size())};
        text.append(v);
        return s;
    }
};

/// A bounded hand-over between the reader thread and the storing thread.
class RowQueue
{
public:
    static constexpr size_t kCapacity = 4;

    /// Reader side: false when the consumer has gone (error or cancel).
    bool push(std::unique_ptr<RowBatch> batch)
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [&] { return m_cancelled || m_batches.size() < kCapacity; });
        if (m_cancelled) {
            return false;
        }
        m_batches.push_back(std::move(batch));
        m_cv.notify_all();
        return true;
    }
    void fail(Error error)
    {
        std::lock_guard lock(m_mutex);
        m_error = std::move(error);
        m_cv.notify_all();
    }
    /// Storing side: the next batch, nullptr at the end of the file, or the reader's error.
    Result<std::unique_ptr<RowBatch>> pop()
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [&] { return !m_batches.empty() || m_error; });
        if (!m_batches.empty()) {
            auto batch = std::move(m_batches.front());
            m_batches.pop_front();
            m_cv.notify_all();
            return batch;
        }
        return *m_error;
    }
    void cancel()
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_cv.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<std::unique_ptr<RowBatch>> m_batches;
    std::optional<Error> m_error;
    bool m_cancelled = false;
};

/// What the reader checks on every row.
struct RowChecks
{
    QString file;
    QStringList columns;
    qsizetype idColumn = -1;
    qsizetype labelColumn = -1;
    std::vector<std::string> labelDomain;
    QList<qsizetype> scoreColumns;
    QList<qsizetype> groupColumns;
};

/// The reader thread: parses the file after its header, screens every field for direct identifiers, checks IDs,
/// labels and scores, and hands rows over in batches; ends with a null batch or an error.
void readRows(CsvReader& csv, const RowChecks& c, RowQueue& queue, std::atomic<qint64>& bytesRead)
{
    const qsizetype width = c.columns.size();
    auto rowError = [&](qsizetype column, const QString& what) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("%1, line %2, column \"%3\": %4")
                         .arg(c.file)
                         .arg(csv.lineNumber())
                         .arg(c.columns.value(column), what));
    };
    auto domainText = [&] {
        QStringList d;
        for (const auto& l : c.labelDomain) {
            d.append(QString::fromStdString(l));
        }
        return d.join(u", ");
    };
    auto batch = std::make_unique<RowBatch>();
    std::string groups;
    for (;;) {
        auto more = csv.next();
        if (!more) {
            queue.fail(more.error());
            return;
        }
        if (!more.value() || batch->rows.size() == RowBatch::kRows) {
            bytesRead.store(csv.bytesRead());
            if (!batch->rows.empty() && !queue.push(std::move(batch))) {
                return;
            }
            batch = std::make_unique<RowBatch>();
            if (!more.value()) {
                queue.push(nullptr);
                return;
            }
        }
        if (csv.fieldCount() != width) {
            queue.fail(Error(ErrorCode::InvalidArgument,
                             Tr::tr("%1, line %2: the row has %3 fields, the header has %4")
                                 .arg(c.file)
                                 .arg(csv.lineNumber())
                                 .arg(csv.fieldCount())
                                 .arg(width)));
            return;
        }
        for (qsizetype i = 0; i < width; ++i) {
            if (auto rule = IdentifierScreen::valueRule(csv.field(i))) {
                queue.fail(
                    Error(ErrorCode::Rule,
                          Tr::tr("%1, line %2, column \"%3\": a value looks like a direct identifier (rule: %4). "
                                 "Countersign does not take files with patient identifiers; the value is not "
                                 "shown")
                              .arg(c.file)
                              .arg(csv.lineNumber())
                              .arg(c.columns[i], *rule)));
                return;
            }
        }
        RowBatch::Row row;
        row.line = csv.lineNumber();
        const std::string_view id = csv.field(c.idColumn);
        if (id.empty()) {
            queue.fail(rowError(c.idColumn, Tr::tr("the sample ID is empty")));
            return;
        }
        if (!Utf8::isValid(id)) {
            queue.fail(rowError(c.idColumn, Tr::tr("the sample ID is not UTF-8 text")));
            return;
        }
        row.id = batch->append(id);
        if (c.labelColumn >= 0) {
            const std::string_view label = csv.field(c.labelColumn);
            if (label.empty()) {
                queue.fail(rowError(c.labelColumn, Tr::tr("the label is missing")));
                return;
            }
            if (std::find(c.labelDomain.begin(), c.labelDomain.end(), label) == c.labelDomain.end()) {
                queue.fail(rowError(c.labelColumn,
                                    Tr::tr("the label \"%1\" is not one of %2").arg(qs(label).left(40), domainText())));
                return;
            }
            row.label = batch->append(label);
        }
        for (const qsizetype column : c.scoreColumns) {
            const std::string_view text = csv.field(column);
            if (text.empty()) {
                queue.fail(rowError(column, Tr::tr("the score is missing")));
                return;
            }
            double value = 0;
            const auto parsed = std::from_chars(text.data(), text.data() + text.size(), value);
            if (parsed.ec != std::errc() || parsed.ptr != text.data() + text.size()) {
                queue.fail(rowError(column, Tr::tr("the score \"%1\" is not a number").arg(qs(text).left(40))));
                return;
            }
            if (!std::isfinite(value)) {
                queue.fail(rowError(column, Tr::tr("the score \"%1\" is not a finite number").arg(qs(text).left(40))));
                return;
            }
            batch->scores.push_back(value);
        }
        groups.assign(1, '[');
        for (qsizetype g = 0; g < c.groupColumns.size(); ++g) {
            const std::string_view v = csv.field(c.groupColumns[g]);
            if (!Utf8::isValid(v)) {
                queue.fail(rowError(c.groupColumns[g], Tr::tr("the value is not UTF-8 text")));
                return;
            }
            if (g > 0) {
                groups.push_back(',');
            }
            CanonicalJson::appendUtf8String(groups, v);
        }
        groups.push_back(']');
        row.groups = batch->append(groups);
        batch->rows.push_back(row);
    }
}

/// Stores new samples 64 to a statement (SQLite's per-statement cost dominates a row this small). A group refused
/// for a duplicate ID is stored again row by row to find the row, which is then reported.
class SampleInserter
{
public:
    static constexpr int kGroup = 64;
    struct Pending
    {
        std::string_view id;
        std::string_view label;
        std::string_view groups;
        qint64 rowNo = 0;
        qint64 line = 0;
    };

    SampleInserter(BulkStatement group, BulkStatement single, qint64 datasetId, qint64 fileId, bool labelled,
                   std::function<Error(const Pending&)> duplicate)
        : m_group(std::move(group))
        , m_single(std::move(single))
        , m_datasetId(datasetId)
        , m_fileId(fileId)
        , m_labelled(labelled)
        , m_duplicate(std::move(duplicate))
    {
        m_pending.reserve(kGroup);
    }

    static const char* sql(int rows)
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

    /// Queues a sample; its text must stay valid until flush().
    Status add(const Pending& p)
    {
        m_pending.push_back(p);
        return m_pending.size() == size_t(kGroup) ? flush() : Status();
    }

    Status flush()
    {
        if (m_pending.empty()) {
            return {};
        }
        if (m_pending.size() == size_t(kGroup)) {
            for (int i = 0; i < kGroup; ++i) {
                bind(m_group, i * 6, m_pending[size_t(i)]);
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
        for (const Pending& p : m_pending) {
            bind(m_single, 0, p);
            auto r = m_single.step();
            m_single.reset();
            if (!r) {
                return m_single.lastWasConstraint() ? m_duplicate(p) : r.error();
            }
        }
        m_pending.clear();
        return {};
    }

private:
    void bind(BulkStatement& s, int base, const Pending& p)
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
    std::function<Error(const Pending&)> m_duplicate;
    std::vector<Pending> m_pending;
};

struct Target
{
    PredictionMapping::Score score;
    qsizetype column = -1;
    qint64 versionId = 0;
    std::optional<PredictionSet> existing;
    qint64 setId = 0;
};
} // namespace

ImportPredictionsCommand::ImportPredictionsCommand(PredictionImportRequest request, ProgressFn progress)
    : m_request(std::move(request))
    , m_progress(std::move(progress))
{ }

QString ImportPredictionsCommand::description() const
{
    return Tr::tr("import predictions from %1 into dataset %2")
        .arg(QFileInfo(m_request.file).fileName(), m_request.dataset);
}

Status ImportPredictionsCommand::apply(CommandContext& ctx)
{
    m_outcome = {};
    const PredictionImportRequest& req = m_request;
    const PredictionMapping& map = req.mapping;
    const QString file = req.file;
    if (req.dataset.trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidArgument, Tr::tr("name the dataset the predictions are for"));
    }
    if (map.idColumn.isEmpty()) {
        return Error(ErrorCode::InvalidArgument, Tr::tr("%1: name the sample ID column").arg(file));
    }
    if (map.scores.isEmpty()) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("%1: map at least one score column to a model version (LABEL=COLUMN)").arg(file));
    }

    Database& db = ctx.database();
    DatasetTable datasets(db);
    RegistryTable registry(db);

    // The dataset: existing, or created by this file.
    auto found = datasets.dataset(req.dataset);
    if (!found) {
        return found.error();
    }
    Dataset dataset;
    const bool create = !found.value().has_value();
    if (create) {
        if (!req.role) {
            return Error(
                ErrorCode::InvalidArgument,
                Tr::tr("dataset %1 is new: give its role (%2)").arg(req.dataset, enumNames<DatasetRole>().join(u", ")));
        }
        auto id = datasets.nextId(QStringLiteral("dataset"));
        if (!id) {
            return id.error();
        }
        dataset.id = id.value();
        dataset.name = req.dataset;
        dataset.role = *req.role;
        dataset.locked = req.locked.value_or(DatasetRoles::lockedByDefault(*req.role));
        dataset.labelDomain = req.labelDomain.isEmpty() ? kDefaultLabelDomain : req.labelDomain;
        dataset.groupColumns = map.groupColumns;
        dataset.createdAtMs = ctx.nowMs();
        dataset.createdBy = ctx.session().actor;
        if (QSet<QString>(dataset.labelDomain.begin(), dataset.labelDomain.end()).size() !=
            dataset.labelDomain.size()) {
            return Error(ErrorCode::InvalidArgument,
                         Tr::tr("the label domain %1 names a label twice").arg(dataset.labelDomain.join(u',')));
        }
    } else {
        dataset = *found.value();
        if (req.role && *req.role != dataset.role) {
            return Error(
                ErrorCode::Rule,
                Tr::tr("dataset %1 is a %2, not a %3").arg(dataset.name, nameOf(dataset.role), nameOf(*req.role)));
        }
        if (req.locked && *req.locked != dataset.locked) {
            return Error(ErrorCode::Rule,
                         dataset.locked ? Tr::tr("dataset %1 is locked and stays locked").arg(dataset.name)
                                        : Tr::tr("dataset %1 was imported unlocked").arg(dataset.name));
        }
        if (!req.labelDomain.isEmpty() && req.labelDomain != dataset.labelDomain) {
            return Error(ErrorCode::Rule,
                         Tr::tr("dataset %1 has the labels %2, not %3")
                             .arg(dataset.name, dataset.labelDomain.join(u','), req.labelDomain.join(u',')));
        }
        if (map.groupColumns != dataset.groupColumns) {
            return Error(
                ErrorCode::Rule,
                Tr::tr("dataset %1 has the subgroup columns [%2]; map the same columns, in that order (got [%3])")
                    .arg(dataset.name, dataset.groupColumns.join(u", "), map.groupColumns.join(u", ")));
        }
    }
    const bool labelled = !map.labelColumn.isEmpty();
    if (!labelled && dataset.locked) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("%1: dataset %2 is locked and its samples need labels; name the label column")
                         .arg(file, dataset.name));
    }

    // The versions the scores belong to.
    QList<Target> targets;
    QSet<QString> seenVersions;
    for (const auto& score : map.scores) {
        const QString key = score.model + u'/' + score.version;
        if (seenVersions.contains(key)) {
            return Error(ErrorCode::InvalidArgument,
                         Tr::tr("%1: version %2 is mapped to two score columns").arg(file, key));
        }
        seenVersions.insert(key);
        auto version = registry.version(score.model, score.version);
        if (!version) {
            return version.error();
        }
        if (!version.value()) {
            return Error(ErrorCode::NotFound,
                         Tr::tr("version %1 of model %2 is not in the workspace; import it before its predictions")
                             .arg(score.version, score.model));
        }
        Target t;
        t.score = score;
        t.versionId = version.value()->id;
        if (!create) {
            auto existing = datasets.predictionSet(t.versionId, dataset.id);
            if (!existing) {
                return existing.error();
            }
            t.existing = existing.value();
        }
        targets.append(t);
    }

    // The file and its header.
    auto opened = CsvReader::open(file);
    if (!opened) {
        return opened.error();
    }
    CsvReader& csv = *opened.value();
    auto header = csv.next();
    if (!header) {
        return header.error();
    }
    if (!header.value()) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("%1 is empty; a prediction file starts with a header row").arg(file));
    }
    QStringList columns;
    for (qsizetype i = 0; i < csv.fieldCount(); ++i) {
        const QString name = csv.fieldString(i);
        if (columns.contains(name)) {
            return Error(ErrorCode::InvalidArgument,
                         Tr::tr("%1, line 1: the header names column \"%2\" twice").arg(file, name));
        }
        if (auto rule = IdentifierScreen::columnRule(name)) {
            return Error(
                ErrorCode::Rule,
                Tr::tr("%1: column \"%2\" (column %3) holds direct identifiers (rule: %4). Countersign does not "
                       "take files with patient identifiers; remove the column and import again")
                    .arg(file, name)
                    .arg(i + 1)
                    .arg(*rule));
        }
        columns.append(name);
    }
    auto columnOf = [&](const QString& name, const QString& what) -> Result<qsizetype> {
        const qsizetype i = columns.indexOf(name);
        if (i < 0) {
            return Error(ErrorCode::InvalidArgument,
                         Tr::tr("%1: there is no %2 column \"%3\"; the header has: %4")
                             .arg(file, what, name, columns.join(u", ")));
        }
        return i;
    };
    auto idCol = columnOf(map.idColumn, Tr::tr("sample ID"));
    if (!idCol) {
        return idCol.error();
    }
    qsizetype labelCol = -1;
    if (labelled) {
        auto c = columnOf(map.labelColumn, Tr::tr("label"));
        if (!c) {
            return c.error();
        }
        labelCol = c.value();
    }
    for (Target& t : targets) {
        auto c = columnOf(t.score.column, Tr::tr("score"));
        if (!c) {
            return c.error();
        }
        t.column = c.value();
    }
    QList<qsizetype> groupCols;
    for (const QString& g : map.groupColumns) {
        auto c = columnOf(g, Tr::tr("subgroup"));
        if (!c) {
            return c.error();
        }
        groupCols.append(c.value());
    }
    QSet<qsizetype> roles = {idCol.value()};
    if (labelCol >= 0 && roles.contains(labelCol)) {
        return Error(ErrorCode::InvalidArgument, Tr::tr("%1: the label column is also the sample ID column").arg(file));
    }
    roles.insert(labelCol);
    for (const qsizetype g : groupCols) {
        if (roles.contains(g)) {
            return Error(
                ErrorCode::InvalidArgument,
                Tr::tr("%1: subgroup column \"%2\" is also mapped as sample ID or label").arg(file, columns[g]));
        }
    }

    if (create) {
        if (auto r = datasets.insertDataset(ctx.write(), dataset); !r) {
            return r;
        }
    }
    auto fileId = datasets.nextId(QStringLiteral("dataset_file"));
    if (!fileId) {
        return fileId.error();
    }
    auto nextSet = datasets.nextId(QStringLiteral("prediction_set"));
    if (!nextSet) {
        return nextSet.error();
    }
    for (Target& t : targets) {
        t.setId = t.existing ? t.existing->id : nextSet.value()++;
    }

    auto insertGroup =
        BulkStatement::prepare(db, SampleInserter::sql(SampleInserter::kGroup), Tr::tr("storing samples"));
    auto insertOne = BulkStatement::prepare(db, SampleInserter::sql(1), Tr::tr("storing a sample"));
    auto findSample =
        BulkStatement::prepare(db, "SELECT row_no, label FROM dataset_sample WHERE dataset_id = ? AND sample_id = ?",
                               Tr::tr("finding a sample"));
    auto insertChunk = BulkStatement::prepare(
        db, "INSERT INTO prediction_chunk (set_id, first_row, scores) VALUES (?, ?, ?)", Tr::tr("storing scores"));
    for (const auto* prepared : {&insertGroup, &insertOne, &findSample, &insertChunk}) {
        if (!*prepared) {
            return prepared->error();
        }
    }
    std::vector<std::unique_ptr<ChunkWriter>> writers;
    for (const Target& t : targets) {
        writers.push_back(std::make_unique<ChunkWriter>(&insertChunk.value(), t.setId, !t.existing.has_value()));
    }

    // A file for an existing dataset may list its samples in any order: its scores are staged by row number and
    // written in row order afterwards. A new dataset's rows are numbered in file order and written directly.
    std::optional<BulkStatement> stage;
    if (!create) {
        if (auto r =
                db.execSql(QStringLiteral("DROP TABLE IF EXISTS temp.staged_score"), Tr::tr("preparing the import"));
            !r) {
            return r;
        }
        if (auto r = db.execSql(QStringLiteral("CREATE TEMP TABLE staged_score (row_no INTEGER PRIMARY KEY, "
                                               "scores BLOB NOT NULL)"),
                                Tr::tr("preparing the import"));
            !r) {
            return r;
        }
        auto s = BulkStatement::prepare(db, "INSERT INTO temp.staged_score (row_no, scores) VALUES (?, ?)",
                                        Tr::tr("staging scores"));
        if (!s) {
            return s.error();
        }
        stage.emplace(std::move(s.value()));
    }

    const qint64 baseRows = create ? 0 : dataset.sampleCount;
    qint64 nextRow = baseRows;
    std::vector<bool> seen(size_t(baseRows), false);
    qint64 matched = 0;
    Sha256 samplesHash;
    std::string sampleLine;
    const QString fileName = QFileInfo(file).fileName();

    // Two stages on the machine's cores: a reader thread parses, screens and checks rows into batches; this thread
    // stores them. At most RowQueue::kCapacity batches are in flight, so memory stays constant.
    RowChecks checks;
    checks.file = file;
    checks.columns = columns;
    checks.idColumn = idCol.value();
    checks.labelColumn = labelCol;
    for (const QString& l : dataset.labelDomain) {
        checks.labelDomain.push_back(l.toStdString());
    }
    for (const Target& t : targets) {
        checks.scoreColumns.append(t.column);
    }
    checks.groupColumns = groupCols;
    RowQueue queue;
    std::atomic<qint64> bytesRead {0};
    std::thread reader([&] { readRows(csv, checks, queue, bytesRead); });
    struct JoinGuard
    {
        RowQueue& queue;
        std::thread& thread;
        ~JoinGuard()
        {
            queue.cancel();
            thread.join();
        }
    } joinGuard {queue, reader};

    auto rowError = [&](qint64 line, qsizetype column, const QString& what) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("%1, line %2, column \"%3\": %4").arg(file).arg(line).arg(columns.value(column), what));
    };
    const size_t scoreCount = size_t(targets.size());
    bool ascending = true;
    std::string lastId;
    std::optional<BulkStatement> stageSample;
    auto inserter = std::make_unique<SampleInserter>(
        std::move(insertGroup.value()), std::move(insertOne.value()), dataset.id, fileId.value(), labelled,
        [&](const SampleInserter::Pending& p) {
            return rowError(p.line, idCol.value(), Tr::tr("sample ID \"%1\" appears twice in the file").arg(qs(p.id)));
        });
    for (;;) {
        auto next = queue.pop();
        if (!next) {
            return next.error();
        }
        std::unique_ptr<RowBatch> batch = std::move(next.value());
        if (!batch) {
            break;
        }
        if (m_progress && !m_progress(bytesRead.load(), csv.fileSize())) {
            return Error(ErrorCode::Cancelled, Tr::tr("the import of %1 was cancelled; nothing was stored").arg(file));
        }
        for (size_t r = 0; r < batch->rows.size(); ++r) {
            const RowBatch::Row& row = batch->rows[r];
            const std::string_view id = batch->view(row.id);
            const std::string_view label = batch->view(row.label);
            const std::string_view groups = batch->view(row.groups);
            const double* scores = batch->scores.data() + r * scoreCount;

            // Where the sample is, or goes.
            qint64 rowNo = -1;
            if (!create) {
                findSample->bindInt(1, dataset.id);
                findSample->bindText(2, id);
                auto hit = findSample->step();
                if (!hit) {
                    return hit.error();
                }
                if (hit.value()) {
                    rowNo = findSample->columnInt(0);
                    const bool storedNull = findSample->columnIsNull(1);
                    const std::string_view stored = findSample->columnText(1);
                    if (storedNull != !labelled || (labelled && stored != label)) {
                        const QString was = storedNull ? Tr::tr("no label") : Tr::tr("label \"%1\"").arg(qs(stored));
                        findSample->reset();
                        return rowError(row.line, labelCol >= 0 ? labelCol : idCol.value(),
                                        Tr::tr("sample \"%1\" has %2 in dataset %3; its label cannot change")
                                            .arg(qs(id), was, dataset.name));
                    }
                    if (seen[size_t(rowNo)]) {
                        findSample->reset();
                        return rowError(row.line, idCol.value(),
                                        Tr::tr("sample ID \"%1\" appears twice in the file").arg(qs(id)));
                    }
                    seen[size_t(rowNo)] = true;
                    ++matched;
                }
                findSample->reset();
                if (rowNo < 0 && dataset.locked) {
                    return rowError(row.line, idCol.value(),
                                    Tr::tr("sample \"%1\" is not in the locked dataset %2; a locked dataset's samples "
                                           "never change")
                                        .arg(qs(id), dataset.name));
                }
            }
            if (rowNo < 0) {
                rowNo = nextRow++;
                // Samples arriving in ID order are appended to the table directly; once one is out of order, the
                // rest are staged and inserted sorted at the end (random inserts into a large B-tree are slow).
                if (ascending && (rowNo == baseRows || id > std::string_view(lastId))) {
                    lastId.assign(id);
                    if (auto stored = inserter->add({id, label, groups, rowNo, row.line}); !stored) {
                        return stored;
                    }
                } else {
                    if (ascending) {
                        ascending = false;
                        if (auto dropped = db.execSql(QStringLiteral("DROP TABLE IF EXISTS temp.staged_sample"),
                                                      Tr::tr("preparing the import"));
                            !dropped) {
                            return dropped;
                        }
                        if (auto created =
                                db.execSql(QStringLiteral("CREATE TEMP TABLE staged_sample (row_no INTEGER "
                                                          "PRIMARY KEY, sample_id TEXT NOT NULL, label TEXT, "
                                                          "groups_json TEXT NOT NULL, line INTEGER NOT NULL)"),
                                           Tr::tr("preparing the import"));
                            !created) {
                            return created;
                        }
                        auto st = BulkStatement::prepare(db,
                                                         "INSERT INTO temp.staged_sample (row_no, sample_id, label, "
                                                         "groups_json, line) VALUES (?, ?, ?, ?, ?)",
                                                         Tr::tr("staging samples"));
                        if (!st) {
                            return st.error();
                        }
                        stageSample.emplace(std::move(st.value()));
                    }
                    stageSample->bindInt(1, rowNo);
                    stageSample->bindText(2, id);
                    if (labelled) {
                        stageSample->bindText(3, label);
                    } else {
                        stageSample->bindNull(3);
                    }
                    stageSample->bindText(4, groups);
                    stageSample->bindInt(5, row.line);
                    auto staged = stageSample->step();
                    stageSample->reset();
                    if (!staged) {
                        return staged.error();
                    }
                }
                if (!create) {
                    seen.push_back(true);
                }
                sampleLine.assign(id);
                sampleLine.push_back('\x1f');
                sampleLine.append(label);
                sampleLine.push_back('\x1f');
                sampleLine.append(groups);
                sampleLine.push_back('\n');
                samplesHash.add(QByteArrayView(sampleLine.data(), qsizetype(sampleLine.size())));
            }
            if (create) {
                for (size_t k = 0; k < scoreCount; ++k) {
                    if (auto s = writers[k]->put(scores[k]); !s) {
                        return s;
                    }
                }
            } else {
                stage->bindInt(1, rowNo);
                stage->bindBlob(2, scores, qsizetype(scoreCount * sizeof(double)));
                auto s = stage->step();
                stage->reset();
                if (!s) {
                    return s.error();
                }
            }
        }
        // The batch's text goes with it: store what is queued first.
        if (auto f = inserter->flush(); !f) {
            return f;
        }
    }

    // Samples staged because they came out of ID order: inserted sorted by ID. A duplicate ID is found and reported
    // with the line of its second occurrence.
    auto insertSorted = [&]() -> Status {
        auto all = BulkStatement::prepare(db,
                                          "INSERT INTO dataset_sample (dataset_id, sample_id, row_no, label, "
                                          "groups_json, file_id) SELECT ?, sample_id, row_no, label, groups_json, ? "
                                          "FROM temp.staged_sample ORDER BY sample_id",
                                          Tr::tr("storing samples"));
        if (!all) {
            return all.error();
        }
        all->bindInt(1, dataset.id);
        all->bindInt(2, fileId.value());
        auto done = all->step();
        if (done || !all->lastWasConstraint()) {
            return done ? Status() : Status(done.error());
        }
        if (auto indexed = db.execSql(QStringLiteral("CREATE INDEX temp.staged_sample_by_id ON staged_sample "
                                                     "(sample_id)"),
                                      Tr::tr("finding a duplicate sample ID"));
            !indexed) {
            return indexed;
        }
        auto find = BulkStatement::prepare(
            db,
            "SELECT s.sample_id, s.line FROM temp.staged_sample s WHERE EXISTS (SELECT 1 FROM "
            "temp.staged_sample o WHERE o.sample_id = s.sample_id AND o.row_no < s.row_no) OR EXISTS (SELECT 1 "
            "FROM dataset_sample d WHERE d.dataset_id = ? AND d.sample_id = s.sample_id AND d.file_id = ?) "
            "ORDER BY s.row_no LIMIT 1",
            Tr::tr("finding a duplicate sample ID"));
        if (!find) {
            return find.error();
        }
        find->bindInt(1, dataset.id);
        find->bindInt(2, fileId.value());
        auto hit = find->step();
        if (!hit || !hit.value()) {
            return done.error();
        }
        return rowError(find->columnInt(1), idCol.value(),
                        Tr::tr("sample ID \"%1\" appears twice in the file").arg(qs(find->columnText(0))));
    };
    auto insertStagedSamples = [&]() -> Status {
        stageSample.reset();
        if (auto inserted = insertSorted(); !inserted) {
            return inserted;
        }
        return db.execSql(QStringLiteral("DROP TABLE temp.staged_sample"), Tr::tr("finishing the import"));
    };
    auto writeStaged = [&]() -> Status {
        auto read = BulkStatement::prepare(db, "SELECT row_no, scores FROM temp.staged_score ORDER BY row_no",
                                           Tr::tr("reading staged scores"));
        if (!read) {
            return read.error();
        }
        const double none = std::numeric_limits<double>::quiet_NaN();
        qint64 row = 0;
        auto fillTo = [&](qint64 end) -> Status {
            for (; row < end; ++row) {
                for (auto& w : writers) {
                    if (auto r = w->put(none); !r) {
                        return r;
                    }
                }
            }
            return {};
        };
        for (;;) {
            auto more = read->step();
            if (!more) {
                return more.error();
            }
            if (!more.value()) {
                break;
            }
            const qint64 rowNo = read->columnInt(0);
            if (auto r = fillTo(rowNo); !r) {
                return r;
            }
            const auto blob = read->columnBlob(1);
            for (size_t k = 0; k < writers.size(); ++k) {
                double v = 0;
                std::memcpy(&v, blob.data() + k * sizeof(double), sizeof(double));
                if (auto r = writers[k]->put(v); !r) {
                    return r;
                }
            }
            ++row;
        }
        if (auto r = fillTo(nextRow); !r) {
            return r;
        }
        return {};
    };
    const qint64 rows = csv.recordNumber() - 1;
    if (rows <= 0) {
        return Error(ErrorCode::InvalidArgument, Tr::tr("%1 has a header but no rows").arg(file));
    }
    if (!create && dataset.locked && matched != baseRows) {
        qint64 missing = 0;
        for (qint64 r = 0; r < baseRows; ++r) {
            if (!seen[size_t(r)]) {
                missing = r;
                break;
            }
        }
        QString example;
        auto find = datasets.forEachSample(dataset.id, [&](qint64 rowNo, std::string_view sampleId, auto, auto) {
            if (rowNo == missing) {
                example = qs(sampleId);
                return false;
            }
            return true;
        });
        if (!find) {
            return find;
        }
        return Error(ErrorCode::Rule,
                     Tr::tr("%1 lacks %2 of the %3 samples of the locked dataset %4 (for example \"%5\"); "
                            "predictions for a locked dataset must cover exactly its samples")
                         .arg(file)
                         .arg(baseRows - matched)
                         .arg(baseRows)
                         .arg(dataset.name, example));
    }
    if (!ascending) {
        if (auto r = insertStagedSamples(); !r) {
            return r;
        }
    }
    if (!create) {
        // Write the staged scores in row order; rows this file does not cover have no score (NaN).
        if (auto r = writeStaged(); !r) {
            return r;
        }
        stage.reset();
        if (auto r = db.execSql(QStringLiteral("DROP TABLE temp.staged_score"), Tr::tr("finishing the import")); !r) {
            return r;
        }
    }
    for (auto& w : writers) {
        if (auto r = w->flush(); !r) {
            return r;
        }
    }

    // The file, the dataset and the prediction sets, each with its audit event.
    DatasetFile record;
    record.id = fileId.value();
    record.datasetId = dataset.id;
    record.fileName = fileName;
    record.sha256 = csv.sha256Hex();
    record.sizeBytes = csv.bytesRead();
    record.rowCount = rows;
    record.columns = columns;
    record.samplesAdded = nextRow - baseRows;
    auto samplesDigest = samplesHash.finishHex();
    if (!samplesDigest) {
        return samplesDigest.error();
    }
    record.samplesSha256 = samplesDigest.value();
    record.importedAtMs = ctx.nowMs();
    record.importedBy = ctx.session().actor;

    m_outcome.datasetCreated = create;
    m_outcome.rows = rows;
    m_outcome.samplesAdded = record.samplesAdded;
    m_outcome.fileSha256 = record.sha256;

    QList<PredictionSet> newSets;
    for (size_t k = 0; k < writers.size(); ++k) {
        const Target& t = targets[qsizetype(k)];
        auto computed = writers[k]->digest();
        if (!computed) {
            return computed.error();
        }
        const QString digest = computed.value();
        const QString name = t.score.model + u'/' + t.score.version;
        if (t.existing) {
            if (t.existing->contentSha256 == digest && record.samplesAdded == 0) {
                m_outcome.unchanged.append(name);
                continue;
            }
            return Error(ErrorCode::Rule,
                         Tr::tr("the predictions of %1 on dataset %2 were imported before with different "
                                "scores; imported predictions are frozen and are not overwritten, so "
                                "nothing was imported")
                             .arg(name, dataset.name));
        }
        PredictionSet set;
        set.id = t.setId;
        set.versionId = t.versionId;
        set.datasetId = dataset.id;
        set.fileId = record.id;
        set.scoreColumn = t.score.column;
        set.sampleCount = writers[k]->scored();
        set.contentSha256 = digest;
        set.importedAtMs = ctx.nowMs();
        set.importedBy = ctx.session().actor;
        newSets.append(set);
        m_outcome.imported.append(name);
    }
    if (newSets.isEmpty() && record.samplesAdded == 0) {
        return Error(
            ErrorCode::AlreadyExists,
            Tr::tr("%1: these predictions are already in dataset %2; nothing to import").arg(file, dataset.name));
    }

    if (create) {
        AuditRecord created;
        created.action = AuditAction::DatasetCreated;
        created.change = ChangeKind::Create;
        created.entityType = QStringLiteral("dataset");
        created.entityId = dataset.name;
        created.after = QJsonObject {
            {QStringLiteral("name"), dataset.name},
            {QStringLiteral("role"), nameOf(dataset.role)},
            {QStringLiteral("locked"), dataset.locked},
            {QStringLiteral("label_domain"), QJsonArray::fromStringList(dataset.labelDomain)},
            {QStringLiteral("group_columns"), QJsonArray::fromStringList(dataset.groupColumns)},
        };
        if (auto e = ctx.record(created); !e) {
            return e.error();
        }
    }
    if (auto r = datasets.insertFile(ctx.write(), record); !r) {
        return r;
    }
    AuditRecord fileEvent;
    fileEvent.action = AuditAction::DatasetFileImported;
    fileEvent.change = ChangeKind::Create;
    fileEvent.entityType = QStringLiteral("dataset");
    fileEvent.entityId = dataset.name;
    fileEvent.after = QJsonObject {
        {QStringLiteral("file"), record.fileName},
        {QStringLiteral("sha256"), record.sha256},
        {QStringLiteral("size_bytes"), record.sizeBytes},
        {QStringLiteral("rows"), record.rowCount},
        {QStringLiteral("columns"), QJsonArray::fromStringList(record.columns)},
        {QStringLiteral("samples_added"), record.samplesAdded},
        {QStringLiteral("samples_sha256"), record.samplesSha256},
    };
    if (auto e = ctx.record(fileEvent); !e) {
        return e.error();
    }
    for (const PredictionSet& set : newSets) {
        if (auto r = datasets.insertPredictionSet(ctx.write(), set); !r) {
            return r;
        }
        const Target& t = *std::find_if(targets.begin(), targets.end(),
                                        [&](const Target& x) { return x.versionId == set.versionId; });
        AuditRecord event;
        event.action = AuditAction::PredictionSetImported;
        event.change = ChangeKind::Create;
        event.entityType = QStringLiteral("prediction_set");
        event.entityId = t.score.model + u'/' + t.score.version + u'@' + dataset.name;
        event.after = QJsonObject {
            {QStringLiteral("model"), t.score.model},
            {QStringLiteral("version"), t.score.version},
            {QStringLiteral("dataset"), dataset.name},
            {QStringLiteral("file_sha256"), record.sha256},
            {QStringLiteral("score_column"), set.scoreColumn},
            {QStringLiteral("samples"), set.sampleCount},
            {QStringLiteral("content_sha256"), set.contentSha256},
        };
        if (auto e = ctx.record(event); !e) {
            return e.error();
        }
    }
    return {};
}

AttachDatasetEvidenceCommand::AttachDatasetEvidenceCommand(QString dataset, QString kind, QString source,
                                                           QJsonObject content)
    : m_dataset(std::move(dataset))
    , m_kind(std::move(kind))
    , m_source(std::move(source))
    , m_content(std::move(content))
{ }

QString AttachDatasetEvidenceCommand::description() const
{
    return Tr::tr("attach %1 to dataset %2").arg(m_kind, m_dataset);
}

Status AttachDatasetEvidenceCommand::apply(CommandContext& ctx)
{
    DatasetTable table(ctx.database());
    auto found = table.dataset(m_dataset);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return Error(ErrorCode::NotFound, Tr::tr("there is no dataset %1 in the workspace").arg(m_dataset));
    }
    auto attached = attachEvidence(ctx, AttachmentStore::Owner::Dataset, found.value()->id,
                                   Tr::tr("dataset %1").arg(m_dataset), m_kind, m_source, m_content);
    if (!attached) {
        return attached.error();
    }
    const EvidenceAttachment& a = attached.value();
    AuditRecord record;
    record.action = AuditAction::DatasetEvidenceAttached;
    record.change = ChangeKind::Create;
    record.entityType = QStringLiteral("dataset");
    record.entityId = m_dataset;
    QJsonObject summary = m_content.value(QStringLiteral("summary")).toObject();
    record.after = QJsonObject {
        {QStringLiteral("kind"), m_kind},
        {QStringLiteral("source"), m_source},
        {QStringLiteral("sha256"), a.sha256},
        {QStringLiteral("summary"), summary},
    };
    if (auto e = ctx.record(record); !e) {
        return e.error();
    }
    return {};
}

} // namespace cs
