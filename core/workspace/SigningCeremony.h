#pragma once

#include "identity/SecretBytes.h"
#include "pki/Certificate.h"
#include "records/Meaning.h"
#include "records/StoredSignature.h"
#include "util/Result.h"

namespace cs {

class Workspace;

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
/// Re-authenticates the signer (a wrong password counts towards the lockout), opens their PKCS#12 file and signs
/// through SignRecordCommand, in one transaction.
Result<StoredSignature> sign(Workspace& workspace, const SignRequest& request);
/// The first half of the ceremony, for a command that signs as part of a larger change (submitting or approving a
/// change request): re-authenticates the signer and opens their PKCS#12 file. The record fields of `request` are
/// not used; the command names what it signs.
Result<SigningCredentials> open(Workspace& workspace, const SignRequest& request);
} // namespace Signing

} // namespace cs
