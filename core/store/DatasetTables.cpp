#include "DatasetTables.h"

#include "store/AttachmentStore.h"
#include "store/BulkStatement.h"
#include "store/QueryHelpers.h"
#include "util/TextHash.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::DatasetTables)
};

QString jsonList(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList parseList(const QString& json)
{
    QStringList out;
    for (const auto& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        out.append(v.toString());
    }
    return out;
}

const QString kDatasetColumns = QStringLiteral(
    "d.id, d.name, d.role, d.locked, d.label_domain_json, d.group_columns_json, d.created_at_ms, "
    "d.created_by, (SELECT COALESCE(SUM(f.samples_added), 0) FROM dataset_file f WHERE f.dataset_id = d.id)");

Dataset readDataset(const QSqlQuery& q)
{
    Dataset d;
    d.id = q.value(0).toLongLong();
    d.name = q.value(1).toString();
    d.role = enumFromName<DatasetRole>(q.value(2).toString()).value_or(DatasetRole::Validation);
    d.locked = q.value(3).toInt() != 0;
    d.labelDomain = parseList(q.value(4).toString());
    d.groupColumns = parseList(q.value(5).toString());
    d.createdAtMs = q.value(6).toLongLong();
    d.createdBy = q.value(7).toString();
    d.sampleCount = q.value(8).toLongLong();
    return d;
}

const QString kFileColumns = QStringLiteral("id, dataset_id, file_name, sha256, size_bytes, row_count, columns_json, "
                                            "samples_added, samples_sha256, imported_at_ms, imported_by");

DatasetFile readFile(const QSqlQuery& q)
{
    DatasetFile f;
    f.id = q.value(0).toLongLong();
    f.datasetId = q.value(1).toLongLong();
    f.fileName = q.value(2).toString();
    f.sha256 = q.value(3).toString();
    f.sizeBytes = q.value(4).toLongLong();
    f.rowCount = q.value(5).toLongLong();
    f.columns = parseList(q.value(6).toString());
    f.samplesAdded = q.value(7).toLongLong();
    f.samplesSha256 = q.value(8).toString();
    f.importedAtMs = q.value(9).toLongLong();
    f.importedBy = q.value(10).toString();
    return f;
}

const QString kSetColumns = QStringLiteral("id, version_id, dataset_id, file_id, score_column, sample_count, "
                                           "content_sha256, imported_at_ms, imported_by");

PredictionSet readSet(const QSqlQuery& q)
{
    PredictionSet s;
    s.id = q.value(0).toLongLong();
    s.versionId = q.value(1).toLongLong();
    s.datasetId = q.value(2).toLongLong();
    s.fileId = q.value(3).toLongLong();
    s.scoreColumn = q.value(4).toString();
    s.sampleCount = q.value(5).toLongLong();
    s.contentSha256 = q.value(6).toString();
    s.importedAtMs = q.value(7).toLongLong();
    s.importedBy = q.value(8).toString();
    return s;
}

} // namespace

Status DatasetTable::insertDataset(const WriteAccess& /*write*/, const Dataset& d)
{
    auto id = sql::insertRow(m_db,
                             QStringLiteral("INSERT INTO dataset (id, name, role, locked, label_domain_json, "
                                            "group_columns_json, created_at_ms, created_by) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                             {d.id, d.name, nameOf(d.role), d.locked ? 1 : 0, jsonList(d.labelDomain),
                              jsonList(d.groupColumns), d.createdAtMs, d.createdBy},
                             Tr::tr("adding dataset %1").arg(d.name));
    return id ? Status() : id.error();
}

Result<std::optional<Dataset>> DatasetTable::dataset(const QString& name)
{
    return sql::first(
        sql::selectAll<Dataset>(m_db, QStringLiteral("SELECT %1 FROM dataset d WHERE d.name = ?").arg(kDatasetColumns),
                                {name}, Tr::tr("reading dataset %1").arg(name), readDataset));
}

Result<std::optional<Dataset>> DatasetTable::datasetById(qint64 id)
{
    return sql::first(
        sql::selectAll<Dataset>(m_db, QStringLiteral("SELECT %1 FROM dataset d WHERE d.id = ?").arg(kDatasetColumns),
                                {id}, Tr::tr("reading a dataset"), readDataset));
}

Result<QList<Dataset>> DatasetTable::datasets()
{
    return sql::selectAll<Dataset>(m_db,
                                   QStringLiteral("SELECT %1 FROM dataset d ORDER BY d.name").arg(kDatasetColumns), {},
                                   Tr::tr("reading datasets"), readDataset);
}

Status DatasetTable::insertFile(const WriteAccess& /*write*/, const DatasetFile& f)
{
    auto id = sql::insertRow(
        m_db,
        QStringLiteral("INSERT INTO dataset_file (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kFileColumns),
        {f.id, f.datasetId, f.fileName, f.sha256, f.sizeBytes, f.rowCount, jsonList(f.columns), f.samplesAdded,
         f.samplesSha256, f.importedAtMs, f.importedBy},
        Tr::tr("recording file %1").arg(f.fileName));
    return id ? Status() : id.error();
}

Result<QList<DatasetFile>> DatasetTable::files(qint64 datasetId)
{
    return sql::selectAll<DatasetFile>(
        m_db, QStringLiteral("SELECT %1 FROM dataset_file WHERE dataset_id = ? ORDER BY id").arg(kFileColumns),
        {datasetId}, Tr::tr("reading dataset files"), readFile);
}

Status DatasetTable::insertPredictionSet(const WriteAccess& /*write*/, const PredictionSet& s)
{
    auto id = sql::insertRow(
        m_db, QStringLiteral("INSERT INTO prediction_set (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kSetColumns),
        {s.id, s.versionId, s.datasetId, s.fileId, s.scoreColumn, s.sampleCount, s.contentSha256, s.importedAtMs,
         s.importedBy},
        Tr::tr("recording a prediction set"));
    return id ? Status() : id.error();
}

Result<std::optional<PredictionSet>> DatasetTable::predictionSet(qint64 versionId, qint64 datasetId)
{
    return sql::first(sql::selectAll<PredictionSet>(
        m_db, QStringLiteral("SELECT %1 FROM prediction_set WHERE version_id = ? AND dataset_id = ?").arg(kSetColumns),
        {versionId, datasetId}, Tr::tr("reading a prediction set"), readSet));
}

Result<QList<PredictionSet>> DatasetTable::predictionSets(qint64 datasetId, qint64 versionId)
{
    const QString where = datasetId > 0 ? QStringLiteral("dataset_id = ?") : QStringLiteral("version_id = ?");
    return sql::selectAll<PredictionSet>(
        m_db, QStringLiteral("SELECT %1 FROM prediction_set WHERE %2 ORDER BY id").arg(kSetColumns, where),
        {datasetId > 0 ? datasetId : versionId}, Tr::tr("reading prediction sets"), readSet);
}

Result<QList<EvidenceAttachment>> DatasetTable::attachments(qint64 datasetId)
{
    return AttachmentStore(m_db, AttachmentStore::Owner::Dataset).list(datasetId);
}

Result<qint64> DatasetTable::nextId(const QString& table)
{
    auto max = sql::scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(table), {},
                           Tr::tr("numbering a new row of %1").arg(table));
    if (!max) {
        return max.error();
    }
    return max.value() + 1;
}

Status DatasetTable::forEachSample(
    qint64 datasetId,
    const std::function<bool(qint64, std::string_view, std::optional<QString>, std::string_view)>& row)
{
    auto stmt = BulkStatement::prepare(
        m_db, "SELECT row_no, sample_id, label, groups_json FROM dataset_sample WHERE dataset_id = ?",
        Tr::tr("reading the samples of a dataset"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bindInt(1, datasetId);
    return stmt->forEachRow([&](const BulkStatement& s) {
        std::optional<QString> label;
        if (!s.columnIsNull(2)) {
            const auto l = s.columnText(2);
            label = QString::fromUtf8(l.data(), qsizetype(l.size()));
        }
        return row(s.columnInt(0), s.columnText(1), label, s.columnText(3));
    });
}

Result<std::vector<quint8>> DatasetTable::labelCodes(qint64 datasetId, qint64 rows)
{
    auto stmt = BulkStatement::prepare(m_db, "SELECT first_row, codes FROM dataset_label_chunk WHERE dataset_id = ?",
                                       Tr::tr("reading the labels of a dataset"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bindInt(1, datasetId);
    std::vector<quint8> codes(size_t(rows), LabelCodes::kNoSample);
    bool damaged = false;
    qint64 at = 0;
    auto read = stmt->forEachRow([&](const BulkStatement& r) {
        const qint64 first = r.columnInt(0);
        const std::string_view blob = r.columnBlob(1);
        if (first < 0 || first > rows || qint64(blob.size()) > rows - first) {
            damaged = true;
            at = first;
            return false;
        }
        std::memcpy(codes.data() + first, blob.data(), blob.size());
        return true;
    });
    if (!read) {
        return read.error();
    }
    if (damaged) {
        return Error(
            ErrorCode::Corrupt,
            Tr::tr("%1: dataset %2 has a damaged label chunk at row %3").arg(m_db.path()).arg(datasetId).arg(at));
    }
    return codes;
}

Result<std::optional<std::vector<quint8>>> DatasetTable::labelCodesFromSamples(const Dataset& dataset, qint64* bad)
{
    std::vector<quint8> codes(size_t(dataset.sampleCount), LabelCodes::kNoSample);
    bool fits = true;
    auto read =
        forEachSample(dataset.id, [&](qint64 rowNo, std::string_view, std::optional<QString> label, std::string_view) {
            const qsizetype index = label ? dataset.labelDomain.indexOf(*label) : qsizetype(LabelCodes::kUnlabelled);
            if (rowNo < 0 || rowNo >= dataset.sampleCount || index < 0 || index > LabelCodes::kUnlabelled) {
                fits = false;
                if (bad != nullptr) {
                    *bad = rowNo;
                }
                return false;
            }
            codes[size_t(rowNo)] = quint8(index);
            return true;
        });
    if (!read) {
        return read.error();
    }
    return fits ? std::optional(std::move(codes)) : std::nullopt;
}

namespace {
using TextIndex = TextMap<quint32>;

/// The index of `text` in `groups`, added when new.
quint32 indexOf(DatasetTable::RowGroups& groups, TextIndex& index, std::string_view text)
{
    auto known = index.find(text);
    if (known != index.end()) {
        return known->second;
    }
    const auto added = quint32(groups.texts.size());
    groups.texts.emplace_back(text);
    index.emplace(std::string(text), added);
    return added;
}
} // namespace

Status DatasetTable::forEachGroupChunk(
    qint64 datasetId, qint64 rows,
    const std::function<bool(qint64, const std::vector<std::string_view>&, const std::vector<quint16>&)>& chunk)
{
    auto stmt = BulkStatement::prepare(
        m_db, "SELECT first_row, texts, codes FROM dataset_group_chunk WHERE dataset_id = ? ORDER BY first_row",
        Tr::tr("reading the subgroups of a dataset"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bindInt(1, datasetId);
    std::vector<std::string_view> texts;
    std::vector<quint16> codes;
    bool damaged = false;
    qint64 at = 0;
    auto read = stmt->forEachRow([&](const BulkStatement& r) {
        const qint64 first = r.columnInt(0);
        const std::string_view joined = r.columnText(1);
        const std::string_view blob = r.columnBlob(2);
        at = first;
        if (first < 0 || first > rows || blob.size() % 2 != 0 || qint64(blob.size() / 2) > rows - first) {
            damaged = true;
            return false;
        }
        texts.clear();
        for (size_t begin = 0; begin <= joined.size() && !joined.empty();) {
            size_t end = joined.find(GroupCodes::kSeparator, begin);
            if (end == std::string_view::npos) {
                end = joined.size();
            }
            texts.push_back(joined.substr(begin, end - begin));
            begin = end + 1;
        }
        const auto* bytes = reinterpret_cast<const quint8*>(blob.data());
        codes.resize(blob.size() / 2);
        for (size_t i = 0; i < codes.size(); ++i) {
            codes[i] = quint16(bytes[2 * i] | (quint16(bytes[2 * i + 1]) << 8));
            if (codes[i] != GroupCodes::kNoSample && codes[i] >= texts.size()) {
                damaged = true;
                return false;
            }
        }
        return chunk(first, texts, codes);
    });
    if (!read) {
        return read.error();
    }
    if (damaged) {
        return Error(
            ErrorCode::Corrupt,
            Tr::tr("%1: dataset %2 has a damaged subgroup chunk at row %3").arg(m_db.path()).arg(datasetId).arg(at));
    }
    return {};
}

Result<DatasetTable::RowGroups> DatasetTable::groupCodes(qint64 datasetId, qint64 rows)
{
    RowGroups groups;
    groups.textOf.assign(size_t(rows), RowGroups::kNone);
    TextIndex index;
    std::vector<quint32> local; // the chunk's texts among all the dataset's
    auto read = forEachGroupChunk(datasetId, rows, [&](qint64 first, const auto& texts, const auto& codes) {
        local.clear();
        for (const std::string_view text : texts) {
            local.push_back(indexOf(groups, index, text));
        }
        for (size_t i = 0; i < codes.size(); ++i) {
            if (codes[i] != GroupCodes::kNoSample) {
                groups.textOf[size_t(first) + i] = local[codes[i]];
            }
        }
        return true;
    });
    if (!read) {
        return read.error();
    }
    return groups;
}

Result<std::optional<DatasetTable::RowGroups>> DatasetTable::groupsFromSamples(const Dataset& dataset, qint64* bad)
{
    RowGroups groups;
    groups.textOf.assign(size_t(dataset.sampleCount), RowGroups::kNone);
    TextIndex index;
    bool fits = true;
    auto read = forEachSample(dataset.id, [&](qint64 rowNo, std::string_view, auto, std::string_view json) {
        if (rowNo < 0 || rowNo >= dataset.sampleCount) {
            fits = false;
            if (bad != nullptr) {
                *bad = rowNo;
            }
            return false;
        }
        groups.textOf[size_t(rowNo)] = indexOf(groups, index, json);
        return true;
    });
    if (!read) {
        return read.error();
    }
    return fits ? std::optional(std::move(groups)) : std::nullopt;
}

Result<ScoreCursor> ScoreCursor::open(Database& db, qint64 setId, qint64 rows)
{
    auto stmt =
        BulkStatement::prepare(db, "SELECT first_row, scores FROM prediction_chunk WHERE set_id = ? ORDER BY first_row",
                               Tr::tr("reading prediction scores"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bindInt(1, setId);
    return ScoreCursor(db, std::move(stmt.value()), setId, rows);
}

ScoreCursor::ScoreCursor(Database& db, BulkStatement statement, qint64 setId, qint64 rows)
    : m_db(&db)
    , m_statement(std::move(statement))
    , m_setId(setId)
    , m_rows(rows)
{ }

Status ScoreCursor::advanceTo(qint64 row)
{
    constexpr qint64 kPastEnd = std::numeric_limits<qint64>::max();
    while (m_end <= row) {
        auto more = m_statement.step();
        if (!more) {
            return more.error();
        }
        if (!more.value()) {
            m_first = m_end = kPastEnd; // no chunk left: every later row has no score
            m_values.clear();
            m_statement.reset();
            return {};
        }
        const qint64 first = m_statement.columnInt(0);
        const std::string_view blob = m_statement.columnBlob(1);
        const qint64 n = qint64(blob.size() / sizeof(double));
        if (blob.size() % sizeof(double) != 0 || first < m_end || first + n > m_rows) {
            return Error(ErrorCode::Corrupt,
                         Tr::tr("%1: prediction set %2 has a damaged score chunk at row %3")
                             .arg(m_db->path())
                             .arg(m_setId)
                             .arg(first));
        }
        // Stored little-endian; every platform Countersign builds for is little-endian (checked at compile time).
        static_assert(std::endian::native == std::endian::little);
        m_values.resize(size_t(n));
        std::memcpy(m_values.data(), blob.data(), blob.size()); // a blob need not be aligned for doubles
        m_first = first;
        m_end = first + n;
    }
    return {};
}

} // namespace cs
