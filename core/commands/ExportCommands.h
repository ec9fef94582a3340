#pragma once

#include "commands/Command.h"
#include "crypto/Ed25519Key.h"
#include "pki/Certificate.h"
#include "records/Checkpoint.h"

#include <QIODevice>

#include <functional>

namespace cs {

struct User;

/// A signed document handed out of the workspace: the change-control package of a request, the audit report.
struct ExportedDocument
{
    QString kind; ///< "change-control-package" or "audit-report"
    QString entityType; ///< what it is about, as the audit trail names it ("change_request", "workspace")
    QString entityId;
    QString fileName; ///< the file's name (not its folder)
};

/// Exports a signed document: checks the exporter's credentials (checkSignerCredentials), has `sign` write the
/// signed file with them into a device the caller stages (AtomicFile::Staged), reads it back for its SHA-256 and
/// records the document's kind, file name, SHA-256, size and the signer's certificate fingerprint in the audit trail,
/// in one transaction. The caller commits the file only after execute succeeded, so no export exists without its
/// audit event.
class ExportSignedDocumentCommand final : public Command
{
public:
    /// Writes the document, signed as `signer` at `nowMs` (the command's clock) with `credentials`, into `out` (empty,
    /// open for reading and writing). `checkpoint` is the one the command wrote or found current when it was given a
    /// key (else nothing): the document may carry it, and read the trail it covers, inside this transaction. It calls
    /// `stepDone` after each of its long steps (the command's `signSteps`) and returns its error, the person having
    /// cancelled, when that fails.
    using Sign =
        std::function<Status(QIODevice& out, const SigningCredentials& credentials, const User& signer, qint64 nowMs,
                             const std::optional<Checkpoint>& checkpoint, const std::function<Status()>& stepDone)>;

    /// `signSteps`: how many steps `sign` reports, for the progress of the whole export (CommandContext::step).
    ExportSignedDocumentCommand(ExportedDocument document, SigningCredentials credentials, QIODevice& out, Sign sign,
                                int signSteps = 0);
    /// Before signing, take the current checkpoint or write one with `key` (CreateCheckpointCommand::current), in
    /// the same transaction: the export and the checkpoint it carries are stored together or not at all. `key` must
    /// outlive execute().
    void carryCheckpoint(const Ed25519PrivateKey& key, Ed25519PublicKey publicKey);
    QString description() const override;
    std::optional<Action> requiredAction() const override { return Action::SignRecord; }
    Status apply(CommandContext& ctx) override;
    /// The signed file's SHA-256, lower-case hex, and its size (after a successful execute).
    const QString& sha256() const { return m_sha256; }
    qint64 bytes() const { return m_bytes; }

private:
    ExportedDocument m_document;
    SigningCredentials m_credentials;
    QIODevice& m_out;
    Sign m_sign;
    int m_signSteps = 0;
    const Ed25519PrivateKey* m_checkpointKey = nullptr;
    Ed25519PublicKey m_checkpointPublicKey;
    qint64 m_bytes = 0;
    QString m_sha256;
};

} // namespace cs
