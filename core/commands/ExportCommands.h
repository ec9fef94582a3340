#pragma once

#include "commands/Command.h"
#include "crypto/Ed25519Key.h"
#include "pki/Certificate.h"
#include "records/Checkpoint.h"

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

/// Exports a signed document: checks the exporter's credentials (checkSignerCredentials), has `sign` produce the
/// signed bytes with them, and records the document's kind, file name, SHA-256, size and the signer's certificate
/// fingerprint in the audit trail, in one transaction. The caller writes the bytes (document()) to the file and
/// commits it only after execute succeeded, so no export exists without its audit event.
class ExportSignedDocumentCommand final : public Command
{
public:
    /// Signs the document as `signer` at `nowMs` (the command's clock) with `credentials`; returns the signed file.
    /// `checkpoint` is the one the command wrote or found current when it was given a key (else nothing): the
    /// document may carry it, and read the trail it covers, inside this transaction.
    using Sign = std::function<Result<QByteArray>(const SigningCredentials& credentials, const User& signer,
                                                  qint64 nowMs, const std::optional<Checkpoint>& checkpoint)>;

    ExportSignedDocumentCommand(ExportedDocument document, SigningCredentials credentials, Sign sign);
    /// Before signing, take the current checkpoint or write one with `key` (CreateCheckpointCommand::current), in
    /// the same transaction: the export and the checkpoint it carries are stored together or not at all. `key` must
    /// outlive execute().
    void carryCheckpoint(const Ed25519PrivateKey& key, Ed25519PublicKey publicKey);
    QString description() const override;
    std::optional<Action> requiredAction() const override { return Action::SignRecord; }
    Status apply(CommandContext& ctx) override;
    /// The signed file (after a successful execute).
    const QByteArray& document() const { return m_bytes; }
    /// Its SHA-256, lower-case hex (after a successful execute).
    const QString& sha256() const { return m_sha256; }

private:
    ExportedDocument m_document;
    SigningCredentials m_credentials;
    Sign m_sign;
    const Ed25519PrivateKey* m_checkpointKey = nullptr;
    Ed25519PublicKey m_checkpointPublicKey;
    QByteArray m_bytes;
    QString m_sha256;
};

} // namespace cs
