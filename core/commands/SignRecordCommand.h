#pragma once

#include "commands/Command.h"
#include "pki/Certificate.h"
#include "records/Meaning.h"
#include "records/StoredSignature.h"

namespace cs {

/// Signs a record (21 CFR 11.50, 11.70, 11.200): checks the signature policy, that the certificate is enrolled by
/// the signer and passes every check now, that the key matches; builds the manifest (pinning the audit log's size
/// and chain head), signs its canonical bytes as detached CMS, stores manifest, CMS and certificate, and records
/// the signing in the audit trail. All in one transaction.
class SignRecordCommand final : public Command
{
public:
    SignRecordCommand(QString recordType, QString recordId, Meaning meaning, QString reason,
                      SigningCredentials credentials);
    QString description() const override;
    std::optional<Action> requiredAction() const override { return Action::SignRecord; }
    Status apply(CommandContext& ctx) override;
    /// The signature as stored (after a successful execute).
    const StoredSignature& signature() const { return m_signature; }

private:
    QString m_recordType;
    QString m_recordId;
    Meaning m_meaning;
    QString m_reason;
    SigningCredentials m_credentials;
    StoredSignature m_signature;
};

} // namespace cs
