#pragma once

#include "records/StoredSignature.h"
#include "signing/SignatureManifest.h"

#include <QList>

#include <optional>

namespace cs {

class Database;

/// The verification of one stored signature.
struct SignatureCheck
{
    StoredSignature stored;
    std::optional<SignatureManifest> manifest; ///< when the manifest could be read
    bool valid = false;
    QString problem; ///< why not, in words (empty when valid)
    QString certificateSubject;
};

/// Verifies signatures against the workspace as it is now: the record's current content must hash to the signed
/// value (an edited record fails), the signature must sit on the record its manifest names (a transplanted one
/// fails), the CMS must verify over the manifest with the stored certificate, the certificate must pass every
/// check at the signing time against the trust store, and the audit log size and chain head in the manifest must
/// match the trail.
namespace SignatureVerifier {
Result<QList<SignatureCheck>> verifyAll(Database& db, const QString& workspaceId);
SignatureCheck verify(Database& db, const QString& workspaceId, const StoredSignature& signature);
} // namespace SignatureVerifier

} // namespace cs
