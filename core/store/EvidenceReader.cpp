#include "EvidenceReader.h"

#include "store/BulkStatement.h"
#include "store/QueryHelpers.h"

#include <QCoreApplication>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::EvidenceReader)
};

} // namespace

Result<bool> EvidenceReader::hasTable(const QString& table)
{
    return m_db.hasTable(table);
}

Result<QHash<QString, QByteArray>> EvidenceReader::versionEvidence()
{
    auto q = m_db.prepare(QStringLiteral("SELECT model_name || '/' || label, evidence_json FROM model_version"));
    if (!q) {
        return q.error();
    }
    if (auto r = m_db.exec(q.value(), Tr::tr("reading model versions")); !r) {
        return r.error();
    }
    QHash<QString, QByteArray> evidence;
    while (q->next()) {
        evidence.insert(q->value(0).toString(), q->value(1).toByteArray());
    }
    return evidence;
}

Result<QList<EvidenceReader::FileOwner>> EvidenceReader::datasetFiles()
{
    return sql::selectAll<FileOwner>(
        m_db,
        QStringLiteral("SELECT f.id, d.name, f.samples_added FROM dataset_file f JOIN dataset d ON d.id = f.dataset_id "
                       "ORDER BY f.id"),
        {}, Tr::tr("reading dataset files"), [](const QSqlQuery& q) {
            return FileOwner {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()};
        });
}

Status EvidenceReader::forEachFileSample(
    qint64 fileId, const std::function<void(std::string_view, std::string_view, std::string_view)>& visit)
{
    auto stmt = BulkStatement::prepare(
        m_db, "SELECT sample_id, label, groups_json FROM dataset_sample WHERE file_id = ? ORDER BY row_no",
        Tr::tr("reading the samples of a dataset"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bindInt(1, fileId);
    return stmt->forEachRow([&](const BulkStatement& row) {
        visit(row.columnText(0), row.columnText(1), row.columnText(2));
        return true;
    });
}

Result<QHash<QString, qint64>> EvidenceReader::predictionSets()
{
    auto q = m_db.prepare(QStringLiteral("SELECT s.id, v.model_name || '/' || v.label || '@' || d.name FROM "
                                         "prediction_set s JOIN model_version v ON v.id = s.version_id JOIN dataset d "
                                         "ON d.id = s.dataset_id"));
    if (!q) {
        return q.error();
    }
    if (auto r = m_db.exec(q.value(), Tr::tr("reading prediction sets")); !r) {
        return r.error();
    }
    QHash<QString, qint64> ids;
    while (q->next()) {
        ids.insert(q->value(1).toString(), q->value(0).toLongLong());
    }
    return ids;
}

Status EvidenceReader::forEachScoreChunk(qint64 setId, const std::function<void(std::string_view)>& visit)
{
    auto stmt = BulkStatement::prepare(m_db, "SELECT scores FROM prediction_chunk WHERE set_id = ? ORDER BY first_row",
                                       Tr::tr("reading prediction scores"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bindInt(1, setId);
    return stmt->forEachRow([&](const BulkStatement& row) {
        visit(row.columnBlob(0));
        return true;
    });
}

} // namespace cs
