#include "EvidenceCheck.h"

#include "crypto/Sha256.h"
#include "json/CanonicalJson.h"
#include "store/BulkStatement.h"
#include "store/QueryHelpers.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace cs {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("cs::EvidenceCheck", text);
}

struct Recorded
{
    qint64 seq = 0;
    QString entity;
    QJsonObject after;
};

/// The audit events of `action`, in order.
Result<QList<Recorded>> events(Database& db, const QString& action)
{
    return sql::selectAll<Recorded>(
        db, QStringLiteral("SELECT seq, entity_id, after_json FROM audit_event WHERE action = ? ORDER BY seq"),
        {action}, tr("reading the audit trail"), [](const QSqlQuery& q) {
            return Recorded {q.value(0).toLongLong(), q.value(1).toString(),
                             QJsonDocument::fromJson(q.value(2).toByteArray()).object()};
        });
}

Status checkVersions(Database& db, VerificationReport& report)
{
    auto recorded = events(db, QStringLiteral("model_version.imported"));
    if (!recorded) {
        return recorded.error();
    }
    struct Row
    {
        QString key;
        QString json;
    };
    auto rows = sql::selectAll<Row>(db,
                                    QStringLiteral("SELECT model_name || '/' || label, evidence_json FROM "
                                                   "model_version"),
                                    {}, tr("reading model versions"), [](const QSqlQuery& q) {
                                        return Row {q.value(0).toString(), q.value(1).toString()};
                                    });
    if (!rows) {
        return rows.error();
    }
    QMap<QString, QString> stored;
    for (const Row& r : rows.value()) {
        stored.insert(r.key, r.json);
    }
    for (const Recorded& e : recorded.value()) {
        if (!stored.contains(e.entity)) {
            report.findings.append(
                {Finding::Kind::EvidenceAltered, e.seq,
                 tr("model version %1, imported by event %2, is no longer in the workspace").arg(e.entity).arg(e.seq)});
            continue;
        }
        const QJsonObject evidence = QJsonDocument::fromJson(stored.value(e.entity).toUtf8()).object();
        const QString digest = CanonicalJson::sha256Hex(evidence).value_or(QString());
        if (digest != e.after.value(QStringLiteral("evidence_sha256")).toString()) {
            report.findings.append({Finding::Kind::EvidenceAltered, e.seq,
                                    tr("the evidence of model version %1 no longer matches the digest recorded by "
                                       "event %2")
                                        .arg(e.entity)
                                        .arg(e.seq)});
        }
    }
    return {};
}

Status checkDatasetFiles(Database& db, VerificationReport& report, const std::function<bool()>& cancelled)
{
    auto recorded = events(db, QStringLiteral("dataset.file_imported"));
    if (!recorded) {
        return recorded.error();
    }
    struct File
    {
        qint64 id;
        QString dataset;
    };
    auto files = sql::selectAll<File>(db,
                                      QStringLiteral("SELECT f.id, d.name FROM dataset_file f JOIN dataset d ON d.id = "
                                                     "f.dataset_id ORDER BY f.id"),
                                      {}, tr("reading dataset files"), [](const QSqlQuery& q) {
                                          return File {q.value(0).toLongLong(), q.value(1).toString()};
                                      });
    if (!files) {
        return files.error();
    }
    // Events and files pair up in order, per dataset.
    QMap<QString, QList<Recorded>> byDataset;
    for (const Recorded& e : recorded.value()) {
        byDataset[e.entity].append(e);
    }
    QMap<QString, int> used;
    auto samples = BulkStatement::prepare(db,
                                          "SELECT sample_id, label, groups_json FROM dataset_sample WHERE file_id = ? "
                                          "ORDER BY row_no",
                                          tr("reading the samples of a dataset"));
    if (!samples) {
        return samples.error();
    }
    for (const File& f : files.value()) {
        if (cancelled && cancelled()) {
            return Error(ErrorCode::Cancelled, tr("verification cancelled"));
        }
        const QList<Recorded>& list = byDataset[f.dataset];
        const int index = used[f.dataset]++;
        if (index >= list.size()) {
            report.findings.append({Finding::Kind::EvidenceAltered, 0,
                                    tr("dataset %1 has a file that no audit event recorded").arg(f.dataset)});
            continue;
        }
        const Recorded& e = list.at(index);
        Sha256 hash;
        std::string line;
        qint64 count = 0;
        samples->bindInt(1, f.id);
        for (;;) {
            auto more = samples->step();
            if (!more) {
                samples->reset();
                return more.error();
            }
            if (!more.value()) {
                break;
            }
            line.assign(samples->columnText(0));
            line.push_back('\x1f');
            line.append(samples->columnText(1));
            line.push_back('\x1f');
            line.append(samples->columnText(2));
            line.push_back('\n');
            hash.add(QByteArrayView(line.data(), qsizetype(line.size())));
            ++count;
        }
        samples->reset();
        const QString digest = QString::fromLatin1(hash.finish().toHex());
        if (digest != e.after.value(QStringLiteral("samples_sha256")).toString() ||
            count != e.after.value(QStringLiteral("samples_added")).toInteger()) {
            report.findings.append({Finding::Kind::EvidenceAltered, e.seq,
                                    tr("the samples of dataset %1 added from %2 no longer match what event %3 "
                                       "recorded (%4 samples now, %5 then)")
                                        .arg(f.dataset, e.after.value(QStringLiteral("file")).toString())
                                        .arg(e.seq)
                                        .arg(count)
                                        .arg(e.after.value(QStringLiteral("samples_added")).toInteger())});
        }
    }
    return {};
}

Status checkPredictionSets(Database& db, VerificationReport& report, const std::function<bool()>& cancelled)
{
    auto recorded = events(db, QStringLiteral("prediction_set.imported"));
    if (!recorded) {
        return recorded.error();
    }
    struct Set
    {
        qint64 id;
        QString entity;
    };
    auto sets = sql::selectAll<Set>(
        db,
        QStringLiteral("SELECT s.id, v.model_name || '/' || v.label || '@' || d.name FROM prediction_set s JOIN "
                       "model_version v ON v.id = s.version_id JOIN dataset d ON d.id = s.dataset_id"),
        {}, tr("reading prediction sets"), [](const QSqlQuery& q) {
            return Set {q.value(0).toLongLong(), q.value(1).toString()};
        });
    if (!sets) {
        return sets.error();
    }
    QMap<QString, qint64> idOf;
    for (const Set& s : sets.value()) {
        idOf.insert(s.entity, s.id);
    }
    auto chunks = BulkStatement::prepare(db, "SELECT scores FROM prediction_chunk WHERE set_id = ? ORDER BY first_row",
                                         tr("reading prediction scores"));
    if (!chunks) {
        return chunks.error();
    }
    for (const Recorded& e : recorded.value()) {
        if (cancelled && cancelled()) {
            return Error(ErrorCode::Cancelled, tr("verification cancelled"));
        }
        if (!idOf.contains(e.entity)) {
            report.findings.append({Finding::Kind::EvidenceAltered, e.seq,
                                    tr("the predictions %1 recorded by event %2 are no longer in the workspace")
                                        .arg(e.entity)
                                        .arg(e.seq)});
            continue;
        }
        Sha256 hash;
        chunks->bindInt(1, idOf.value(e.entity));
        for (;;) {
            auto more = chunks->step();
            if (!more) {
                chunks->reset();
                return more.error();
            }
            if (!more.value()) {
                break;
            }
            const auto blob = chunks->columnBlob(0);
            hash.add(QByteArrayView(blob.data(), qsizetype(blob.size())));
        }
        chunks->reset();
        if (QString::fromLatin1(hash.finish().toHex()) != e.after.value(QStringLiteral("content_sha256")).toString()) {
            report.findings.append(
                {Finding::Kind::EvidenceAltered, e.seq,
                 tr("the scores of %1 no longer match the digest recorded by event %2").arg(e.entity).arg(e.seq)});
        }
    }
    return {};
}
} // namespace

Status EvidenceCheck::run(Database& db, VerificationReport& report, const std::function<bool()>& cancelled)
{
    // A workspace of an older schema (opened read-only, not upgraded) has fewer kinds of evidence.
    auto tables =
        sql::selectAll<QString>(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"), {},
                                tr("reading the schema"), [](const QSqlQuery& q) { return q.value(0).toString(); });
    if (!tables) {
        return tables.error();
    }
    if (tables->contains(QStringLiteral("model_version"))) {
        if (auto r = checkVersions(db, report); !r) {
            return r;
        }
    }
    if (tables->contains(QStringLiteral("prediction_set"))) {
        if (auto r = checkDatasetFiles(db, report, cancelled); !r) {
            return r;
        }
        return checkPredictionSets(db, report, cancelled);
    }
    return {};
}

} // namespace cs
