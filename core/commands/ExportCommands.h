#pragma once

#include "commands/Command.h"
#include "pki/Certificate.h"

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
    using Sign =
        std::function<Result<QByteArray>(const SigningCredentials& credentials, const User& signer, qint64 nowMs)>;

    ExportSignedDocumentCommand(ExportedDocument document, SigningCredentials credentials, Sign sign);
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
    QByteArray m_bytes;
    QString m_sha256;
};

} // namespace cs
