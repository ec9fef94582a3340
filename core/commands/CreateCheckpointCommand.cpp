#include "CreateCheckpointCommand.h"

#include "audit/AuditVerifier.h"
#include "audit/SignedNote.h"
#include "commands/CommandContext.h"
#include "store/AuditEventTable.h"
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

namespace {
Result<Checkpoint> writeNew(CommandContext& ctx, const Ed25519PrivateKey& key, const Ed25519PublicKey& publicKey)
{
    // Verified inside the write transaction, so no event can slip in between verification and signing.
    AuditVerifier verifier(ctx.database(), ctx.workspaceId(), publicKey);
    auto report = verifier.run();
    if (!report) {
        return report.error();
    }
    if (!report->intact()) {
        return Error(
            ErrorCode::Integrity,
            Tr::tr("no checkpoint written: %1. A checkpoint must not certify a damaged trail.").arg(report->summary()));
    }
    Checkpoint checkpoint;
    checkpoint.origin = Checkpoint::originFor(ctx.workspaceId());
    checkpoint.size = report->lastSeq;
    checkpoint.rootHash = report->rootHash;
    checkpoint.chainHead = report->chainHead;
    checkpoint.signedAtMs = ctx.nowMs();
    auto note = SignedNote::sign(checkpoint.body(), checkpoint.origin, key);
    if (!note) {
        return note.error();
    }
    checkpoint.note = note.value();
    auto id = CheckpointTable(ctx.database()).insert(ctx.write(), checkpoint, ctx.session().actor);
    if (!id) {
        return id.error();
    }
    checkpoint.id = id.value();
    AuditRecord record;
    record.action = AuditAction::CheckpointCreated;
    record.change = ChangeKind::Record;
    record.entityType = QStringLiteral("audit_checkpoint");
    record.entityId = QString::number(checkpoint.id);
    record.after = QJsonObject {{QStringLiteral("size"), checkpoint.size},
                                {QStringLiteral("root_hash"), QString::fromLatin1(checkpoint.rootHash.toBase64())},
                                {QStringLiteral("chain_head"), QString::fromLatin1(checkpoint.chainHead.toBase64())}};
    auto event = ctx.record(record);
    if (!event) {
        return event.error();
    }
    return checkpoint;
}
} // namespace

Status CreateCheckpointCommand::apply(CommandContext& ctx)
{
    auto written = writeNew(ctx, m_key, m_publicKey);
    if (!written) {
        return written.error();
    }
    m_checkpoint = written.value();
    return {};
}

Result<Checkpoint> CreateCheckpointCommand::current(CommandContext& ctx, const Ed25519PrivateKey& key,
                                                    const Ed25519PublicKey& publicKey)
{
    auto latest = CheckpointTable(ctx.database()).latest();
    if (!latest) {
        return latest.error();
    }
    auto last = AuditEventTable(ctx.database()).last();
    if (!last) {
        return last.error();
    }
    if (latest.value() && last.value() && last.value()->seq == latest.value()->size + 1 &&
        last.value()->action == nameOf(AuditAction::CheckpointCreated) &&
        last.value()->entityId == QString::number(latest.value()->id)) {
        return *latest.value();
    }
    return writeNew(ctx, key, publicKey);
}

} // namespace cs
