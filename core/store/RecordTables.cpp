#include "RecordTables.h"

#include "store/QueryHelpers.h"

#include <QCoreApplication>
#include <QVariant>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::RecordTables)
};

AuditReview readReview(const QSqlQuery& q)
{
    AuditReview r;
    r.id = q.value(0).toLongLong();
    r.fromSeq = q.value(1).toLongLong();
    r.toSeq = q.value(2).toLongLong();
    r.chainHead = q.value(3).toByteArray();
    r.finding = q.value(4).toString();
    r.reviewer = q.value(5).toString();
    r.reviewedAtMs = q.value(6).toLongLong();
    return r;
}

Checkpoint readCheckpoint(const QSqlQuery& q)
{
    Checkpoint c;
    c.id = q.value(0).toLongLong();
    c.size = q.value(1).toLongLong();
    c.rootHash = q.value(2).toByteArray();
    c.chainHead = q.value(3).toByteArray();
    c.signedAtMs = q.value(4).toLongLong();
    c.note = q.value(5).toString().toUtf8();
    return c;
}

const QString kReviewColumns = QStringLiteral("id, from_seq, to_seq, chain_head, finding, reviewer, reviewed_at_ms");
const QString kCheckpointColumns = QStringLiteral("id, tree_size, root_hash, chain_head, signed_at_ms, note");
} // namespace

Status MetaTable::insert(const WriteAccess& /*write*/, const QString& key, const QString& value)
{
    auto q = m_db.prepare(QStringLiteral("INSERT INTO workspace_meta (key, value) VALUES (?, ?)"));
    if (!q) {
        return q.error();
    }
    q->addBindValue(key);
    q->addBindValue(value);
    return m_db.exec(q.value(), Tr::tr("recording workspace %1").arg(key));
}

Result<QHash<QString, QString>> MetaTable::all()
{
    auto q = m_db.prepare(QStringLiteral("SELECT key, value FROM workspace_meta"));
    if (!q) {
        return q.error();
    }
    if (auto r = m_db.exec(q.value(), Tr::tr("reading the workspace identity")); !r) {
        return r.error();
    }
    QHash<QString, QString> meta;
    while (q->next()) {
        meta.insert(q->value(0).toString(), q->value(1).toString());
    }
    return meta;
}

Status SettingTable::upsert(const WriteAccess& /*write*/, const QString& key, const QByteArray& valueJson, qint64 atMs,
                            const QString& by)
{
    auto q = m_db.prepare(QStringLiteral(
        "INSERT INTO setting (key, value_json, changed_at_ms, changed_by) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json, changed_at_ms = excluded.changed_at_ms, "
        "changed_by = excluded.changed_by"));
    if (!q) {
        return q.error();
    }
    q->addBindValue(key);
    q->addBindValue(QString::fromUtf8(valueJson));
    q->addBindValue(atMs);
    q->addBindValue(by);
    return m_db.exec(q.value(), Tr::tr("saving setting %1").arg(key));
}

Result<QHash<QString, QByteArray>> SettingTable::all()
{
    auto q = m_db.prepare(QStringLiteral("SELECT key, value_json FROM setting"));
    if (!q) {
        return q.error();
    }
    if (auto r = m_db.exec(q.value(), Tr::tr("reading settings")); !r) {
        return r.error();
    }
    QHash<QString, QByteArray> values;
    while (q->next()) {
        values.insert(q->value(0).toString(), q->value(1).toString().toUtf8());
    }
    return values;
}

Result<qint64> ReviewTable::insert(const WriteAccess& /*write*/, const AuditReview& review)
{
    auto q = m_db.prepare(QStringLiteral("INSERT INTO audit_review (from_seq, to_seq, chain_head, finding, reviewer, "
                                         "reviewed_at_ms) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    if (!q) {
        return q.error();
    }
    q->addBindValue(review.fromSeq);
    q->addBindValue(review.toSeq);
    q->addBindValue(review.chainHead);
    q->addBindValue(review.finding);
    q->addBindValue(review.reviewer);
    q->addBindValue(review.reviewedAtMs);
    if (auto r = m_db.exec(q.value(), Tr::tr("recording the audit-trail review")); !r) {
        return r.error();
    }
    if (!q->next()) {
        return Error(ErrorCode::Internal, Tr::tr("the new review has no id"));
    }
    return q->value(0).toLongLong();
}

Result<QList<AuditReview>> ReviewTable::all()
{
    auto q =
        m_db.prepare(QStringLiteral("SELECT ") + kReviewColumns + QStringLiteral(" FROM audit_review ORDER BY id"));
    if (!q) {
        return q.error();
    }
    if (auto r = m_db.exec(q.value(), Tr::tr("reading audit-trail reviews")); !r) {
        return r.error();
    }
    QList<AuditReview> reviews;
    while (q->next()) {
        reviews.append(readReview(q.value()));
    }
    return reviews;
}

Result<std::optional<AuditReview>> ReviewTable::byId(qint64 id)
{
    auto q =
        m_db.prepare(QStringLiteral("SELECT ") + kReviewColumns + QStringLiteral(" FROM audit_review WHERE id = ?"));
    if (!q) {
        return q.error();
    }
    q->addBindValue(id);
    if (auto r = m_db.exec(q.value(), Tr::tr("reading audit-trail review %1").arg(id)); !r) {
        return r.error();
    }
    if (!q->next()) {
        return std::optional<AuditReview>();
    }
    return std::optional<AuditReview>(readReview(q.value()));
}

Result<std::optional<AuditReview>> ReviewTable::last()
{
    auto q = m_db.prepare(QStringLiteral("SELECT ") + kReviewColumns +
                          QStringLiteral(" FROM audit_review ORDER BY id DESC LIMIT 1"));
    if (!q) {
        return q.error();
    }
    if (auto r = m_db.exec(q.value(), Tr::tr("reading audit-trail reviews")); !r) {
        return r.error();
    }
    if (!q->next()) {
        return std::optional<AuditReview>();
    }
    return std::optional<AuditReview>(readReview(q.value()));
}

Result<std::optional<std::pair<qint64, qint64>>> ReviewTable::unreviewed()
{
    auto size = sql::scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM audit_event"), {},
                            Tr::tr("reading the audit trail"));
    auto last = this->last();
    if (!size || !last) {
        return size ? last.error() : size.error();
    }
    const qint64 from = last.value() ? last.value()->toSeq + 1 : 1;
    if (from > size.value()) {
        return std::optional<std::pair<qint64, qint64>>();
    }
    return std::optional(std::pair {from, size.value()});
}

Result<qint64> CheckpointTable::insert(const WriteAccess& /*write*/, const Checkpoint& c, const QString& createdBy)
{
    auto q = m_db.prepare(QStringLiteral("INSERT INTO audit_checkpoint (tree_size, root_hash, chain_head, "
                                         "signed_at_ms, note, created_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    if (!q) {
        return q.error();
    }
    q->addBindValue(c.size);
    q->addBindValue(c.rootHash);
    q->addBindValue(c.chainHead);
    q->addBindValue(c.signedAtMs);
    q->addBindValue(QString::fromUtf8(c.note));
    q->addBindValue(createdBy);
    if (auto r = m_db.exec(q.value(), Tr::tr("storing the checkpoint")); !r) {
        return r.error();
    }
    if (!q->next()) {
        return Error(ErrorCode::Internal, Tr::tr("the new checkpoint has no id"));
    }
    return q->value(0).toLongLong();
}

Result<QList<Checkpoint>> CheckpointTable::all()
{
    auto q = m_db.prepare(QStringLiteral("SELECT ") + kCheckpointColumns +
                          QStringLiteral(" FROM audit_checkpoint ORDER BY id"));
    if (!q) {
        return q.error();
    }
    if (auto r = m_db.exec(q.value(), Tr::tr("reading checkpoints")); !r) {
        return r.error();
    }
    QList<Checkpoint> checkpoints;
    while (q->next()) {
        checkpoints.append(readCheckpoint(q.value()));
    }
    return checkpoints;
}

Result<std::optional<Checkpoint>> CheckpointTable::latest()
{
    auto q = m_db.prepare(QStringLiteral("SELECT ") + kCheckpointColumns +
                          QStringLiteral(" FROM audit_checkpoint ORDER BY id DESC LIMIT 1"));
    if (!q) {
        return q.error();
    }
    if (auto r = m_db.exec(q.value(), Tr::tr("reading checkpoints")); !r) {
        return r.error();
    }
    if (!q->next()) {
        return std::optional<Checkpoint>();
    }
    return std::optional<Checkpoint>(readCheckpoint(q.value()));
}

} // namespace cs
