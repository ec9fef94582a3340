#include "AuditQuery.h"

#include "audit/AuditEventCodec.h"
#include "audit/MerkleTree.h"
#include "store/AuditEventTable.h"
#include "store/RecordTables.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceAccess.h"

#include <QCoreApplication>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::AuditQuery)
};
} // namespace

AuditQuery::AuditQuery(Workspace& workspace)
    : m_db(WorkspaceAccess::database(workspace))
    , m_workspaceId(workspace.id())
{ }

Result<AuditEvent> AuditQuery::event(qint64 seq)
{
    return AuditEventTable(m_db).at(seq);
}

Result<qint64> AuditQuery::count(const AuditFilter& filter)
{
    return AuditEventTable(m_db).count(filter);
}

Result<qint64> AuditQuery::rows()
{
    return AuditEventTable(m_db).rows();
}

Result<qint64> AuditQuery::countBefore(const AuditFilter& filter, qint64 seq)
{
    return AuditEventTable(m_db).countBefore(filter, seq);
}

Result<bool> AuditQuery::matches(const AuditFilter& filter, qint64 seq)
{
    return AuditEventTable(m_db).matches(filter, seq);
}

Result<QList<AuditEvent>> AuditQuery::page(const AuditFilter& filter, qint64 afterSeq, qint64 offset, int limit)
{
    return AuditEventTable(m_db).page(filter, afterSeq, offset, limit);
}

Status AuditQuery::scan(qint64 fromSeq, const std::function<bool(const AuditEvent&)>& visit)
{
    return AuditEventTable(m_db).scan(fromSeq, visit);
}

Result<QStringList> AuditQuery::actors()
{
    return AuditEventTable(m_db).distinctActors();
}

Result<QStringList> AuditQuery::actions()
{
    return AuditEventTable(m_db).distinctActions();
}

Result<QList<AuditReview>> AuditQuery::reviews()
{
    return ReviewTable(m_db).all();
}

Result<std::optional<std::pair<qint64, qint64>>> AuditQuery::unreviewed()
{
    return ReviewTable(m_db).unreviewed();
}

Result<AuditExcerpt> AuditQuery::excerpt(const Checkpoint& checkpoint, const QString& verifierKey,
                                         const std::function<bool(const AuditEvent&)>& include)
{
    AuditExcerpt excerpt;
    excerpt.checkpointNote = checkpoint.note;
    excerpt.verifierKey = verifierKey;
    QList<QByteArray> leaves;
    leaves.reserve(checkpoint.size);
    QList<qint64> indices;
    MerkleTree tree;
    std::optional<Error> failure;
    auto scanned = AuditEventTable(m_db).scan(1, [&](const AuditEvent& e) {
        if (e.seq > checkpoint.size) {
            return false;
        }
        if (e.seq != leaves.size() + 1) {
            failure = Error(ErrorCode::Integrity,
                            Tr::tr("event %1 is missing from the audit trail; run verify").arg(leaves.size() + 1));
            return false;
        }
        leaves.append(e.leafHash);
        if (auto s = tree.appendLeafHash(e.leafHash); !s) {
            failure = s.error();
            return false;
        }
        if (!include(e)) {
            return true;
        }
        auto canonical = AuditEventCodec::canonicalBytes(e, m_workspaceId);
        auto leaf = canonical ? AuditEventCodec::leafHash(canonical.value()) : Result<QByteArray>(canonical.error());
        if (!leaf || leaf.value() != e.leafHash) {
            failure = Error(
                ErrorCode::Integrity,
                Tr::tr("event %1 no longer hashes to its stored leaf hash (it was altered); run verify").arg(e.seq));
            return false;
        }
        excerpt.events.append({e.seq, canonical.value(), e.leafHash, {}});
        indices.append(e.seq - 1);
        return true;
    });
    if (!scanned) {
        return scanned.error();
    }
    if (failure) {
        return *failure;
    }
    auto root = tree.rootHash();
    if (!root) {
        return root.error();
    }
    if (tree.size() != checkpoint.size || root.value() != checkpoint.rootHash) {
        return Error(ErrorCode::Integrity,
                     Tr::tr("the audit trail's first %1 events no longer hash to the root that checkpoint %2 signed; "
                            "run verify")
                         .arg(checkpoint.size)
                         .arg(checkpoint.id));
    }
    auto proofs = MerkleTree::inclusionProofs(leaves, indices, checkpoint.size);
    if (!proofs) {
        return proofs.error();
    }
    for (qsizetype k = 0; k < excerpt.events.size(); ++k) {
        excerpt.events[k].proof = proofs.value()[k];
    }
    return excerpt;
}

} // namespace cs
