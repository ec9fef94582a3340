#include "CreateCheckpointCommand.h"

#include "audit/AuditVerifier.h"
#include "audit/SignedNote.h"
#include "commands/CommandContext.h"
#include "store/RecordTables.h"

#include <QCoreApplication>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::CreateCheckpointCommand)
};
} // namespace

CreateCheckpointCommand::CreateCheckpointCommand(const Ed25519PrivateKey& key, Ed25519PublicKey publicKey)
    : m_key(key)
    , m_publicKey(std::move(publicKey))
{ }

std::optional<Action> CreateCheckpointCommand::requiredAction() const
{
    return Action::WriteCheckpoint;
}

QString CreateCheckpointCommand::description() const
{
    return Tr::tr("write an audit-trail checkpoint");
}

Status CreateCheckpointCommand::apply(CommandContext& ctx)
{
    // Verified inside the write transaction, so no event can slip in between verification and signing.
    AuditVerifier verifier(ctx.database(), ctx.workspaceId(), m_publicKey);
    auto report = verifier.run();
    if (!report) {
        return report.error();
    }
    if (!report->intact()) {
        return Error(
            ErrorCode::Integrity,
            Tr::tr("no checkpoint written: %1. A checkpoint must not certify a damaged trail.").arg(report->summary()));
    }
    m_checkpoint.origin = Checkpoint::originFor(ctx.workspaceId());
    m_checkpoint.size = report->lastSeq;
    m_checkpoint.rootHash = report->rootHash;
    m_checkpoint.chainHead = report->chainHead;
    m_checkpoint.signedAtMs = ctx.nowMs();
    auto note = SignedNote::sign(m_checkpoint.body(), m_checkpoint.origin, m_key);
    if (!note) {
        return note.error();
    }
    m_checkpoint.note = note.value();
    auto id = CheckpointTable(ctx.database()).insert(ctx.write(), m_checkpoint, ctx.session().actor);
    if (!id) {
        return id.error();
    }
    m_checkpoint.id = id.value();
    AuditRecord record;
    record.action = AuditAction::CheckpointCreated;
    record.change = ChangeKind::Record;
    record.entityType = QStringLiteral("audit_checkpoint");
    record.entityId = QString::number(m_checkpoint.id);
    record.after = QJsonObject {{QStringLiteral("size"), m_checkpoint.size},
                                {QStringLiteral("root_hash"), QString::fromLatin1(m_checkpoint.rootHash.toBase64())},
                                {QStringLiteral("chain_head"), QString::fromLatin1(m_checkpoint.chainHead.toBase64())}};
    auto event = ctx.record(record);
    return event ? Status() : event.error();
}

} // namespace cs
