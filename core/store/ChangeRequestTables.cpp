#include "ChangeRequestTables.h"

#include "json/CanonicalJson.h"
#include "store/QueryHelpers.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::ChangeRequestTable)
};

const QString kColumns = QStringLiteral(
    "r.id, r.author, r.created_at_ms, v.id, v.revision, v.content_json, v.content_sha256, v.plan_sha256, v.locked, "
    "(SELECT m.to_state FROM change_request_move m WHERE m.request_id = r.id ORDER BY m.id DESC LIMIT 1)");

ChangeRequestRecord readRow(const QSqlQuery& q)
{
    ChangeRequestRecord c;
    c.id = q.value(0).toString();
    c.author = q.value(1).toString();
    c.createdAtMs = q.value(2).toLongLong();
    c.revisionId = q.value(3).toLongLong();
    c.revision = q.value(4).toInt();
    QStringList errors; // the content was written by toJson(): a problem here is a damaged record, which the seal
                        // check of the command that uses it reports
    c.content = ChangeRequestContent::fromJson(QJsonDocument::fromJson(q.value(5).toByteArray()).object(), &errors);
    c.contentSha256 = q.value(6).toString();
    c.planSha256 = q.value(7).toString();
    c.locked = q.value(8).toInt() != 0;
    c.state = enumFromName<ChangeRequestState>(q.value(9).toString()).value_or(ChangeRequestState::Draft);
    return c;
}

Result<QByteArray> canonical(const QJsonObject& content)
{
    return CanonicalJson::serialize(content);
}
} // namespace

Result<QString> ChangeRequestTable::nextId(int year)
{
    const QString prefix = QStringLiteral("CR-%1-").arg(year);
    auto rows = sql::selectAll<QString>(
        m_db, QStringLiteral("SELECT id FROM change_request WHERE id LIKE ? ORDER BY id DESC LIMIT 1"),
        {QVariant(QString(prefix + u'%'))}, Tr::tr("numbering change requests"),
        [](const QSqlQuery& q) { return q.value(0).toString(); });
    if (!rows) {
        return rows.error();
    }
    const int last = rows->isEmpty() ? 0 : rows->first().mid(prefix.size()).toInt();
    return QString(prefix + QStringLiteral("%1").arg(last + 1, 4, 10, QLatin1Char('0')));
}

Result<qint64> ChangeRequestTable::insert(const WriteAccess& write, const ChangeRequestRecord& request)
{
    auto r = sql::insertRow(
        m_db, QStringLiteral("INSERT INTO change_request (id, model_name, author, created_at_ms) VALUES (?, ?, ?, ?)"),
        {request.id, request.content.model, request.author, request.createdAtMs},
        Tr::tr("opening change request %1").arg(request.id));
    if (!r) {
        return r.error();
    }
    return insertRevision(write, request, request.createdAtMs, request.author);
}

Result<qint64> ChangeRequestTable::insertRevision(const WriteAccess& /*write*/, const ChangeRequestRecord& request,
                                                  qint64 atMs, const QString& by)
{
    auto content = canonical(request.content.toJson());
    if (!content) {
        return content.error();
    }
    return sql::insertRow(m_db,
                          QStringLiteral("INSERT INTO change_request_revision (request_id, revision, content_json, "
                                         "content_sha256, plan_sha256, locked, edited_at_ms, edited_by) VALUES (?, ?, "
                                         "?, ?, ?, 0, ?, ?)"),
                          {request.id, request.revision, QString::fromUtf8(content.value()), request.contentSha256,
                           request.planSha256, atMs, by},
                          Tr::tr("recording revision %1 of %2").arg(request.revision).arg(request.id));
}

Status ChangeRequestTable::updateRevision(const WriteAccess& /*write*/, const ChangeRequestRecord& request, qint64 atMs,
                                          const QString& by)
{
    auto content = canonical(request.content.toJson());
    if (!content) {
        return content.error();
    }
    auto r = sql::insertRow(
        m_db,
        QStringLiteral("UPDATE change_request_revision SET content_json = ?, content_sha256 = ?, "
                       "plan_sha256 = ?, edited_at_ms = ?, edited_by = ? WHERE id = ?"),
        {QString::fromUtf8(content.value()), request.contentSha256, request.planSha256, atMs, by, request.revisionId},
        Tr::tr("changing the draft of %1").arg(request.id));
    return r ? Status() : r.error();
}

Status ChangeRequestTable::lockRevision(const WriteAccess& /*write*/, qint64 revisionId)
{
    auto r = sql::insertRow(m_db, QStringLiteral("UPDATE change_request_revision SET locked = 1 WHERE id = ?"),
                            {revisionId}, Tr::tr("locking a change request's plan"));
    return r ? Status() : r.error();
}

Result<qint64> ChangeRequestTable::insertMove(const WriteAccess& /*write*/, const QString& requestId,
                                              const ChangeRequestMove& move)
{
    return sql::insertRow(m_db,
                          QStringLiteral("INSERT INTO change_request_move (request_id, revision, from_state, to_state, "
                                         "action, reason, signature_id, actor, at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                                         "?)"),
                          {requestId, move.revision, nameOf(move.from), nameOf(move.to), nameOf(move.action),
                           move.reason.isNull() ? QStringLiteral("") : move.reason,
                           move.signatureId > 0 ? QVariant(move.signatureId) : QVariant(), move.actor, move.atMs},
                          Tr::tr("recording a move of %1").arg(requestId));
}

Result<std::optional<ChangeRequestRecord>> ChangeRequestTable::read(const QString& where, const QVariantList& binds)
{
    return sql::first(sql::selectAll<ChangeRequestRecord>(
        m_db,
        QStringLiteral("SELECT ") + kColumns +
            QStringLiteral(" FROM change_request r JOIN change_request_revision v ON v.request_id = r.id WHERE ") +
            where,
        binds, Tr::tr("reading a change request"), readRow));
}

Result<std::optional<ChangeRequestRecord>> ChangeRequestTable::byId(const QString& id)
{
    return read(QStringLiteral("r.id = ? ORDER BY v.revision DESC LIMIT 1"), {id});
}

Result<std::optional<ChangeRequestRecord>> ChangeRequestTable::revision(const QString& id, int revision)
{
    return read(QStringLiteral("r.id = ? AND v.revision = ?"), {id, revision});
}

Result<QList<ChangeRequestRecord>> ChangeRequestTable::all()
{
    return sql::selectAll<ChangeRequestRecord>(
        m_db,
        QStringLiteral("SELECT ") + kColumns +
            QStringLiteral(" FROM change_request r JOIN change_request_revision v ON v.request_id = r.id WHERE "
                           "v.revision = (SELECT MAX(revision) FROM change_request_revision WHERE request_id = r.id) "
                           "ORDER BY r.created_at_ms DESC, r.id DESC"),
        {}, Tr::tr("listing change requests"), readRow);
}

Result<QList<ChangeRequestMove>> ChangeRequestTable::moves(const QString& id)
{
    return sql::selectAll<ChangeRequestMove>(
        m_db,
        QStringLiteral("SELECT id, revision, from_state, to_state, action, reason, signature_id, actor, at_ms FROM "
                       "change_request_move WHERE request_id = ? ORDER BY id"),
        {id}, Tr::tr("reading the history of %1").arg(id), [](const QSqlQuery& q) {
            ChangeRequestMove m;
            m.id = q.value(0).toLongLong();
            m.revision = q.value(1).toInt();
            m.from = enumFromName<ChangeRequestState>(q.value(2).toString()).value_or(ChangeRequestState::Draft);
            m.to = enumFromName<ChangeRequestState>(q.value(3).toString()).value_or(ChangeRequestState::Draft);
            m.action = enumFromName<ChangeRequestAction>(q.value(4).toString()).value_or(ChangeRequestAction::Edit);
            m.reason = q.value(5).toString();
            m.signatureId = q.value(6).toLongLong();
            m.actor = q.value(7).toString();
            m.atMs = q.value(8).toLongLong();
            return m;
        });
}

Result<qint64> ChangeRequestTable::insertEvidence(const WriteAccess& /*write*/, const QString& id, int revision,
                                                  const QByteArray& canonicalJson, const QString& sha256, qint64 atMs,
                                                  const QString& by)
{
    return sql::insertRow(m_db,
                          QStringLiteral("INSERT INTO change_request_evidence (request_id, revision, evidence_json, "
                                         "evidence_sha256, computed_at_ms, computed_by) VALUES (?, ?, ?, ?, ?, ?)"),
                          {id, revision, QString::fromUtf8(canonicalJson), sha256, atMs, by},
                          Tr::tr("freezing the evidence of %1").arg(id));
}

Result<std::optional<ChangeRequestTable::Evidence>> ChangeRequestTable::evidence(const QString& id, int revision)
{
    return sql::first(sql::selectAll<Evidence>(
        m_db,
        QStringLiteral("SELECT id, evidence_json, evidence_sha256, computed_at_ms, computed_by FROM "
                       "change_request_evidence WHERE request_id = ? AND revision = ?"),
        {id, revision}, Tr::tr("reading the evidence of %1").arg(id), [](const QSqlQuery& q) {
            Evidence e;
            e.rowId = q.value(0).toLongLong();
            e.json = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
            e.sha256 = q.value(2).toString();
            e.computedAtMs = q.value(3).toLongLong();
            e.computedBy = q.value(4).toString();
            return e;
        }));
}

} // namespace cs
