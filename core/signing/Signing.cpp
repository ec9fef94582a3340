#include "Signing.h"

#include "store/IdentityTables.h"

namespace cs::Signing {

Result<QList<SignatureManifest>> manifestsFor(Database& db, const QString& recordType, const QString& recordId)
{
    auto stored = SignatureTable(db).forRecord(recordType, recordId);
    if (!stored) {
        return stored.error();
    }
    QList<SignatureManifest> manifests;
    for (const StoredSignature& s : stored.value()) {
        if (auto m = SignatureManifest::parse(s.manifest)) {
            manifests.append(m.value());
        }
    }
    return manifests;
}

} // namespace cs::Signing
