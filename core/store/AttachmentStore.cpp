#include "AttachmentStore.h"

#include "json/CanonicalJson.h"
#include "store/QueryHelpers.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::AttachmentStore)
};

QString nonNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
} // namespace

Result<qint64> AttachmentStore::insert(const WriteAccess& /*write*/, const EvidenceAttachment& a)
{
    auto content = CanonicalJson::serialize(a.content);
    if (!content) {
        return content.error();
    }
    const bool version = m_owner == Owner::ModelVersion;
    return sql::insertRow(
        m_db,
        QStringLiteral("INSERT INTO %1 (%2, kind, source, content_json, sha256, attached_at_ms, "
                       "attached_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .arg(version ? QStringLiteral("version_attachment") : QStringLiteral("dataset_attachment"),
                 version ? QStringLiteral("version_id") : QStringLiteral("dataset_id")),
        {a.ownerId, a.kind, nonNull(a.source), QString::fromUtf8(content.value()), a.sha256, a.attachedAtMs,
         nonNull(a.attachedBy)},
        version ? Tr::tr("attaching %1 to model version %2").arg(a.kind).arg(a.ownerId)
                : Tr::tr("attaching %1 to dataset %2").arg(a.kind).arg(a.ownerId));
}

Result<QList<EvidenceAttachment>> AttachmentStore::list(qint64 ownerId)
{
    const bool version = m_owner == Owner::ModelVersion;
    return sql::selectAll<EvidenceAttachment>(
        m_db,
        QStringLiteral("SELECT id, %2, kind, source, content_json, sha256, attached_at_ms, attached_by FROM %1 "
                       "WHERE %2 = ? ORDER BY id")
            .arg(version ? QStringLiteral("version_attachment") : QStringLiteral("dataset_attachment"),
                 version ? QStringLiteral("version_id") : QStringLiteral("dataset_id")),
        {ownerId},
        version ? Tr::tr("reading the attachments of model version %1").arg(ownerId)
                : Tr::tr("reading the attachments of dataset %1").arg(ownerId),
        [](const QSqlQuery& q) {
            EvidenceAttachment a;
            a.id = q.value(0).toLongLong();
            a.ownerId = q.value(1).toLongLong();
            a.kind = q.value(2).toString();
            a.source = q.value(3).toString();
            a.content = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
            a.sha256 = q.value(5).toString();
            a.attachedAtMs = q.value(6).toLongLong();
            a.attachedBy = q.value(7).toString();
            return a;
        });
}

} // namespace cs
