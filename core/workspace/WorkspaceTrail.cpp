// The workspace's audit trail as a whole: its head, verification of everything recorded beside it, and signed
// checkpoints. (Opening, sign-in and execute() are in Workspace.cpp.)
#include "Workspace.h"
#include "audit/AuditVerifier.h"
#include "commands/CreateCheckpointCommand.h"
#include "registry/EvidenceCheck.h"
#include "store/AuditEventTable.h"
#include "store/RecordTables.h"
#include "store/SqliteOpener.h"
#include "workspace/WorkspaceKeyFile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::Workspace)
};
} // namespace

Result<WorkspaceSettings> Workspace::settings()
{
    return WorkspaceSettings::load(*m_db);
}

Result<qint64> Workspace::eventCount()
{
    return AuditEventTable(*m_db).maxSeq();
}

Result<std::optional<AuditEvent>> Workspace::lastEvent()
{
    return AuditEventTable(*m_db).last();
}

Result<VerificationReport> Workspace::verify(const QList<std::pair<QString, QByteArray>>& checkpointFiles,
                                             std::function<bool(qint64, qint64)> progress)
{
    // The whole file first: opening checked only the records, not the per-sample tables.
    QList<Finding> storage;
    // (A server keeps its own pages; its checks are the server administrator's.)
    if (auto whole = m_db->isServer() ? Status() : SqliteOpener::checkWholeFile(*m_db); !whole) {
        if (whole.error().code != ErrorCode::Corrupt) {
            return whole.error();
        }
        storage.append({Finding::Kind::StorageDamaged, 0, whole.error().message});
    }
    // On a server, one consistent view of the trail and the records while other people keep writing.
    ReadSnapshot snapshot(*m_db);
    if (auto r = snapshot.status(); !r) {
        return r.error();
    }
    AuditVerifier verifier(*m_db, m_id, m_publicKey);
    for (const auto& [source, note] : checkpointFiles) {
        verifier.addCheckpointFile(source, note);
    }
    verifier.setProgress(progress);
    auto report = verifier.run();
    // In a damaged file, reading the trail or the evidence can fail where SQLite finds the damage: the report then
    // holds the damage found so far.
    auto damagedReport = [&storage](const Error& e) -> Result<VerificationReport> {
        if (storage.isEmpty() || e.code != ErrorCode::Corrupt) {
            return e;
        }
        VerificationReport partial;
        partial.findings = storage;
        partial.warnings.append(Tr::tr("verification stopped at the damage: %1").arg(e.message));
        return partial;
    };
    if (!report) {
        return damagedReport(report.error());
    }
    report->findings = storage + report->findings;
    // The evidence kept beside the trail, against the digests the trail recorded.
    const qint64 events = report->eventCount;
    auto checked = EvidenceCheck::run(*m_db, report.value(),
                                      [&progress, events] { return progress && !progress(events, events); });
    if (!checked) {
        return damagedReport(checked.error());
    }
    // The key file beside the workspace signs its checkpoints: another workspace's key there would sign notes that
    // prove nothing here (only writing a checkpoint noticed it).
    if (QFileInfo::exists(keyFilePath())) {
        auto key = WorkspaceKeyFile::read(keyFilePath());
        if (!key) {
            report->warnings.append(Tr::tr("the key file could not be read: %1").arg(key.error().message));
        } else if (key->publicKey().raw() != m_publicKey.raw()) {
            report->findings.append({Finding::Kind::KeyReplaced, 0,
                                     Tr::tr("the key file %1 belongs to another workspace: its public key is not the "
                                            "one this workspace recorded at creation")
                                         .arg(keyFilePath())});
        }
    }
    return report;
}

Result<Ed25519PrivateKey> Workspace::checkpointKey() const
{
    auto key = WorkspaceKeyFile::read(keyFilePath());
    if (!key) {
        return key.error();
    }
    if (key->publicKey().raw() != m_publicKey.raw()) {
        return Error(ErrorCode::Crypto, Tr::tr("the key file %1 does not belong to this workspace").arg(keyFilePath()));
    }
    return key;
}

Result<Checkpoint> Workspace::writeCheckpoint()
{
    auto latest = CheckpointTable(*m_db).latest();
    auto last = lastEvent();
    if (!latest || !last) {
        return latest ? last.error() : latest.error();
    }
    if (latest.value() && last.value() && last.value()->seq == latest.value()->size + 1 &&
        last.value()->action == nameOf(AuditAction::CheckpointCreated) &&
        last.value()->entityId == QString::number(latest.value()->id)) {
        return *latest.value(); // nothing happened since: the latest checkpoint still covers everything
    }
    auto key = checkpointKey();
    if (!key) {
        return key.error();
    }
    CreateCheckpointCommand command(key.value(), m_publicKey);
    if (auto r = execute(command); !r) {
        return r.error();
    }
    return command.checkpoint();
}

} // namespace cs
