#include "AuditLog.h"

#include "audit/AuditEventCodec.h"
#include "json/CanonicalJson.h"

#include <QCoreApplication>

namespace cs::AuditLog {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::AuditLog)
};

Status checkRecord(const AuditRecord& r)
{
    if (nameOf(r.action).isEmpty() || r.entityType.isEmpty()) {
        return Error(ErrorCode::Internal, Tr::tr("an audit record needs an action and an entity type"));
    }
    const bool needsReason = r.change == ChangeKind::Update || r.change == ChangeKind::Delete;
    if (needsReason && r.reason.trimmed().isEmpty()) {
        return Error(
            ErrorCode::Rule,
            Tr::tr("a reason is required to %1 %2 %3")
                .arg(r.change == ChangeKind::Update ? Tr::tr("change") : Tr::tr("delete"), r.entityType, r.entityId));
    }
    if (r.change == ChangeKind::Update && (!r.before || !r.after)) {
        return Error(ErrorCode::Internal, Tr::tr("an update must record the value before and after"));
    }
    if (r.change == ChangeKind::Create && !r.after) {
        return Error(ErrorCode::Internal, Tr::tr("a creation must record the new value"));
    }
    if (r.change == ChangeKind::Delete && !r.before) {
        return Error(ErrorCode::Internal, Tr::tr("a deletion must record the value that was deleted"));
    }
    return {};
}

Result<QByteArray> canonicalOrEmpty(const std::optional<QJsonObject>& value)
{
    if (!value) {
        return QByteArray();
    }
    return CanonicalJson::serialize(*value);
}
} // namespace

Result<AuditEvent> append(AuditEventTable& table, const WriteAccess& write, const QString& workspaceId,
                          const AuditRecord& record, const QList<RecordSeal>& seals, const Session& session,
                          qint64 nowMs)
{
    if (auto r = checkRecord(record); !r) {
        return r.error();
    }
    auto last = table.last();
    if (!last) {
        return last.error();
    }
    AuditEvent e;
    e.seq = last.value() ? last.value()->seq + 1 : 1;
    e.timeMs = nowMs;
    e.actor = session.actor;
    e.action = nameOf(record.action);
    e.change = record.change;
    e.entityType = record.entityType;
    e.entityId = record.entityId;
    e.reason = record.reason.trimmed();
    e.sessionId = session.sessionId;
    e.records = seals;
    auto before = canonicalOrEmpty(record.before);
    auto after = canonicalOrEmpty(record.after);
    if (!before || !after) {
        return before ? after.error() : before.error();
    }
    e.before = before.value();
    e.after = after.value();
    auto canonical = AuditEventCodec::canonicalBytes(e, workspaceId);
    if (!canonical) {
        return canonical.error();
    }
    auto leaf = AuditEventCodec::leafHash(canonical.value());
    if (!leaf) {
        return leaf.error();
    }
    e.leafHash = leaf.value();
    const QByteArray previous = last.value() ? last.value()->chainHash : AuditEventCodec::genesisChainHash();
    auto chain = AuditEventCodec::chainHash(previous, e.leafHash);
    if (!chain) {
        return chain.error();
    }
    e.chainHash = chain.value();
    if (auto r = table.insert(write, e); !r) {
        return r.error();
    }
    return e;
}

} // namespace cs::AuditLog
