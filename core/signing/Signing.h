#pragma once

#include "identity/SecretBytes.h"
#include "pki/Certificate.h"
#include "signing/SignatureManifest.h"
#include "signing/StoredSignature.h"
#include "workspace/Command.h"

#include <optional>

namespace cs {

class Workspace;

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

/// Everything a person gives to sign.
struct SignRequest
{
    QString recordType;
    QString recordId;
    Meaning meaning = Meaning::Reviewed;
    QString reason;
    QString username; ///< typed again, with the password (both components of the signature)
    SecretBytes password;
    QString pkcs12Path;
    SecretBytes passphrase;
};

namespace Signing {
/// Re-authenticates the signer (a wrong password counts towards the lockout), opens their PKCS#12 file and signs.
Result<StoredSignature> sign(Workspace& workspace, const SignRequest& request);
/// The manifests of the signatures a record already has (unreadable ones are skipped: verification reports them).
Result<QList<SignatureManifest>> manifestsFor(Database& db, const QString& recordType, const QString& recordId);
} // namespace Signing

} // namespace cs
